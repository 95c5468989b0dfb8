import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { RESIDENT_SORTS } from '../../../shared/contracts/residents';
import type { ResidentQuery } from '../../ui/api/endpoints';

type Sort = (typeof RESIDENT_SORTS)[number];
const STATUSES = ['active', 'departed', 'archived', 'all'] as const;
type Status = (typeof STATUSES)[number];

const num = (s: string | null): number | undefined => {
  if (s == null || s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

/** The ledger's filters, page and sort live in the URL so reloads and shared links keep them. */
export function useResidentFilters() {
  const [sp, setSp] = useSearchParams();
  const query = useMemo<ResidentQuery>(() => {
    const status = sp.get('status');
    const sort = sp.get('sort');
    const order = sp.get('order');
    return {
      q: sp.get('q') || undefined,
      nationality: sp.get('nationality') || undefined,
      orgUnitId: num(sp.get('orgUnitId')),
      status: STATUSES.includes(status as Status) ? (status as Status) : 'active',
      visaType: sp.get('visaType') || undefined,
      arrivedWithinDays: num(sp.get('arrivedWithinDays')),
      expiringWithinDays: num(sp.get('expiringWithinDays')),
      tag: sp.get('tag') || undefined,
      page: num(sp.get('page')) ?? 1,
      pageSize: num(sp.get('pageSize')) ?? 20,
      sort: RESIDENT_SORTS.includes(sort as Sort) ? (sort as Sort) : 'updatedAt',
      order: order === 'asc' ? 'asc' : 'desc',
    };
  }, [sp]);

  /** Merges changes; any filter change goes back to page 1. */
  const update = useCallback(
    (patch: Partial<Record<keyof ResidentQuery, string | number | undefined | null>>, keepPage = false) => {
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          if (!keepPage && !('page' in patch)) next.delete('page');
          if (next.get('status') === 'active') next.delete('status');
          return next;
        },
        { replace: true },
      );
    },
    [setSp],
  );

  const reset = useCallback(() => setSp(new URLSearchParams(), { replace: true }), [setSp]);
  return { query, update, reset };
}
