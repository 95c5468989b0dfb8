import type { Locale } from '@shared/contracts/common';
import {
  CAPPED_CATEGORIES,
  type ApprovalParams,
  type ApproverLevel,
  type BudgetLine,
  type BudgetParams,
  type Finding,
  type Leg,
  type LimitsParams,
  type Member,
  type RuleKey,
  type RuleKind,
} from '@shared/contracts/travel';
import { labelOf } from '@shared/labels/labels';
import { budgetCategoryLabels } from '@shared/labels/travel';
import { countryName } from '@shared/reference/countries';
import { addMonths, daysBetween } from '@shared/reference/dates';
import { CalendarNotCovered, type WorkingCalendar } from '@server/platform/calendar/calendar';
import { translate } from '@server/platform/i18n/i18n';
import { findingText, type FindingText } from './travel.messages';

/** One stored version of a rule kind. */
export interface RuleVersionRow<P = unknown> {
  id: number;
  kind: string;
  effectiveFrom: string;
  documentNumber: string;
  params: P;
  archivedAt?: Date | null;
}

/** The version of a kind in force on a date: the latest effective date not after it. */
export function ruleInForce<P>(versions: Array<RuleVersionRow<P>>, kind: RuleKind, onDate: string): RuleVersionRow<P> | null {
  let best: RuleVersionRow<P> | null = null;
  for (const v of versions) {
    if (v.kind !== kind || v.archivedAt || v.effectiveFrom > onDate) continue;
    if (!best || v.effectiveFrom > best.effectiveFrom) best = v;
  }
  return best;
}

/** What the rules look at: the application as the office would approve it (countries already alpha-3). */
export interface TripToCheck {
  departDate: string;
  returnDate: string;
  legs: Leg[];
  members: Member[];
  budget: BudgetLine[];
  planItemId: number | null;
  inviterIntermediary: boolean;
  publicityStart: string | null;
  publicityEnd: string | null;
  year: number;
}

export interface PlanContext {
  /** Whether the unit has an annual plan for the trip's year. */
  hasPlan: boolean;
  /** The plan item the application draws on, when it is in the unit's plan. */
  item: { id: number; people: number; days: number } | null;
  /** Another live application already drawing on the same plan item. */
  takenBy: number | null;
}

export interface RuleContext {
  limits: RuleVersionRow<LimitsParams> | null;
  budget: RuleVersionRow<BudgetParams> | null;
  approval: RuleVersionRow<ApprovalParams> | null;
  plan: PlanContext;
  locale: Locale;
  /** The office's working-day calendar (calendar.service.ts workingCalendar()). */
  calendar: WorkingCalendar;
}

const DEFAULT_SEVERITY: Record<RuleKey, 'block' | 'warn'> = {
  countries: 'block',
  days: 'block',
  members: 'block',
  leadership: 'block',
  unplanned: 'warn',
  publicity: 'block',
  budget: 'warn',
  passport: 'block',
  inviter: 'block',
};
const LEVEL_ORDER: ApproverLevel[] = ['office', 'leader', 'upward'];

export const daysAbroad = (t: Pick<TripToCheck, 'departDate' | 'returnDate'>) => daysBetween(t.departDate, t.returnDate) + 1;

/** Countries visited: transit without leaving the airport does not count. */
export const countriesVisited = (legs: Leg[]) => [...new Set(legs.filter((l) => !l.transitOnly).map((l) => l.country))];

export const lineAmount = (l: BudgetLine) => Math.round(l.persons * l.units * l.unitAmount * 100) / 100;

/** Who must approve: the highest level any member's rank requires (a leader where no rule says otherwise). */
export function approverLevel(members: Member[], approval: RuleVersionRow<ApprovalParams> | null): ApproverLevel {
  let level = 0;
  for (const m of members) {
    const needed = approval?.params.ranks[m.rank] ?? 'leader';
    level = Math.max(level, LEVEL_ORDER.indexOf(needed));
  }
  return LEVEL_ORDER[level];
}

/**
 * Every finding of the rules in force on the trip's departure date, each pinned to the field it concerns,
 * blocking or a warning as the rule version says.
 */
export function checkTrip(trip: TripToCheck, ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const limits = ctx.limits;
  const say = (key: FindingText, params: Record<string, string | number> = {}) => findingText(ctx.locale, key, params);
  const add = (rule: RuleKey, path: string, message: string) => {
    findings.push({ rule, path, message, severity: limits?.params.severities[rule] ?? DEFAULT_SEVERITY[rule] });
  };
  const country = (code: string) => countryName(code, ctx.locale);
  if (limits) {
    const p = limits.params;
    const doc = limits.documentNumber;
    const visited = countriesVisited(trip.legs);
    if (visited.length > p.maxCountries) add('countries', 'legs', say('countries', { count: visited.length, max: p.maxCountries, doc }));
    const n = Math.max(1, visited.length);
    const extra = visited.some((c) => p.extraDayCountries.includes(c)) ? p.extraDays : 0;
    const max = p.maxDays[Math.min(n, p.maxDays.length) - 1] + extra;
    const days = daysAbroad(trip);
    if (days > max) add('days', 'returnDate', say('days', { days, countries: n, max, doc, extra: extra ? say('daysExtra', { extra }) : '' }));
    if (trip.members.length > p.maxMembers) add('members', 'members', say('members', { count: trip.members.length, max: p.maxMembers, doc }));
    checkLeadership(trip.members, (i, name, others) => add('leadership', `members.${i}.leadership`, say('leadership', { name, others, doc })));
    checkPlan(trip, ctx.plan, days, (path, key, params) => add('unplanned', path, say(key, { ...params, doc })));
    checkPublicity(
      trip,
      p.publicityWorkingDays,
      ctx.calendar,
      (path, key, params) => add('publicity', path, say(key, { ...params, doc })),
      (year) => add('publicity', 'publicityEnd', translate(ctx.locale, 'err.calendarNotCovered', { year })),
    );
    trip.members.forEach((m, i) => {
      if (!m.passportExpiry) return;
      const needed = addMonths(trip.returnDate, p.passportValidityMonths);
      if (m.passportExpiry < needed)
        add('passport', `members.${i}.passportExpiry`, say('passport', { name: m.name, expiry: m.passportExpiry, months: p.passportValidityMonths, needed }));
    });
    if (trip.inviterIntermediary) add('inviter', 'inviterIntermediary', say('inviter', { doc }));
  }
  const category = (c: string) => labelOf(budgetCategoryLabels, c, ctx.locale);
  if (ctx.budget) checkBudget(trip.budget, ctx.budget, country, category, say, (i, message) => add('budget', `budget.${i}.unitAmount`, message));
  return findings;
}

function checkLeadership(members: Member[], report: (index: number, name: string, others: string) => void) {
  const byUnit = new Map<string, number[]>();
  members.forEach((m, i) => {
    if (!m.leadership) return;
    const unit = (m.unitName ?? '').trim();
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), i]);
  });
  for (const indexes of byUnit.values()) {
    if (indexes.length < 2) continue;
    for (const i of indexes)
      report(
        i,
        members[i].name,
        indexes
          .filter((j) => j !== i)
          .map((j) => members[j].name)
          .join('、'),
      );
  }
}

function checkPlan(
  trip: TripToCheck,
  plan: PlanContext,
  days: number,
  report: (path: string, key: FindingText, params: Record<string, string | number>) => void,
) {
  if (!plan.hasPlan) {
    report('planItemId', 'noPlan', { year: trip.year });
    return;
  }
  if (trip.planItemId == null) {
    report('planItemId', 'unplanned', {});
    return;
  }
  if (!plan.item) {
    report('planItemId', 'planItemMissing', { year: trip.year });
    return;
  }
  if (plan.takenBy != null) report('planItemId', 'planItemTaken', { other: plan.takenBy });
  if (trip.members.length > plan.item.people || days > plan.item.days) {
    report('planItemId', 'planExceeded', { planPeople: plan.item.people, planDays: plan.item.days, people: trip.members.length, days });
  }
}

function checkPublicity(
  trip: TripToCheck,
  min: number,
  calendar: WorkingCalendar,
  report: (path: string, key: FindingText, params: Record<string, string | number>) => void,
  notCovered: (year: number) => void,
) {
  if (min <= 0) return;
  const { publicityStart: start, publicityEnd: end } = trip;
  if (!start || !end) {
    report(start ? 'publicityEnd' : 'publicityStart', 'publicityMissing', { min });
    return;
  }
  if (end < start) {
    report('publicityEnd', 'publicityOrder', {});
    return;
  }
  if (end >= trip.departDate) report('publicityEnd', 'publicityAfterDeparture', { depart: trip.departDate });
  try {
    const days = calendar.workingDaysBetween(start, end);
    if (days < min) report('publicityEnd', 'publicityShort', { days, min });
  } catch (err) {
    // The same words as every other place that refuses: which year's notice to enter, and where.
    if (!(err instanceof CalendarNotCovered)) throw err;
    notCovered(err.year);
  }
}

function checkBudget(
  lines: BudgetLine[],
  budget: RuleVersionRow<BudgetParams>,
  country: (code: string) => string,
  categoryLabel: (category: string) => string,
  say: (key: FindingText, params?: Record<string, string | number>) => string,
  report: (index: number, message: string) => void,
) {
  lines.forEach((line, i) => {
    const category = line.category as (typeof CAPPED_CATEGORIES)[number];
    if (!CAPPED_CATEGORIES.includes(category) || !line.country) return;
    const categoryName = categoryLabel(category);
    // A country-wide standard; a city's own standard (where the rule lists one) is the higher cap of the two.
    const standards = budget.params.standards.filter((s) => s.country === line.country);
    if (!standards.length) {
      report(i, say('budgetNoStandard', { country: country(line.country), category: categoryName }));
      return;
    }
    const standard = standards.reduce((a, b) => (b[category] > a[category] ? b : a));
    if (standard.currency !== line.currency) {
      report(i, say('budgetCurrency', { country: country(line.country), currency: standard.currency, given: line.currency }));
      return;
    }
    if (line.unitAmount > standard[category]) {
      report(
        i,
        say('budgetOver', {
          category: categoryName,
          currency: standard.currency,
          cap: standard[category],
          amount: line.unitAmount,
          unit: say(category === 'lodging' ? 'unit.night' : 'unit.day'),
          country: country(line.country),
          doc: budget.documentNumber,
        }),
      );
    }
  });
}
