import { and, gte, isNull, lte, or } from 'drizzle-orm';
import type { Member, TravelStats } from '../../../shared/contracts/travel';
import { countryName } from '../../../shared/reference/countries';
import { addMonths } from '../../../shared/reference/dates';
import type { Db } from '../../db/client';
import { orgUnitNames } from '../../platform/org.service';
import type { Actor } from '../../platform/permissions';
import { inScope, scopeOf } from '../../platform/scope';
import { travelApplications } from './travel.table';

type AppRow = typeof travelApplications.$inferSelect;
type Pair = { now: number; prev: number };
type Group = { batches: Pair; people: Pair };

const RANK_LABELS: Record<string, { zh: string; en: string }> = {
  provincial: { zh: '省部级', en: 'Provincial/ministerial' }, bureau: { zh: '厅局级', en: 'Bureau' }, division: { zh: '县处级', en: 'Division' },
  section: { zh: '乡科级', en: 'Section' }, staff: { zh: '一般工作人员', en: 'Staff' }, other: { zh: '其他人员', en: 'Other' },
};

const between = (d: string | null, from: string, to: string) => !!d && d >= from && d <= to;
const remaining = (r: AppRow) => { const removed = new Set(r.removedMembers); return (r.members as Member[]).filter((m) => !removed.has(m.name)); };

/**
 * The half-year figures: applied (by first submission), approved and refused (by decision date), delegations
 * shrunk, members removed and days cut, by unit, rank and destination, each beside the same period a year earlier.
 * A period's applications are a few hundred, so they are read once and counted here.
 */
export async function travelStats(db: Db, actor: Actor, from: string, to: string): Promise<TravelStats> {
  const previousFrom = addMonths(from, -12);
  const previousTo = addMonths(to, -12);
  const t = travelApplications;
  const inPeriod = (a: string, b: string) => or(and(gte(t.firstSubmittedOn, a), lte(t.firstSubmittedOn, b)), and(gte(t.decidedOn, a), lte(t.decidedOn, b)));
  const rows = await db.select().from(t).where(and(inScope(t.orgUnitId, scopeOf(actor)), isNull(t.archivedAt),
    or(inPeriod(from, to), inPeriod(previousFrom, previousTo))));
  const names = await orgUnitNames(db, rows.map((r) => r.orgUnitId), actor.locale);
  const en = actor.locale === 'en-US';

  const figure = () => ({ batches: { now: 0, prev: 0 }, people: { now: 0, prev: 0 } });
  const applied = figure(); const approved = figure(); const refused = figure();
  const shrunk = { batches: { now: 0, prev: 0 }, membersRemoved: { now: 0, prev: 0 }, daysCut: { now: 0, prev: 0 } };
  const groups = { unit: new Map<string, Group & { label: string }>(), rank: new Map<string, Group & { label: string }>(), dest: new Map<string, Group & { label: string }>() };
  const bump = (map: Map<string, Group & { label: string }>, key: string, label: string, which: 'now' | 'prev', batches: number, people: number) => {
    const g = map.get(key) ?? { label, ...figure() };
    g.batches[which] += batches; g.people[which] += people;
    map.set(key, g);
  };

  for (const r of rows) {
    for (const [which, a, b] of [['now', from, to], ['prev', previousFrom, previousTo]] as const) {
      if (between(r.firstSubmittedOn, a, b)) { applied.batches[which] += 1; applied.people[which] += (r.members as Member[]).length; }
      if (!between(r.decidedOn, a, b)) continue;
      if (r.status === 'refused') { refused.batches[which] += 1; refused.people[which] += (r.members as Member[]).length; }
      // An approved trip later cancelled was still approved in the period.
      if (r.status !== 'approved' && r.status !== 'cancelled') continue;
      const members = remaining(r);
      approved.batches[which] += 1; approved.people[which] += members.length;
      if (r.removedMembers.length || r.daysCut) {
        shrunk.batches[which] += 1; shrunk.membersRemoved[which] += r.removedMembers.length; shrunk.daysCut[which] += r.daysCut;
      }
      bump(groups.unit, String(r.orgUnitId), names.get(r.orgUnitId) ?? '', which, 1, members.length);
      const ranks = new Map<string, number>();
      for (const m of members) ranks.set(m.rank, (ranks.get(m.rank) ?? 0) + 1);
      for (const [rank, n] of ranks) bump(groups.rank, rank, RANK_LABELS[rank]?.[en ? 'en' : 'zh'] ?? rank, which, 1, n);
      for (const c of r.countries) bump(groups.dest, c, countryName(c, actor.locale), which, 1, members.length);
    }
  }
  const sorted = (m: Map<string, Group & { label: string }>) => [...m].map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => b.batches.now - a.batches.now || b.people.now - a.people.now || a.key.localeCompare(b.key));
  const rankOrder = Object.keys(RANK_LABELS);
  return {
    from, to, previousFrom, previousTo, applied, approved, refused, shrunk,
    byUnit: sorted(groups.unit), byRank: sorted(groups.rank).sort((a, b) => rankOrder.indexOf(a.key) - rankOrder.indexOf(b.key)), byDestination: sorted(groups.dest),
  };
}
