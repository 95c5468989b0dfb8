/** The cases' SQL: the scoped read of one case, its history, its number, its steps and the figures its kind keeps on it. */
import { and, asc, desc, eq, isNull, like } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { inScope, type Scope } from '@server/platform/access/scope';
import { insertAudited, saveVersioned, type SaveOptions } from '@server/platform/db/records';
import type { AuditAction, AuditEventTypes } from '@server/platform/audit/events';
import { users } from '@server/platform/platform.table';
import { serviceCaseEvents, serviceCases } from './cases.table';

export type CaseRow = typeof serviceCases.$inferSelect;
export type CaseInsert = typeof serviceCases.$inferInsert;
export type CaseEventRow = typeof serviceCaseEvents.$inferSelect & { actorName: string | null };
export type CaseEventInsert = Omit<typeof serviceCaseEvents.$inferInsert, 'id' | 'at'>;

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

/** A step or an edit on the version the caller saw: 409 when stale, audited with the step's detail, all in one transaction. */
export function saveCase<A extends AuditAction>(
  db: Db,
  actor: Actor,
  row: CaseRow,
  version: number,
  changes: Partial<CaseRow>,
  action: A,
  options: SaveOptions<CaseRow, AuditEventTypes[A]> = {},
): Promise<CaseRow> {
  return saveVersioned<CaseRow, A>(db, actor, serviceCases, row, version, changes, action, 'service_case', options);
}

/** The history row of a step, inside the step's transaction. */
export async function insertCaseEvent(tx: Db, values: CaseEventInsert): Promise<void> {
  await tx.insert(serviceCaseEvents).values(values);
}

/** A case's history, oldest first, with who took each step; only for a case of the caller's subtree. */
export async function listCaseEvents(db: Db, scope: Scope, caseId: number): Promise<CaseEventRow[]> {
  const rows = await db
    .select({ e: serviceCaseEvents, actorName: users.displayName })
    .from(serviceCaseEvents)
    .innerJoin(serviceCases, eq(serviceCases.id, serviceCaseEvents.caseId))
    .leftJoin(users, eq(users.id, serviceCaseEvents.actorId))
    .where(and(eq(serviceCaseEvents.caseId, caseId), inScope(serviceCases.orgUnitId, scope)))
    .orderBy(asc(serviceCaseEvents.id));
  return rows.map((r) => ({ ...r.e, actorName: r.actorName }));
}

/** The highest case number given so far with this prefix ('YQ-2026-'), to give the next one. */
export async function findLastCaseNumber(db: Db, prefix: string): Promise<string | null> {
  const [row] = await db
    .select({ number: serviceCases.number })
    .from(serviceCases)
    .where(like(serviceCases.number, `${prefix}%`))
    .orderBy(desc(serviceCases.number))
    .limit(1);
  return row?.number ?? null;
}

/** A user of the caller's subtree the case may be assigned to, with their role (the service checks it handles cases). */
export async function findUserInScope(db: Db, scope: Scope, id: number): Promise<{ id: number; role: string; displayName: string } | null> {
  const [row] = await db
    .select({ id: users.id, role: users.role, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.id, id), eq(users.disabled, false), inScope(users.orgUnitId, scope)));
  return row ?? null;
}

/** The due date the clock gave, stored so the queue can sort and filter by it. */
export async function updateCaseDueOn(db: Db, id: number, dueOn: string | null): Promise<void> {
  await db.update(serviceCases).set({ dueOn }).where(eq(serviceCases.id, id));
}
