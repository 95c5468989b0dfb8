/**
 * Garbage at every outbound-travel route, as the role that may call it, against real records of each
 * kind: wrong types, missing fields, huge strings, bad ids, malformed JSON, unknown enum values, countries
 * that do not exist, impossible dates and date orders, ids beyond int4. Always a 4xx JSON frame in the
 * caller's language, never a 500, never a 401/403 (the caller holds the route's permission, so the request
 * reaches validation), and nothing of it stored.
 */
import { sql } from 'drizzle-orm';
import { setClock } from '../../src/server/clock';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { garbageFor, NARNIA, send, type Locale, type Target } from '../helpers/bad-input';
import { expectErrorFrame, registeredApiRoutes } from '../helpers/http';
import { makeUnit, member, tripBody } from '../helpers/travel';

type Who = 'applicant' | 'district' | 'leader' | 'city';
interface TravelTarget extends Target {
  /** Who sends it: a user whose role holds the route's permission and whose tree holds the records. */
  as: Who;
  /**
   * What the route's valid form (the body as given, or the url with `query`) gets: it passes validation and
   * stops at a business check (a stale version, a clash, a duplicate), so the garbage differs from a request
   * that would be accepted by the garbage alone. Absent where the valid form would store something.
   */
  valid?: { status: number; code?: string; query?: () => string; field?: string };
}

let ctx: TestContext;
let T: Subtree;
let unit: number;
const clients = {} as Record<Locale, Record<Who, Client>>;
/** The records the garbage is aimed at, one of each kind and stage. */
const rec = {
  plan: 0,
  planItem: 0,
  draft: 0,
  submitted: 0,
  leaderReview: 0,
  june: 0,
  july: 0,
  reminder: 0,
  passport: 0,
  limitsRule: 0,
  limitsParams: {} as Record<string, unknown>,
  approvalParams: {} as Record<string, unknown>,
};
const PASSPORT_NUMBER = 'SE7654321';

const ok = (res: LightMyRequestResponse, code = 200) => {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(code);
  return res.json();
};

/** Latin names, so an English message quoting one stays free of Chinese. */
const delegation = () => [
  member('Zhang San', { role: 'head', rank: 'bureau', post: '局长', leadership: true }),
  member('Li Si'),
  member('Wang Wu', { role: 'interpreter', rank: 'staff' }),
];
/** A trip of one section-level member, approved by the office itself (no leader needed). */
const sectionTrip = (depart: string, ret: string, pubStart: string, pubEnd: string, name: string) =>
  tripBody({
    departDate: depart,
    returnDate: ret,
    publicityStart: pubStart,
    publicityEnd: pubEnd,
    legs: [{ country: 'KOR', city: '首尔', arriveOn: depart, leaveOn: ret }],
    members: [member(name, { rank: 'section' })],
  });

beforeAll(async () => {
  ctx = await createTestContext();
  // The records tell one story of 2026 (a June trip overdue, a December one under way): the clock is set
  // to the day it was written, so what is overdue is the same whenever the suite runs.
  setClock('2026-12-02T10:00:00+08:00', { frozen: true });
  T = await makeSubtree(ctx);
  unit = await makeUnit(ctx, T.districtId);
  for (const locale of ['zh-CN', 'en-US'] as const) {
    clients[locale] = {
      applicant: await signIn(ctx, 'unit_applicant', unit, locale),
      district: await signIn(ctx, 'district_operator', T.districtId, locale),
      leader: await signIn(ctx, 'leader', T.districtId, locale),
      city: await signIn(ctx, 'admin', ctx.cityId, locale),
    };
  }
  const { applicant, district } = clients['zh-CN'];

  const rules = ok(await applicant.get('/api/travel/rules')) as Array<{ id: number; kind: string; effectiveFrom: string; params: Record<string, unknown> }>;
  const limits = rules.find((r) => r.kind === 'limits' && r.effectiveFrom === '2013-10-01')!;
  rec.limitsRule = limits.id;
  rec.limitsParams = limits.params;
  rec.approvalParams = rules.find((r) => r.kind === 'approval')!.params;

  const plan = ok(
    await applicant.post('/api/travel/plans', {
      year: 2026,
      items: [{ title: 'Korea trade', countries: ['KOR'], people: 3, days: 5, month: 11, budget: 60000 }],
    }),
    201,
  );
  rec.plan = plan.id;
  rec.planItem = plan.items[0].id;

  const create = async (body: Record<string, unknown>) => ok(await applicant.post('/api/travel/applications', body), 201);
  const submit = async (a: { id: number; version: number }) => ok(await applicant.post(`/api/travel/applications/${a.id}/submit`, { version: a.version }));
  const approve = async (a: { id: number; version: number }) =>
    ok(await district.post(`/api/travel/applications/${a.id}/review`, { action: 'approve', version: a.version }));

  rec.draft = (await create(tripBody({ planItemId: rec.planItem, members: delegation() }))).id;
  rec.submitted = (await submit(await create(tripBody({ members: delegation() })))).id;
  const leaderReview = await approve(await submit(await create(tripBody({ members: delegation() }))));
  expect(leaderReview.status).toBe('leader_review');
  rec.leaderReview = leaderReview.id;
  // June: approved by the office, the return never recorded, so overdue and reminded once.
  const june = await approve(await submit(await create(sectionTrip('2026-06-08', '2026-06-12', '2026-05-25', '2026-05-29', 'Sun Liu'))));
  expect(june).toMatchObject({ status: 'approved', followUp: { overdue: ['return'] } });
  rec.june = june.id;
  expect(ok(await district.post('/api/travel/reminders', { items: [{ applicationId: rec.june, kind: 'return' }], message: '请尽快登记回国情况' }))).toEqual({
    sent: 1,
  });
  rec.reminder = ok(await applicant.get('/api/travel/reminders')).items[0].id;
  // July: approved and back, passports and report still to come.
  const july = await approve(await submit(await create(sectionTrip('2026-07-06', '2026-07-10', '2026-06-22', '2026-06-26', 'Zhou Qi'))));
  expect(july.status).toBe('approved');
  rec.july = ok(
    await applicant.post(`/api/travel/applications/${july.id}/trip-return`, {
      version: july.version,
      actualDepart: '2026-07-06',
      actualReturn: '2026-07-10',
      actualMembers: ['Zhou Qi'],
    }),
  ).id;

  rec.passport = ok(
    await district.post('/api/travel/passports', {
      orgUnitId: unit,
      holderName: 'Zhang San',
      passportType: 'official',
      number: PASSPORT_NUMBER,
      expiry: '2031-01-01',
    }),
    201,
  ).id;
});
afterAll(async () => {
  await ctx?.close();
});

/** Route-specific bad values, with the field path the refusal must name (none where the answer is a 404 or 409). */
type Bad = Array<[string, Record<string, unknown>, string?]>;

// Applications: the body of POST /applications, PUT /applications/:id and POST /check.
const appBody = () => tripBody({ orgUnitId: unit, planItemId: rec.planItem, members: delegation() });
const leg = (over: Record<string, unknown> = {}) => ({ country: 'KOR', city: '水原', arriveOn: '2026-11-16', leaveOn: '2026-11-20', ...over });
const line = (over: Record<string, unknown> = {}) => ({ category: 'lodging', country: 'KOR', persons: 3, units: 4, unitAmount: 150, currency: 'USD', ...over });
const APP_REQUIRED = ['task', 'inviterName', 'inviterCountry', 'departDate', 'returnDate', 'legs', 'members'];
const appBad = (): Bad => [
  ['members.0.rank: unknown', { members: [member('A B', { rank: 'emperor' })] }, 'members.0.rank'],
  ['members.0.passportType: unknown', { members: [member('A B', { passportType: 'magic_carpet' })] }, 'members.0.passportType'],
  ['members.0.role: unknown', { members: [member('A B', { role: 'spy' })] }, 'members.0.role'],
  ['members.0.leadership: yes', { members: [member('A B', { leadership: 'yes' })] }, 'members.0.leadership'],
  ['members.0.name: blank', { members: [member('  ')] }, 'members.0.name'],
  ['members.0.passportExpiry: 2026-02-30', { members: [member('A B', { passportExpiry: '2026-02-30' })] }, 'members.0.passportExpiry'],
  ['members: 31', { members: Array.from({ length: 31 }, (_, i) => member(`Member ${i}`)) }, 'members'],
  ['members: none', { members: [] }, 'members'],
  ['members: strings', { members: ['Zhang San'] }, 'members.0'],
  ['legs.0.country: Atlantis', { legs: [leg({ country: 'Atlantis' })] }, 'legs.0.country'],
  ['legs.0.country: Narnia', { legs: [leg({ country: NARNIA })] }, 'legs.0.country'],
  ['legs.1.country: Narnia', { legs: [leg({ leaveOn: '2026-11-18' }), leg({ country: NARNIA, arriveOn: '2026-11-18' })] }, 'legs.1.country'],
  ['legs.0.country: blank', { legs: [leg({ country: '  ' })] }, 'legs.0.country'],
  ['legs.0 before departure', { legs: [leg({ arriveOn: '2026-11-10' })] }, 'legs.0.arriveOn'],
  ['legs.0 after return', { legs: [leg({ leaveOn: '2026-11-25' })] }, 'legs.0.arriveOn'],
  ['legs.0 leaves before it arrives', { legs: [leg({ arriveOn: '2026-11-19', leaveOn: '2026-11-17' })] }, 'legs.0.arriveOn'],
  ['legs.0.arriveOn: 2026-02-30', { legs: [leg({ arriveOn: '2026-02-30' })] }, 'legs.0.arriveOn'],
  ['legs: none', { legs: [] }, 'legs'],
  ['legs: 21', { legs: Array.from({ length: 21 }, () => leg()) }, 'legs'],
  ['inviterCountry: Atlantis', { inviterCountry: 'Atlantis' }, 'inviterCountry'],
  ['inviterCountry: Narnia', { inviterCountry: NARNIA }, 'inviterCountry'],
  ['inviterCountry: blank', { inviterCountry: '   ' }, 'inviterCountry'],
  ['inviterIntermediary: yes', { inviterIntermediary: 'yes' }, 'inviterIntermediary'],
  ['budget.0.category: unknown', { budget: [line({ category: 'souvenirs' })] }, 'budget.0.category'],
  ['budget.0.country: Atlantis', { budget: [line({ country: 'Atlantis' })] }, 'budget.0.country'],
  ['budget.0.country: Narnia', { budget: [line({ country: NARNIA })] }, 'budget.0.country'],
  ['budget.0.currency: US', { budget: [line({ currency: 'US' })] }, 'budget.0.currency'],
  ['budget.0.currency: 美元', { budget: [line({ currency: '美元' })] }, 'budget.0.currency'],
  ['budget.0.persons: 0', { budget: [line({ persons: 0 })] }, 'budget.0.persons'],
  ['budget.0.units: 367', { budget: [line({ units: 367 })] }, 'budget.0.units'],
  ['budget.0.unitAmount: -1', { budget: [line({ unitAmount: -1 })] }, 'budget.0.unitAmount'],
  ['budget.0.unitAmount: 1e9', { budget: [line({ unitAmount: 1e9 })] }, 'budget.0.unitAmount'],
  ['budget: 61 lines', { budget: Array.from({ length: 61 }, () => line()) }, 'budget'],
  ['departDate: 2026-02-30', { departDate: '2026-02-30' }, 'departDate'],
  ['returnDate: 2026-02-30', { returnDate: '2026-02-30' }, 'returnDate'],
  [
    'return before departure',
    { departDate: '2026-11-20', returnDate: '2026-11-16', legs: [leg({ arriveOn: '2026-11-20', leaveOn: '2026-11-16' })] },
    'returnDate',
  ],
  ['departDate: ISO time', { departDate: '2026-11-16T00:00:00Z' }, 'departDate'],
  ['publicityStart: 2026-02-30', { publicityStart: '2026-02-30' }, 'publicityStart'],
  ['publicityEnd: Chinese', { publicityEnd: '2026年11月6日' }, 'publicityEnd'],
  ['planItemId: 3e9', { planItemId: 3_000_000_000 }, 'planItemId'],
  ['planItemId: text', { planItemId: 'one' }, 'planItemId'],
  ['orgUnitId: 3e9', { orgUnitId: 3_000_000_000 }, 'orgUnitId'],
  ['task: blank', { task: '  ' }, 'task'],
  ['contactPhone: 51 chars', { contactPhone: '1'.repeat(51) }, 'contactPhone'],
];
/** Creating routes also refuse a unit that does not exist or is no unit. */
const appCreateBad = (): Bad => [
  ...appBad(),
  ['orgUnitId: no such unit', { orgUnitId: 2_147_483_000 }, 'orgUnitId'],
  ['orgUnitId: the district', { orgUnitId: T.districtId }, 'orgUnitId'],
];

// Annual plans
const planItem = (over: Record<string, unknown> = {}) => ({
  title: 'Korea trade',
  countries: ['KOR', '日本'],
  people: 3,
  days: 5,
  month: 11,
  budget: 60000,
  ...over,
});
const planBad = (): Bad => [
  ['items.0.countries: Atlantis', { items: [planItem({ countries: ['KOR', 'Atlantis'] })] }, 'items.0.countries.1'],
  ['items.0.countries: Narnia', { items: [planItem({ countries: [NARNIA] })] }, 'items.0.countries.0'],
  ['items.0.countries: none', { items: [planItem({ countries: [] })] }, 'items.0.countries'],
  ['items.0.countries: 11', { items: [planItem({ countries: Array.from({ length: 11 }, () => 'KOR') })] }, 'items.0.countries'],
  ['items.0.title: blank', { items: [planItem({ title: ' ' })] }, 'items.0.title'],
  ['items.0.people: 51', { items: [planItem({ people: 51 })] }, 'items.0.people'],
  ['items.0.days: 0', { items: [planItem({ days: 0 })] }, 'items.0.days'],
  ['items.0.month: 13', { items: [planItem({ month: 13 })] }, 'items.0.month'],
  ['items.0.budget: -1', { items: [planItem({ budget: -1 })] }, 'items.0.budget'],
  ['items.0.budget: 1e9', { items: [planItem({ budget: 1e9 })] }, 'items.0.budget'],
  ['items.0.id: 3e9', { items: [planItem({ id: 3_000_000_000 })] }, 'items.0.id'],
  ['items: 201', { items: Array.from({ length: 201 }, () => planItem()) }, 'items'],
  ['items: strings', { items: ['Korea'] }, 'items.0'],
];

// Rules
const ruleBad = (): Bad => [
  ['params.maxMembers: six', { params: { ...rec.limitsParams, maxMembers: 'six' } }, 'params.maxMembers'],
  ['params.maxMembers: 0', { params: { ...rec.limitsParams, maxMembers: 0 } }, 'params.maxMembers'],
  ['params.maxDays: none', { params: { ...rec.limitsParams, maxDays: [] } }, 'params.maxDays'],
  ['params.severities: fatal', { params: { ...rec.limitsParams, severities: { countries: 'fatal' } } }, 'params.severities.countries'],
  [
    'params.severities: unknown rule',
    { params: { ...rec.limitsParams, severities: { ...(rec.limitsParams.severities as object), weather: 'block' } } },
    'params.severities',
  ],
  ['params.extraDayCountries: Atlantis', { params: { ...rec.limitsParams, extraDayCountries: ['Atlantis'] } }, 'params.extraDayCountries.0'],
  ['params.reminderHoldAfter: 21', { params: { ...rec.limitsParams, reminderHoldAfter: 21 } }, 'params.reminderHoldAfter'],
  ['params: approval shape', { params: rec.approvalParams }, 'params.maxCountries'],
  ['params: empty', { params: {} }, 'params.maxCountries'],
  ['params: array', { params: [rec.limitsParams] }, 'params'],
  ['effectiveFrom: 2026-02-30', { effectiveFrom: '2026-02-30' }, 'effectiveFrom'],
  ['documentNumber: 1 char', { documentNumber: 'x' }, 'documentNumber'],
];

// Passports
const passportBody = () => ({ holderName: 'Zhang San', passportType: 'official', number: PASSPORT_NUMBER, expiry: '2031-01-01', notes: 'n' });
const passportBad = (): Bad => [
  ['number: spaces', { number: 'SE 765 4321' }, 'number'],
  ['number: dash', { number: 'SE-7654321' }, 'number'],
  ['number: 2 chars', { number: 'SE' }, 'number'],
  ['number: 31 chars', { number: 'S'.repeat(31) }, 'number'],
  ['number: Chinese', { number: '护照7654321' }, 'number'],
  ['passportType: unknown', { passportType: 'magic_carpet' }, 'passportType'],
  ['expiry: 2026-02-30', { expiry: '2026-02-30' }, 'expiry'],
  ['holderName: blank', { holderName: ' ' }, 'holderName'],
];

const PAGE_QUERIES = ['page=0', 'page=-1', 'page=abc', 'pageSize=0', 'pageSize=201', 'orgUnitId=3000000000', 'orgUnitId=abc', 'orgUnitId=-1', 'orgUnitId=1.5'];
const A = '/api/travel/applications';
const app = (path: string) => (id: string) => `${A}/${id}${path}`;
const STALE = 99;

const TARGETS: TravelTarget[] = [
  // Rules: read by everyone, changed by the administrator of the root office only.
  { key: 'GET /api/travel/rules', method: 'GET', url: () => '/api/travel/rules', as: 'applicant' },
  {
    key: 'POST /api/travel/rules',
    method: 'POST',
    url: () => '/api/travel/rules',
    as: 'city',
    required: ['kind', 'effectiveFrom', 'documentNumber', 'title', 'params'],
    body: () => ({ kind: 'limits', effectiveFrom: '2013-10-01', documentNumber: '示例〔2026〕1号', title: '新规', params: rec.limitsParams }),
    valid: { status: 409, code: 'err.travelRuleDate' },
    bad: () => [
      ...ruleBad(),
      ['kind: unknown', { kind: 'weather' }, 'kind'],
      ['kind: budget with limits params', { kind: 'budget' }, 'params.standards'],
      ['kind: approval with limits params', { kind: 'approval' }, 'params.ranks'],
    ],
  },
  {
    key: 'PUT /api/travel/rules/:id',
    method: 'PUT',
    url: (id) => `/api/travel/rules/${id}`,
    as: 'city',
    id: () => rec.limitsRule,
    required: ['version', 'effectiveFrom', 'documentNumber', 'title', 'params'],
    body: () => ({ version: STALE, effectiveFrom: '2013-10-01', documentNumber: '中办发〔2013〕16号', title: '新标题', params: rec.limitsParams }),
    valid: { status: 409, code: 'err.conflict' },
    bad: () => [...ruleBad(), ['effectiveFrom: clashes with 2008 version', { effectiveFrom: '2008-01-01' }], ['params: string', { params: 'none' }, 'params']],
  },
  {
    key: 'GET /api/travel/publicity-end',
    method: 'GET',
    url: () => '/api/travel/publicity-end',
    as: 'applicant',
    valid: { status: 200, query: () => 'start=2026-11-02&days=5' },
    queries: [
      'start=2026-11-02&days=0',
      'start=2026-11-02&days=31',
      'start=2026-11-02&days=abc',
      'start=2026-11-02&days=1.5',
      'start=2026-11-02&days=-1',
      'start=2026-11-02&days=3000000000',
      'start=2026-02-30&days=5',
      'days=5',
      'start=20261102',
      'start=2026-11-02T00:00',
      'start=2030-01-01&days=5',
      'start=1999-01-04',
      'start=2026-11-02&start=2026-11-03',
    ],
  },
  {
    key: 'POST /api/travel/check',
    method: 'POST',
    url: () => '/api/travel/check',
    as: 'applicant',
    body: appBody,
    required: APP_REQUIRED,
    valid: { status: 200 },
    bad: () => [
      ...appCreateBad(),
      ['id: 3e9', { id: 3_000_000_000 }, 'id'],
      ['id: 0', { id: 0 }, 'id'],
      ['id: text', { id: 'one' }, 'id'],
      ['id: no such application', { id: 2_147_483_000 }],
    ],
  },

  // Applications
  {
    key: 'GET /api/travel/applications',
    method: 'GET',
    url: () => A,
    as: 'applicant',
    valid: { status: 200, query: () => 'todo=true&year=2026&status=draft&country=KOR' },
    queries: [
      ...PAGE_QUERIES,
      'todo=maybe',
      'todo=1',
      'year=1999',
      'year=2101',
      'year=abc',
      'year=2026.5',
      'status=flying',
      'status=draft&status=submitted',
      'country=Atlantis',
      `country=${NARNIA}`,
      `country=${'x'.repeat(61)}`,
      'from=2026-02-30',
      'to=abc',
      `q=${'x'.repeat(101)}`,
      "country=KOR'%20or%20'1'='1",
    ],
  },
  { key: `POST ${A}`, method: 'POST', url: () => A, as: 'applicant', body: appBody, required: APP_REQUIRED, bad: appCreateBad },
  { key: `GET ${A}/:id`, method: 'GET', url: app(''), as: 'applicant', id: () => rec.draft },
  {
    key: `PUT ${A}/:id`,
    method: 'PUT',
    url: app(''),
    as: 'applicant',
    id: () => rec.draft,
    body: () => ({ ...appBody(), version: STALE }),
    required: [...APP_REQUIRED, 'version'],
    valid: { status: 409, code: 'err.conflict' },
    bad: appCreateBad,
  },
  {
    key: `POST ${A}/:id/submit`,
    method: 'POST',
    url: app('/submit'),
    as: 'applicant',
    id: () => rec.draft,
    body: () => ({ version: STALE }),
    required: ['version'],
    valid: { status: 409, code: 'err.conflict' },
  },
  {
    key: `POST ${A}/:id/withdraw`,
    method: 'POST',
    url: app('/withdraw'),
    as: 'applicant',
    id: () => rec.submitted,
    body: () => ({ version: STALE }),
    required: ['version'],
    valid: { status: 409, code: 'err.conflict' },
  },
  {
    key: `POST ${A}/:id/cancel`,
    method: 'POST',
    url: app('/cancel'),
    as: 'applicant',
    id: () => rec.june,
    body: () => ({ version: STALE, reason: '行程取消' }),
    required: ['version', 'reason'],
    valid: { status: 409, code: 'err.conflict' },
    bad: () => [
      ['reason: blank', { reason: '   ' }, 'reason'],
      ['reason: 1 char', { reason: 'x' }, 'reason'],
      ['reason: 2001 chars', { reason: 'x'.repeat(2001) }, 'reason'],
    ],
  },
  {
    key: `POST ${A}/:id/review`,
    method: 'POST',
    url: app('/review'),
    as: 'district',
    id: () => rec.submitted,
    required: ['action', 'version'],
    body: () => ({ action: 'approve', version: STALE, comment: '压缩一人一天', removeMembers: [1], departDate: '2026-11-16', returnDate: '2026-11-19' }),
    valid: { status: 409, code: 'err.conflict' },
    bad: () => [
      ['action: unknown', { action: 'rubber_stamp' }, 'action'],
      ['action: APPROVE', { action: 'APPROVE' }, 'action'],
      ['removeMembers: index 29 of 3', { removeMembers: [29] }, 'removeMembers'],
      ['removeMembers: index 3 of 3', { removeMembers: [3] }, 'removeMembers'],
      ['removeMembers: index 30', { removeMembers: [30] }, 'removeMembers.0'],
      ['removeMembers: -1', { removeMembers: [-1] }, 'removeMembers.0'],
      ['removeMembers: all three', { removeMembers: [0, 1, 2] }, 'removeMembers'],
      ['removeMembers: 31', { removeMembers: Array.from({ length: 31 }, () => 0) }, 'removeMembers'],
      ['removeMembers: names', { removeMembers: ['Li Si'] }, 'removeMembers.0'],
      ['returnDate: after the trip', { returnDate: '2026-11-25' }, 'returnDate'],
      ['departDate: before the trip', { departDate: '2026-11-10' }, 'departDate'],
      ['approved return before departure', { departDate: '2026-11-19', returnDate: '2026-11-17' }, 'returnDate'],
      ['returnDate: 2026-02-30', { returnDate: '2026-02-30' }, 'returnDate'],
      ['return: no reason', { action: 'return', comment: ' ' }, 'comment'],
      ['refuse: 1-char reason', { action: 'refuse', comment: 'x' }, 'comment'],
      ['forward: no office', { action: 'forward', forwardedOn: '2026-11-10' }, 'forwardedTo'],
      ['forward: forwardedOn 2026-02-30', { action: 'forward', forwardedOn: '2026-02-30', forwardedTo: '省外办' }, 'forwardedOn'],
      ['record_decision: unknown decision', { action: 'record_decision', decision: 'maybe' }, 'decision'],
      ['record_decision: not forwarded', { action: 'record_decision', decision: 'approved', decisionDocNo: '〔2026〕1号' }],
    ],
  },
  {
    key: `POST ${A}/:id/decide`,
    method: 'POST',
    url: app('/decide'),
    as: 'leader',
    id: () => rec.leaderReview,
    required: ['decision', 'version'],
    body: () => ({ decision: 'approve', version: STALE, comment: '同意' }),
    valid: { status: 409, code: 'err.conflict' },
    bad: () => [
      ['decision: unknown', { decision: 'maybe' }, 'decision'],
      ['decision: approved', { decision: 'approved' }, 'decision'],
      ['refuse: no reason', { decision: 'refuse', comment: '' }, 'comment'],
      ['return: no reason', { decision: 'return', comment: null }, 'comment'],
      ['comment: 2001 chars', { comment: 'x'.repeat(2001) }, 'comment'],
    ],
  },
  {
    key: `POST ${A}/:id/trip-return`,
    method: 'POST',
    url: app('/trip-return'),
    as: 'applicant',
    id: () => rec.june,
    required: ['version', 'actualDepart', 'actualReturn', 'actualMembers'],
    valid: { status: 409, code: 'err.conflict' },
    body: () => ({ version: STALE, actualDepart: '2026-06-08', actualReturn: '2026-06-12', actualMembers: ['Sun Liu'] }),
    bad: () => [
      ['return before departure', { actualReturn: '2026-06-07' }, 'actualReturn'],
      ['actualMembers: a stranger', { actualMembers: ['Sun Liu', 'Nobody'] }, 'actualMembers'],
      ['actualMembers: none', { actualMembers: [] }, 'actualMembers'],
      ['actualMembers: 31', { actualMembers: Array.from({ length: 31 }, () => 'Sun Liu') }, 'actualMembers'],
      ['actualMembers: blank', { actualMembers: [' '] }, 'actualMembers.0'],
      ['actualDepart: 2026-02-30', { actualDepart: '2026-02-30' }, 'actualDepart'],
      ['actualReturn: 2026-06-31', { actualReturn: '2026-06-31' }, 'actualReturn'],
    ],
  },
  {
    key: `POST ${A}/:id/passports-returned`,
    method: 'POST',
    url: app('/passports-returned'),
    as: 'district',
    id: () => rec.july,
    required: ['version', 'on'],
    body: () => ({ version: STALE, on: '2026-07-15' }),
    valid: { status: 409, code: 'err.conflict' },
    bad: () => [
      ['on: 2026-02-30', { on: '2026-02-30' }, 'on'],
      ['on: yesterday', { on: 'yesterday' }, 'on'],
    ],
  },
  {
    key: `POST ${A}/:id/report`,
    method: 'POST',
    url: app('/report'),
    as: 'applicant',
    id: () => rec.july,
    required: ['version', 'filedOn', 'summary'],
    body: () => ({ version: STALE, filedOn: '2026-07-20', summary: '完成经贸洽谈三场' }),
    valid: { status: 409, code: 'err.conflict' },
    bad: () => [
      ['summary: blank', { summary: '  ' }, 'summary'],
      ['summary: 1 char', { summary: 'x' }, 'summary'],
      ['summary: 5001 chars', { summary: 'x'.repeat(5001) }, 'summary'],
      ['filedOn: 2026-02-30', { filedOn: '2026-02-30' }, 'filedOn'],
    ],
  },
  { key: `GET ${A}/:id/steps`, method: 'GET', url: app('/steps'), as: 'applicant', id: () => rec.june },
  { key: `GET ${A}/:id/attachments`, method: 'GET', url: app('/attachments'), as: 'applicant', id: () => rec.june },
  { key: `POST ${A}/:id/attachments`, method: 'POST', url: app('/attachments'), as: 'applicant', id: () => rec.june, generic: true },
  { key: `GET ${A}/:id/publicity-notice.docx`, method: 'GET', url: app('/publicity-notice.docx'), as: 'applicant', id: () => rec.june },
  { key: `GET ${A}/:id/approval-form.docx`, method: 'GET', url: app('/approval-form.docx'), as: 'applicant', id: () => rec.june },
  {
    key: 'GET /api/travel/batch-list.xlsx',
    method: 'GET',
    url: () => '/api/travel/batch-list.xlsx',
    as: 'district',
    valid: { status: 200, query: () => 'from=2026-01-01&to=2026-12-31' },
    queries: [
      'from=2026-06-30&to=2026-01-01',
      'from=2026-01-01',
      'to=2026-12-31',
      'from=2026-02-30&to=2026-12-31',
      'from=2026-01-01&to=2026-13-01',
      'from=abc&to=def',
      '',
    ],
  },
  {
    key: 'GET /api/travel/stats',
    method: 'GET',
    url: () => '/api/travel/stats',
    as: 'district',
    valid: { status: 200, query: () => 'from=2026-01-01&to=2026-06-30' },
    queries: [
      'from=2026-06-30&to=2026-01-01',
      'from=2026-01-01',
      'to=2026-06-30',
      'from=abc&to=2026-06-30',
      'from=2026-02-30&to=2026-06-30',
      'from=2026-01-01&to=2026-06-31',
      '',
    ],
  },

  // Annual plans
  {
    key: 'GET /api/travel/plans',
    method: 'GET',
    url: () => '/api/travel/plans',
    as: 'applicant',
    valid: { status: 200, query: () => `year=2026&orgUnitId=${unit}` },
    queries: ['year=1999', 'year=2101', 'year=abc', 'year=2026.5', 'orgUnitId=3000000000', 'orgUnitId=abc', 'orgUnitId=0', 'orgUnitId=1%20or%201=1'],
  },
  // A plan for 2026 already exists: the valid form is refused as a second one.
  {
    key: 'POST /api/travel/plans',
    method: 'POST',
    url: () => '/api/travel/plans',
    as: 'applicant',
    required: ['year', 'items'],
    body: () => ({ orgUnitId: unit, year: 2026, items: [planItem()], notes: '年度计划' }),
    valid: { status: 409, code: 'err.travelPlanExists' },
    bad: () => [
      ...planBad(),
      ['year: 1999', { year: 1999 }, 'year'],
      ['year: 2101', { year: 2101 }, 'year'],
      ['year: text', { year: '2026' }, 'year'],
      ['orgUnitId: 3e9', { orgUnitId: 3_000_000_000 }, 'orgUnitId'],
      ['orgUnitId: no such unit', { orgUnitId: 2_147_483_000 }, 'orgUnitId'],
      ['orgUnitId: the district', { orgUnitId: T.districtId }, 'orgUnitId'],
    ],
  },
  { key: 'GET /api/travel/plans/:id', method: 'GET', url: (id) => `/api/travel/plans/${id}`, as: 'applicant', id: () => rec.plan },
  {
    key: 'PUT /api/travel/plans/:id',
    method: 'PUT',
    url: (id) => `/api/travel/plans/${id}`,
    as: 'applicant',
    id: () => rec.plan,
    required: ['items', 'version'],
    body: () => ({ items: [planItem({ id: rec.planItem })], notes: '年度计划', version: STALE }),
    valid: { status: 409, code: 'err.conflict' },
    bad: () => [...planBad(), ['items.0.id: no such item', { items: [planItem({ id: 2_147_483_000 })] }]],
  },

  // Follow-up and reminders
  { key: 'GET /api/travel/follow-up', method: 'GET', url: () => '/api/travel/follow-up', as: 'district' },
  // The June trip owes its return, not its report: the valid form is refused as not overdue.
  {
    key: 'POST /api/travel/reminders',
    method: 'POST',
    url: () => '/api/travel/reminders',
    as: 'district',
    required: ['items'],
    body: () => ({ items: [{ applicationId: rec.june, kind: 'report' }], message: '请尽快提交出访报告' }),
    valid: { status: 400, code: 'err.validation', field: 'items.0' },
    bad: () => [
      ['items.0.kind: unknown', { items: [{ applicationId: rec.june, kind: 'visa' }] }, 'items.0.kind'],
      ['items.0.applicationId: 3e9', { items: [{ applicationId: 3_000_000_000, kind: 'return' }] }, 'items.0.applicationId'],
      ['items.0.applicationId: no such trip', { items: [{ applicationId: 2_147_483_000, kind: 'return' }] }],
      ['items.0: a draft', { items: [{ applicationId: rec.draft, kind: 'return' }] }, 'items.0'],
      ['items.0: no kind', { items: [{ applicationId: rec.june }] }, 'items.0.kind'],
      ['items: none', { items: [] }, 'items'],
      ['items: 501', { items: Array.from({ length: 501 }, () => ({ applicationId: rec.june, kind: 'report' })) }, 'items'],
      ['message: 501 chars', { message: 'x'.repeat(501) }, 'message'],
    ],
  },
  { key: 'GET /api/travel/reminders', method: 'GET', url: () => '/api/travel/reminders', as: 'applicant' },
  { key: 'POST /api/travel/reminders/:id/ack', method: 'POST', url: (id) => `/api/travel/reminders/${id}/ack`, as: 'applicant', id: () => rec.reminder },

  // Passport custody
  {
    key: 'GET /api/travel/passports',
    method: 'GET',
    url: () => '/api/travel/passports',
    as: 'applicant',
    valid: { status: 200, query: () => 'state=in_custody&q=SE76' },
    queries: [...PAGE_QUERIES, 'state=lost', 'state=in_custody&state=issued', `q=${'x'.repeat(51)}`],
  },
  // The number is registered already: the valid form is refused as a duplicate.
  {
    key: 'POST /api/travel/passports',
    method: 'POST',
    url: () => '/api/travel/passports',
    as: 'district',
    required: ['holderName', 'passportType', 'number', 'expiry'],
    body: () => ({ orgUnitId: unit, ...passportBody() }),
    valid: { status: 409, code: 'err.passportDuplicate', field: 'number' },
    bad: () => [
      ...passportBad(),
      ['orgUnitId: 3e9', { orgUnitId: 3_000_000_000 }, 'orgUnitId'],
      ['orgUnitId: no such unit', { orgUnitId: 2_147_483_000 }, 'orgUnitId'],
    ],
  },
  {
    key: 'PUT /api/travel/passports/:id',
    method: 'PUT',
    url: (id) => `/api/travel/passports/${id}`,
    as: 'district',
    id: () => rec.passport,
    required: ['holderName', 'passportType', 'number', 'expiry', 'version'],
    body: () => ({ ...passportBody(), version: STALE }),
    valid: { status: 409, code: 'err.conflict' },
    bad: passportBad,
  },
  {
    key: 'POST /api/travel/passports/:id/issue',
    method: 'POST',
    url: (id) => `/api/travel/passports/${id}/issue`,
    as: 'district',
    id: () => rec.passport,
    required: ['version', 'on', 'to'],
    body: () => ({ version: STALE, on: '2026-11-20', to: 'Zhang San', applicationId: rec.july }),
    valid: { status: 409, code: 'err.conflict' },
    bad: () => [
      ['applicationId: 3e9', { applicationId: 3_000_000_000 }, 'applicationId'],
      ['applicationId: no such trip', { applicationId: 2_147_483_000 }, 'applicationId'],
      ['to: blank', { to: ' ' }, 'to'],
      ['on: 2026-02-30', { on: '2026-02-30' }, 'on'],
    ],
  },
  // The passport is in custody: the valid form is refused as not issued.
  {
    key: 'POST /api/travel/passports/:id/return',
    method: 'POST',
    url: (id) => `/api/travel/passports/${id}/return`,
    as: 'district',
    id: () => rec.passport,
    required: ['version', 'on'],
    body: () => ({ version: STALE, on: '2026-11-20' }),
    valid: { status: 409, code: 'err.passportState' },
    bad: () => [
      ['on: 2026-02-30', { on: '2026-02-30' }, 'on'],
      ['on: today', { on: 'today' }, 'on'],
    ],
  },
];

const TABLES = [
  'travel_plans',
  'travel_plan_items',
  'travel_applications',
  'travel_steps',
  'travel_reminders',
  'travel_passports',
  'travel_rules',
  'attachments',
  'stored_files',
];
const rowsOf = async (query: string) => ((await ctx.db.execute(sql.raw(query))) as unknown as { rows: Array<Record<string, unknown>> }).rows;
/** Every row of the travel tables (and of attachments), and the count of travel write events in the audit log. */
async function snapshot() {
  const tables: Record<string, Array<Record<string, unknown>>> = {};
  for (const t of TABLES) tables[t] = await rowsOf(`select * from ${t} order by id`);
  const [{ n }] = await rowsOf(
    "select count(*)::int as n from audit_events where action like 'travel%' and action not in ('travelApplication.batchList', 'travelApplication.publicityNotice', 'travelApplication.approvalForm')",
  );
  const versions = (t: string) => Object.fromEntries(tables[t].map((r) => [r.id, r.version]));
  return {
    counts: { ...Object.fromEntries(TABLES.map((t) => [t, tables[t].length])), auditedWrites: Number(n) },
    versions: {
      applications: versions('travel_applications'),
      plans: versions('travel_plans'),
      passports: versions('travel_passports'),
      rules: versions('travel_rules'),
    },
    tables,
  };
}
let before: Awaited<ReturnType<typeof snapshot>>;
async function expectNothingStored() {
  const after = await snapshot();
  expect(after.counts).toEqual(before.counts);
  expect(after.versions).toEqual(before.versions);
  expect(after.tables).toEqual(before.tables);
}

const realUrl = (t: TravelTarget) => t.url(t.id ? String(t.id()) : '2147483000');

describe('travel bad input', () => {
  beforeAll(async () => {
    before = await snapshot();
  });

  it('covers every registered /api/travel route, and only those', () => {
    const travel = [...registeredApiRoutes(ctx.app)].filter((r) => r.split(' ')[1].startsWith('/api/travel/'));
    const keys = TARGETS.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(travel.filter((r) => !keys.includes(r))).toEqual([]);
    expect(keys.filter((k) => !travel.includes(k))).toEqual([]);
  });

  it('has real records of every kind and stage to aim at', () => {
    expect(before.counts).toMatchObject({ travel_plans: 1, travel_plan_items: 1, travel_applications: 5, travel_reminders: 1, travel_passports: 1 });
    expect(Object.fromEntries(before.tables.travel_applications.map((r) => [r.id, r.status]))).toEqual({
      [rec.draft]: 'draft',
      [rec.submitted]: 'submitted',
      [rec.leaderReview]: 'leader_review',
      [rec.june]: 'approved',
      [rec.july]: 'approved',
    });
  });

  it('gets each route’s valid form past validation, to a business refusal that stores nothing', async () => {
    const problems: string[] = [];
    for (const t of TARGETS.filter((x) => x.valid)) {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const v = t.valid!;
        const url = v.query ? `${realUrl(t)}?${v.query()}` : realUrl(t);
        const res = await send(clients[locale][t.as], t, { label: 'valid', url, payload: t.body?.() }, locale);
        const got = `${res.statusCode} ${res.body.slice(0, 200)}`;
        if (res.statusCode !== v.status) {
          problems.push(`${t.key} ${locale}: expected ${v.status}, got ${got}`);
          continue;
        }
        if (v.status < 400) continue;
        try {
          const frame = expectErrorFrame(res, locale);
          if (v.code && frame.code !== v.code) problems.push(`${t.key} ${locale}: expected ${v.code}, got ${got}`);
          if (v.field && JSON.stringify(frame.fields?.map((f) => f.path)) !== JSON.stringify([v.field]))
            problems.push(`${t.key} ${locale}: expected a finding at ${v.field}, got ${got}`);
        } catch (err) {
          problems.push(`${t.key} ${locale}: ${got} :: ${(err as Error).message.slice(0, 120)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    await expectNothingStored();
  });

  // One test per route and language, so a failure names its route and no single test runs long on a busy machine.
  for (const locale of ['zh-CN', 'en-US'] as const) {
    describe(`answers garbage with a 4xx JSON frame in ${locale}, never a 500`, () => {
      for (const t of TARGETS) {
        it(t.key, async () => {
          const problems: string[] = [];
          for (const g of garbageFor(t, locale)) {
            const res = await send(clients[locale][t.as], t, g, locale);
            try {
              const frame = expectErrorFrame(res, locale);
              // The caller holds the route's permission: a 401/403 would mean the garbage never reached validation.
              expect([401, 403], frame.code).not.toContain(frame.statusCode);
              // A route-specific bad value is refused at its own field, not by some other check on the way.
              if (g.field)
                expect(
                  frame.fields?.map((f) => f.path),
                  frame.code,
                ).toContain(g.field);
            } catch (err) {
              problems.push(`${t.key} [${g.label}] → ${res.statusCode} ${res.body.slice(0, 200)} :: ${(err as Error).message.slice(0, 120)}`);
            }
          }
          expect(problems).toEqual([]);
        });
      }
      it('stored none of it', async () => {
        await expectNothingStored();
      });
    });
  }

  it('throws more than a thousand bad requests per language', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) expect(TARGETS.flatMap((t) => garbageFor(t, locale)).length).toBeGreaterThan(1000);
  });

  it('routes without input ignore unknown query values', async () => {
    const { applicant, district } = clients['zh-CN'];
    for (const [client, url] of [
      [applicant, '/api/travel/rules'],
      [applicant, '/api/travel/reminders'],
      [district, '/api/travel/follow-up'],
      [applicant, `${A}/${rec.june}/steps`],
    ] as const) {
      const res = await client.get(`${url}?foo=${encodeURIComponent("'; drop table travel_applications; --")}&page=-1`);
      expect(res.statusCode, url).toBe(200);
    }
    await expectNothingStored();
  });

  it('treats SQL-ish and LIKE wildcard text in q as plain text', async () => {
    const { applicant } = clients['zh-CN'];
    for (const q of ["'; drop table travel_applications; --", '%_\\', '%', '__', "经贸' OR '1'='1", 'Zhang%San']) {
      expect(ok(await applicant.get(`${A}?q=${encodeURIComponent(q)}`)).total, q).toBe(0);
      expect(ok(await applicant.get(`/api/travel/passports?q=${encodeURIComponent(q)}`)).total, q).toBe(0);
    }
    // The same searches without wildcards do find the records, so the zeros above are not empty tables.
    expect(ok(await applicant.get(`${A}?q=${encodeURIComponent('经贸')}`)).total).toBe(5);
    expect(ok(await applicant.get(`${A}?q=${encodeURIComponent('Zhang San')}`)).total).toBe(3);
    expect(ok(await applicant.get('/api/travel/passports?q=se76')).total).toBe(1);
  });

  it('anonymous callers get 401 before any validation, in the language of their browser', async () => {
    for (const t of TARGETS) {
      const res = await ctx.app.inject({
        method: t.method,
        url: t.url('abc'),
        payload: t.method === 'GET' ? undefined : { garbage: true },
        headers: { 'accept-language': 'en-US,en' },
      });
      expect(res.statusCode, t.key).toBe(401);
      expect(expectErrorFrame(res, 'en-US').message).toBe('Please sign in first');
    }
  });
});
