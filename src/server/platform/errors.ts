import type { MessageKey, MessageParam } from './i18n';

/** An error the client caused or must know about; the handler turns it into a localised 4xx. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly key: MessageKey,
    readonly params: Record<string, MessageParam> = {},
    readonly fields?: Array<{ path: string; key: MessageKey; params?: Record<string, MessageParam> }>,
  ) {
    super(key);
  }
}

export const notFound = () => new AppError(404, 'err.notFound');
export const forbidden = () => new AppError(403, 'err.forbidden');
export const conflict = () => new AppError(409, 'err.conflict');
export const unauthenticated = () => new AppError(401, 'err.unauthenticated');
/** A 400 pinned to one field, so the form can show it beside that field. */
export const fieldError = (path: string, key: MessageKey, params: Record<string, MessageParam> = {}) =>
  new AppError(400, 'err.validation', {}, [{ path, key, params }]);
