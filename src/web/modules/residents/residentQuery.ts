import { RESIDENT_SORTS } from '@shared/contracts/residents';
import type { ResidentQuery } from '@web/ui/api/endpoints';
import { num, oneOf } from '@web/ui/useUrlQuery';

const STATUSES = ['active', 'departed', 'archived', 'all'] as const;

/** The ledger's filters, page and sort from the URL (ui/useUrlQuery keeps them there). */
export function parseResidentQuery(get: (k: string) => string | undefined): ResidentQuery {
  return {
    q: get('q'),
    nationality: get('nationality'),
    orgUnitId: num(get('orgUnitId')),
    status: oneOf(STATUSES, get('status')) ?? 'active',
    visaType: get('visaType'),
    arrivedWithinDays: num(get('arrivedWithinDays')),
    expiringWithinDays: num(get('expiringWithinDays')),
    tag: get('tag'),
    page: num(get('page')) ?? 1,
    pageSize: num(get('pageSize')) ?? 20,
    sort: oneOf(RESIDENT_SORTS, get('sort')) ?? 'updatedAt',
    order: get('order') === 'asc' ? 'asc' : 'desc',
  };
}

/** The default status is no param: the plain /residents is the ledger of those present. */
export const RESIDENT_QUERY_DEFAULTS = { status: 'active' } as const;
