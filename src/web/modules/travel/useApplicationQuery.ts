import { APPLICATION_STATUSES } from '@shared/contracts/travel';
import type { ApplicationQuery } from './api';
import { num, oneOf, useUrlQuery } from '@web/ui/useUrlQuery';

function parse(get: (k: string) => string | undefined): ApplicationQuery {
  return {
    q: get('q'),
    status: oneOf(APPLICATION_STATUSES, get('status')),
    todo: get('todo') === 'true' ? 'true' : undefined,
    year: num(get('year')),
    orgUnitId: num(get('orgUnitId')),
    country: get('country'),
    page: num(get('page')) ?? 1,
    pageSize: num(get('pageSize')) ?? 20,
  };
}

/** The application list's filters, page and page size, kept in the URL. */
export function useApplicationQuery() {
  return useUrlQuery(parse);
}
