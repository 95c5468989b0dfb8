/** The visits' SQL: every read takes the caller's Scope, so a visit outside their subtree is never seen. */
import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { visitListQuerySchema } from '@shared/contracts/exchanges';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { escapeLike, inScope, inUnitSubtree, type Scope } from '@server/platform/access/scope';
import type { AuditAction } from '@server/platform/audit/events';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { visits } from '../exchanges.table';

export type VisitRow = typeof visits.$inferSelect;
/** A list filter with the country already resolved to its alpha-3 code. */
export type VisitFilter = Partial<Omit<z.output<typeof visitListQuerySchema>, 'page' | 'pageSize'>>;
export interface Paging {
  page: number;
  pageSize: number;
}

function visitWhere(scope: Scope, f: VisitFilter): SQL {
  return and(
    inScope(visits.orgUnitId, scope),
    f.archived ? isNotNull(visits.archivedAt) : isNull(visits.archivedAt),
    f.type ? eq(visits.type, f.type) : undefined,
    f.status ? eq(visits.status, f.status) : undefined,
    f.country ? sql`${visits.countries} @> array[${f.country}]::text[]` : undefined,
    // A visit belongs to a period when its days overlap it.
    f.from ? gte(visits.endDate, f.from) : undefined,
    f.to ? lte(visits.startDate, f.to) : undefined,
    f.orgUnitId ? inUnitSubtree(visits.orgUnitId, f.orgUnitId) : undefined,
    f.friendshipCityId ? eq(visits.friendshipCityId, f.friendshipCityId) : undefined,
    f.eventId ? eq(visits.eventId, f.eventId) : undefined,
    f.q
      ? or(ilike(visits.organisation, `%${escapeLike(f.q)}%`), ilike(visits.headName, `%${escapeLike(f.q)}%`), ilike(visits.purpose, `%${escapeLike(f.q)}%`))
      : undefined,
  )!;
}

export async function findVisit(db: Db, scope: Scope, id: number): Promise<VisitRow | null> {
  const [row] = await db
    .select()
    .from(visits)
    .where(and(eq(visits.id, id), inScope(visits.orgUnitId, scope)));
  return row ?? null;
}

/** A page of the list, newest first, and how many the filter holds. */
export async function listVisits(db: Db, scope: Scope, f: VisitFilter, { page, pageSize }: Paging) {
  const where = visitWhere(scope, f);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(visits)
      .where(where)
      .orderBy(desc(visits.startDate), desc(visits.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(visits).where(where),
  ]);
  return { rows, total: Number(n) };
}

/** All visits of a filter in date order, for exports and the calendar. */
export async function allVisits(db: Db, scope: Scope, f: VisitFilter, limit = 50_000): Promise<VisitRow[]> {
  return db.select().from(visits).where(visitWhere(scope, f)).orderBy(asc(visits.startDate), asc(visits.id)).limit(limit);
}

/** The live visits linked to these events, for each event's list of visit ids. */
export async function visitsOfEvents(db: Db, scope: Scope, eventIds: number[]) {
  if (!eventIds.length) return [];
  return db
    .select({ id: visits.id, eventId: visits.eventId })
    .from(visits)
    .where(and(inArray(visits.eventId, eventIds), isNull(visits.archivedAt), inScope(visits.orgUnitId, scope)));
}

/** The live visits linked to a pair, for its history. */
export async function visitsOfCity(db: Db, scope: Scope, cityId: number): Promise<VisitRow[]> {
  return db
    .select()
    .from(visits)
    .where(and(eq(visits.friendshipCityId, cityId), isNull(visits.archivedAt), inScope(visits.orgUnitId, scope)));
}

type Figure = { batches: number; people: number };

/** Visits (批) and people (人次) that started in a period: in total and by type, country and month. Cancelled ones do not count. */
export async function visitFigures(db: Db, scope: Scope, from: string, to: string) {
  const where = and(
    inScope(visits.orgUnitId, scope),
    isNull(visits.archivedAt),
    ne(visits.status, 'cancelled'),
    gte(visits.startDate, from),
    lte(visits.startDate, to),
  );
  const agg = { batches: sql<number>`count(*)::int`, people: sql<number>`coalesce(sum(${visits.peopleCount}), 0)::int` };
  const country = sql<string>`unnest(${visits.countries})`;
  const month = sql<string>`to_char(${visits.startDate}, 'YYYY-MM')`;
  const [[total], byType, byCountry, byMonth] = await Promise.all([
    db.select(agg).from(visits).where(where),
    db
      .select({ key: visits.type, ...agg })
      .from(visits)
      .where(where)
      .groupBy(visits.type),
    db
      .select({ key: country, ...agg })
      .from(visits)
      .where(where)
      .groupBy(country),
    db
      .select({ key: month, ...agg })
      .from(visits)
      .where(where)
      .groupBy(month),
  ]);
  const map = (rows: Array<{ key: string } & Figure>) => new Map(rows.map((r) => [r.key, { batches: Number(r.batches), people: Number(r.people) }]));
  return { total: { batches: Number(total.batches), people: Number(total.people) }, byType: map(byType), byCountry: map(byCountry), byMonth: map(byMonth) };
}

/** Stores a visit with its creator and its audit event, in one transaction. */
export function addVisit(db: Db, actor: Actor, values: Omit<typeof visits.$inferInsert, 'createdBy' | 'updatedBy'>, action: AuditAction): Promise<VisitRow> {
  return insertAudited<VisitRow>(db, actor, visits, values, action, 'visit');
}

/** Saves changes made on `version` with its audit event, in one transaction (saveVersioned); a stale version is a 409. */
export function saveVisit(db: Db, actor: Actor, current: VisitRow, version: number, changes: Partial<VisitRow>, action: AuditAction): Promise<VisitRow> {
  return saveVersioned<VisitRow>(db, actor, visits, current, version, changes, action, 'visit');
}
