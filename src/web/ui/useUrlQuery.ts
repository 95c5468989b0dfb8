import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type Patch = Record<string, string | number | boolean | undefined | null>;

export interface UrlQueryOptions {
  /**
   * A param's default value: the URL leaves it out (a list's default status is no param at all), so the
   * page's links stay short and a bookmark of the default view stays the plain path. Pass a module-level object.
   */
  defaults?: Readonly<Record<string, string>>;
}

/**
 * List filters, page and page size kept in the URL so reloads and shared links keep them.
 * `parse` turns the raw params into the typed query; any filter change goes back to page 1.
 */
export function useUrlQuery<Q>(parse: (get: (k: string) => string | undefined) => Q, options: UrlQueryOptions = {}) {
  const { defaults } = options;
  const [sp, setSp] = useSearchParams();
  // parse is a module-level function: only the params matter.
  const query = useMemo(() => parse((k) => sp.get(k) || undefined), [sp]);
  const update = useCallback(
    (patch: Patch) => {
      setSp((prev) => nextParams(prev, patch, defaults), { replace: true });
    },
    [setSp, defaults],
  );
  const reset = useCallback(() => setSp(new URLSearchParams(), { replace: true }), [setSp]);
  return { query, update, reset };
}

/**
 * The params after a change: an empty value (undefined, null, '', false) removes its param, a change
 * without a page goes back to page 1, and a param at its default is left out.
 */
export function nextParams(prev: URLSearchParams, patch: Patch, defaults: UrlQueryOptions['defaults'] = {}): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === null || v === '' || v === false) next.delete(k);
    else next.set(k, String(v));
  }
  if (!('page' in patch)) next.delete('page');
  for (const [k, v] of Object.entries(defaults)) if (next.get(k) === v) next.delete(k);
  return next;
}

export function num(s: string | undefined): number | undefined {
  if (s == null || s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export function oneOf<T extends string>(list: readonly T[], s: string | undefined): T | undefined {
  return s && (list as readonly string[]).includes(s) ? (s as T) : undefined;
}

export function ymdParam(s: string | undefined): string | undefined {
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}
