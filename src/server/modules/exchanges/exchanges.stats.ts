import { and, gte, isNull, lte, ne, sql } from 'drizzle-orm';
import type { VisitStats } from '../../../shared/contracts/exchanges';
import { continentOf } from '../../../shared/reference/continents';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import { inScope, scopeOf } from '../../platform/access/scope';
import { allCities, getSettings, lastExchangeOn } from './cities.service';
import { isDormant, roundAnniversariesWithin } from './cities.rules';
import { orgNames } from './exchanges.common';
import { events, friendshipCities, visits } from './exchanges.table';
import { anniversaryDate } from './cities.rules';
import { clock } from '../../clock';

/** The same calendar day a year earlier (29 February → 28 February). */
export const yearEarlier = (ymd: string) => anniversaryDate(ymd, -1);

type Figure = { batches: number; people: number };

async function visitFigures(db: Db, actor: Actor, from: string, to: string) {
  const where = and(inScope(visits.orgUnitId, scopeOf(actor)), isNull(visits.archivedAt), ne(visits.status, 'cancelled'),
    gte(visits.startDate, from), lte(visits.startDate, to));
  const agg = { batches: sql<number>`count(*)::int`, people: sql<number>`coalesce(sum(${visits.peopleCount}), 0)::int` };
  const country = sql<string>`unnest(${visits.countries})`;
  const month = sql<string>`to_char(${visits.startDate}, 'YYYY-MM')`;
  const [[total], byType, byCountry, byMonth] = await Promise.all([
    db.select(agg).from(visits).where(where),
    db.select({ key: visits.type, ...agg }).from(visits).where(where).groupBy(visits.type),
    db.select({ key: country, ...agg }).from(visits).where(where).groupBy(country),
    db.select({ key: month, ...agg }).from(visits).where(where).groupBy(month),
  ]);
  const map = (rows: Array<{ key: string } & Figure>) => new Map(rows.map((r) => [r.key, { batches: Number(r.batches), people: Number(r.people) }]));
  return { total: { batches: Number(total.batches), people: Number(total.people) }, byType: map(byType), byCountry: map(byCountry), byMonth: map(byMonth) };
}

async function eventFigures(db: Db, actor: Actor, from: string, to: string) {
  const [row] = await db.select({
    count: sql<number>`count(*)::int`, guests: sql<number>`coalesce(sum(${events.guestsCount}), 0)::int`,
    consuls: sql<number>`coalesce(sum(${events.consulsCount}), 0)::int`, media: sql<number>`coalesce(sum(${events.mediaCount}), 0)::int`,
  }).from(events).where(and(inScope(events.orgUnitId, scopeOf(actor)), isNull(events.archivedAt), gte(events.startDate, from), lte(events.startDate, to)));
  return { count: Number(row.count), guests: Number(row.guests), consuls: Number(row.consuls), media: Number(row.media) };
}

const zero = { batches: 0, people: 0 };
const pair = (now: Figure | undefined, prev: Figure | undefined) => ({
  batches: now?.batches ?? 0, people: now?.people ?? 0, prevBatches: prev?.batches ?? 0, prevPeople: prev?.people ?? 0,
});

/** Visits (批, 人次) by type, country and month for a period, each beside the same period a year earlier. */
export async function visitStats(db: Db, actor: Actor, from: string, to: string): Promise<VisitStats> {
  const previousFrom = yearEarlier(from);
  const previousTo = yearEarlier(to);
  const [now, prev, ev, evPrev] = await Promise.all([
    visitFigures(db, actor, from, to), visitFigures(db, actor, previousFrom, previousTo),
    eventFigures(db, actor, from, to), eventFigures(db, actor, previousFrom, previousTo),
  ]);
  const types = [...new Set([...now.byType.keys(), ...prev.byType.keys()])];
  const countries = [...new Set([...now.byCountry.keys(), ...prev.byCountry.keys()])];
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); ) {
    months.push(m);
    const [y, mm] = m.split('-').map(Number);
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return {
    from, to, previousFrom, previousTo,
    total: pair(now.total, prev.total),
    byType: types.map((type) => ({ type: type as VisitStats['byType'][number]['type'], ...pair(now.byType.get(type), prev.byType.get(type)) }))
      .sort((a, b) => b.batches - a.batches),
    byCountry: countries.map((code) => ({ code, ...pair(now.byCountry.get(code), prev.byCountry.get(code)) }))
      .sort((a, b) => b.people - a.people || a.code.localeCompare(b.code)),
    // Each month beside the same month one year earlier, also when the period spans more than a year.
    byMonth: months.slice(0, 36).map((month) => ({ month, ...pair(now.byMonth.get(month) ?? zero, prev.byMonth.get(`${Number(month.slice(0, 4)) - 1}${month.slice(4)}`) ?? zero) })),
    events: { ...ev, prevCount: evPrev.count, prevGuests: evPrev.guests },
  };
}

/** Pairs by country, continent, type and tier, the year's additions and progress towards the target. */
export async function cityStats(db: Db, actor: Actor) {
  const today = clock.today();
  const { friendshipCityTarget, dormantYears } = await getSettings(db, actor.orgUnitId);
  const rows = await db.select({
    country: friendshipCities.country, relationType: friendshipCities.relationType, tier: friendshipCities.tier,
    status: friendshipCities.status, establishedOn: friendshipCities.establishedOn, last: lastExchangeOn,
  }).from(friendshipCities).where(and(inScope(friendshipCities.orgUnitId, scopeOf(actor)), isNull(friendshipCities.archivedAt)));
  const live = rows.filter((r) => r.status !== 'ended');
  const tally = (keyOf: (r: (typeof rows)[number]) => string | null) => {
    const m = new Map<string, number>();
    for (const r of live) { const k = keyOf(r); if (k) m.set(k, (m.get(k) ?? 0) + 1); }
    return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };
  return {
    total: live.length,
    active: live.filter((r) => r.status === 'active').length,
    dormant: live.filter((r) => isDormant(r.last ?? r.establishedOn, today, dormantYears)).length,
    ended: rows.length - live.length,
    addedThisYear: live.filter((r) => r.establishedOn.slice(0, 4) === today.slice(0, 4)).length,
    target: friendshipCityTarget,
    byCountry: tally((r) => r.country),
    byContinent: tally((r) => continentOf(r.country)),
    byType: tally((r) => r.relationType),
    // Pairs not yet given a tier are counted as such, so the tiers add up to the total.
    byTier: tally((r) => r.tier ?? 'none'),
    byYear: tally((r) => r.establishedOn.slice(0, 4)).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** Round anniversaries (5, 10, 15 … years) of live pairs coming within the window, soonest first. */
export async function anniversaries(db: Db, actor: Actor, withinDays: number) {
  const today = clock.today();
  const cities = (await allCities(db, actor)).filter((c) => c.status !== 'ended');
  const names = await orgNames(db, actor, cities.map((c) => c.orgUnitId));
  return cities.flatMap((c) => roundAnniversariesWithin(c.establishedOn, today, withinDays).map((a) => ({
    cityId: c.id, foreignCityZh: c.foreignCityZh, foreignCityEn: c.foreignCityEn, country: c.country,
    orgUnitName: names.get(c.orgUnitId) ?? '', establishedOn: c.establishedOn, ...a,
  }))).sort((a, b) => a.date.localeCompare(b.date) || a.cityId - b.cityId);
}
