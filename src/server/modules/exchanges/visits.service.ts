import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Visit, visitInputSchema, visitListQuerySchema } from '../../../shared/contracts/exchanges';
import { toAlpha3 } from '../../../shared/reference/countries';
import type { Db } from '../../db/client';
import { AppError, fieldError, notFound } from '../../platform/http/errors';
import { insertAudited, saveVersioned } from '../../platform/db/records';
import type { Actor } from '../../platform/access/actor';
import { escapeLike, inScope, scopeOf, inUnitSubtree } from '../../platform/access/scope';
import { countryCodes, localParty, orgNames, recordCan } from './exchanges.common';
import { events, friendshipCities, visits } from './exchanges.table';
import { clock } from '../../clock';

type VisitRow = typeof visits.$inferSelect;
type VisitInput = z.output<typeof visitInputSchema>;
type VisitQuery = z.output<typeof visitListQuerySchema>;

export async function findVisit(db: Db, actor: Actor, id: number): Promise<VisitRow> {
  const [row] = await db.select().from(visits).where(and(eq(visits.id, id), inScope(visits.orgUnitId, scopeOf(actor))));
  if (!row) throw notFound();
  return row;
}

export async function presentVisits(db: Db, actor: Actor, rows: VisitRow[]): Promise<Visit[]> {
  const names = await orgNames(db, actor, rows.map((r) => r.orgUnitId));
  const cityIds = rows.map((r) => r.friendshipCityId).filter((x): x is number => x != null);
  const eventIds = rows.map((r) => r.eventId).filter((x): x is number => x != null);
  // A city-level user may link a district's visit to another district's pair or event: the district's own
  // users then see the link, but not the name of a record outside their scope.
  const scope = scopeOf(actor);
  const cities = cityIds.length ? await db.select().from(friendshipCities).where(and(inArray(friendshipCities.id, cityIds), inScope(friendshipCities.orgUnitId, scope))) : [];
  const evs = eventIds.length ? await db.select().from(events).where(and(inArray(events.id, eventIds), inScope(events.orgUnitId, scope))) : [];
  const cityName = new Map(cities.map((c) => [c.id, actor.locale === 'en-US' ? c.foreignCityEn : c.foreignCityZh]));
  const eventName = new Map(evs.map((e) => [e.id, e.name]));
  return rows.map((r) => ({
    ...r,
    type: r.type as Visit['type'], status: r.status as Visit['status'],
    orgUnitName: names.get(r.orgUnitId) ?? '',
    programme: r.programme as Visit['programme'],
    friendshipCityName: r.friendshipCityId ? cityName.get(r.friendshipCityId) ?? null : null,
    eventName: r.eventId ? eventName.get(r.eventId) ?? null : null,
    archived: !!r.archivedAt, updatedAt: r.updatedAt.toISOString(),
    can: recordCan(actor, !!r.archivedAt),
  }));
}

function visitWhere(actor: Actor, q: Partial<VisitQuery>): SQL {
  const country = q.country ? toAlpha3(q.country) : undefined;
  if (q.country && !country) throw fieldError('country', 'err.unknownCountry', { value: q.country });
  return and(
    inScope(visits.orgUnitId, scopeOf(actor)),
    q.archived ? isNotNull(visits.archivedAt) : isNull(visits.archivedAt),
    q.type ? eq(visits.type, q.type) : undefined,
    q.status ? eq(visits.status, q.status) : undefined,
    country ? sql`${visits.countries} @> array[${country}]::text[]` : undefined,
    // A visit belongs to a period when its days overlap it.
    q.from ? gte(visits.endDate, q.from) : undefined,
    q.to ? lte(visits.startDate, q.to) : undefined,
    q.orgUnitId ? inUnitSubtree(visits.orgUnitId, q.orgUnitId) : undefined,
    q.friendshipCityId ? eq(visits.friendshipCityId, q.friendshipCityId) : undefined,
    q.eventId ? eq(visits.eventId, q.eventId) : undefined,
    q.q ? or(ilike(visits.organisation, `%${escapeLike(q.q)}%`), ilike(visits.headName, `%${escapeLike(q.q)}%`), ilike(visits.purpose, `%${escapeLike(q.q)}%`)) : undefined,
  )!;
}

export async function listVisits(db: Db, actor: Actor, q: VisitQuery) {
  const where = visitWhere(actor, q);
  const [rows, [{ n }]] = await Promise.all([
    db.select().from(visits).where(where).orderBy(desc(visits.startDate), desc(visits.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(visits).where(where),
  ]);
  return { items: await presentVisits(db, actor, rows), total: Number(n), page: q.page, pageSize: q.pageSize };
}

/** All visits of a filter in date order, for exports and the calendar. */
export async function allVisits(db: Db, actor: Actor, q: Partial<VisitQuery>, limit = 50_000): Promise<VisitRow[]> {
  return db.select().from(visits).where(visitWhere(actor, q)).orderBy(asc(visits.startDate), asc(visits.id)).limit(limit);
}

async function checkedValues(db: Db, actor: Actor, input: VisitInput, currentOrgUnitId?: number) {
  if (input.endDate < input.startDate) throw fieldError('endDate', 'err.dateRange');
  const orgUnitId = await localParty(db, actor, input.orgUnitId ?? currentOrgUnitId);
  const scope = scopeOf(actor);
  if (input.friendshipCityId) {
    const [c] = await db.select({ id: friendshipCities.id }).from(friendshipCities).where(and(eq(friendshipCities.id, input.friendshipCityId), inScope(friendshipCities.orgUnitId, scope)));
    if (!c) throw fieldError('friendshipCityId', 'err.linkOutOfScope');
  }
  if (input.eventId) {
    const [e] = await db.select({ id: events.id }).from(events).where(and(eq(events.id, input.eventId), inScope(events.orgUnitId, scope)));
    if (!e) throw fieldError('eventId', 'err.linkOutOfScope');
  }
  const { orgUnitId: _ignored, ...rest } = input;
  return { ...rest, orgUnitId, countries: countryCodes(input.countries) };
}

export async function createVisit(db: Db, actor: Actor, input: VisitInput): Promise<VisitRow> {
  return insertAudited<VisitRow>(db, actor, visits, await checkedValues(db, actor, input), 'visit.create', 'visit');
}

export async function updateVisit(db: Db, actor: Actor, id: number, input: VisitInput & { version: number }): Promise<VisitRow> {
  const current = await findVisit(db, actor, id);
  if (current.archivedAt) throw new AppError(409, 'err.archived');
  const { version, ...rest } = input;
  return saveVersioned<VisitRow>(db, actor, visits, current, version, await checkedValues(db, actor, rest, current.orgUnitId), 'visit.update', 'visit');
}

export async function archiveVisit(db: Db, actor: Actor, id: number, input: { version: number; reason: string }): Promise<VisitRow> {
  const current = await findVisit(db, actor, id);
  if (current.archivedAt) throw new AppError(409, 'err.archived');
  return saveVersioned<VisitRow>(db, actor, visits, current, input.version, { archivedAt: clock.now(), archiveReason: input.reason }, 'visit.archive', 'visit');
}

export async function restoreVisit(db: Db, actor: Actor, id: number, input: { version: number }): Promise<VisitRow> {
  const current = await findVisit(db, actor, id);
  if (!current.archivedAt) throw new AppError(409, 'err.notArchived');
  return saveVersioned<VisitRow>(db, actor, visits, current, input.version, { archivedAt: null, archiveReason: null }, 'visit.restore', 'visit');
}
