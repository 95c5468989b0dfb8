/**
 * The machinery of the bad-input tests: a route described by its valid form (a Target), and every bad
 * request derived from it (garbageFor), sent as a signed-in client in a language (send). Used by
 * test/integration/bad-input.test.ts and by the modules' own bad-input files.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { Client } from './app';

export type Locale = 'zh-CN' | 'en-US';
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

export interface Target {
  key: string;
  method: Method;
  url: (id: string) => string;
  body?: () => Record<string, unknown>;
  queries?: string[];
  generic?: boolean;
  /** The id of a real record of the route's kind (default: what the test file's defaultId gives). */
  id?: () => number;
  /** Fields whose absence alone makes the body invalid. */
  required?: string[];
  /** Numeric fields for which 0 is a valid value. */
  zeroOk?: string[];
  /** Route-specific bad values: [label, fields to overwrite, optionally the field path the refusal must name]. */
  bad?: () => Array<[string, Record<string, unknown>, string?]>;
}

export const BAD_IDS = ['abc', '0', '-1', '1.5', '99999999999', '2147483648', '3000000000', "1'%20or%20'1'='1", '%00', '1e400'];

/** A country that does not exist, in the caller's language (the error message quotes it back). */
export const NARNIA = '{narnia}';
export const narnia = (locale: Locale) => (locale === 'en-US' ? 'Narnia' : '纳尼亚');
export const HUGE = 'x'.repeat(100_000);

export interface Garbage {
  label: string;
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** The field path the answer must name, where the target's bad value gives one. */
  field?: string;
}

/** NARNIA anywhere in a value (nested in arrays and objects) replaced by the country's name in the caller's language. */
function localized(v: unknown, locale: Locale): unknown {
  if (v === NARNIA) return narnia(locale);
  if (Array.isArray(v)) return v.map((x) => localized(x, locale));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, localized(x, locale)]));
  return v;
}

/**
 * Every bad request we can think of for one route, derived from its valid form. `defaultId` gives the real
 * id for a target without its own `id` (the id also fills the url of routes without one, where it is unused).
 */
export function garbageFor(t: Target, locale: Locale, defaultId: (t: Target) => string = () => '2147483000'): Garbage[] {
  const out: Garbage[] = [];
  const local = (v: unknown): unknown => localized(v, locale);
  const realId = t.id ? String(t.id()) : defaultId(t);
  if (t.key.includes(':id')) for (const id of BAD_IDS) out.push({ label: `id ${id}`, url: t.url(id), payload: t.body?.() });
  for (const q of t.queries ?? [])
    out.push({ label: `query ${q.slice(0, 40)}`, url: `${t.url(realId)}?${q.replace(NARNIA, encodeURIComponent(narnia(locale)))}` });
  if (t.method === 'GET') return out;
  const url = t.url(realId);
  out.push({ label: 'malformed JSON', url, payload: '{"version": 1,', headers: { 'content-type': 'application/json' } });
  if (t.generic) {
    out.push({ label: 'JSON instead of a file', url, payload: { file: 'x'.repeat(1000) } });
    out.push({
      label: 'multipart without a file',
      url,
      payload: '--b\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--b--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    out.push({ label: 'array', url: t.url('2147483000'), payload: [{ version: 1 }] });
    out.push({ label: 'string', url: t.url('2147483000'), payload: '"just a string"', headers: { 'content-type': 'application/json' } });
    return out;
  }
  if (!t.body) return out;
  out.push({ label: 'empty object', url, payload: {} });
  out.push({ label: 'array', url, payload: [t.body()] });
  out.push({ label: 'string', url, payload: '"just a string"', headers: { 'content-type': 'application/json' } });
  out.push({ label: 'text/plain', url, payload: 'version=1', headers: { 'content-type': 'text/plain' } });
  for (const [field, value] of Object.entries(t.body())) {
    const wrong = typeof value === 'number' ? 'abc' : typeof value === 'boolean' ? 'yes' : Array.isArray(value) ? 'x' : typeof value === 'string' ? 12345 : 'x';
    out.push({ label: `${field}: wrong type`, url, payload: { ...t.body(), [field]: wrong } });
    out.push({ label: `${field}: object`, url, payload: { ...t.body(), [field]: { $gt: '' } } });
    if (typeof value === 'string') out.push({ label: `${field}: huge`, url, payload: { ...t.body(), [field]: HUGE } });
    if (typeof value === 'number') {
      for (const n of [0, -1, 1.5, 3_000_000_000, 1e300])
        if (n !== 0 || !t.zeroOk?.includes(field)) out.push({ label: `${field}: ${n}`, url, payload: { ...t.body(), [field]: n } });
    }
    if (Array.isArray(value))
      out.push({ label: `${field}: huge array`, url, payload: { ...t.body(), [field]: Array.from({ length: 500 }, (_, i) => `t${i}`) } });
  }
  for (const field of t.required ?? []) {
    const { [field]: _gone, ...rest } = t.body();
    out.push({ label: `${field}: missing`, url, payload: rest });
    out.push({ label: `${field}: null`, url, payload: { ...t.body(), [field]: null } });
  }
  for (const [label, patch, field] of t.bad?.() ?? []) {
    out.push({
      label,
      url,
      payload: { ...t.body(), ...Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, local(v)])) },
      ...(field ? { field } : {}),
    });
  }
  return out;
}

/** One bad request as the client, with the browser's language header in en-US. */
export async function send(client: Client, t: Target, g: Garbage, locale: Locale): Promise<LightMyRequestResponse> {
  return client.request(t.method, g.url, g.payload, { ...(locale === 'en-US' ? { 'accept-language': 'en-US,en;q=0.9' } : {}), ...g.headers });
}
