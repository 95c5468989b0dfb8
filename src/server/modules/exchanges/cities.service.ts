import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { cityInputSchema, cityListQuerySchema, FriendshipCity } from '../../../shared/contracts/exchanges';
import { continentOf } from '../../../shared/reference/continents';
import { toAlpha3 } from '../../../shared/reference/countries';
import type { Db } from '../../db/client';
import { settings } from '../../platform/platform.table';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, conflict, duplicateOf, fieldError, notFound, refusingDuplicates } from '../../platform/http/errors';
import { insertAudited, saveVersioned } from '../../platform/db/records';
import type { Actor } from '../../platform/access/actor';
import { escapeLike, inScope, scopeOf } from '../../platform/access/scope';
import { countryCode, localParty, orgNames, recordCan } from './exchanges.common';
import { friendshipCities, friendshipExchanges, visits } from './exchanges.table';
import { dormantThreshold, isDormant, nextRoundAnniversary, yearsSince } from './cities.rules';
import { clock } from '../../clock';

type CityRow = typeof friendshipCities.$inferSelect;
type CityInput = z.output<typeof cityInputSchema>;

export const DEFAULT_SETTINGS = { friendshipCityTarget: null as number | null, dormantYears: 3 };

/** The office's exchanges settings (target pairs, dormancy years), with the version to edit them on. */
export async function getSettings(db: Db, orgUnitId: number) {
  const [row] = await db.select().from(settings).where(and(eq(settings.orgUnitId, orgUnitId), eq(settings.key, 'exchanges')));
  return { ...DEFAULT_SETTINGS, ...(row?.value as object | undefined), version: row?.version ?? 0 };
}

export async function saveSettings(db: Db, actor: Actor, input: { friendshipCityTarget: number | null; dormantYears: number; version: number }) {
  const current = await getSettings(db, actor.orgUnitId);
  if (current.version !== input.version) throw conflict();
  const value = { friendshipCityTarget: input.friendshipCityTarget, dormantYears: input.dormantYears };
  // Two first saves at once: the unique index lets one in, the other is told someone saved first.
  await refusingDuplicates(() => db.transaction(async (tx) => {
    if (input.version === 0) {
      await tx.insert(settings).values({ orgUnitId: actor.orgUnitId, key: 'exchanges', value, updatedBy: actor.userId });
    } else {
      const [row] = await tx.update(settings).set({ value, version: sql`${settings.version} + 1`, updatedAt: clock.now(), updatedBy: actor.userId })
        .where(and(eq(settings.orgUnitId, actor.orgUnitId), eq(settings.key, 'exchanges'), eq(settings.version, input.version))).returning();
      if (!row) throw conflict();
    }
    await recordAudit(tx, actor, { action: 'exchanges.settings', entityType: 'settings', entityId: actor.orgUnitId, orgUnitId: actor.orgUnitId, before: current, after: value });
  }), { settings_key_idx: conflict });
  return getSettings(db, actor.orgUnitId);
}

/**
 * The pair's id, always table-qualified: drizzle writes a bare "id" for a column in the select list of a
 * one-table query, which inside the subqueries below would mean fe.id and v.id instead of the pair's.
 */
const pairId = sql`${friendshipCities}.${sql.identifier(friendshipCities.id.name)}`;

/** The last exchange with a pair: a recorded exchange or a (not cancelled) visit linked to it. */
export const lastExchangeOn = sql<string | null>`(select max(d)::text from (
  select max(fe.occurred_on) as d from friendship_exchanges fe where fe.friendship_city_id = ${pairId}
  union all
  select max(v.start_date) from visits v where v.friendship_city_id = ${pairId} and v.archived_at is null and v.status <> 'cancelled'
) x)`;

/** "No exchange in N years" as SQL, so the list can filter on it. */
function dormantCondition(years: number, today: string): SQL {
  // On 29 February, "3 years ago" must be a real date, or the cast below fails the whole list.
  const threshold = dormantThreshold(today, years);
  return sql`${friendshipCities.status} <> 'ended' and coalesce(${lastExchangeOn}::date, ${friendshipCities.establishedOn}) < ${threshold}::date`;
}

export async function findCity(db: Db, actor: Actor, id: number): Promise<CityRow> {
  const [row] = await db.select().from(friendshipCities).where(and(eq(friendshipCities.id, id), inScope(friendshipCities.orgUnitId, scopeOf(actor))));
  if (!row) throw notFound();
  return row;
}

export async function presentCities(db: Db, actor: Actor, rows: CityRow[]): Promise<FriendshipCity[]> {
  const today = clock.today();
  const names = await orgNames(db, actor, rows.map((r) => r.orgUnitId));
  const { dormantYears } = await getSettings(db, actor.orgUnitId);
  const ids = rows.map((r) => r.id);
  const last = ids.length ? await db.select({ id: friendshipCities.id, last: lastExchangeOn }).from(friendshipCities).where(inArray(friendshipCities.id, ids)) : [];
  const lastOf = new Map(last.map((l) => [l.id, l.last]));
  return rows.map((r) => {
    const lastOn = lastOf.get(r.id) ?? null;
    return {
      ...r, relationType: r.relationType as FriendshipCity['relationType'], status: r.status as FriendshipCity['status'],
      contacts: r.contacts as FriendshipCity['contacts'], orgUnitName: names.get(r.orgUnitId) ?? '', continent: continentOf(r.country),
      years: Math.max(0, yearsSince(r.establishedOn, today)), nextAnniversary: nextRoundAnniversary(r.establishedOn, today),
      lastExchangeOn: lastOn, dormant: r.status !== 'ended' && isDormant(lastOn ?? r.establishedOn, today, dormantYears),
      archived: !!r.archivedAt, updatedAt: r.updatedAt.toISOString(), can: recordCan(actor, !!r.archivedAt),
    };
  });
}

export async function cityWhere(db: Db, actor: Actor, q: Partial<z.output<typeof cityListQuerySchema>>): Promise<SQL> {
  const country = q.country ? toAlpha3(q.country) : undefined;
  if (q.country && !country) throw fieldError('country', 'err.unknownCountry', { value: q.country });
  const conditions: Array<SQL | undefined> = [
    inScope(friendshipCities.orgUnitId, scopeOf(actor)), isNull(friendshipCities.archivedAt),
    country ? eq(friendshipCities.country, country) : undefined,
    q.relationType ? eq(friendshipCities.relationType, q.relationType) : undefined,
    q.status ? eq(friendshipCities.status, q.status) : undefined,
    q.tier ? eq(friendshipCities.tier, q.tier) : undefined,
    q.orgUnitId ? eq(friendshipCities.orgUnitId, q.orgUnitId) : undefined,
    q.q ? or(ilike(friendshipCities.foreignCityZh, `%${escapeLike(q.q)}%`), ilike(friendshipCities.foreignCityEn, `%${escapeLike(q.q)}%`)) : undefined,
  ];
  if (q.continent) {
    const codes = (await db.selectDistinct({ c: friendshipCities.country }).from(friendshipCities)).map((r) => r.c).filter((c) => continentOf(c) === q.continent);
    conditions.push(codes.length ? inArray(friendshipCities.country, codes) : sql`false`);
  }
  if (q.dormant !== undefined) {
    const { dormantYears } = await getSettings(db, actor.orgUnitId);
    const dormant = dormantCondition(dormantYears, clock.today());
    conditions.push(q.dormant ? dormant : sql`not (${dormant})`);
  }
  return and(...conditions)!;
}

export async function listCities(db: Db, actor: Actor, q: z.output<typeof cityListQuerySchema>) {
  const where = await cityWhere(db, actor, q);
  const [rows, [{ n }]] = await Promise.all([
    db.select().from(friendshipCities).where(where).orderBy(asc(friendshipCities.establishedOn), asc(friendshipCities.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(friendshipCities).where(where),
  ]);
  return { items: await presentCities(db, actor, rows), total: Number(n), page: q.page, pageSize: q.pageSize };
}

/** All live pairs in scope, or those of a list filter (the export applies the page's filter). */
export async function allCities(db: Db, actor: Actor, q: Partial<z.output<typeof cityListQuerySchema>> = {}): Promise<CityRow[]> {
  return db.select().from(friendshipCities).where(await cityWhere(db, actor, q))
    .orderBy(asc(friendshipCities.establishedOn), asc(friendshipCities.id));
}

async function checkedValues(db: Db, actor: Actor, input: CityInput, current?: { id: number; orgUnitId: number }) {
  const { orgUnitId: requested, ...rest } = input;
  // An edit without a local party keeps the record where it is; only a new record defaults to the user's unit.
  const orgUnitId = await localParty(db, actor, requested ?? current?.orgUnitId);
  const country = countryCode(input.country);
  const [dup] = await db.select({ id: friendshipCities.id }).from(friendshipCities).where(and(
    eq(friendshipCities.orgUnitId, orgUnitId), eq(friendshipCities.country, country), eq(friendshipCities.foreignCityZh, input.foreignCityZh),
    isNull(friendshipCities.archivedAt), current ? sql`${friendshipCities.id} <> ${current.id}` : undefined,
  ));
  if (dup) throw onePair.friendship_cities_pair_idx();
  return { ...rest, orgUnitId, country, industries: [...new Set(input.industries)] };
}

const onePair = { friendship_cities_pair_idx: () => duplicateOf('foreignCityZh', 'err.duplicatePair') };

export async function createCity(db: Db, actor: Actor, input: CityInput): Promise<CityRow> {
  const values = await checkedValues(db, actor, input);
  return refusingDuplicates(() => insertAudited<CityRow>(db, actor, friendshipCities, values, 'friendshipCity.create', 'friendship_city'), onePair);
}

export async function updateCity(db: Db, actor: Actor, id: number, input: CityInput & { version: number }): Promise<CityRow> {
  const current = await findCity(db, actor, id);
  if (current.archivedAt) throw new AppError(409, 'err.archived');
  const { version, ...rest } = input;
  const values = await checkedValues(db, actor, rest, current);
  return refusingDuplicates(() => saveVersioned<CityRow>(db, actor, friendshipCities, current, version, values, 'friendshipCity.update', 'friendship_city'), onePair);
}

export async function archiveCity(db: Db, actor: Actor, id: number, input: { version: number; reason: string }): Promise<CityRow> {
  const current = await findCity(db, actor, id);
  if (current.archivedAt) throw new AppError(409, 'err.archived');
  return saveVersioned<CityRow>(db, actor, friendshipCities, current, input.version, { archivedAt: clock.now(), archiveReason: input.reason }, 'friendshipCity.archive', 'friendship_city');
}

/** A pair's history: recorded exchanges and the visits linked to it, newest first. */
export async function cityHistory(db: Db, actor: Actor, id: number) {
  await findCity(db, actor, id);
  const [records, linked] = await Promise.all([
    db.select().from(friendshipExchanges).where(eq(friendshipExchanges.friendshipCityId, id)),
    db.select().from(visits).where(and(eq(visits.friendshipCityId, id), isNull(visits.archivedAt), inScope(visits.orgUnitId, scopeOf(actor)))),
  ]);
  return [
    ...records.map((r) => ({ id: r.id, kind: r.kind as 'visit_in', occurredOn: r.occurredOn, title: r.title, description: r.description, visitId: r.visitId, source: 'record' as const })),
    ...linked.map((v) => ({ id: null, kind: 'visit_in' as const, occurredOn: v.startDate, title: v.organisation, description: v.purpose, visitId: v.id, source: 'visit' as const })),
  ].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
}

export async function addExchange(db: Db, actor: Actor, id: number, input: { kind: string; occurredOn: string; title: string; description: string | null }) {
  const city = await findCity(db, actor, id);
  if (city.archivedAt) throw new AppError(409, 'err.archived');
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(friendshipExchanges).values({ friendshipCityId: id, ...input, recordedBy: actor.userId }).returning();
    await recordAudit(tx, actor, { action: 'friendshipCity.exchange', entityType: 'friendship_city', entityId: id, orgUnitId: city.orgUnitId, after: input });
    return row;
  });
}

export async function restoreCity(db: Db, actor: Actor, id: number, input: { version: number }): Promise<CityRow> {
  const current = await findCity(db, actor, id);
  if (!current.archivedAt) throw new AppError(409, 'err.notArchived');
  // The same pair may have been registered again while this one was archived: restoring it would make two.
  return refusingDuplicates(() => saveVersioned<CityRow>(db, actor, friendshipCities, current, input.version, { archivedAt: null, archiveReason: null }, 'friendshipCity.restore', 'friendship_city'), onePair);
}
