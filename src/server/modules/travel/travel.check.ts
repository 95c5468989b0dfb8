import type { Locale } from '@shared/contracts/common';
import type { ApplicationInput, BudgetLine, CheckResult, Leg, Member } from '@shared/contracts/travel';
import { toAlpha3 } from '@shared/reference/countries';
import { fieldError } from '@server/platform/http/errors';
import type { WorkingCalendar } from '@server/platform/calendar/calendar';
import {
  approverLevel,
  checkTrip,
  countriesVisited,
  daysAbroad,
  lineAmount,
  ruleInForce,
  type PlanContext,
  type RuleVersionRow,
  type TripToCheck,
} from './travel.rules';
import type { AppRow } from './repository/applications';

/** Statuses in which an application no longer draws on its plan item. */
export const DEAD_STATUSES = ['refused', 'cancelled'];

function country(value: string, path: string): string {
  const code = toAlpha3(value);
  if (!code) throw fieldError(path, 'err.unknownCountry', { value });
  return code;
}

/** Countries to alpha-3 and dates in order, or a 400 at the field that is wrong. */
export function normalizeInput(input: ApplicationInput): ApplicationInput {
  if (input.returnDate < input.departDate) throw fieldError('returnDate', 'err.dateRange');
  const legs = input.legs.map((l, i) => {
    if (l.leaveOn < l.arriveOn || l.arriveOn < input.departDate || l.leaveOn > input.returnDate) throw fieldError(`legs.${i}.arriveOn`, 'err.travelLegDates');
    return { ...l, country: country(l.country, `legs.${i}.country`) };
  });
  const budget = input.budget.map((b, i) => ({ ...b, country: b.country ? country(b.country, `budget.${i}.country`) : null }));
  return { ...input, inviterCountry: country(input.inviterCountry, 'inviterCountry'), legs, budget };
}

/** The application as the office would approve it: removed members off, shortened dates. */
export function approvedShape(row: AppRow): TripToCheck {
  const removed = new Set(row.removedMembers);
  return {
    ...tripOf(row),
    members: (row.members as Member[]).filter((m) => !removed.has(m.name)),
    departDate: row.approvedDepart ?? row.departDate,
    returnDate: row.approvedReturn ?? row.returnDate,
  };
}

export function tripOf(
  row: Pick<
    AppRow,
    'departDate' | 'returnDate' | 'legs' | 'members' | 'budget' | 'planItemId' | 'inviterIntermediary' | 'publicityStart' | 'publicityEnd' | 'year'
  >,
): TripToCheck {
  return {
    departDate: row.departDate,
    returnDate: row.returnDate,
    legs: row.legs as Leg[],
    members: row.members as Member[],
    budget: row.budget as BudgetLine[],
    planItemId: row.planItemId,
    inviterIntermediary: row.inviterIntermediary,
    publicityStart: row.publicityStart,
    publicityEnd: row.publicityEnd,
    year: row.year,
  };
}

/** The unit's plan as the checks see it, from the batch of plans, items and users read for the check. */
export function planContext(
  facts: {
    plans: Array<{ id: number; orgUnitId: number; year: number }>;
    items: Array<{ id: number; planId: number; people: number; days: number }>;
    users: Array<{ id: number; planItemId: number | null }>;
  },
  subject: { id?: number; orgUnitId: number; trip: TripToCheck },
): PlanContext {
  const { trip } = subject;
  const plan = facts.plans.find((p) => p.orgUnitId === subject.orgUnitId && p.year === trip.year);
  const item = facts.items.find((i) => i.id === trip.planItemId && i.planId === plan?.id);
  const other = facts.users.find((u) => u.planItemId === trip.planItemId && u.id !== subject.id);
  return { hasPlan: !!plan, item: item ? { id: item.id, people: item.people, days: item.days } : null, takenBy: other?.id ?? null };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Budget totals per currency: standards abroad are in local currencies, so amounts are never added across them. */
function totalsByCurrency(lines: BudgetLine[]) {
  const sums = new Map<string, number>();
  for (const l of lines) sums.set(l.currency, (sums.get(l.currency) ?? 0) + lineAmount(l));
  return [...sums].map(([currency, amount]) => ({ currency, amount: round2(amount) }));
}

/** The whole check of one trip: the findings of the rules in force on its departure, and the facts the page shows beside them. */
export function checkOne(
  versions: Array<RuleVersionRow<unknown>>,
  trip: TripToCheck,
  plan: PlanContext,
  locale: Locale,
  calendar: WorkingCalendar,
): CheckResult {
  const onDate = trip.departDate;
  const ctx = {
    limits: ruleInForce(versions, 'limits', onDate) as never,
    budget: ruleInForce(versions, 'budget', onDate) as never,
    approval: ruleInForce(versions, 'approval', onDate) as never,
    plan,
    locale,
    calendar,
  };
  const findings = checkTrip(trip, ctx);
  const ref = (v: RuleVersionRow<unknown> | null) => (v ? { id: v.id, documentNumber: v.documentNumber, effectiveFrom: v.effectiveFrom } : null);
  return {
    findings,
    blocking: findings.filter((f) => f.severity === 'block').length,
    daysAbroad: daysAbroad(trip),
    countries: countriesVisited(trip.legs),
    approverLevel: approverLevel(trip.members, ctx.approval),
    totalBudget: round2(trip.budget.filter((l) => l.currency === 'CNY').reduce((sum, l) => sum + lineAmount(l), 0)),
    budgetTotals: totalsByCurrency(trip.budget),
    rules: { limits: ref(ctx.limits), budget: ref(ctx.budget), approval: ref(ctx.approval) },
  };
}
