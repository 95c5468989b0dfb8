/** The exchanges figures: visits and events of a period beside a year earlier, the pairs, their anniversaries. */
import type { VisitStats } from '@shared/contracts/exchanges';
import { continentOf } from '@shared/reference/continents';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { fieldError } from '@server/platform/http/errors';
import { citiesInScope } from './cities.service';
import { anniversaryDate, isDormant, roundAnniversariesWithin } from './cities.rules';
import { orgNames } from './exchanges.common';
import { getSettings } from './exchanges.settings';
import { cityStatRows } from './repository/cities';
import { eventFigures } from './repository/events';
import { visitFigures } from './repository/visits';
import { clock } from '@server/clock';

/** The same calendar day a year earlier (29 February → 28 February). */
export const yearEarlier = (ymd: string) => anniversaryDate(ymd, -1);

type Figure = { batches: number; people: number };

const zero = { batches: 0, people: 0 };
const pair = (now: Figure | undefined, prev: Figure | undefined) => ({
  batches: now?.batches ?? 0,
  people: now?.people ?? 0,
  prevBatches: prev?.batches ?? 0,
  prevPeople: prev?.people ?? 0,
});

/** Visits (批, 人次) by type, country and month for a period, each beside the same period a year earlier. */
export async function visitStats(db: Db, actor: Actor, from: string, to: string): Promise<VisitStats> {
  if (to < from) throw fieldError('to', 'err.dateRange');
  const previousFrom = yearEarlier(from);
  const previousTo = yearEarlier(to);
  const scope = scopeOf(actor);
  const [now, prev, ev, evPrev] = await Promise.all([
    visitFigures(db, scope, from, to),
    visitFigures(db, scope, previousFrom, previousTo),
    eventFigures(db, scope, from, to),
    eventFigures(db, scope, previousFrom, previousTo),
  ]);
  const types = [...new Set([...now.byType.keys(), ...prev.byType.keys()])];
  const countries = [...new Set([...now.byCountry.keys(), ...prev.byCountry.keys()])];
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7);) {
    months.push(m);
    const [y, mm] = m.split('-').map(Number);
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return {
    from,
    to,
    previousFrom,
    previousTo,
    total: pair(now.total, prev.total),
    byType: types
      .map((type) => ({ type: type as VisitStats['byType'][number]['type'], ...pair(now.byType.get(type), prev.byType.get(type)) }))
      .sort((a, b) => b.batches - a.batches),
    byCountry: countries
      .map((code) => ({ code, ...pair(now.byCountry.get(code), prev.byCountry.get(code)) }))
      .sort((a, b) => b.people - a.people || a.code.localeCompare(b.code)),
    // Each month beside the same month one year earlier, also when the period spans more than a year.
    byMonth: months
      .slice(0, 36)
      .map((month) => ({ month, ...pair(now.byMonth.get(month) ?? zero, prev.byMonth.get(`${Number(month.slice(0, 4)) - 1}${month.slice(4)}`) ?? zero) })),
    events: { ...ev, prevCount: evPrev.count, prevGuests: evPrev.guests },
  };
}

/** Pairs by country, continent, type and tier, the year's additions and progress towards the target. */
export async function cityStats(db: Db, actor: Actor) {
  const today = clock.today();
  const { friendshipCityTarget, dormantYears } = await getSettings(db, actor);
  const rows = await cityStatRows(db, scopeOf(actor));
  const live = rows.filter((r) => r.status !== 'ended');
  const tally = (keyOf: (r: (typeof rows)[number]) => string | null) => {
    const m = new Map<string, number>();
    for (const r of live) {
      const k = keyOf(r);
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
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
  const cities = (await citiesInScope(db, actor)).filter((c) => c.status !== 'ended');
  const names = await orgNames(
    db,
    actor,
    cities.map((c) => c.orgUnitId),
  );
  return cities
    .flatMap((c) =>
      roundAnniversariesWithin(c.establishedOn, today, withinDays).map((a) => ({
        cityId: c.id,
        foreignCityZh: c.foreignCityZh,
        foreignCityEn: c.foreignCityEn,
        country: c.country,
        orgUnitName: names.get(c.orgUnitId) ?? '',
        establishedOn: c.establishedOn,
        ...a,
      })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.cityId - b.cityId);
}
