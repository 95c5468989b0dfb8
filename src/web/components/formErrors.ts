import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts the server's field messages next to the fields ("docNumber" or "tags.0" → ['tags', 0]).
 * Returns the messages that match no form field so the caller can show them elsewhere.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, known?: string[]): string[] {
  if (!(err instanceof ApiError) || !err.fields.length) return [];
  const leftovers: string[] = [];
  const byPath = new Map<string, string[]>();
  for (const f of err.fields) {
    const top = f.path.split('.')[0] ?? f.path;
    if (known && !known.includes(top)) {
      leftovers.push(f.message);
      continue;
    }
    byPath.set(top, [...(byPath.get(top) ?? []), f.message]);
  }
  form.setFields([...byPath].map(([name, errors]) => ({ name, errors })));
  return leftovers;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** data-testid for props objects (okButtonProps…), where TypeScript does not allow data-* keys. */
export function testIdProps<T>(id: string): T {
  return { 'data-testid': id } as unknown as T;
}
