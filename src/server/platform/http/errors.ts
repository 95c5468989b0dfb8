import type { MessageKey, MessageParam } from '../i18n/i18n';

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
/** A 409: the record already exists (a document, a username, a passport number), pinned to the field that says so. */
export const duplicateOf = (path: string, key: MessageKey, params: Record<string, string | number> = {}) =>
  new AppError(409, key, params, [{ path, key, params }]);

/**
 * The unique index a database error says was violated (SQLSTATE 23505), or null for any other error.
 * Drizzle wraps the driver's error (DrizzleQueryError), so the SQLSTATE and index name are on `cause`.
 */
export function uniqueViolation(err: unknown): { index: string } | null {
  for (let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return { index: e.constraint ?? '' };
  }
  return null;
}

/**
 * Runs a write that a unique index may refuse, when two people create the same thing at once: the index
 * decides, and the loser gets the 409 named for that index (a generic "already exists" for any other),
 * never a 500. Checks before the write give the friendly answer in the usual case; this covers the race.
 */
export async function refusingDuplicates<T>(write: () => Promise<T>, byIndex: Record<string, () => AppError>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const violated = uniqueViolation(err);
    if (!violated) throw err;
    throw byIndex[violated.index]?.() ?? new AppError(409, 'err.duplicate');
  }
}
