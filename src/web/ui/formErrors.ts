import type { FormInstance } from 'antd';
import { ApiError } from './api/client';

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

/**
 * Puts server field messages beside their fields, down to list rows ("programme.0.item" →
 * ['programme', 0, 'item']) when the form has that row, else on the top-level field.
 * `fields` are the form's top-level names; returns the messages that match none of them.
 */
export function applyNestedFieldErrors<V>(form: FormInstance<V>, err: unknown, fields: string[]): string[] {
  if (!(err instanceof ApiError) || !err.fields.length) return [];
  const leftovers: string[] = [];
  const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const f of err.fields) {
    const parts = f.path
      .split('.')
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const top = String(parts[0] ?? '');
    if (!fields.includes(top)) {
      leftovers.push(f.message);
      continue;
    }
    // Rows of a Form.List (programme.0.item, contacts.1.email) have their own fields.
    const row = parts.length >= 3 ? form.getFieldValue(parts.slice(0, 2) as never) : undefined;
    const name = row && typeof row === 'object' ? parts : [top];
    const key = name.join('.');
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(f.message);
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()].map(({ name, errors }) => ({ name: name as never, errors })));
  return leftovers;
}

/** Where a server field message goes: the form field's name path, or null for the banner. */
export type PlaceError = (path: string) => (string | number)[] | null;

/**
 * Server field messages onto the form's fields, nested rows included ("items.2.title" →
 * ['items', 2, 'title']), wherever `place` says; returns the messages that fit no field, for the banner.
 */
export function applyPathErrors(form: FormInstance, err: unknown, place: PlaceError): string[] {
  if (!(err instanceof ApiError) || !err.fields.length) return [];
  const leftovers: string[] = [];
  const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const f of err.fields) {
    const name = place(f.path);
    if (!name) {
      leftovers.push(f.message);
      continue;
    }
    const key = name.join('.');
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(f.message);
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()]);
  return leftovers;
}

/** A dotted path as a form name, list indexes as numbers. */
export const pathName = (path: string, depth?: number) =>
  path
    .split('.')
    .slice(0, depth)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** data-testid for props objects (okButtonProps…), where TypeScript does not allow data-* keys. */
export function testIdProps<T>(id: string): T {
  return { 'data-testid': id } as unknown as T;
}
