/** Typed calls of the window's figures under /api/services/stats. */
import type { CaseKind } from '@shared/contracts/services';
import type { ServiceStats } from '@shared/contracts/services-stats';
import { buildQuery, http } from '@web/ui/api/client';

export type { ServiceStats };
export interface StatsQuery {
  from: string;
  to: string;
  kind?: CaseKind;
  unitId?: number;
}

export const statsApi = {
  get: (q: StatsQuery) => http.get<ServiceStats>(`/services/stats${buildQuery({ ...q })}`),
  exportUrl: (q: StatsQuery) => `/api/services/stats/export.xlsx${buildQuery({ ...q })}`,
};
