/** The friendship cities' SQL (pairs, their exchange history, the office's settings): every read takes a Scope. */
import { and, asc, count, eq, getTableColumns, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { cityListQuerySchema } from '@shared/contracts/exchanges';
import { continentOf } from '@shared/reference/continents';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { escapeLike, inScope, type Scope } from '@server/platform/access/scope';
import type { AuditAction } from '@server/platform/audit/events';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { settings } from '@server/platform/platform.table';
import { friendshipCities, friendshipExchanges } from '../exchanges.table';
import type { Paging } from './visits';
import { clock } from '@server/clock';

export type CityRow = typeof friendshipCities.$inferSelect;
export type CityInsert = typeof friendshipCities.$inferInsert;
export type ExchangeRow = typeof friendshipExchanges.$inferSelect;
/**
 * A list filter with the country resolved to alpha-3. `dormant` needs the date before which a pair's last
 * exchange makes it dormant (the office's dormancy period back from today), which the service supplies.
 */
export type CityFilter = Partial<Omit<z.output<typeof cityListQuerySchema>, 'page' | 'pageSize'>> & { dormantBefore?: string };

/**
 * The pair's id, always table-qualified: drizzle writes a bare "id" for a column in the select list of a
 * one-table query, which inside the subqueries below would mean fe.id and v.id instead of the pair's.
 */
const pairId = sql`${friendshipCities}.${sql.identifier(friendshipCities.id.name)}`;

/** The last exchange with a pair: a recorded exchange or a (not cancelled) visit linked to it. */
const lastExchangeOn = sql<string | null>`(select max(d)::text from (
  select max(fe.occurred_on) as d from friendship_exchanges fe where fe.friendship_city_id = ${pairId}
  union all
  select max(v.start_date) from visits v where v.friendship_city_id = ${pairId} and v.archived_at is null and v.status <> 'cancelled'
) x)`;

/** "No exchange since the threshold date" as SQL, so the list can filter on it. */
function dormantCondition(threshold: string): SQL {
  return sql`${friendshipCities.status} <> 'ended' and coalesce(${lastExchangeOn}::date, ${friendshipCities.establishedOn}) < ${threshold}::date`;
}

async function cityWhere(db: Db, scope: Scope, f: CityFilter): Promise<SQL> {
  const conditions: Array<SQL | undefined> = [
    inScope(friendshipCities.orgUnitId, scope),
    isNull(friendshipCities.archivedAt),
    f.country ? eq(friendshipCities.country, f.country) : undefined,
    f.relationType ? eq(friendshipCities.relationType, f.relationType) : undefined,
    f.status ? eq(friendshipCities.status, f.status) : undefined,
    f.tier ? eq(friendshipCities.tier, f.tier) : undefined,
    f.orgUnitId ? eq(friendshipCities.orgUnitId, f.orgUnitId) : undefined,
    f.q ? or(ilike(friendshipCities.foreignCityZh, `%${escapeLike(f.q)}%`), ilike(friendshipCities.foreignCityEn, `%${escapeLike(f.q)}%`)) : undefined,
  ];
  if (f.continent) {
    // The continent is no column: the countries of the pairs in scope that lie on it.
    const codes = (await db.selectDistinct({ c: friendshipCities.country }).from(friendshipCities).where(inScope(friendshipCities.orgUnitId, scope)))
      .map((r) => r.c)
      .filter((c) => continentOf(c) === f.continent);
    conditions.push(codes.length ? inArray(friendshipCities.country, codes) : sql`false`);
  }
  if (f.dormant !== undefined && f.dormantBefore) {
    const dormant = dormantCondition(f.dormantBefore);
    conditions.push(f.dormant ? dormant : sql`not (${dormant})`);
  }
  return and(...conditions)!;
}

export async function findCity(db: Db, scope: Scope, id: number): Promise<CityRow | null> {
  const [row] = await db
    .select()
    .from(friendshipCities)
    .where(and(eq(friendshipCities.id, id), inScope(friendshipCities.orgUnitId, scope)));
  return row ?? null;
}

/** A page of the register, oldest pair first, and how many the filter holds. */
export async function listCities(db: Db, scope: Scope, f: CityFilter, { page, pageSize }: Paging) {
  const where = await cityWhere(db, scope, f);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(friendshipCities)
      .where(where)
      .orderBy(asc(friendshipCities.establishedOn), asc(friendshipCities.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(friendshipCities).where(where),
  ]);
  return { rows, total: Number(n) };
}

/** All live pairs in scope, or those of a list filter (the export applies the page's filter). */
export async function allCities(db: Db, scope: Scope, f: CityFilter = {}): Promise<CityRow[]> {
  return db
    .select()
    .from(friendshipCities)
    .where(await cityWhere(db, scope, f))
    .orderBy(asc(friendshipCities.establishedOn), asc(friendshipCities.id));
}

/** Those of these pairs the caller may see (a visit's link shows no name outside the scope). */
export async function cityNames(db: Db, scope: Scope, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ id: friendshipCities.id, foreignCityZh: friendshipCities.foreignCityZh, foreignCityEn: friendshipCities.foreignCityEn })
    .from(friendshipCities)
    .where(and(inArray(friendshipCities.id, ids), inScope(friendshipCities.orgUnitId, scope)));
}

/** The date of each pair's last exchange (null: none recorded). */
export async function lastExchangeDates(db: Db, scope: Scope, ids: number[]): Promise<Map<number, string | null>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: friendshipCities.id, last: lastExchangeOn })
    .from(friendshipCities)
    .where(and(inArray(friendshipCities.id, ids), inScope(friendshipCities.orgUnitId, scope)));
  return new Map(rows.map((r) => [r.id, r.last]));
}

/** Another live pair with the same local party, country and Chinese city name, if there is one. */
export async function findSamePair(db: Db, scope: Scope, key: { orgUnitId: number; country: string; foreignCityZh: string }, exceptId?: number) {
  const [dup] = await db
    .select({ id: friendshipCities.id })
    .from(friendshipCities)
    .where(
      and(
        inScope(friendshipCities.orgUnitId, scope),
        eq(friendshipCities.orgUnitId, key.orgUnitId),
        eq(friendshipCities.country, key.country),
        eq(friendshipCities.foreignCityZh, key.foreignCityZh),
        isNull(friendshipCities.archivedAt),
        exceptId ? sql`${friendshipCities.id} <> ${exceptId}` : undefined,
      ),
    );
  return dup ?? null;
}

/** Stores a pair with its creator and its audit event, in one transaction. */
export function addCity(db: Db, actor: Actor, values: Omit<CityInsert, 'createdBy' | 'updatedBy'>, action: AuditAction): Promise<CityRow> {
  return insertAudited<CityRow>(db, actor, friendshipCities, values, action, 'friendship_city');
}

/** Saves changes made on `version` with its audit event, in one transaction (saveVersioned); a stale version is a 409. */
export function saveCity(db: Db, actor: Actor, current: CityRow, version: number, changes: Partial<CityRow>, action: AuditAction): Promise<CityRow> {
  return saveVersioned<CityRow>(db, actor, friendshipCities, current, version, changes, action, 'friendship_city');
}

/** A new pair from the import, in the import batch's transaction. */
export async function insertCity(tx: Db, actor: Actor, values: Omit<CityInsert, 'createdBy' | 'updatedBy'>): Promise<CityRow> {
  const [row] = await tx
    .insert(friendshipCities)
    .values({ ...values, createdBy: actor.userId, updatedBy: actor.userId })
    .returning();
  return row;
}

/** The changed columns of a pair from the import, in the batch's transaction (the import keeps no version check). */
export async function updateCityFields(tx: Db, actor: Actor, id: number, changes: Partial<CityInsert>): Promise<CityRow> {
  const [row] = await tx
    .update(friendshipCities)
    .set({ ...changes, version: sql`${friendshipCities.version} + 1`, updatedAt: clock.now(), updatedBy: actor.userId })
    .where(eq(friendshipCities.id, id))
    .returning();
  return row;
}

/** A pair's recorded exchanges (letters, agreements, visits both ways). */
export async function cityExchanges(db: Db, scope: Scope, cityId: number): Promise<ExchangeRow[]> {
  return db
    .select(getTableColumns(friendshipExchanges))
    .from(friendshipExchanges)
    .innerJoin(friendshipCities, eq(friendshipCities.id, friendshipExchanges.friendshipCityId))
    .where(and(eq(friendshipExchanges.friendshipCityId, cityId), inScope(friendshipCities.orgUnitId, scope)));
}

export async function insertExchange(tx: Db, values: typeof friendshipExchanges.$inferInsert): Promise<ExchangeRow> {
  const [row] = await tx.insert(friendshipExchanges).values(values).returning();
  return row;
}

/** Every live pair in scope with what the statistics count by, and its last exchange. */
export async function cityStatRows(db: Db, scope: Scope) {
  return db
    .select({
      country: friendshipCities.country,
      relationType: friendshipCities.relationType,
      tier: friendshipCities.tier,
      status: friendshipCities.status,
      establishedOn: friendshipCities.establishedOn,
      last: lastExchangeOn,
    })
    .from(friendshipCities)
    .where(and(inScope(friendshipCities.orgUnitId, scope), isNull(friendshipCities.archivedAt)));
}

/** The exchanges settings an office saved (none yet: null). */
export async function findSettings(db: Db, scope: Scope, orgUnitId: number) {
  const [row] = await db
    .select()
    .from(settings)
    .where(and(eq(settings.orgUnitId, orgUnitId), eq(settings.key, 'exchanges'), inScope(settings.orgUnitId, scope)));
  return row ?? null;
}

/** An office's first save of its settings; a second first save at once fails on the unique index. */
export async function insertSettings(tx: Db, actor: Actor, value: object): Promise<void> {
  await tx.insert(settings).values({ orgUnitId: actor.orgUnitId, key: 'exchanges', value, updatedBy: actor.userId });
}

/** Saves the settings made on `version`; null when someone else saved first. */
export async function updateSettings(tx: Db, actor: Actor, version: number, value: object) {
  const [row] = await tx
    .update(settings)
    .set({ value, version: sql`${settings.version} + 1`, updatedAt: clock.now(), updatedBy: actor.userId })
    .where(and(eq(settings.orgUnitId, actor.orgUnitId), eq(settings.key, 'exchanges'), eq(settings.version, version)))
    .returning();
  return row ?? null;
}
