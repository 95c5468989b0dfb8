/** The figures' SQL: the cases of the caller's subtree accepted or decided in a period, the columns the figures need. */
import { and, eq, gte, isNotNull, lte, or } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import { inScope, inUnitSubtree, type Scope } from '@server/platform/access/scope';
import { serviceCases as c } from '../cases/cases.table';
import type { StatsCase } from './stats.figures';

export interface StatsFilter {
  from: string;
  to: string;
  kind?: string;
  unitId?: number;
}

/** The scope's cases accepted or decided between from and to (drafts never are), for the figures of that period. */
export async function listStatsCases(db: Db, scope: Scope, f: StatsFilter): Promise<StatsCase[]> {
  const between = (col: typeof c.acceptedOn | typeof c.decidedOn) => and(isNotNull(col), gte(col, f.from), lte(col, f.to));
  return db
    .select({
      id: c.id,
      kind: c.kind,
      unitId: c.unitId,
      acceptedOn: c.acceptedOn,
      decidedOn: c.decidedOn,
      dueOn: c.dueOn,
      pieces: c.pieces,
      persons: c.persons,
      countries: c.countries,
    })
    .from(c)
    .where(
      and(
        inScope(c.orgUnitId, scope),
        f.kind ? eq(c.kind, f.kind) : undefined,
        f.unitId ? inUnitSubtree(c.orgUnitId, f.unitId) : undefined,
        or(between(c.acceptedOn), between(c.decidedOn)),
      ),
    );
}
