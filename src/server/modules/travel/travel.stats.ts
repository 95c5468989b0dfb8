/** The half-year figures, counted from the period's applications: pure, no database. */
import type { Locale } from '@shared/contracts/common';
import type { Member, TravelStats } from '@shared/contracts/travel';
import { labelOf } from '@shared/labels/labels';
import { rankLabels } from '@shared/labels/travel';
import { countryName } from '@shared/reference/countries';
import { addMonths } from '@shared/reference/dates';
import type { StatsRow } from './repository/applications';

type AppRow = StatsRow;
type Pair = { now: number; prev: number };
type Group = { batches: Pair; people: Pair };

const RANK_ORDER = ['provincial', 'bureau', 'division', 'section', 'staff', 'other'];

const between = (d: string | null, from: string, to: string) => !!d && d >= from && d <= to;
const remaining = (r: Pick<AppRow, 'members' | 'removedMembers'>) => {
  const removed = new Set(r.removedMembers);
  return (r.members as Member[]).filter((m) => !removed.has(m.name));
};

/** The same period a year earlier, which every figure is compared with. */
export const previousPeriod = (from: string, to: string) => ({ previousFrom: addMonths(from, -12), previousTo: addMonths(to, -12) });

/**
 * The half-year figures: applied (by first submission), approved and refused (by decision date), delegations
 * shrunk, members removed and days cut, by unit, rank and destination, each beside the same period a year earlier.
 * A period's applications are a few hundred, so they are read once and counted here.
 */
export function countTravelStats(rows: StatsRow[], unitNames: Map<number, string>, locale: Locale, from: string, to: string): TravelStats {
  const { previousFrom, previousTo } = previousPeriod(from, to);
  const names = unitNames;

  const figure = () => ({ batches: { now: 0, prev: 0 }, people: { now: 0, prev: 0 } });
  const applied = figure();
  const approved = figure();
  const refused = figure();
  const shrunk = { batches: { now: 0, prev: 0 }, membersRemoved: { now: 0, prev: 0 }, daysCut: { now: 0, prev: 0 } };
  const groups = {
    unit: new Map<string, Group & { label: string }>(),
    rank: new Map<string, Group & { label: string }>(),
    dest: new Map<string, Group & { label: string }>(),
  };
  const bump = (map: Map<string, Group & { label: string }>, key: string, label: string, which: 'now' | 'prev', batches: number, people: number) => {
    const g = map.get(key) ?? { label, ...figure() };
    g.batches[which] += batches;
    g.people[which] += people;
    map.set(key, g);
  };

  for (const r of rows) {
    for (const [which, a, b] of [
      ['now', from, to],
      ['prev', previousFrom, previousTo],
    ] as const) {
      if (between(r.firstSubmittedOn, a, b)) {
        applied.batches[which] += 1;
        applied.people[which] += (r.members as Member[]).length;
      }
      if (!between(r.decidedOn, a, b)) continue;
      if (r.status === 'refused') {
        refused.batches[which] += 1;
        refused.people[which] += (r.members as Member[]).length;
      }
      // An approved trip later cancelled was still approved in the period.
      if (r.status !== 'approved' && r.status !== 'cancelled') continue;
      const members = remaining(r);
      approved.batches[which] += 1;
      approved.people[which] += members.length;
      if (r.removedMembers.length || r.daysCut) {
        shrunk.batches[which] += 1;
        shrunk.membersRemoved[which] += r.removedMembers.length;
        shrunk.daysCut[which] += r.daysCut;
      }
      bump(groups.unit, String(r.orgUnitId), names.get(r.orgUnitId) ?? '', which, 1, members.length);
      const ranks = new Map<string, number>();
      for (const m of members) ranks.set(m.rank, (ranks.get(m.rank) ?? 0) + 1);
      for (const [rank, n] of ranks) bump(groups.rank, rank, labelOf(rankLabels, rank, locale), which, 1, n);
      for (const c of r.countries) bump(groups.dest, c, countryName(c, locale), which, 1, members.length);
    }
  }
  const sorted = (m: Map<string, Group & { label: string }>) =>
    [...m].map(([key, g]) => ({ key, ...g })).sort((a, b) => b.batches.now - a.batches.now || b.people.now - a.people.now || a.key.localeCompare(b.key));
  return {
    from,
    to,
    previousFrom,
    previousTo,
    applied,
    approved,
    refused,
    shrunk,
    byUnit: sorted(groups.unit),
    byRank: sorted(groups.rank).sort((a, b) => RANK_ORDER.indexOf(a.key) - RANK_ORDER.indexOf(b.key)),
    byDestination: sorted(groups.dest),
  };
}
