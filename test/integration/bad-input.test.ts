/**
 * Garbage at every route: wrong types, missing fields, huge strings, bad ids, malformed JSON, unknown
 * query values, SQL-ish text. Always a 4xx JSON frame in the caller's language, never a 500.
 */
import { sql } from 'drizzle-orm';
import { clock } from '../../src/server/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, makeSubtree, residentBody, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { garbageFor, NARNIA, send, type Target } from '../helpers/bad-input';
import { expectErrorFrame, multipartFile, registeredApiRoutes } from '../helpers/http';
import { walkedByTheirModule } from '../helpers/walk';

let ctx: TestContext;
let T: Subtree;
let zh: Client;
let en: Client;
let resident: { id: number; version: number };
let userId: number;
const ex = { visit: 0, event: 0, city: 0 };
const today = clock.today();
beforeAll(async () => {
  ctx = await createTestContext();
  T = await makeSubtree(ctx);
  zh = await signIn(ctx, 'admin', ctx.cityId, 'zh-CN');
  en = await signIn(ctx, 'admin', ctx.cityId, 'en-US');
  const r = await zh.post('/api/residents', residentBody(T.communityIds[0], { surname: 'Percent', givenNames: 'Under Score' }));
  resident = r.json();
  userId = (await signIn(ctx, 'leader', T.districtId)).userId;
  ex.city = (await zh.post('/api/exchanges/cities', cityBody())).json().id;
  ex.event = (await zh.post('/api/exchanges/events', eventBody())).json().id;
  ex.visit = (await zh.post('/api/exchanges/visits', { ...visitBody(), friendshipCityId: ex.city, eventId: ex.event })).json().id;
  expect(Object.values(ex).every((id) => id > 0)).toBe(true);
});
afterAll(async () => {
  await ctx?.close();
});

const visitBody = () => ({
  orgUnitId: T.districtId,
  type: 'government',
  status: 'completed',
  startDate: '2026-03-10',
  endDate: '2026-03-12',
  countries: ['韩国', 'JPN'],
  organisation: '京畿道代表团',
  headName: '金某',
  headTitle: '副知事',
  headRank: '副部级',
  peopleCount: 8,
  purpose: '友好访问',
  hostUnit: '市外办',
  receivingLeader: '市长',
  programme: [{ date: '2026-03-10', time: '09:00', item: '会见', place: '市政府' }],
  agreementsSigned: 1,
  outcomes: '签署备忘录',
  notes: '无',
});
const eventBody = () => ({
  orgUnitId: T.districtId,
  kind: 'festival',
  name: '国际友城文化节',
  startDate: '2026-09-01',
  endDate: '2026-09-03',
  venue: '会展中心',
  guestsCount: 120,
  countries: ['法国'],
  consulsCount: 6,
  mediaCount: 12,
  mediaOutlets: ['路透社'],
  agreementsSigned: 3,
  notes: '无',
});
const cityBody = () => ({
  orgUnitId: T.districtId,
  foreignCityZh: '大阪',
  foreignCityEn: 'Osaka',
  country: '日本',
  provinceState: '大阪府',
  relationType: 'friendship',
  establishedOn: '1991-06-10',
  agreementDoc: '协议书',
  status: 'active',
  tier: '1',
  industries: ['文化'],
  contacts: [{ name: '山田' }],
  notes: '无',
});
/** Enum values, countries and date ranges that do not exist, and ids beyond int4. */
const exchangeBad = (enums: Record<string, string>): Array<[string, Record<string, unknown>]> => [
  ...Object.entries(enums).map(([field, value]): [string, Record<string, unknown>] => [`${field}: unknown value`, { [field]: value }]),
  ['orgUnitId: 3e9', { orgUnitId: 3_000_000_000 }],
  ['orgUnitId: no such unit', { orgUnitId: 2_147_483_000 }],
];
const visitBad = () =>
  [
    ...exchangeBad({ type: 'alien', status: 'postponed' }),
    ['countries: Narnia', { countries: [NARNIA] }],
    ['countries: Atlantis', { countries: ['KOR', 'Atlantis'] }],
    ['countries: nested', { countries: [['KOR']] }],
    ['end before start', { startDate: '2026-03-12', endDate: '2026-03-10' }],
    ['startDate: 2026-02-30', { startDate: '2026-02-30' }],
    ['endDate: ISO time', { endDate: '2026-03-12T00:00:00Z' }],
    ['friendshipCityId: 3e9', { friendshipCityId: 3_000_000_000 }],
    ['friendshipCityId: no such pair', { friendshipCityId: 2_147_483_000 }],
    ['eventId: 3e9', { eventId: 3_000_000_000 }],
    ['eventId: no such event', { eventId: 2_147_483_000 }],
    ['programme: bad item', { programme: [{ date: 'tomorrow', item: '' }] }],
    ['peopleCount: 10001', { peopleCount: 10_001 }],
  ] as Array<[string, Record<string, unknown>]>;
const eventBad = () =>
  [
    ...exchangeBad({ kind: 'party' }),
    ['countries: Narnia', { countries: [NARNIA] }],
    ['end before start', { startDate: '2026-09-03', endDate: '2026-09-01' }],
    ['guestsCount: 1e7', { guestsCount: 10_000_000 }],
    ['mediaOutlets: empty name', { mediaOutlets: [''] }],
  ] as Array<[string, Record<string, unknown>]>;
const cityBad = () =>
  [
    ...exchangeBad({ relationType: 'enemy', status: 'frozen', tier: '4' }),
    ['country: Atlantis', { country: 'Atlantis' }],
    ['country: Narnia', { country: NARNIA }],
    ['country: blank', { country: '   ' }],
    ['establishedOn: 1991-06-31', { establishedOn: '1991-06-31' }],
    ['establishedOn: Chinese', { establishedOn: '1991年6月10日' }],
    ['contacts: no name', { contacts: [{ phone: '123' }] }],
    ['orgUnitId: a street', { orgUnitId: T.streetIds[0] }],
  ] as Array<[string, Record<string, unknown>]>;
const ZERO_OK = ['agreementsSigned', 'guestsCount', 'consulsCount', 'mediaCount', 'friendshipCityTarget'];

const TARGETS: Target[] = [
  { key: 'POST /api/auth/login', method: 'POST', url: () => '/api/auth/login', body: () => ({ username: 'someone', password: 'whatever-pw' }) },
  { key: 'POST /api/auth/logout', method: 'POST', url: () => '/api/auth/logout' },
  { key: 'GET /api/auth/me', method: 'GET', url: () => '/api/auth/me' },
  {
    key: 'POST /api/auth/password',
    method: 'POST',
    url: () => '/api/auth/password',
    body: () => ({ currentPassword: 'not-it-at-all', newPassword: 'Long-enough-pw-1' }),
  },
  { key: 'PUT /api/auth/locale', method: 'PUT', url: () => '/api/auth/locale', body: () => ({ locale: 'zh-CN' }) },
  { key: 'GET /api/org/tree', method: 'GET', url: () => '/api/org/tree' },
  {
    key: 'POST /api/org/units',
    method: 'POST',
    url: () => '/api/org/units',
    body: () => ({ parentId: T.streetIds[0], kind: 'community', nameZh: '社区', nameEn: 'C', divisionCode: '330106001001' }),
  },
  {
    key: 'PATCH /api/org/units/:id',
    method: 'PATCH',
    url: (id) => `/api/org/units/${id}`,
    body: () => ({ version: 1, nameZh: '名', nameEn: 'N', archived: false }),
  },
  { key: 'GET /api/users', method: 'GET', url: () => '/api/users' },
  {
    key: 'POST /api/users',
    method: 'POST',
    url: () => '/api/users',
    body: () => ({ username: 'new.user', displayName: 'N', role: 'leader', orgUnitId: T.districtId, password: 'Long-enough-pw-1', locale: 'zh-CN' }),
  },
  {
    key: 'PATCH /api/users/:id',
    method: 'PATCH',
    url: (id) => `/api/users/${id}`,
    body: () => ({ version: 1, displayName: 'N', role: 'leader', orgUnitId: T.districtId, disabled: false }),
  },
  { key: 'POST /api/users/:id/reset-password', method: 'POST', url: (id) => `/api/users/${id}/reset-password`, body: () => ({ password: 'Long-enough-pw-1' }) },
  { key: 'POST /api/users/:id/unlock', method: 'POST', url: (id) => `/api/users/${id}/unlock` },
  {
    key: 'GET /api/audit',
    method: 'GET',
    url: () => '/api/audit',
    queries: [
      'from=2020-13-01',
      'to=abc',
      'page=0',
      'pageSize=1000',
      'pageSize=-5',
      `entityId=${'9'.repeat(65)}`,
      `actor=${'a'.repeat(65)}`,
      'page=1&page=2',
      'from=2020-02-30',
    ],
  },
  { key: 'GET /api/jobs/:id', method: 'GET', url: (id) => `/api/jobs/${id}` },
  { key: 'GET /api/files/:id', method: 'GET', url: (id) => `/api/files/${id}` },
  {
    key: 'GET /api/residents',
    method: 'GET',
    url: () => '/api/residents',
    queries: [
      'status=foo',
      'sort=evil',
      'order=sideways',
      'page=0',
      'page=-1',
      'page=abc',
      'pageSize=0',
      'pageSize=201',
      'arrivedWithinDays=-1',
      'arrivedWithinDays=abc',
      'expiringWithinDays=99999',
      'orgUnitId=abc',
      'orgUnitId=0',
      'orgUnitId=99999999999',
      'orgUnitId=1%20or%201=1',
      'nationality=Atlantis',
      `nationality=${'x'.repeat(201)}`,
      `q=${'x'.repeat(101)}`,
      `tag=${'t'.repeat(31)}`,
      'sort=name;drop',
      'status=active&status=all',
    ],
  },
  {
    key: 'GET /api/residents/export.xlsx',
    method: 'GET',
    url: () => '/api/residents/export.xlsx',
    queries: ['status=foo', 'orgUnitId=-1', 'nationality=Atlantis', `q=${'x'.repeat(101)}`, 'arrivedWithinDays=1.5'],
  },
  { key: 'GET /api/residents/import-template.xlsx', method: 'GET', url: () => '/api/residents/import-template.xlsx' },
  { key: 'POST /api/residents/import', method: 'POST', url: () => '/api/residents/import' },
  { key: 'POST /api/residents/mrz', method: 'POST', url: () => '/api/residents/mrz', body: () => ({ text: 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' }) },
  { key: 'GET /api/residents/stats', method: 'GET', url: () => '/api/residents/stats' },
  {
    key: 'GET /api/residents/daily-report',
    method: 'GET',
    url: () => '/api/residents/daily-report',
    queries: ['date=2020-02-30', 'date=20200101', 'date=tomorrow', `date=${today}T00:00`],
  },
  { key: 'GET /api/residents/daily-report.xlsx', method: 'GET', url: () => '/api/residents/daily-report.xlsx', queries: ['date=2021-13-01', 'date='] },
  {
    key: 'POST /api/residents',
    method: 'POST',
    url: () => '/api/residents',
    body: () => residentBody(T.communityIds[0], { nameZh: '张三', sex: 'M', tags: ['a'], accommodationRegistered: true }),
  },
  { key: 'GET /api/residents/:id', method: 'GET', url: (id) => `/api/residents/${id}` },
  {
    key: 'PUT /api/residents/:id',
    method: 'PUT',
    url: (id) => `/api/residents/${id}`,
    body: () => ({ ...residentBody(T.communityIds[0], { tags: ['a'], accommodationRegistered: false }), version: 1 }),
  },
  { key: 'POST /api/residents/:id/archive', method: 'POST', url: (id) => `/api/residents/${id}/archive`, body: () => ({ version: 1, reason: '原因说明' }) },
  { key: 'POST /api/residents/:id/restore', method: 'POST', url: (id) => `/api/residents/${id}/restore`, body: () => ({ version: 1 }) },
  { key: 'GET /api/residents/:id/movements', method: 'GET', url: (id) => `/api/residents/${id}/movements` },
  {
    key: 'POST /api/residents/:id/movements',
    method: 'POST',
    url: (id) => `/api/residents/${id}/movements`,
    body: () => ({ version: 1, kind: 'address_change', occurredOn: today, toOrgUnitId: T.communityIds[1], note: 'n' }),
  },
];

// Exchanges. Updates carry a stale version, so a body that happens to be valid still ends in a 409.
const PAGE_QUERIES = ['page=0', 'page=abc', 'pageSize=0', 'pageSize=1000', `q=${'x'.repeat(101)}`, 'orgUnitId=3000000000', 'orgUnitId=abc'];
for (const [path, body, bad, id, required] of [
  ['visits', visitBody, visitBad, () => ex.visit, ['type', 'startDate', 'endDate', 'organisation', 'peopleCount']],
  ['events', eventBody, eventBad, () => ex.event, ['kind', 'name', 'startDate', 'endDate']],
  ['cities', cityBody, cityBad, () => ex.city, ['foreignCityZh', 'foreignCityEn', 'country', 'relationType', 'establishedOn']],
] as const) {
  const base = `/api/exchanges/${path}`;
  TARGETS.push(
    { key: `POST ${base}`, method: 'POST', url: () => base, body, bad, required: [...required], zeroOk: ZERO_OK },
    { key: `GET ${base}/:id`, method: 'GET', url: (i) => `${base}/${i}`, id },
    {
      key: `PUT ${base}/:id`,
      method: 'PUT',
      url: (i) => `${base}/${i}`,
      body: () => ({ ...body(), version: 99 }),
      bad,
      required: [...required, 'version'],
      zeroOk: ZERO_OK,
      id,
    },
    {
      key: `POST ${base}/:id/archive`,
      method: 'POST',
      url: (i) => `${base}/${i}/archive`,
      body: () => ({ version: 99, reason: '重复录入' }),
      required: ['version', 'reason'],
      id,
      bad: () => [
        ['reason: blank', { reason: '  ' }],
        ['version: 3e9', { version: 3_000_000_000 }],
      ],
    },
    {
      key: `POST ${base}/:id/restore`,
      method: 'POST',
      url: (i) => `${base}/${i}/restore`,
      body: () => ({ version: 99 }),
      required: ['version'],
      id,
      bad: () => [
        ['version: 3e9', { version: 3_000_000_000 }],
        ['version: text', { version: 'one' }],
      ],
    },
    { key: `GET ${base}/:id/attachments`, method: 'GET', url: (i) => `${base}/${i}/attachments`, id },
    { key: `POST ${base}/:id/attachments`, method: 'POST', url: (i) => `${base}/${i}/attachments`, generic: true, id },
  );
}
TARGETS.push(
  {
    key: 'GET /api/exchanges/visits',
    method: 'GET',
    url: () => '/api/exchanges/visits',
    queries: [
      ...PAGE_QUERIES,
      'type=alien',
      'status=foo',
      'country=Atlantis',
      'country={narnia}',
      `country=${'x'.repeat(61)}`,
      'from=2026-13-01',
      'to=abc',
      'from=2026-02-30',
      'friendshipCityId=abc',
      'friendshipCityId=3000000000',
      'friendshipCityId=-1',
      'archived=maybe',
      'type=government&type=media',
    ],
  },
  {
    key: 'GET /api/exchanges/visits/upcoming',
    method: 'GET',
    url: () => '/api/exchanges/visits/upcoming',
    queries: ['days=0', 'days=367', 'days=abc', 'days=1.5', 'days=-1', 'days=3000000000'],
  },
  {
    key: 'GET /api/exchanges/visits/stats',
    method: 'GET',
    url: () => '/api/exchanges/visits/stats',
    queries: [
      'from=2026-01-01',
      'to=2026-06-30',
      'from=2026-06-30&to=2026-01-01',
      'from=abc&to=2026-06-30',
      'from=2026-02-30&to=2026-06-30',
      'from=2026-01-01&to=2026-06-31',
    ],
  },
  {
    key: 'GET /api/exchanges/visits/export.xlsx',
    method: 'GET',
    url: () => '/api/exchanges/visits/export.xlsx',
    queries: ['type=alien', 'country=Atlantis', 'from=2020-02-30', 'archived=yes', 'orgUnitId=-1'],
  },
  {
    key: 'GET /api/exchanges/events',
    method: 'GET',
    url: () => '/api/exchanges/events',
    queries: [...PAGE_QUERIES.filter((q) => !q.startsWith('orgUnitId')), 'kind=party', 'from=2026-02-30', 'to=yesterday'],
  },
  {
    key: 'GET /api/exchanges/cities',
    method: 'GET',
    url: () => '/api/exchanges/cities',
    queries: [
      ...PAGE_QUERIES,
      'relationType=enemy',
      'status=frozen',
      'tier=4',
      'country=Atlantis',
      'country={narnia}',
      'continent=XYZ',
      'dormant=maybe',
      'dormant=1',
    ],
  },
  {
    key: 'GET /api/exchanges/cities/anniversaries',
    method: 'GET',
    url: () => '/api/exchanges/cities/anniversaries',
    queries: ['withinDays=0', 'withinDays=3661', 'withinDays=abc', 'withinDays=1.5', 'withinDays=3000000000'],
  },
  { key: 'GET /api/exchanges/cities/stats', method: 'GET', url: () => '/api/exchanges/cities/stats' },
  {
    key: 'GET /api/exchanges/cities/export.xlsx',
    method: 'GET',
    url: () => '/api/exchanges/cities/export.xlsx',
    queries: ['relationType=enemy', 'tier=4', 'country=Atlantis', 'dormant=maybe', 'orgUnitId=abc'],
  },
  {
    key: 'GET /api/exchanges/events/export.xlsx',
    method: 'GET',
    url: () => '/api/exchanges/events/export.xlsx',
    queries: ['kind=party', 'from=2026-02-30', 'to=yesterday', `q=${'x'.repeat(101)}`],
  },
  { key: 'POST /api/exchanges/cities/import', method: 'POST', url: () => '/api/exchanges/cities/import' },
  { key: 'GET /api/exchanges/cities/:id/history', method: 'GET', url: (i) => `/api/exchanges/cities/${i}/history`, id: () => ex.city },
  {
    key: 'POST /api/exchanges/cities/:id/history',
    method: 'POST',
    url: (i) => `/api/exchanges/cities/${i}/history`,
    id: () => ex.city,
    body: () => ({ kind: 'letter', occurredOn: today, title: '市长互致贺信', description: '三十周年' }),
    required: ['kind', 'occurredOn', 'title'],
    bad: () => [
      ['kind: unknown value', { kind: 'gossip' }],
      ['occurredOn: 2026-02-30', { occurredOn: '2026-02-30' }],
      ['title: blank', { title: ' ' }],
    ],
  },
  { key: 'GET /api/exchanges/settings', method: 'GET', url: () => '/api/exchanges/settings' },
  {
    key: 'PUT /api/exchanges/settings',
    method: 'PUT',
    url: () => '/api/exchanges/settings',
    body: () => ({ friendshipCityTarget: 100, dormantYears: 3, version: 99 }),
    required: ['friendshipCityTarget', 'dormantYears', 'version'],
    zeroOk: [...ZERO_OK, 'version'],
    bad: () => [
      ['dormantYears: 51', { dormantYears: 51 }],
      ['friendshipCityTarget: 10001', { friendshipCityTarget: 10_001 }],
      ['version: 3e9', { version: 3e9 }],
    ],
  },
  { key: 'GET /api/attachments/:id', method: 'GET', url: (i) => `/api/attachments/${i}` },
);

// The working-day calendar. 2030 is never entered here, so a body that happens to be valid still ends in a 404.
const notice = () => ({
  documentNumber: '国办发明电〔2029〕1号',
  title: '通知',
  issuedOn: '2029-11-01',
  notes: '无',
  days: [{ date: '2030-01-01', kind: 'holiday', name: '元旦' }],
});
const noticeBad = (): Array<[string, Record<string, unknown>, string?]> => [
  ['days: another year', { days: [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }] }, 'days.0.date'],
  [
    'days: twice',
    {
      days: [
        { date: '2030-01-01', kind: 'holiday' },
        { date: '2030-01-01', kind: 'holiday' },
      ],
    },
    'days.1.date',
  ],
  [
    'days: make-up day on a weekday',
    {
      days: [
        { date: '2030-01-01', kind: 'holiday' },
        { date: '2030-01-02', kind: 'workday' },
      ],
    },
    'days.1.kind',
  ],
  ['days: no holiday', { days: [] }, 'days'],
  ['days: unknown kind', { days: [{ date: '2030-01-01', kind: 'party' }] }, 'days.0.kind'],
  ['days: 2030-02-30', { days: [{ date: '2030-02-30', kind: 'holiday' }] }, 'days.0.date'],
  ['documentNumber: blank', { documentNumber: '   ' }, 'documentNumber'],
  ['issuedOn: Chinese', { issuedOn: '2029年11月1日' }, 'issuedOn'],
];
TARGETS.push(
  { key: 'GET /api/calendar/years', method: 'GET', url: () => '/api/calendar/years' },
  { key: 'GET /api/calendar/years/:year', method: 'GET', id: () => 2030, url: (y) => `/api/calendar/years/${y}` },
  {
    key: 'POST /api/calendar/years',
    method: 'POST',
    url: () => '/api/calendar/years',
    body: () => ({ year: 2030, ...notice() }),
    required: ['year', 'documentNumber', 'days'],
    bad: () => [...noticeBad(), ['year: 1999', { year: 1999 }, 'year'], ['year: 2101', { year: 2101 }, 'year'], ['year: text', { year: '2030' }, 'year']],
  },
  {
    key: 'PUT /api/calendar/years/:year',
    method: 'PUT',
    id: () => 2030,
    url: (y) => `/api/calendar/years/${y}`,
    body: () => ({ ...notice(), version: 1 }),
    required: ['documentNumber', 'days', 'version'],
    bad: noticeBad,
  },
  {
    key: 'POST /api/calendar/years/:year/delete',
    method: 'POST',
    id: () => 2030,
    url: (y) => `/api/calendar/years/${y}/delete`,
    body: () => ({ version: 1 }),
    required: ['version'],
  },
  { key: 'POST /api/calendar/import', method: 'POST', url: () => '/api/calendar/import', generic: true },
);

/** The record a target without its own id works on: the user, org unit or resident its key names. */
const defaultId = (t: Target) => (t.key.includes('/users/') ? String(userId) : t.key.includes('/org/') ? String(T.communityIds[0]) : String(resident.id));

describe('bad input', () => {
  it('covers every registered /api route', () => {
    const covered = new Set(TARGETS.map((t) => t.key));
    const exempt = (r: string) => /^GET \/api\/(docs|openapi\.json|health)/.test(r);
    // A module may throw its garbage in its own file, with the roles and records each of its routes needs
    // (test/integration/travel-bad-input.test.ts, which checks that it covers every /api/travel/ route).
    const elsewhere = walkedByTheirModule('bad-input');
    expect([...registeredApiRoutes(ctx.app)].filter((r) => !exempt(r) && !elsewhere(r) && !covered.has(r))).toEqual([]);
  });

  for (const [locale, who] of [
    ['zh-CN', () => zh],
    ['en-US', () => en],
  ] as const) {
    it(`answers garbage at every route with a 4xx JSON frame in ${locale}, never a 500`, async () => {
      const problems: string[] = [];
      for (const t of TARGETS) {
        for (const g of garbageFor(t, locale, defaultId)) {
          const res = await send(who(), t, g, locale);
          try {
            expectErrorFrame(res, locale);
          } catch (err) {
            problems.push(`${t.key} [${g.label}] → ${res.statusCode} ${res.body.slice(0, 160)} :: ${(err as Error).message.slice(0, 120)}`);
          }
        }
      }
      expect(problems).toEqual([]);
      // Nothing of that garbage was stored.
      const counts = async (table: string) =>
        ((await ctx.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: Array<{ n: number }> }).rows[0].n;
      const stored = { residents: 0, visits: 0, events: 0, friendship_cities: 0, friendship_exchanges: 0, attachments: 0, settings: 0 };
      for (const table of Object.keys(stored) as Array<keyof typeof stored>) stored[table] = Number(await counts(table));
      expect(stored).toEqual({ residents: 1, visits: 1, events: 1, friendship_cities: 1, friendship_exchanges: 0, attachments: 0, settings: 0 });
      const [v] = (
        (await ctx.db.execute(sql`select version, archived_at from visits`)) as unknown as { rows: Array<{ version: number; archived_at: unknown }> }
      ).rows;
      expect(v).toEqual({ version: 1, archived_at: null });
    });
  }

  it('routes without input ignore unknown query values', async () => {
    for (const url of ['/api/auth/me', '/api/org/tree', '/api/users', '/api/residents/stats', '/api/residents/import-template.xlsx']) {
      const res = await zh.get(`${url}?foo=${encodeURIComponent("'; drop table residents; --")}&page=-1`);
      expect(res.statusCode, url).toBe(200);
    }
  });

  it('treats SQL-ish and LIKE wildcard text in q as plain text', async () => {
    for (const q of ["'; drop table residents; --", '%_\\', '%', '%%', '__', '\\', "Percent' OR '1'='1", 'per%nt', 'under_score']) {
      const res = await zh.get(`/api/residents?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(res.json().total, q).toBe(0);
    }
    // The same search without wildcards does find the file, so the zeros above are not an empty ledger.
    expect((await zh.get('/api/residents?q=percent')).json().total).toBe(1);
    expect((await zh.get('/api/residents?q=under%20score')).json().total).toBe(1);
    const exp = await zh.get(`/api/residents/export.xlsx?q=${encodeURIComponent('%_\\')}`);
    expect(exp.statusCode).toBe(200);
    expect((await zh.get(`/api/audit?actor=${encodeURIComponent('%')}`)).json().total).toBe(0);
  });

  it('refuses broken uploads with a 4xx', async () => {
    const noFile = await zh.post('/api/residents/import', Buffer.from('--b\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--b--\r\n'), {
      'content-type': 'multipart/form-data; boundary=b',
    });
    expectErrorFrame(noFile);
    const truncated = await zh.post('/api/residents/import', Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="x.xlsx"\r\n\r\nPK'), {
      'content-type': 'multipart/form-data; boundary=b',
    });
    expect(truncated.statusCode).toBe(400);
    expect(expectErrorFrame(truncated).message).toBe('文件上传不完整，请重新上传');
    const exe = multipartFile(Buffer.from('MZ'), 'x.xlsx.exe', 'application/octet-stream');
    expectErrorFrame(await zh.post('/api/residents/import', exe.payload, exe.headers));
    expectErrorFrame(await en.post('/api/residents/import', { file: 'x' }), 'en-US');
    for (const url of ['/api/exchanges/cities/import', `/api/exchanges/cities/${ex.city}/attachments`, `/api/exchanges/visits/${ex.visit}/attachments`]) {
      const cut = await zh.post(url, Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="x.xlsx"\r\n\r\nPK'), {
        'content-type': 'multipart/form-data; boundary=b',
      });
      expect(expectErrorFrame(cut).statusCode, url).toBe(400);
      expectErrorFrame(await en.post(url, { file: 'x' }), 'en-US');
    }
    expectErrorFrame(await zh.post('/api/exchanges/cities/import', exe.payload, exe.headers));
    const tooBig = await zh.post('/api/residents', { ...residentBody(T.communityIds[0]), notes: 'x'.repeat(3 * 1024 * 1024) });
    expect(tooBig.statusCode).toBe(413);
    expectErrorFrame(tooBig);
  });

  it("refuses a NUL character anywhere, signed in or not, with a 400 in the user's words", async () => {
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a\u0000', password: 'x' } });
    expect(expectErrorFrame(login).code).toBe('err.nulCharacter');
    expect(login.statusCode).toBe(400);
    expect(expectErrorFrame(await zh.get('/api/residents?q=%00ab')).code).toBe('err.nulCharacter');
    const body = await en.post('/api/residents', residentBody(T.communityIds[0], { notes: 'tab\u0000here' }));
    expect(body.statusCode).toBe(400);
    expect(expectErrorFrame(body, 'en-US').message).toContain('NUL');
  });

  it('says what is wrong with a body the framework refuses, without its English text', async () => {
    const res = await zh.request('POST', '/api/residents', '{"surname": ', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(expectErrorFrame(res).message).toBe('提交的内容格式不正确（不是有效的 JSON），请刷新页面后重试');
  });

  it('answers unknown /api routes and methods with a 404 JSON frame', async () => {
    for (const [method, url] of [
      ['GET', '/api/nope'],
      ['DELETE', `/api/residents/${resident.id}`],
      ['GET', '/api/residents/1/unknown'],
      ['POST', '/api/residents/stats'],
    ] as const) {
      const res = await zh.request(method, url);
      expect(res.statusCode, url).toBe(404);
      expect(expectErrorFrame(res).code).toBe('err.routeNotFound');
      expect(expectErrorFrame(await en.request(method, url), 'en-US').message).toBe('No such API route');
    }
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/nope', headers: { 'accept-language': 'en-US' } });
    expectErrorFrame(anonymous, 'en-US');
  });

  it('anonymous callers get 401 before any validation, in the language of their browser', async () => {
    for (const t of TARGETS.filter((x) => x.key !== 'POST /api/auth/login' && x.key !== 'POST /api/auth/logout')) {
      const res = await ctx.app.inject({
        method: t.method,
        url: t.url('abc'),
        payload: t.method === 'GET' ? undefined : { garbage: true },
        headers: { 'accept-language': 'en-US,en' },
      });
      expect(res.statusCode, t.key).toBe(401);
      expect(expectErrorFrame(res, 'en-US').message).toBe('Please sign in first');
    }
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 123 } });
    expect(
      expectErrorFrame(login)
        .fields!.map((f) => f.path)
        .sort(),
    ).toEqual(['password', 'username']);
  });
});
