/** The cases' SQL: the scoped read of one case, its creation and the figures its kind keeps on it. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { inScope, type Scope } from '@server/platform/access/scope';
import { insertAudited } from '@server/platform/db/records';
import { serviceCases } from './cases.table';

export type CaseRow = typeof serviceCases.$inferSelect;
export type CaseInsert = typeof serviceCases.$inferInsert;

/** A live case of the caller's subtree (a unit's scope is the unit itself), or null. */
export async function findCase(db: Db, scope: Scope, id: number): Promise<CaseRow | null> {
  const [row] = await db
    .select()
    .from(serviceCases)
    .where(and(eq(serviceCases.id, id), isNull(serviceCases.archivedAt), inScope(serviceCases.orgUnitId, scope)));
  return row ?? null;
}

/** A new case (a draft), audited as created. */
export function addCase(db: Db, actor: Actor, values: Omit<CaseInsert, 'id'>): Promise<CaseRow> {
  return insertAudited<CaseRow>(db, actor, serviceCases, values, 'serviceCase.create', 'service_case');
}

/** The figures the case counts in (份, 人次, countries), as its kind's service has just worked them out. */
export async function updateCaseFigures(db: Db, id: number, figures: Pick<CaseRow, 'pieces' | 'persons' | 'countries'>): Promise<void> {
  await db.update(serviceCases).set(figures).where(eq(serviceCases.id, id));
}
