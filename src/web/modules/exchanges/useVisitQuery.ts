import { VISIT_STATUSES, VISIT_TYPES } from '@shared/contracts/exchanges';
import type { VisitQuery } from './api';
import { num, oneOf, useUrlQuery, ymdParam } from '@web/ui/useUrlQuery';

function parse(get: (k: string) => string | undefined): VisitQuery {
  return {
    q: get('q'),
    type: oneOf(VISIT_TYPES, get('type')),
    status: oneOf(VISIT_STATUSES, get('status')),
    country: get('country'),
    from: ymdParam(get('from')),
    to: ymdParam(get('to')),
    orgUnitId: num(get('orgUnitId')),
    friendshipCityId: num(get('friendshipCityId')),
    archived: get('archived') === 'true' ? 'true' : undefined,
    page: num(get('page')) ?? 1,
    pageSize: num(get('pageSize')) ?? 20,
  };
}

export function useVisitQuery() {
  return useUrlQuery(parse);
}
