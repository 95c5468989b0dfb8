import { describe, expect, it } from 'vitest';
import {
  RULE_KEYS,
  type ApprovalParams,
  type BudgetLine,
  type BudgetParams,
  type Finding,
  type Leg,
  type LimitsParams,
  type Member,
  type RuleKey,
} from '../../../src/shared/contracts/travel';
import type { Locale } from '../../../src/shared/contracts/common';
import { addDays } from '../../../src/shared/reference/dates';
import {
  approverLevel,
  checkTrip,
  countriesVisited,
  daysAbroad,
  lineAmount,
  ruleInForce,
  type PlanContext,
  type RuleContext,
  type RuleVersionRow,
  type TripToCheck,
} from '../../../src/server/modules/travel/travel.rules';
import { DEFAULT_RULES } from '../../../src/server/modules/travel/travel.ruleset';
import { findingText } from '../../../src/server/modules/travel/travel.messages';
import { packageCalendar, WorkingCalendar } from '../../../src/server/platform/calendar/calendar';

// ---------------------------------------------------------------------------------------------------------
// The seeded rule versions, as stored rows.

const VERSIONS: Array<RuleVersionRow<unknown>> = DEFAULT_RULES.map((r, i) => ({
  id: i + 1,
  kind: r.kind,
  effectiveFrom: r.effectiveFrom,
  documentNumber: r.documentNumber,
  params: r.params,
  archivedAt: null,
}));
function seeded<P>(kind: string, effectiveFrom: string): RuleVersionRow<P> {
  const v = VERSIONS.find((r) => r.kind === kind && r.effectiveFrom === effectiveFrom);
  if (!v) throw new Error(`no seeded ${kind} version from ${effectiveFrom}`);
  return v as RuleVersionRow<P>;
}
const LIMITS_2008 = seeded<LimitsParams>('limits', '2008-01-01');
const LIMITS_2013 = seeded<LimitsParams>('limits', '2013-10-01');
const BUDGET_2014 = seeded<BudgetParams>('budget', '2014-01-01');
const APPROVAL_2013 = seeded<ApprovalParams>('approval', '2013-10-01');
const DOC_2008 = '中办发〔2008〕9号';
const DOC_2013 = '中办发〔2013〕16号';
const DOC_BUDGET = '财行〔2013〕516号';

/** A new version of the 2013 limits with some parameters changed. */
const limitsWith = (changes: Partial<LimitsParams>, base = LIMITS_2013): RuleVersionRow<LimitsParams> => ({
  ...base,
  id: 100,
  params: { ...base.params, ...changes },
});

const rulesOn = (date: string, versions = VERSIONS) => ({
  limits: ruleInForce(versions, 'limits', date) as RuleVersionRow<LimitsParams> | null,
  budget: ruleInForce(versions, 'budget', date) as RuleVersionRow<BudgetParams> | null,
  approval: ruleInForce(versions, 'approval', date) as RuleVersionRow<ApprovalParams> | null,
});

// ---------------------------------------------------------------------------------------------------------
// A trip that passes every rule of 2026: one country, 5 days, one member, 5 working days' publicity.

const member = (over: Partial<Member> = {}): Member => ({
  name: '张三',
  unitName: '市外办',
  post: null,
  rank: 'division',
  passportType: 'official',
  passportNumber: null,
  passportExpiry: null,
  role: 'member',
  leadership: false,
  ...over,
});
const members = (n: number): Member[] => Array.from({ length: n }, (_, i) => member({ name: `成员${i + 1}` }));
const leg = (country: string, over: Partial<Leg> = {}): Leg => ({
  country,
  city: null,
  arriveOn: '2026-11-10',
  leaveOn: '2026-11-14',
  transitOnly: false,
  ...over,
});
const line = (category: BudgetLine['category'], country: string | null, unitAmount: number, currency: string, over: Partial<BudgetLine> = {}): BudgetLine => ({
  category,
  country,
  persons: 1,
  units: 1,
  unitAmount,
  currency,
  note: null,
  ...over,
});

const trip = (over: Partial<TripToCheck> = {}): TripToCheck => ({
  departDate: '2026-11-10',
  returnDate: '2026-11-14',
  legs: [leg('DEU')],
  members: [member()],
  budget: [],
  planItemId: 1,
  inviterIntermediary: false,
  publicityStart: '2026-10-26',
  publicityEnd: '2026-10-30',
  year: 2026,
  ...over,
});
/** The same trip in 2012, before the 2013 limits (publicity Mon 22 – Fri 26 October 2012). */
const trip2012 = (over: Partial<TripToCheck> = {}): TripToCheck =>
  trip({
    departDate: '2012-11-06',
    returnDate: '2012-11-10',
    publicityStart: '2012-10-22',
    publicityEnd: '2012-10-26',
    year: 2012,
    ...over,
  });
/** Dates of a trip of `days` days abroad to `countries`, departing on `depart`. */
const span = (days: number, countries: string[], depart = '2026-11-10'): Partial<TripToCheck> => ({
  departDate: depart,
  returnDate: addDays(depart, days - 1),
  legs: countries.map((c) => leg(c)),
});

const PLAN_OK: PlanContext = { hasPlan: true, item: { id: 1, people: 10, days: 30 }, takenBy: null };

/** The findings of the rules in force on the trip's departure date (the seeded versions unless given). */
function check(t: TripToCheck, ctx: Partial<RuleContext> = {}): Finding[] {
  const findings = checkTrip(t, { ...rulesOn(t.departDate), plan: PLAN_OK, locale: 'zh-CN', calendar: packageCalendar, ...ctx });
  for (const f of findings) {
    expect(f.message, 'no placeholder left unfilled').not.toMatch(/\{\w+\}/);
    expect(f.message.length).toBeGreaterThan(0);
  }
  return findings;
}
const ofRule = (findings: Finding[], rule: RuleKey) => findings.filter((f) => f.rule === rule);
const finding = (rule: RuleKey, path: string, severity: 'block' | 'warn', ...parts: string[]) => ({
  rule,
  path,
  severity,
  message: expect.stringMatching(new RegExp(parts.map((p) => `(?=[\\s\\S]*${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`).join(''))),
});

// ---------------------------------------------------------------------------------------------------------

describe('the seeded rule versions', () => {
  it('are the 2008 and 2013 limits, the 2014 budget sample and the 2013 approval mapping', () => {
    expect(LIMITS_2008.params.maxDays).toEqual([6, 10, 12]);
    expect(LIMITS_2013.params.maxDays).toEqual([5, 8, 10]);
    for (const v of [LIMITS_2008, LIMITS_2013]) {
      expect(v.params).toMatchObject({ maxCountries: 3, maxMembers: 6, extraDays: 1, publicityWorkingDays: 5, passportValidityMonths: 6 });
      expect(v.params.extraDayCountries).toEqual(expect.arrayContaining(['BRA', 'ZAF', 'MEX', 'ARG', 'EGY', 'CUB']));
      expect(v.params.extraDayCountries).not.toContain('USA');
      expect(v.params.extraDayCountries).not.toContain('DEU');
      expect(v.params.severities).toEqual({
        countries: 'block',
        days: 'block',
        members: 'block',
        leadership: 'block',
        unplanned: 'warn',
        publicity: 'block',
        budget: 'warn',
        passport: 'block',
        inviter: 'block',
      });
    }
    expect(BUDGET_2014.params.standards.find((s) => s.country === 'DEU')).toMatchObject({ currency: 'EUR', lodging: 160, meals: 55, incidentals: 40 });
    expect(APPROVAL_2013.params.ranks).toMatchObject({ provincial: 'upward', bureau: 'leader', staff: 'office' });
  });

  it('let a clean trip through without any finding, in 2026 and in 2012', () => {
    expect(check(trip())).toEqual([]);
    expect(check(trip2012())).toEqual([]);
    expect(check(trip(), { locale: 'en-US' })).toEqual([]);
  });
});

describe('ruleInForce', () => {
  it('picks the latest version effective on or before the date', () => {
    expect(ruleInForce(VERSIONS, 'limits', '2007-12-31')).toBeNull();
    expect(ruleInForce(VERSIONS, 'limits', '2008-01-01')?.id).toBe(LIMITS_2008.id);
    expect(ruleInForce(VERSIONS, 'limits', '2013-09-30')?.id).toBe(LIMITS_2008.id);
    expect(ruleInForce(VERSIONS, 'limits', '2013-10-01')?.id).toBe(LIMITS_2013.id);
    expect(ruleInForce(VERSIONS, 'limits', '2026-11-10')?.id).toBe(LIMITS_2013.id);
  });

  it('does not depend on the order of the versions', () => {
    const reversed = [...VERSIONS].reverse();
    for (const date of ['2008-01-01', '2013-09-30', '2013-10-01', '2026-11-10']) {
      expect(ruleInForce(reversed, 'limits', date)?.id).toBe(ruleInForce(VERSIONS, 'limits', date)?.id);
    }
  });

  it('keeps the kinds apart', () => {
    expect(ruleInForce(VERSIONS, 'budget', '2013-12-31')).toBeNull();
    expect(ruleInForce(VERSIONS, 'budget', '2014-01-01')?.id).toBe(BUDGET_2014.id);
    expect(ruleInForce(VERSIONS, 'approval', '2013-09-30')).toBeNull();
    expect(ruleInForce(VERSIONS, 'approval', '2013-10-01')?.id).toBe(APPROVAL_2013.id);
  });

  it('ignores archived versions', () => {
    const archived = VERSIONS.map((v) => (v.id === LIMITS_2013.id ? { ...v, archivedAt: new Date('2026-01-01T00:00:00Z') } : v));
    expect(ruleInForce(archived, 'limits', '2026-11-10')?.id).toBe(LIMITS_2008.id);
    const allArchived = VERSIONS.map((v) => ({ ...v, archivedAt: new Date('2026-01-01T00:00:00Z') }));
    expect(ruleInForce(allArchived, 'limits', '2026-11-10')).toBeNull();
  });

  it('takes a future version only from its effective date', () => {
    const future = [...VERSIONS, { ...LIMITS_2013, id: 50, effectiveFrom: '2027-01-01', documentNumber: '新规〔2026〕1号' }];
    expect(ruleInForce(future, 'limits', '2026-12-31')?.id).toBe(LIMITS_2013.id);
    expect(ruleInForce(future, 'limits', '2027-01-01')?.id).toBe(50);
  });
});

describe('helpers', () => {
  it('countriesVisited drops transit-only legs and repeats, keeping the order', () => {
    expect(countriesVisited([leg('DEU'), leg('FRA'), leg('DEU'), leg('QAT', { transitOnly: true }), leg('ITA')])).toEqual(['DEU', 'FRA', 'ITA']);
    expect(countriesVisited([leg('QAT', { transitOnly: true })])).toEqual([]);
    // transit through a country also visited still counts it once
    expect(countriesVisited([leg('FRA', { transitOnly: true }), leg('FRA')])).toEqual(['FRA']);
  });

  it('daysAbroad counts both the departure and the return day', () => {
    expect(daysAbroad({ departDate: '2026-11-10', returnDate: '2026-11-10' })).toBe(1);
    expect(daysAbroad({ departDate: '2026-11-10', returnDate: '2026-11-14' })).toBe(5);
    expect(daysAbroad({ departDate: '2024-02-27', returnDate: '2024-03-01' })).toBe(4);
    expect(daysAbroad({ departDate: '2026-12-29', returnDate: '2027-01-02' })).toBe(5);
  });

  it('lineAmount multiplies persons, units and the unit amount, rounded to cents', () => {
    expect(lineAmount(line('lodging', 'DEU', 160, 'EUR', { persons: 3, units: 4 }))).toBe(1920);
    expect(lineAmount(line('meals', 'DEU', 0.1, 'EUR', { units: 3 }))).toBe(0.3);
    expect(lineAmount(line('meals', 'DEU', 19.99, 'EUR', { persons: 7 }))).toBe(139.93);
    expect(lineAmount(line('other', null, 0, 'CNY'))).toBe(0);
  });
});

describe('approverLevel', () => {
  it('follows the highest rank in the delegation: office < leader < upward', () => {
    const ranks = (...r: Member['rank'][]) => r.map((rank, i) => member({ name: `m${i}`, rank }));
    expect(approverLevel(ranks('staff', 'section', 'other'), APPROVAL_2013)).toBe('office');
    expect(approverLevel(ranks('staff', 'division', 'section'), APPROVAL_2013)).toBe('leader');
    expect(approverLevel(ranks('bureau'), APPROVAL_2013)).toBe('leader');
    expect(approverLevel(ranks('staff', 'provincial', 'division'), APPROVAL_2013)).toBe('upward');
    expect(approverLevel(ranks('provincial', 'staff'), APPROVAL_2013)).toBe('upward');
  });

  it('asks a leader where no rule maps the rank', () => {
    expect(approverLevel([member({ rank: 'staff' })], null)).toBe('leader');
    const partial: RuleVersionRow<ApprovalParams> = { ...APPROVAL_2013, params: { ranks: { staff: 'office' } as ApprovalParams['ranks'] } };
    expect(approverLevel([member({ rank: 'staff' })], partial)).toBe('office');
    expect(approverLevel([member({ rank: 'staff' }), member({ rank: 'section' })], partial)).toBe('leader');
    const empty: RuleVersionRow<ApprovalParams> = { ...APPROVAL_2013, params: { ranks: {} as ApprovalParams['ranks'] } };
    expect(approverLevel([member({ rank: 'other' })], empty)).toBe('leader');
  });

  it('follows the mapping of the version given', () => {
    const stricter: RuleVersionRow<ApprovalParams> = { ...APPROVAL_2013, id: 77, params: { ranks: { ...APPROVAL_2013.params.ranks, staff: 'upward' } } };
    expect(approverLevel([member({ rank: 'staff' })], APPROVAL_2013)).toBe('office');
    expect(approverLevel([member({ rank: 'staff' })], stricter)).toBe('upward');
  });
});

describe('rule: countries per trip', () => {
  it('allows 3 countries and finds 4', () => {
    expect(check(trip({ legs: [leg('DEU'), leg('FRA')] }))).toEqual([]);
    expect(check(trip({ legs: [leg('DEU'), leg('FRA'), leg('ITA')] }))).toEqual([]);
    expect(check(trip({ legs: [leg('DEU'), leg('FRA'), leg('ITA'), leg('ESP')] }))).toEqual([finding('countries', 'legs', 'block', '4', '3', DOC_2013)]);
  });

  it('does not count transit-only legs or a country visited twice', () => {
    expect(check(trip({ legs: [leg('DEU'), leg('FRA'), leg('ITA'), leg('QAT', { transitOnly: true })] }))).toEqual([]);
    expect(check(trip({ legs: [leg('DEU'), leg('FRA'), leg('DEU'), leg('ITA')] }))).toEqual([]);
  });

  it('words the finding in either locale', () => {
    const legs = [leg('DEU'), leg('FRA'), leg('ITA'), leg('ESP'), leg('PRT')];
    expect(ofRule(check(trip({ legs })), 'countries')[0].message).toBe(`出访 5 个国家（地区），超过每次最多 3 个的规定（${DOC_2013}）`);
    expect(ofRule(check(trip({ legs }), { locale: 'en-US' }), 'countries')[0].message).toBe(
      `The trip visits 5 countries or regions; at most 3 are allowed (${DOC_2013})`,
    );
  });
});

describe('rule: days abroad per number of countries', () => {
  const cases: Array<[string, RuleVersionRow<LimitsParams>, string, string, string[], number]> = [];
  for (const [name, version, depart, doc, maxes] of [
    ['2013', LIMITS_2013, '2026-11-10', DOC_2013, [5, 8, 10]],
    ['2008', LIMITS_2008, '2012-11-06', DOC_2008, [6, 10, 12]],
  ] as const) {
    maxes.forEach((max, i) => cases.push([name, version, depart, doc, ['DEU', 'FRA', 'ITA'].slice(0, i + 1), max]));
  }

  it.each(cases)('%s limits, %#: at, below and above the maximum', (_name, version, depart, doc, countries, max) => {
    const base = depart.startsWith('2012') ? trip2012() : trip();
    const on = (days: number) => check({ ...base, ...span(days, countries, depart) });
    expect(rulesOn(depart).limits?.id).toBe(version.id);
    expect(on(max - 1)).toEqual([]);
    expect(on(max)).toEqual([]);
    expect(on(max + 1)).toEqual([finding('days', 'returnDate', 'block', `在外 ${max + 1} 天`, `${countries.length} 国（地区）最多 ${max} 天`, doc)]);
  });

  it('applies the last maximum to more countries than the list has', () => {
    const four = ['DEU', 'FRA', 'ITA', 'ESP'];
    expect(ofRule(check(trip(span(10, four))), 'days')).toEqual([]);
    expect(ofRule(check(trip(span(11, four))), 'days')).toEqual([finding('days', 'returnDate', 'block', '在外 11 天', '最多 10 天')]);
  });

  it('takes a trip of transit legs only as one country', () => {
    const transit = [leg('QAT', { transitOnly: true })];
    expect(check(trip({ ...span(5, []), legs: transit }))).toEqual([]);
    expect(ofRule(check(trip({ ...span(6, []), legs: transit })), 'days')).toEqual([finding('days', 'returnDate', 'block', '1 国（地区）最多 5 天')]);
  });

  it.each(['BRA', 'ZAF', 'MEX'])('adds a day when the trip visits %s (Latin America / Africa)', (country) => {
    expect(check(trip(span(6, [country])))).toEqual([]);
    expect(check(trip(span(7, [country])))).toEqual([
      finding('days', 'returnDate', 'block', '在外 7 天', '最多 6 天', '含拉美、非洲航线不便可增加的 1 天', DOC_2013),
    ]);
  });

  it('adds the day once for the whole trip when any visited country earns it', () => {
    expect(check(trip(span(9, ['DEU', 'ZAF'])))).toEqual([]);
    expect(ofRule(check(trip(span(10, ['DEU', 'ZAF']))), 'days')).toEqual([finding('days', 'returnDate', 'block', '最多 9 天')]);
    expect(check(trip(span(11, ['BRA', 'ZAF', 'MEX'])))).toEqual([]);
    expect(ofRule(check(trip(span(12, ['BRA', 'ZAF', 'MEX']))), 'days')).toEqual([finding('days', 'returnDate', 'block', '最多 11 天')]);
  });

  it('gives no extra day for a country only transited or outside Latin America / Africa', () => {
    const viaBrazil = { ...span(6, ['DEU']), legs: [leg('BRA', { transitOnly: true }), leg('DEU')] };
    const found = ofRule(check(trip(viaBrazil)), 'days');
    expect(found).toEqual([finding('days', 'returnDate', 'block', '最多 5 天')]);
    expect(found[0].message).not.toContain('拉美');
    expect(ofRule(check(trip(span(6, ['USA']))), 'days')).toHaveLength(1);
  });

  it('adds the day under the 2008 limits too', () => {
    expect(check(trip2012(span(7, ['BRA'], '2012-11-06')))).toEqual([]);
    expect(check(trip2012(span(8, ['BRA'], '2012-11-06')))).toEqual([finding('days', 'returnDate', 'block', '在外 8 天', '最多 7 天', DOC_2008)]);
  });

  it('follows the extra days and countries of the version', () => {
    const twoExtra = limitsWith({ extraDays: 2 });
    expect(check(trip(span(7, ['BRA'])), { limits: twoExtra })).toEqual([]);
    expect(ofRule(check(trip(span(8, ['BRA'])), { limits: twoExtra }), 'days')).toHaveLength(1);
    const noBrazil = limitsWith({ extraDayCountries: ['ZAF'] });
    expect(ofRule(check(trip(span(6, ['BRA'])), { limits: noBrazil }), 'days')).toHaveLength(1);
  });
});

describe('rule: members per delegation', () => {
  it('allows 6 members and finds 7', () => {
    expect(check(trip({ members: members(5) }))).toEqual([]);
    expect(check(trip({ members: members(6) }))).toEqual([]);
    expect(check(trip({ members: members(7) }))).toEqual([finding('members', 'members', 'block', '团组 7 人', '最多 6 人', DOC_2013)]);
  });

  it('follows the version', () => {
    expect(check(trip({ members: members(7) }), { limits: limitsWith({ maxMembers: 7 }) })).toEqual([]);
  });
});

describe('rule: leadership members of one unit in one delegation', () => {
  const lead = (name: string, unitName: string | null) => member({ name, unitName, leadership: true });

  it('finds each of two leadership members of the same unit, at their own field', () => {
    const found = check(trip({ members: [lead('李局长', '市商务局'), member({ name: '王科员', unitName: '市商务局' }), lead('赵副局长', '市商务局')] }));
    expect(found).toEqual([
      finding('leadership', 'members.0.leadership', 'block', '李局长', '赵副局长', DOC_2013),
      finding('leadership', 'members.2.leadership', 'block', '赵副局长', '李局长', DOC_2013),
    ]);
    expect(found[0].message).toBe(`李局长 与同单位领导班子成员 赵副局长 同团出访，不符合同一单位领导班子成员不同团出访的规定（${DOC_2013}）`);
  });

  it('names all the others when three travel together', () => {
    const found = check(trip({ members: [lead('甲', '市商务局'), lead('乙', '市商务局'), lead('丙', '市商务局')] }));
    expect(found.map((f) => f.path)).toEqual(['members.0.leadership', 'members.1.leadership', 'members.2.leadership']);
    expect(found[0].message).toContain('乙、丙');
    expect(found[1].message).toContain('甲、丙');
  });

  it('allows leadership members of different units, and a single one', () => {
    expect(check(trip({ members: [lead('李局长', '市商务局'), lead('赵主任', '市外办')] }))).toEqual([]);
    expect(check(trip({ members: [lead('李局长', '市商务局'), member({ name: '王科员', unitName: '市商务局' })] }))).toEqual([]);
    expect(check(trip({ members: [lead('李局长', '市商务局')] }))).toEqual([]);
  });

  it('ignores surrounding spaces in the unit name', () => {
    expect(ofRule(check(trip({ members: [lead('甲', ' 市商务局'), lead('乙', '市商务局 ')] })), 'leadership')).toHaveLength(2);
  });
});

describe('rule: the annual plan (a warning)', () => {
  it('warns when the unit has no plan for the year', () => {
    expect(check(trip(), { plan: { hasPlan: false, item: null, takenBy: null } })).toEqual([finding('unplanned', 'planItemId', 'warn', '2026', DOC_2013)]);
    expect(check(trip(), { plan: { hasPlan: false, item: null, takenBy: null }, locale: 'en-US' })[0].message).toBe(
      `The unit has no annual plan for 2026 (${DOC_2013})`,
    );
  });

  it('warns when the trip draws on no plan item', () => {
    expect(check(trip({ planItemId: null }), { plan: { hasPlan: true, item: null, takenBy: null } })).toEqual([
      finding('unplanned', 'planItemId', 'warn', '不在单位年度出访计划内', DOC_2013),
    ]);
  });

  it('warns when the chosen plan item is not in the unit’s plan', () => {
    expect(check(trip({ planItemId: 9 }), { plan: { hasPlan: true, item: null, takenBy: null } })).toEqual([
      finding('unplanned', 'planItemId', 'warn', '计划项不存在', '2026'),
    ]);
  });

  it('warns when the trip has more people than the plan item, not at or below it', () => {
    const plan = (people: number): PlanContext => ({ hasPlan: true, item: { id: 1, people, days: 30 }, takenBy: null });
    expect(check(trip({ members: members(2) }), { plan: plan(3) })).toEqual([]);
    expect(check(trip({ members: members(3) }), { plan: plan(3) })).toEqual([]);
    expect(check(trip({ members: members(4) }), { plan: plan(3) })).toEqual([finding('unplanned', 'planItemId', 'warn', '计划 3 人 30 天', '申请 4 人 5 天')]);
  });

  it('warns when the trip has more days than the plan item, not at or below it', () => {
    const plan: PlanContext = { hasPlan: true, item: { id: 1, people: 10, days: 4 }, takenBy: null };
    expect(check(trip(span(3, ['DEU'])), { plan })).toEqual([]);
    expect(check(trip(span(4, ['DEU'])), { plan })).toEqual([]);
    expect(check(trip(span(5, ['DEU'])), { plan })).toEqual([finding('unplanned', 'planItemId', 'warn', '计划 10 人 4 天', '申请 1 人 5 天')]);
  });

  it('warns when another application already draws on the item', () => {
    expect(check(trip(), { plan: { ...PLAN_OK, takenBy: 42 } })).toEqual([finding('unplanned', 'planItemId', 'warn', '#42')]);
    const both = check(trip({ members: members(4) }), { plan: { hasPlan: true, item: { id: 1, people: 3, days: 30 }, takenBy: 42 } });
    expect(both).toEqual([finding('unplanned', 'planItemId', 'warn', '#42'), finding('unplanned', 'planItemId', 'warn', '计划 3 人')]);
  });
});

describe('rule: publicity of at least 5 working days before departure', () => {
  const publicity = (publicityStart: string | null, publicityEnd: string | null, depart = '2026-11-10') =>
    check(trip({ publicityStart, publicityEnd, ...span(5, ['DEU'], depart) }));

  it('finds missing dates at the field that is missing', () => {
    expect(publicity(null, null)).toEqual([finding('publicity', 'publicityStart', 'block', '未填写公示起止日期', '5 个工作日', DOC_2013)]);
    expect(publicity('2026-10-26', null)).toEqual([finding('publicity', 'publicityEnd', 'block', '未填写公示起止日期')]);
    expect(publicity(null, '2026-10-30')).toEqual([finding('publicity', 'publicityStart', 'block', '未填写公示起止日期')]);
  });

  it('finds an end before the start, and nothing else about it', () => {
    expect(publicity('2026-10-30', '2026-10-26')).toEqual([finding('publicity', 'publicityEnd', 'block', '公示结束日期不能早于开始日期')]);
  });

  it('allows 5 working days and finds 4', () => {
    expect(publicity('2026-10-26', '2026-10-29')).toEqual([finding('publicity', 'publicityEnd', 'block', '公示 4 个工作日', '5 个工作日', DOC_2013)]);
    expect(publicity('2026-10-26', '2026-10-30')).toEqual([]);
    expect(publicity('2026-10-26', '2026-11-02')).toEqual([]);
  });

  it('does not count a weekend', () => {
    expect(publicity('2026-10-27', '2026-11-01')).toEqual([finding('publicity', 'publicityEnd', 'block', '公示 4 个工作日')]); // Tue–Sun
    expect(publicity('2026-10-27', '2026-11-02')).toEqual([]); // Tue–Mon
  });

  it('counts across the 2026 National Day holiday and its make-up Saturday', () => {
    // holiday Thu 1 – Wed 7 October; Saturday 10 October is a working day, Sunday 11 is not
    expect(publicity('2026-09-28', '2026-10-08', '2026-10-20')).toEqual([finding('publicity', 'publicityEnd', 'block', '公示 4 个工作日')]);
    expect(publicity('2026-09-28', '2026-10-09', '2026-10-20')).toEqual([]);
    expect(publicity('2026-09-30', '2026-10-10', '2026-10-20')).toEqual([finding('publicity', 'publicityEnd', 'block', '公示 4 个工作日')]);
    expect(publicity('2026-09-29', '2026-10-10', '2026-10-20')).toEqual([]);
    expect(publicity('2026-09-30', '2026-10-11', '2026-10-20')).toEqual([finding('publicity', 'publicityEnd', 'block', '公示 4 个工作日')]);
    // the whole holiday week is not a single working day
    expect(publicity('2026-10-01', '2026-10-07', '2026-10-20')).toEqual([finding('publicity', 'publicityEnd', 'block', '公示 0 个工作日')]);
  });

  it('finds a publicity ending on or after the departure date', () => {
    expect(publicity('2026-10-26', '2026-10-30', '2026-10-31')).toEqual([]);
    expect(publicity('2026-10-26', '2026-10-30', '2026-10-30')).toEqual([finding('publicity', 'publicityEnd', 'block', '须在出境前结束', '2026-10-30')]);
    expect(publicity('2026-10-26', '2026-11-02', '2026-10-30')).toEqual([finding('publicity', 'publicityEnd', 'block', '须在出境前结束')]);
  });

  it('refuses to count working days in years the calendar does not cover, never guessing', () => {
    const outside = check(trip({ publicityStart: '2027-01-04', publicityEnd: '2027-01-08', ...span(5, ['DEU'], '2027-01-20'), year: 2027 }));
    expect(outside).toEqual([
      finding('publicity', 'publicityEnd', 'block', '工作日历未包含 2027 年', '系统管理 → 工作日历', '国务院办公厅 2027 年部分节假日安排的通知'),
    ]);
    // short in any calendar, yet still not counted
    const short = check(trip({ publicityStart: '2027-01-04', publicityEnd: '2027-01-05', ...span(5, ['DEU'], '2027-01-20'), year: 2027 }));
    expect(short).toEqual([finding('publicity', 'publicityEnd', 'block', '未包含 2027 年')]);
    expect(short[0].message).not.toContain('少于');
    const straddling = check(trip({ publicityStart: '2026-12-28', publicityEnd: '2027-01-04', ...span(5, ['DEU'], '2027-01-20'), year: 2027 }));
    expect(straddling).toEqual([finding('publicity', 'publicityEnd', 'block', '未包含 2027 年')]);
    const before = check(trip({ publicityStart: '2003-12-29', publicityEnd: '2004-01-09', ...span(5, ['DEU'], '2004-02-10'), year: 2004 }), {
      limits: LIMITS_2008,
    });
    expect(before).toEqual([finding('publicity', 'publicityEnd', 'block', '未包含 2003 年')]);
    expect(check(trip({ publicityStart: '2027-01-04', publicityEnd: '2027-01-08', ...span(5, ['DEU'], '2027-01-20') }), { locale: 'en-US' })[0].message).toBe(
      'The working-day calendar does not cover 2027: an administrator must enter the State Council’s 2027 holiday notice under Administration → Working-day calendar',
    );
  });

  it('counts publicity in a year the office entered, on the office’s days', () => {
    // 2027 as an office might enter it: New Year's Day Friday 1 January, a make-up Saturday 9 January.
    const calendar = new WorkingCalendar([
      {
        year: 2027,
        source: 'office',
        days: new Map([
          ['2027-01-01', { kind: 'holiday', name: '元旦' }],
          ['2027-01-09', { kind: 'workday', name: '元旦' }],
        ] as const),
      },
    ]);
    const ok = trip({ publicityStart: '2027-01-04', publicityEnd: '2027-01-08', ...span(5, ['DEU'], '2027-01-20'), year: 2027 });
    expect(check(ok, { calendar })).toEqual([]);
    // Tue 5 – Sat 9: four weekdays and the make-up Saturday
    expect(check({ ...ok, publicityStart: '2027-01-05', publicityEnd: '2027-01-09' }, { calendar })).toEqual([]);
    // Thu 31 Dec 2026 – Wed 6 Jan 2027: 31, 4, 5, 6 — the holiday on Friday 1 January does not count
    expect(check({ ...ok, publicityStart: '2026-12-31', publicityEnd: '2027-01-06' }, { calendar })).toEqual([
      finding('publicity', 'publicityEnd', 'block', '公示 4 个工作日'),
    ]);
  });

  it('follows the working days the version requires, none meaning no publicity rule', () => {
    expect(publicity('2026-10-26', '2026-10-28')).toHaveLength(1);
    expect(check(trip({ publicityStart: '2026-10-26', publicityEnd: '2026-10-28' }), { limits: limitsWith({ publicityWorkingDays: 3 }) })).toEqual([]);
    expect(check(trip({ publicityStart: null, publicityEnd: null }), { limits: limitsWith({ publicityWorkingDays: 0 }) })).toEqual([]);
  });
});

describe('rule: budget standards (a warning)', () => {
  const budget = (lines: BudgetLine[], locale: Locale = 'zh-CN') => check(trip({ budget: lines }), { locale });

  it('allows lodging, meals and incidentals at and below the cap', () => {
    expect(budget([line('lodging', 'DEU', 160, 'EUR'), line('meals', 'DEU', 55, 'EUR'), line('incidentals', 'DEU', 40, 'EUR')])).toEqual([]);
    expect(budget([line('lodging', 'DEU', 159.99, 'EUR', { persons: 6, units: 4 }), line('meals', 'DEU', 0, 'EUR')])).toEqual([]);
    expect(budget([line('lodging', 'JPN', 20000, 'JPY'), line('meals', 'JPN', 7000, 'JPY'), line('incidentals', 'JPN', 5000, 'JPY')])).toEqual([]);
  });

  it.each([
    ['lodging', 160, '住宿费标准 EUR 160/人·晚，申请 EUR 160.01（德国，财行〔2013〕516号）'],
    ['meals', 55, '伙食费标准 EUR 55/人·天，申请 EUR 55.01（德国，财行〔2013〕516号）'],
    ['incidentals', 40, '公杂费标准 EUR 40/人·天，申请 EUR 40.01（德国，财行〔2013〕516号）'],
  ] as const)('finds %s one cent over the cap', (category, cap, message) => {
    expect(budget([line(category, 'DEU', cap + 0.01, 'EUR')])).toEqual([{ rule: 'budget', path: 'budget.0.unitAmount', severity: 'warn', message }]);
  });

  it('words the finding in English', () => {
    expect(budget([line('lodging', 'DEU', 160.01, 'EUR')], 'en-US')[0].message).toBe(
      `Lodging standard is EUR 160 per person per night; this line asks EUR 160.01 (Germany, ${DOC_BUDGET})`,
    );
  });

  it('pins the finding to the line concerned', () => {
    const found = budget([line('international_travel', null, 12000, 'CNY'), line('lodging', 'DEU', 150, 'EUR'), line('meals', 'FRA', 61, 'EUR')]);
    expect(found).toEqual([finding('budget', 'budget.2.unitAmount', 'warn', '伙食费', 'EUR 60', '法国')]);
  });

  it('takes the higher of the country-wide and a city standard, lines having no city', () => {
    // USA: country-wide lodging 200, New York 315
    expect(budget([line('lodging', 'USA', 315, 'USD')])).toEqual([]);
    expect(budget([line('lodging', 'USA', 315.01, 'USD')])).toEqual([finding('budget', 'budget.0.unitAmount', 'warn', 'USD 315', '美国')]);
  });

  it('finds a line in another currency than the standard, whatever the amount', () => {
    expect(budget([line('lodging', 'DEU', 100, 'USD')])).toEqual([finding('budget', 'budget.0.unitAmount', 'warn', '德国', 'EUR', 'USD', '无法比对')]);
    expect(budget([line('meals', 'KOR', 10, 'KRW')])).toEqual([finding('budget', 'budget.0.unitAmount', 'warn', 'USD', 'KRW')]);
  });

  it('finds a capped line for a country without a standard', () => {
    expect(budget([line('lodging', 'ITA', 100, 'EUR')])).toEqual([finding('budget', 'budget.0.unitAmount', 'warn', '未找到', '意大利', '住宿费')]);
  });

  it('never caps the other categories, nor a line without a country', () => {
    expect(
      budget([
        line('international_travel', 'USA', 99_999, 'CNY'),
        line('local_transport', 'DEU', 5000, 'EUR'),
        line('other', 'ITA', 1, 'XXX'),
        line('lodging', null, 99_999, 'CNY'),
      ]),
    ).toEqual([]);
  });

  it('checks nothing when no budget version is in force (before 2014)', () => {
    expect(rulesOn('2012-11-06').budget).toBeNull();
    expect(check(trip2012({ budget: [line('lodging', 'DEU', 9999, 'EUR'), line('meals', 'ITA', 1, 'EUR')] }))).toEqual([]);
  });
});

describe('rule: passport valid for 6 months after return', () => {
  const withExpiry = (passportExpiry: string | null, over: Partial<TripToCheck> = {}) =>
    ofRule(
      check(
        trip({
          members: [member({ name: '张三', passportExpiry: '2030-01-01' }), member({ name: '李四', passportExpiry }), member({ name: '王五' })],
          ...over,
        }),
      ),
      'passport',
    );

  it('allows exactly 6 months after the return date and finds one day less', () => {
    // return 2026-11-14 → needed 2027-05-14
    expect(withExpiry('2027-05-15')).toEqual([]);
    expect(withExpiry('2027-05-14')).toEqual([]);
    expect(withExpiry('2027-05-13')).toEqual([finding('passport', 'members.1.passportExpiry', 'block', '李四', '2027-05-13', '6 个月', '2027-05-14')]);
    expect(withExpiry(null)).toEqual([]);
  });

  it('clamps to the end of a shorter month', () => {
    const endOfAugust = { ...span(5, ['DEU'], '2026-08-27'), publicityStart: '2026-08-10', publicityEnd: '2026-08-14' };
    expect(withExpiry('2027-02-28', endOfAugust)).toEqual([]);
    expect(withExpiry('2027-02-27', endOfAugust)).toEqual([finding('passport', 'members.1.passportExpiry', 'block', '2027-02-27', '2027-02-28')]);
    const leap = { ...span(5, ['DEU'], '2027-08-27') };
    expect(withExpiry('2028-02-29', leap)).toEqual([]);
    expect(withExpiry('2028-02-28', leap)).toEqual([finding('passport', 'members.1.passportExpiry', 'block', '2028-02-29')]);
  });

  it('finds every member concerned', () => {
    const found = check(
      trip({ members: [member({ name: '甲', passportExpiry: '2026-12-01' }), member({ name: '乙' }), member({ name: '丙', passportExpiry: '2027-01-01' })] }),
    );
    expect(found.map((f) => [f.rule, f.path])).toEqual([
      ['passport', 'members.0.passportExpiry'],
      ['passport', 'members.2.passportExpiry'],
    ]);
    expect(found[0].message).toBe('甲 的护照 2026-12-01 到期，不足回国后 6 个月有效期（须不早于 2027-05-14）');
  });

  it('follows the months the version requires', () => {
    const members1 = [member({ passportExpiry: '2027-05-14' })];
    expect(check(trip({ members: members1 }), { limits: limitsWith({ passportValidityMonths: 12 }) })).toEqual([
      finding('passport', 'members.0.passportExpiry', 'block', '12 个月', '2027-11-14'),
    ]);
    expect(check(trip({ members: [member({ passportExpiry: '2026-11-14' })] }), { limits: limitsWith({ passportValidityMonths: 0 }) })).toEqual([]);
  });
});

describe('rule: no invitation through an intermediary', () => {
  it('finds an intermediary inviter', () => {
    expect(check(trip({ inviterIntermediary: false }))).toEqual([]);
    expect(check(trip({ inviterIntermediary: true }))).toEqual([finding('inviter', 'inviterIntermediary', 'block', '中介机构', DOC_2013)]);
    expect(check(trip({ inviterIntermediary: true }), { locale: 'en-US' })[0].message).toBe(
      `The invitation must come from a counterpart body abroad, not an intermediary agency (${DOC_2013})`,
    );
  });
});

describe('severities', () => {
  /** A trip breaking every rule at once. */
  const everything = (): TripToCheck =>
    trip({
      ...span(12, ['DEU', 'FRA', 'ITA', 'ESP']),
      members: [member({ name: '甲', leadership: true }), member({ name: '乙', leadership: true, passportExpiry: '2027-01-01' }), ...members(5)],
      budget: [line('lodging', 'DEU', 999, 'EUR')],
      inviterIntermediary: true,
      publicityStart: '2026-10-26',
      publicityEnd: '2026-10-27',
    });
  const severityOf = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.rule, f.severity]));

  it('come from the version: the plan and the budget warn, the others block', () => {
    const found = check(everything(), { plan: { hasPlan: false, item: null, takenBy: null } });
    expect(new Set(found.map((f) => f.rule))).toEqual(new Set(RULE_KEYS));
    expect(severityOf(found)).toEqual({
      countries: 'block',
      days: 'block',
      members: 'block',
      leadership: 'block',
      unplanned: 'warn',
      publicity: 'block',
      budget: 'warn',
      passport: 'block',
      inviter: 'block',
    });
  });

  it('change when a version changes them', () => {
    const changed = limitsWith({ severities: { ...LIMITS_2013.params.severities, unplanned: 'block', budget: 'block', passport: 'warn', days: 'warn' } });
    const found = check(everything(), { plan: { hasPlan: false, item: null, takenBy: null }, limits: changed });
    expect(severityOf(found)).toMatchObject({ unplanned: 'block', budget: 'block', passport: 'warn', days: 'warn', countries: 'block', inviter: 'block' });
  });

  it('fall back to the usual severity for a rule the version leaves out', () => {
    const { inviter: _i, budget: _b, ...rest } = LIMITS_2013.params.severities;
    const partial = limitsWith({ severities: rest as LimitsParams['severities'] });
    const found = check(everything(), { limits: partial });
    expect(severityOf(found)).toMatchObject({ inviter: 'block', budget: 'warn' });
  });
});

describe('across a change of rule version (2013-10-01)', () => {
  // publicity Mon 2 – Fri 6 September 2013
  const trip2013 = (days: number, countries: string[], depart: string) =>
    trip({ ...span(days, countries, depart), publicityStart: '2013-09-02', publicityEnd: '2013-09-06', year: 2013 });

  it.each([
    [['DEU'], 6, 5],
    [['DEU', 'FRA'], 10, 8],
    [['DEU', 'FRA', 'ITA'], 12, 10],
  ])('%j: %i days are allowed the day before, only %i from that day', (countries, oldMax, newMax) => {
    expect(check(trip2013(oldMax, countries, '2013-09-30'))).toEqual([]);
    expect(ofRule(check(trip2013(oldMax + 1, countries, '2013-09-30')), 'days')).toEqual([
      finding('days', 'returnDate', 'block', `最多 ${oldMax} 天`, DOC_2008),
    ]);
    expect(check(trip2013(newMax, countries, '2013-10-01'))).toEqual([]);
    expect(check(trip2013(newMax + 1, countries, '2013-10-01'))).toEqual([finding('days', 'returnDate', 'block', `最多 ${newMax} 天`, DOC_2013)]);
    expect(check(trip2013(oldMax, countries, '2013-10-01'))).toEqual([
      finding('days', 'returnDate', 'block', `在外 ${oldMax} 天`, `最多 ${newMax} 天`, DOC_2013),
    ]);
  });

  it('judges a trip by the rules of its departure date, even when it returns under the new ones', () => {
    const t = trip2013(6, ['DEU'], '2013-09-28');
    expect(t.returnDate).toBe('2013-10-03');
    expect(check(t)).toEqual([]);
  });

  it('falls back to the earlier version when the later one is archived', () => {
    const archived = VERSIONS.map((v) => (v.id === LIMITS_2013.id ? { ...v, archivedAt: new Date('2026-01-01T00:00:00Z') } : v));
    const t = trip(span(6, ['DEU']));
    expect(ofRule(check(t), 'days')).toHaveLength(1);
    expect(check(t, rulesOn(t.departDate, archived))).toEqual([]);
  });

  it('applies a newer version added later only from its date', () => {
    const newer = [
      ...VERSIONS,
      { ...LIMITS_2013, id: 50, effectiveFrom: '2026-12-01', documentNumber: '新规〔2026〕1号', params: { ...LIMITS_2013.params, maxDays: [4, 7, 9] } },
    ];
    expect(check(trip(span(5, ['DEU'], '2026-11-30')), rulesOn('2026-11-30', newer))).toEqual([]);
    expect(check(trip(span(5, ['DEU'], '2026-12-01')), rulesOn('2026-12-01', newer))).toEqual([
      finding('days', 'returnDate', 'block', '最多 4 天', '新规〔2026〕1号'),
    ]);
  });

  it('checks no limits when none is in force', () => {
    expect(rulesOn('2007-12-31').limits).toBeNull();
    expect(check(trip({ ...span(30, ['DEU', 'FRA', 'ITA', 'ESP'], '2007-12-31'), members: members(8), inviterIntermediary: true, year: 2007 }))).toEqual([]);
  });
});

describe('messages', () => {
  it('carry the numbers and the document number in Chinese and in English', () => {
    const t = trip(span(7, ['BRA']));
    expect(ofRule(check(t), 'days')[0].message).toBe(`在外 7 天，超过 1 国（地区）最多 6 天的规定（含拉美、非洲航线不便可增加的 1 天）（${DOC_2013}）`);
    expect(ofRule(check(t, { locale: 'en-US' }), 'days')[0].message).toBe(
      `7 days abroad; at most 6 days are allowed for 1 countries (including the 1 extra day for Latin America / Africa) (${DOC_2013})`,
    );
    const members7 = check(trip({ members: members(7) }), { locale: 'en-US' })[0].message;
    expect(members7).toContain('7 members');
    expect(members7).toContain('at most 6');
    expect(members7).toContain(DOC_2013);
  });

  it('fill every placeholder of every text in both locales', () => {
    const params = {
      count: 1,
      max: 2,
      doc: 'D',
      days: 3,
      countries: 1,
      extra: '',
      name: 'N',
      others: 'O',
      year: 2026,
      planPeople: 1,
      planDays: 2,
      people: 3,
      other: 4,
      min: 5,
      depart: '2026-01-01',
      first: 2004,
      last: 2026,
      date: '2027-01-01',
      category: 'C',
      currency: 'EUR',
      cap: 1,
      amount: 2,
      unit: 'U',
      country: 'X',
      given: 'USD',
      expiry: '2026-01-01',
      months: 6,
      needed: '2026-07-01',
    };
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const key of [
        'countries',
        'days',
        'daysExtra',
        'members',
        'leadership',
        'unplanned',
        'noPlan',
        'planExceeded',
        'planItemTaken',
        'planItemMissing',
        'publicityMissing',
        'publicityShort',
        'publicityOrder',
        'publicityAfterDeparture',
        'budgetOver',
        'budgetCurrency',
        'budgetNoStandard',
        'passport',
        'inviter',
      ] as const) {
        expect(findingText(locale, key, params), `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });
});
