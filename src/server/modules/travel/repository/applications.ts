/** Applications and their history steps: every query of the travel_applications and travel_steps tables. */
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ApplicationStatus, Step } from '@shared/contracts/travel';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { escapeLike, inScope, inUnitSubtree, type Scope } from '@server/platform/access/scope';
import type { AuditAction, AuditEventTypes } from '@server/platform/audit/events';
import { saveVersioned, type SaveOptions } from '@server/platform/db/records';
import { orgUnits } from '@server/platform/platform.table';
import { travelApplications, travelSteps } from '../travel.table';

export type AppRow = typeof travelApplications.$inferSelect;
export type AppInsert = typeof travelApplications.$inferInsert;
export type StepRow = typeof travelSteps.$inferSelect;

const t = travelApplications;
/** A live application of the scope: archived ones are gone for every caller. */
const live = (scope: Scope) => and(inScope(t.orgUnitId, scope), isNull(t.archivedAt))!;

export async function findApplication(db: Db, scope: Scope, id: number): Promise<AppRow | null> {
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.id, id), live(scope)));
  return row ?? null;
}

/** The scope's live applications among `ids`. */
export async function applicationsByIds(db: Db, scope: Scope, ids: number[]): Promise<AppRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(t)
    .where(and(inArray(t.id, ids), live(scope)));
}

/** What makes an application the caller's to act on now: the same conditions as the workflow policy, in SQL. */
export interface TodoOf {
  orgUnitId: number;
  review: boolean;
  approve: boolean;
  apply: boolean;
}

export interface ApplicationFilter {
  todo?: TodoOf;
  status?: ApplicationStatus;
  year?: number;
  /** Alpha-3. */
  country?: string;
  from?: string;
  to?: string;
  orgUnitId?: number;
  q?: string;
}

function todoWhere(scope: Scope, who: TodoOf): SQL {
  const parts: SQL[] = [];
  if (who.review) {
    parts.push(and(eq(t.status, 'submitted'), ne(t.orgUnitId, who.orgUnitId))!);
    // As the review policy: the office above the forwarding one takes it over; the root records an outside decision.
    parts.push(
      and(
        eq(t.status, 'forwarded'),
        or(
          sql`exists (select 1 from org_units f where f.id = ${t.forwardedByOrgUnitId} and f.id <> ${who.orgUnitId} and f.path like ${`${escapeLike(scope.path)}%`})`,
          and(eq(t.forwardedByOrgUnitId, who.orgUnitId), sql`exists (select 1 from org_units p where p.id = ${who.orgUnitId} and p.parent_id is null)`),
        ),
      )!,
    );
  }
  if (who.approve) parts.push(eq(t.status, 'leader_review'));
  if (who.apply) parts.push(inArray(t.status, ['draft', 'returned']));
  return parts.length ? or(...parts)! : sql`false`;
}

function listWhere(scope: Scope, f: ApplicationFilter): SQL {
  return and(
    live(scope),
    f.todo ? todoWhere(scope, f.todo) : undefined,
    f.status ? eq(t.status, f.status) : undefined,
    f.year ? eq(t.year, f.year) : undefined,
    f.country ? sql`${t.countries} @> array[${f.country}]::text[]` : undefined,
    f.from ? gte(t.returnDate, f.from) : undefined,
    f.to ? lte(t.departDate, f.to) : undefined,
    f.orgUnitId ? inUnitSubtree(t.orgUnitId, f.orgUnitId) : undefined,
    // Members by name or passport number, not by the JSON's keys.
    f.q
      ? or(
          ilike(t.task, `%${escapeLike(f.q)}%`),
          ilike(t.inviterName, `%${escapeLike(f.q)}%`),
          sql`(jsonb_path_query_array(${t.members}, '$[*].name')::text || jsonb_path_query_array(${t.members}, '$[*].passportNumber')::text) ilike ${`%${escapeLike(f.q)}%`}`,
        )
      : undefined,
  )!;
}

/** A page of the filtered list, latest departure first, and the count of the whole list. */
export async function listApplications(db: Db, scope: Scope, f: ApplicationFilter, page: { page: number; pageSize: number }) {
  const where = listWhere(scope, f);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(t)
      .where(where)
      .orderBy(desc(t.departDate), desc(t.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(t).where(where),
  ]);
  return { rows, total: Number(n) };
}

/** Approved applications decided in a period, for the batch list. */
export async function decidedApplications(db: Db, scope: Scope, from: string, to: string): Promise<AppRow[]> {
  return db
    .select()
    .from(t)
    .where(and(live(scope), inArray(t.status, ['approved']), gte(t.decidedOn, from), lte(t.decidedOn, to)))
    .orderBy(asc(t.decidedOn), asc(t.id));
}

/** Paths of the offices that forwarded these applications, and the root's, for the review policy. */
export async function officePaths(db: Db, rows: Array<Pick<AppRow, 'forwardedByOrgUnitId'>>) {
  const ids = [...new Set(rows.map((r) => r.forwardedByOrgUnitId).filter((x): x is number => x != null))];
  const found = ids.length ? await db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits).where(inArray(orgUnits.id, ids)) : [];
  const [root] = await db.select({ path: orgUnits.path }).from(orgUnits).where(isNull(orgUnits.parentId)).orderBy(asc(orgUnits.id)).limit(1);
  return { forwarder: new Map(found.map((f) => [f.id, f.path])), root: root?.path ?? '/' };
}

export async function insertApplication(tx: Db, values: AppInsert): Promise<AppRow> {
  const [row] = await tx.insert(t).values(values).returning();
  return row;
}

/** Saves changes made on `version` with its audit event, in one transaction (saveVersioned); a stale version is a 409. */
export function saveApplication<A extends AuditAction>(
  db: Db,
  actor: Actor,
  current: AppRow,
  version: number,
  changes: Partial<AppRow>,
  action: A,
  options?: SaveOptions<AppRow, AuditEventTypes[A]>,
): Promise<AppRow> {
  return saveVersioned<AppRow, A>(db, actor, t as never, current, version, changes, action, 'travel_application', options);
}

/** A step of the application's history; call it inside the transaction of the change. */
export async function insertStep(
  tx: Db,
  actor: Actor,
  row: Pick<AppRow, 'id' | 'orgUnitId'>,
  kind: Step['kind'],
  comment: string | null = null,
  detail: Record<string, unknown> | null = null,
) {
  await tx.insert(travelSteps).values({
    applicationId: row.id,
    orgUnitId: row.orgUnitId,
    kind,
    actorId: actor.userId,
    actorName: actor.displayName,
    actorOrgUnitId: actor.orgUnitId,
    comment,
    detail,
  });
}

/**
 * An application's history, oldest first. Scoped through the application's unit as it is now, not the unit a
 * step was recorded under: an application moved to another unit keeps its whole history.
 */
export async function listSteps(db: Db, scope: Scope, applicationId: number): Promise<StepRow[]> {
  const ownerUnit = sql`(select a.org_unit_id from travel_applications a where a.id = ${travelSteps.applicationId})`;
  return db
    .select()
    .from(travelSteps)
    .where(and(eq(travelSteps.applicationId, applicationId), inScope(ownerUnit, scope)))
    .orderBy(asc(travelSteps.createdAt), asc(travelSteps.id));
}

/** The columns the half-year figures count, of the scope's applications submitted or decided in either period. */
export async function statsRows(db: Db, scope: Scope, periods: Array<[from: string, to: string]>) {
  const inPeriod = ([a, b]: [string, string]) => or(and(gte(t.firstSubmittedOn, a), lte(t.firstSubmittedOn, b)), and(gte(t.decidedOn, a), lte(t.decidedOn, b)));
  // Only the columns counted: whole rows carry legs and budgets the figures never read.
  return db
    .select({
      orgUnitId: t.orgUnitId,
      status: t.status,
      members: t.members,
      removedMembers: t.removedMembers,
      daysCut: t.daysCut,
      countries: t.countries,
      firstSubmittedOn: t.firstSubmittedOn,
      decidedOn: t.decidedOn,
    })
    .from(t)
    .where(and(live(scope), or(...periods.map(inPeriod))));
}
export type StatsRow = Awaited<ReturnType<typeof statsRows>>[number];
