/**
 * The key safety test: every /api route, walked by every role with another district's ids in params and
 * bodies. Nothing of district B may appear in any answer to a user whose scope is district A, and
 * nothing of B may change. The route list is checked against the routes the app really registers, so a
 * new route cannot be skipped silently.
 */
import { randomBytes } from 'node:crypto';
import { clock, setClock } from '../../src/server/clock';
import { eq, inArray } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, orgUnits, settings, users } from '../../src/server/platform/platform.table';
import { events, friendshipCities, friendshipExchanges, visits } from '../../src/server/modules/exchanges/exchanges.table';
import { residents } from '../../src/server/modules/residents/residents.table';
import { addDays } from '../../src/shared/reference/dates';
import { createTestContext, makeSubtree, residentBody, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { buildWorkbook, documentedApiRoutes, multipartFile, registeredApiRoutes, waitForJob } from '../helpers/http';
import { json, walkedByTheirModule, walk as walkRoutes, xlsxText, type Route, type Walker } from '../helpers/walk';

let ctx: TestContext;
let A: Subtree;
let B: Subtree;
const labelB = `乙${randomBytes(3).toString('hex')}`;
const tag = randomBytes(3).toString('hex').toUpperCase();
const today = clock.today();
const bRes: Array<{ id: number; docNumber: string; surname: string; givenNames: string; nameZh: string; version: number }> = [];
let bArchived: { id: number; version: number };
let bUser: Client;
let bVictim: { id: number; username: string };
let bJob: number;
let bFile: number;
let aCount: number;
let aStreetCount: number;
/** District B's exchanges records: a visit, an event, a pair with a history record, a file on each. */
const bx = {
  visitOrg: `${labelB}访华代表团`,
  headName: `QHD${tag}`,
  eventName: `${labelB}友城文化节`,
  cityZh: `${labelB}友好市`,
  cityEn: `Qcity${tag}ville`,
  historyTitle: `${labelB}市长互访`,
  fileName: `${labelB}邀请函.pdf`,
  content: (kind: string) => `ATTACH-${tag}-${kind}`,
};
const bIds = { visit: 0, event: 0, city: 0, files: [] as number[] };
let aVisitCount: number;
let aCityId: number;

const exVisit = (orgUnitId: number, over: Record<string, unknown> = {}) => ({
  orgUnitId,
  type: 'government',
  status: 'planned',
  startDate: addDays(today, 5),
  endDate: addDays(today, 6),
  countries: ['KOR'],
  organisation: '走查来访团',
  peopleCount: 4,
  ...over,
});
const exEvent = (orgUnitId: number, over: Record<string, unknown> = {}) => ({
  orgUnitId,
  kind: 'forum',
  name: '走查论坛',
  startDate: addDays(today, 3),
  endDate: addDays(today, 4),
  guestsCount: 10,
  countries: ['FRA'],
  ...over,
});
const exCity = (orgUnitId: number, over: Record<string, unknown> = {}) => ({
  orgUnitId,
  foreignCityZh: `走查市${randomBytes(3).toString('hex')}`,
  foreignCityEn: 'Walkton',
  country: '日本',
  relationType: 'friendship',
  establishedOn: '2001-05-01',
  ...over,
});
const upload = (content: string, name = 'walk.pdf') => multipartFile(Buffer.from(content), name, 'application/pdf');

beforeAll(async () => {
  ctx = await createTestContext();
  // Files made this morning are in today's 12:00 report, whenever the walk runs.
  setClock(`${today}T09:00:00+08:00`, { frozen: true });
  A = await makeSubtree(ctx);
  B = await makeSubtree(ctx, labelB);
  const opA = await signIn(ctx, 'district_operator', A.districtId);
  for (const c of [A.communityIds[0], A.communityIds[1], A.communityIds[3]]) {
    expect((await opA.post('/api/residents', residentBody(c, { arrivalDate: addDays(today, -30) }))).statusCode).toBe(201);
  }
  aCount = 3;
  aStreetCount = 2;
  bUser = await signIn(ctx, 'district_operator', B.districtId);
  for (let i = 0; i < 3; i++) {
    const body = residentBody(B.communityIds[i], {
      surname: `QZX${tag}S${i}`,
      givenNames: `QZX${tag}G${i}`,
      nameZh: `禤${labelB}${i}`,
      docNumber: `BX${tag}${i}777`,
      nationality: 'KOR',
      arrivalDate: addDays(today, -30),
    });
    const res = await bUser.post('/api/residents', body);
    expect(res.statusCode, res.body).toBe(201);
    bRes.push(res.json());
  }
  const arch = await bUser.post(`/api/residents/${bRes[2].id}/archive`, { version: 1, reason: '测试归档' });
  bArchived = { id: bRes[2].id, version: arch.json().version };
  const victim = await signIn(ctx, 'street_operator', B.streetIds[0]);
  bVictim = { id: victim.userId, username: victim.username };
  const { payload, headers } = multipartFile(
    await buildWorkbook([
      ['证件号码', '国籍'],
      [`BX${tag}9`, 'Atlantis'],
    ]),
    'b.xlsx',
  );
  const job = await waitForJob(bUser, (await bUser.post('/api/residents/import', payload, headers)).json().id);
  bJob = job.id;
  bFile = job.result!.errorFileId!;

  // District B's exchanges: a pair whose 35th anniversary is 10 days away, a history record, an event,
  // a planned visit linked to both, a file on each and the office's own settings.
  const created = async (res: LightMyRequestResponse, code = 201) => {
    expect(res.statusCode, res.body).toBe(code);
    return res.json();
  };
  const [y, m, d] = addDays(today, 10).split('-').map(Number);
  bIds.city = (
    await created(
      await bUser.post(
        '/api/exchanges/cities',
        exCity(B.districtId, {
          foreignCityZh: bx.cityZh,
          foreignCityEn: bx.cityEn,
          country: 'JPN',
          establishedOn: `${y - 35}-${String(m).padStart(2, '0')}-${String(d === 29 && m === 2 ? 28 : d).padStart(2, '0')}`,
        }),
      ),
    )
  ).id;
  await created(await bUser.post(`/api/exchanges/cities/${bIds.city}/history`, { kind: 'letter', occurredOn: today, title: bx.historyTitle }), 200);
  bIds.event = (await created(await bUser.post('/api/exchanges/events', exEvent(B.districtId, { name: bx.eventName })))).id;
  bIds.visit = (
    await created(
      await bUser.post(
        '/api/exchanges/visits',
        exVisit(B.districtId, {
          organisation: bx.visitOrg,
          headName: bx.headName,
          friendshipCityId: bIds.city,
          eventId: bIds.event,
        }),
      ),
    )
  ).id;
  for (const [path, id] of [
    ['visits', bIds.visit],
    ['events', bIds.event],
    ['cities', bIds.city],
  ] as const) {
    const { payload, headers } = upload(bx.content(path), bx.fileName);
    bIds.files.push((await created(await bUser.post(`/api/exchanges/${path}/${id}/attachments`, payload, headers))).id);
  }
  await created(await bUser.put('/api/exchanges/settings', { friendshipCityTarget: 777, dormantYears: 7, version: 0 }), 200);
  // District A's own: a visit, an event, a pair, and a visit that the city office linked to B's pair and event
  // (the city sees both districts, so it may): A's users see that visit, but not the names of B's records.
  await created(await opA.post('/api/exchanges/visits', exVisit(A.districtId, { startDate: addDays(today, 1), endDate: addDays(today, 1) })));
  await created(await opA.post('/api/exchanges/events', exEvent(A.districtId)));
  aCityId = (await created(await opA.post('/api/exchanges/cities', exCity(A.districtId)))).id;
  const cityAdmin = await signIn(ctx, 'admin', ctx.cityId);
  await created(
    await cityAdmin.post('/api/exchanges/visits', exVisit(A.districtId, { organisation: '市里代录来访团', friendshipCityId: bIds.city, eventId: bIds.event })),
  );
  aVisitCount = 2;
});
afterAll(async () => {
  await ctx?.close();
});

const bResidentIds = () => new Set(bRes.map((r) => r.id));
const bOrgIds = () => new Set<number>([B.districtId, ...B.streetIds, ...B.communityIds]);
const version = (w: Walker, v: number) => (w.insider ? 999_999 : v);
const full = (r: (typeof bRes)[number]) => {
  const { id, version: v, createdAt, updatedAt, areaPath, can, docNumberMasked, status, archiveReason, ...rest } = r as Record<string, unknown>;
  void id;
  void v;
  void createdAt;
  void updatedAt;
  void areaPath;
  void can;
  void docNumberMasked;
  void status;
  void archiveReason;
  return rest;
};

/** Every piece of district B a district-A user must never see. */
function leaksIn(text: string, json: unknown): string[] {
  const found: string[] = [];
  const secrets = [
    ...bRes.flatMap((r) => [r.docNumber, r.surname, r.givenNames, r.nameZh]),
    bUser.username,
    bVictim.username,
    labelB,
    bx.visitOrg,
    bx.headName,
    bx.eventName,
    bx.cityZh,
    bx.cityEn,
    bx.historyTitle,
    bx.fileName,
    `ATTACH-${tag}`,
  ];
  for (const s of secrets) if (text.includes(s)) found.push(`text ${s}`);
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (('docNumber' in o || 'surname' in o) && bResidentIds().has(o.id as number)) found.push(`resident ${o.id}`);
    if ('orgUnitId' in o && bOrgIds().has(o.orgUnitId as number)) found.push(`record in B unit ${o.orgUnitId}`);
    if ('username' in o && [bUser.userId, bVictim.id].includes(o.id as number)) found.push(`user ${o.id}`);
    if ('depth' in o && 'kind' in o && bOrgIds().has(o.id as number)) found.push(`org unit ${o.id}`);
    if (o.entityType === 'resident' && bResidentIds().has(Number(o.entityId))) found.push(`audit of resident ${o.entityId}`);
    if (o.entityType === 'user' && [bUser.userId, bVictim.id].includes(Number(o.entityId))) found.push(`audit of user ${o.entityId}`);
    if (o.entityType === 'job' && Number(o.entityId) === bJob) found.push(`audit of job ${o.entityId}`);
    const bExchange = { visit: bIds.visit, event: bIds.event, friendship_city: bIds.city }[String(o.entityType)];
    if (bExchange && Number(o.entityId) === bExchange) found.push(`audit of ${o.entityType} ${o.entityId}`);
    if (o.friendshipCityId === bIds.city && o.friendshipCityName) found.push(`name of B's pair on ${o.id}`);
    if (o.eventId === bIds.event && o.eventName) found.push(`name of B's event on ${o.id}`);
    if ('contentType' in o && bIds.files.includes(o.id as number)) found.push(`attachment ${o.id}`);
    Object.values(o).forEach(walk);
  };
  walk(json);
  return found;
}

const ownUserOnly = (res: LightMyRequestResponse, w: Walker) => {
  expect(json(res).user.id).toBe(w.client.userId);
};

const ROUTES: Route[] = [
  { key: 'GET /api/health', calls: () => [{ url: '/api/health', outsider: [200], insider: [200] }] },
  { key: 'GET /api/openapi.json', calls: () => [{ url: '/api/openapi.json', outsider: [200], insider: [200] }] },
  { key: 'GET /api/docs', calls: () => [{ url: '/api/docs', outsider: [200, 302], insider: [200, 302] }] },
  { key: 'GET /api/docs/static/index.html', calls: () => [{ url: '/api/docs/static/index.html', outsider: [200, 302], insider: [200, 302] }] },
  { key: 'GET /api/docs/static/swagger-initializer.js', calls: () => [{ url: '/api/docs/static/swagger-initializer.js', outsider: [200], insider: [200] }] },
  { key: 'GET /api/docs/*', calls: () => [{ url: '/api/docs/no-such-asset.js', outsider: [404], insider: [404] }] },
  { key: 'GET /api/docs/json', calls: () => [{ url: '/api/docs/json', outsider: [200], insider: [200] }] },
  { key: 'GET /api/docs/yaml', calls: () => [{ url: '/api/docs/yaml', outsider: [200], insider: [200] }] },
  {
    key: 'POST /api/auth/login',
    calls: () => [
      {
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: `nobody_${tag}_${randomBytes(3).toString('hex')}`, password: 'Wrong-pass-1' },
        outsider: [401],
        insider: [401],
      },
    ],
  },
  { key: 'GET /api/auth/me', calls: () => [{ url: '/api/auth/me', outsider: [200], insider: [200], check: ownUserOnly }] },
  {
    key: 'POST /api/auth/password',
    calls: () => [
      {
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: 'not-the-password', newPassword: 'Another-pass-123' },
        outsider: [400],
        insider: [400],
      },
    ],
  },
  {
    key: 'PUT /api/auth/locale',
    calls: () => [{ method: 'PUT', url: '/api/auth/locale', payload: { locale: 'zh-CN' }, outsider: [200], insider: [200], check: ownUserOnly }],
  },
  { key: 'GET /api/org/tree', calls: () => [{ url: '/api/org/tree', outsider: [200], insider: [200] }] },
  {
    key: 'POST /api/org/units',
    calls: () => [
      {
        method: 'POST',
        url: '/api/org/units',
        perm: 'org.manage',
        payload: { parentId: B.streetIds[0], kind: 'community', nameZh: '新社区' },
        outsider: [400],
        insider: [201],
      },
    ],
  },
  {
    key: 'PATCH /api/org/units/:id',
    calls: (w) => [
      {
        method: 'PATCH',
        url: `/api/org/units/${B.communityIds[1]}`,
        perm: 'org.manage',
        payload: { version: version(w, 1), nameZh: '改名' },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  { key: 'GET /api/users', calls: () => [{ url: '/api/users', perm: 'users.manage', outsider: [200], insider: [200] }] },
  {
    key: 'POST /api/users',
    calls: () => [
      {
        method: 'POST',
        url: '/api/users',
        perm: 'users.manage',
        payload: {
          username: `walk_${randomBytes(3).toString('hex')}`,
          displayName: 'W',
          role: 'district_operator',
          orgUnitId: B.districtId,
          password: 'Long-enough-pw-1',
        },
        outsider: [400],
        insider: [201],
      },
    ],
  },
  {
    key: 'PATCH /api/users/:id',
    calls: (w) => [
      {
        method: 'PATCH',
        url: `/api/users/${bUser.userId}`,
        perm: 'users.manage',
        payload: { version: version(w, 1), disabled: true },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: 'POST /api/users/:id/reset-password',
    calls: () => [
      {
        method: 'POST',
        url: `/api/users/${bVictim.id}/reset-password`,
        perm: 'users.manage',
        payload: { password: 'Taken-over-pw-1' },
        outsider: [404],
        insider: [200],
      },
    ],
  },
  {
    key: 'POST /api/users/:id/unlock',
    calls: () => [{ method: 'POST', url: `/api/users/${bVictim.id}/unlock`, perm: 'users.manage', outsider: [404], insider: [200] }],
  },
  {
    key: 'GET /api/audit',
    calls: () => [
      { url: '/api/audit?pageSize=200', perm: 'audit.read', outsider: [200], insider: [200] },
      {
        url: `/api/audit?entityType=resident&entityId=${bRes[0].id}`,
        perm: 'audit.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          expect(json(res).total).toBe(w.insider ? 1 : 0);
        },
      },
    ],
  },
  { key: 'GET /api/jobs/:id', calls: () => [{ url: `/api/jobs/${bJob}`, outsider: [404], insider: [404] }] },
  { key: 'GET /api/files/:id', calls: () => [{ url: `/api/files/${bFile}`, outsider: [404], insider: [404] }] },
  {
    key: 'GET /api/residents',
    calls: () => [
      ...[
        '',
        '?status=all&pageSize=200',
        `?orgUnitId=${B.districtId}&status=all`,
        `?q=${bRes[0].docNumber}`,
        `?q=QZX${tag}`,
        `?q=${encodeURIComponent(`禤${labelB}`)}`,
        '?nationality=KOR&status=all',
      ].map((qs) => ({ url: `/api/residents${qs}`, perm: 'residents.read' as const, outsider: [200], insider: [200] })),
      {
        url: `/api/residents?orgUnitId=${B.communityIds[0]}`,
        perm: 'residents.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          expect(json(res).total >= 1).toBe(w.insider);
        },
      },
    ],
  },
  {
    key: 'POST /api/residents',
    calls: () => [
      { method: 'POST', url: '/api/residents', perm: 'residents.write', payload: residentBody(B.communityIds[0]), outsider: [400], insider: [201] },
    ],
  },
  {
    key: 'GET /api/residents/export.xlsx',
    calls: () =>
      ['', '?status=all', `?orgUnitId=${B.districtId}`, `?q=${bRes[1].docNumber}`].map((qs) => ({
        url: `/api/residents/export.xlsx${qs}`,
        perm: 'residents.export' as const,
        outsider: [200],
        insider: [200],
      })),
  },
  {
    key: 'GET /api/residents/import-template.xlsx',
    calls: () => [{ url: '/api/residents/import-template.xlsx', perm: 'residents.import', outsider: [200], insider: [200] }],
  },
  {
    key: 'POST /api/residents/import',
    calls: async () => {
      const sheet = await buildWorkbook([
        ['证件号码', '国籍', '英文姓名', '区县', '街道', '社区'],
        [`WK${randomBytes(4).toString('hex')}`, '韩国', 'WALK ER', `${labelB}区`, `${labelB}甲街道`, `${labelB}一社区`],
      ]);
      const { payload, headers } = multipartFile(sheet, 'walk.xlsx');
      return [
        {
          method: 'POST',
          url: '/api/residents/import',
          payload,
          headers,
          perm: 'residents.import',
          outsider: [202],
          insider: [202],
          check: async (res, w) => {
            const job = await waitForJob(w.client, json(res).id);
            expect(job.result).toMatchObject(w.insider ? { inserted: 1, rejected: 0 } : { inserted: 0, rejected: 1 });
          },
        },
      ];
    },
  },
  {
    key: 'POST /api/residents/mrz',
    calls: () => [
      { method: 'POST', url: '/api/residents/mrz', perm: 'residents.read', payload: { text: 'P<KORNOT<A<REAL<MRZ<<<<<<<' }, outsider: [400], insider: [400] },
    ],
  },
  {
    key: 'GET /api/residents/stats',
    calls: () => [
      {
        url: '/api/residents/stats',
        perm: 'stats.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          if (!w.insider) expect(json(res).total).toBe(w.streetOnly ? aStreetCount : aCount);
        },
      },
    ],
  },
  {
    key: 'GET /api/residents/daily-report',
    calls: () => [
      {
        url: `/api/residents/daily-report?date=${today}`,
        perm: 'stats.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          if (!w.insider) expect(json(res).total).toBe(w.streetOnly ? aStreetCount : aCount);
        },
      },
    ],
  },
  {
    key: 'GET /api/residents/daily-report.xlsx',
    calls: () => [{ url: '/api/residents/daily-report.xlsx', perm: 'stats.read', outsider: [200], insider: [200] }],
  },
  {
    key: 'GET /api/residents/:id',
    calls: () => bRes.map((r) => ({ url: `/api/residents/${r.id}`, perm: 'residents.read' as const, outsider: [404], insider: [200] })),
  },
  {
    key: 'PUT /api/residents/:id',
    calls: (w) => [
      {
        method: 'PUT',
        url: `/api/residents/${bRes[0].id}`,
        perm: 'residents.write',
        payload: { ...full(bRes[0]), orgUnitId: A.communityIds[0], version: version(w, 1) },
        outsider: [404],
        insider: [400, 409],
      },
    ],
  },
  {
    key: 'POST /api/residents/:id/archive',
    calls: (w) => [
      {
        method: 'POST',
        url: `/api/residents/${bRes[1].id}/archive`,
        perm: 'residents.write',
        payload: { version: version(w, 1), reason: '越权归档' },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: 'POST /api/residents/:id/restore',
    calls: (w) => [
      {
        method: 'POST',
        url: `/api/residents/${bArchived.id}/restore`,
        perm: 'residents.write',
        payload: { version: version(w, bArchived.version) },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: 'GET /api/residents/:id/movements',
    calls: () => [{ url: `/api/residents/${bRes[0].id}/movements`, perm: 'residents.read', outsider: [404], insider: [200] }],
  },
  {
    key: 'POST /api/residents/:id/movements',
    calls: (w) => [
      {
        method: 'POST',
        url: `/api/residents/${bRes[0].id}/movements`,
        perm: 'residents.write',
        payload: { version: version(w, 1), kind: 'address_change', occurredOn: today, toOrgUnitId: A.communityIds[0] },
        outsider: [404],
        insider: [400, 409],
      },
    ],
  },
  // Exchanges: district B's visit, event and pair by id, in filters, in links and in bodies.
  ...(['visits', 'events', 'cities'] as const).flatMap((path): Route[] => {
    const id = () => ({ visits: bIds.visit, events: bIds.event, cities: bIds.city })[path];
    const body = { visits: exVisit, events: exEvent, cities: exCity }[path];
    const kind = { visits: 'visit', events: 'event', cities: 'city' }[path];
    return [
      {
        key: `GET /api/exchanges/${path}/:id`,
        calls: () => [{ url: `/api/exchanges/${path}/${id()}`, perm: 'exchanges.read', outsider: [404], insider: [200] }],
      },
      {
        key: `PUT /api/exchanges/${path}/:id`,
        calls: (w) => [
          {
            method: 'PUT',
            url: `/api/exchanges/${path}/${id()}`,
            perm: 'exchanges.write',
            payload: { ...body(A.districtId), version: version(w, 1) },
            outsider: [404],
            insider: [409],
          },
        ],
      },
      {
        key: `POST /api/exchanges/${path}/:id/archive`,
        calls: (w) => [
          {
            method: 'POST',
            url: `/api/exchanges/${path}/${id()}/archive`,
            perm: 'exchanges.write',
            payload: { version: version(w, 1), reason: '越权归档' },
            outsider: [404],
            insider: [409],
          },
        ],
      },
      {
        key: `POST /api/exchanges/${path}/:id/restore`,
        calls: (w) => [
          {
            method: 'POST',
            url: `/api/exchanges/${path}/${id()}/restore`,
            perm: 'exchanges.write',
            payload: { version: version(w, 1) },
            outsider: [404],
            insider: [409],
          },
        ],
      },
      {
        key: `POST /api/exchanges/${path}`,
        calls: () => [{ method: 'POST', url: `/api/exchanges/${path}`, perm: 'exchanges.write', payload: body(B.districtId), outsider: [400], insider: [201] }],
      },
      {
        key: `GET /api/exchanges/${path}/:id/attachments`,
        calls: () => [
          {
            url: `/api/exchanges/${path}/${id()}/attachments`,
            perm: 'exchanges.read',
            outsider: [404],
            insider: [200],
            check: (res, w) => {
              if (w.insider) expect(json(res).map((f: { name: string }) => f.name)).toContain(bx.fileName);
            },
          },
        ],
      },
      {
        key: `POST /api/exchanges/${path}/:id/attachments`,
        calls: () => {
          const { payload, headers } = upload(`walker's ${kind} file`);
          return [
            { method: 'POST', url: `/api/exchanges/${path}/${id()}/attachments`, payload, headers, perm: 'exchanges.write', outsider: [404], insider: [201] },
          ];
        },
      },
    ];
  }),
  {
    key: 'GET /api/exchanges/visits',
    calls: () => [
      ...[
        '',
        '?pageSize=200',
        `?q=${encodeURIComponent(labelB)}`,
        `?q=QHD${tag}`,
        `?orgUnitId=${B.districtId}`,
        `?friendshipCityId=${bIds.city}`,
        `?eventId=${bIds.event}`,
        '?archived=true',
        '?country=KOR',
        `?from=${today}&to=${addDays(today, 30)}`,
      ].map((qs) => ({ url: `/api/exchanges/visits${qs}`, perm: 'exchanges.read' as const, outsider: [200], insider: [200] })),
      {
        url: `/api/exchanges/visits?q=${encodeURIComponent(bx.visitOrg)}`,
        perm: 'exchanges.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          expect(json(res).total).toBe(w.insider ? 1 : 0);
        },
      },
      {
        url: '/api/exchanges/visits?pageSize=200',
        perm: 'exchanges.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          if (!w.insider) expect(json(res).total).toBe(aVisitCount);
        },
      },
    ],
  },
  {
    key: 'GET /api/exchanges/visits/upcoming',
    calls: () => [
      {
        url: '/api/exchanges/visits/upcoming?days=366',
        perm: 'exchanges.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          const ids = json(res).map((v: { id: number }) => v.id);
          expect(ids.includes(bIds.visit)).toBe(w.insider);
          if (!w.insider) expect(ids).toHaveLength(aVisitCount);
        },
      },
    ],
  },
  {
    key: 'GET /api/exchanges/visits/stats',
    calls: () => [
      {
        url: `/api/exchanges/visits/stats?from=${addDays(today, -30)}&to=${addDays(today, 30)}`,
        perm: 'exchanges.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          const s = json(res);
          if (!w.insider) expect({ batches: s.total.batches, events: s.events.count }).toEqual({ batches: aVisitCount, events: 1 });
          else expect(s.total.batches).toBeGreaterThan(aVisitCount);
        },
      },
    ],
  },
  {
    key: 'GET /api/exchanges/visits/export.xlsx',
    calls: () =>
      ['', `?orgUnitId=${B.districtId}`, `?q=${encodeURIComponent(labelB)}`, `?friendshipCityId=${bIds.city}`, '?archived=true'].map((qs) => ({
        url: `/api/exchanges/visits/export.xlsx${qs}`,
        perm: 'exchanges.export' as const,
        outsider: [200],
        insider: [200],
      })),
  },
  {
    key: 'GET /api/exchanges/events',
    calls: () =>
      ['', '?pageSize=200', `?q=${encodeURIComponent(labelB)}`, '?kind=forum', `?from=${today}`].map((qs) => ({
        url: `/api/exchanges/events${qs}`,
        perm: 'exchanges.read' as const,
        outsider: [200],
        insider: [200],
        check: (res: LightMyRequestResponse, w: Walker) => {
          expect(json(res).items.some((e: { id: number }) => e.id === bIds.event)).toBe(w.insider);
        },
      })),
  },
  {
    key: 'GET /api/exchanges/cities',
    calls: () =>
      [
        '',
        '?pageSize=200',
        `?q=${encodeURIComponent(labelB)}`,
        `?q=Qcity${tag}`,
        `?orgUnitId=${B.districtId}`,
        '?country=JPN',
        '?continent=AS',
        '?dormant=false',
        '?relationType=friendship',
      ].map((qs) => ({
        url: `/api/exchanges/cities${qs}`,
        perm: 'exchanges.read' as const,
        outsider: [200],
        insider: [200],
        check: (res: LightMyRequestResponse, w: Walker) => {
          expect(json(res).items.some((c: { id: number }) => c.id === bIds.city)).toBe(w.insider);
        },
      })),
  },
  {
    key: 'GET /api/exchanges/cities/stats',
    calls: () => [
      {
        url: '/api/exchanges/cities/stats',
        perm: 'exchanges.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          if (!w.insider) expect(json(res)).toMatchObject({ total: 1, byCountry: [{ key: 'JPN', count: 1 }], target: null });
          else expect(json(res).total).toBeGreaterThanOrEqual(2);
        },
      },
    ],
  },
  {
    key: 'GET /api/exchanges/cities/anniversaries',
    calls: () => [
      {
        url: '/api/exchanges/cities/anniversaries?withinDays=3660',
        perm: 'exchanges.read',
        outsider: [200],
        insider: [200],
        check: (res, w) => {
          const ids = json(res).map((a: { cityId: number }) => a.cityId);
          expect(ids.includes(bIds.city)).toBe(w.insider);
          if (!w.insider) expect(new Set(ids)).toEqual(new Set([aCityId]));
        },
      },
    ],
  },
  {
    key: 'GET /api/exchanges/cities/export.xlsx',
    calls: () =>
      ['', `?orgUnitId=${B.districtId}`, `?q=${encodeURIComponent(bx.cityZh)}`, '?country=JPN', '?dormant=false'].map((qs) => ({
        url: `/api/exchanges/cities/export.xlsx${qs}`,
        perm: 'exchanges.export' as const,
        outsider: [200],
        insider: [200],
        check: async (res: LightMyRequestResponse, w: Walker) => {
          expect((await xlsxText(res)).includes(bx.cityZh)).toBe(w.insider);
        },
      })),
  },
  {
    key: 'GET /api/exchanges/events/export.xlsx',
    calls: () =>
      ['', `?q=${encodeURIComponent(bx.eventName)}`, '?kind=forum', `?from=${today}`].map((qs) => ({
        url: `/api/exchanges/events/export.xlsx${qs}`,
        perm: 'exchanges.export' as const,
        outsider: [200],
        insider: [200],
      })),
  },
  {
    key: 'POST /api/exchanges/cities/import',
    calls: async () => {
      const sheet = await buildWorkbook([
        ['外国城市（中文）', '外国城市（英文）', '国家', '缔结日期', '我方'],
        [`走查导入${randomBytes(4).toString('hex')}`, 'Importville', '日本', '2010-01-01', `${labelB}区`],
      ]);
      const { payload, headers } = multipartFile(sheet, 'cities.xlsx');
      return [
        {
          method: 'POST',
          url: '/api/exchanges/cities/import',
          payload,
          headers,
          perm: 'exchanges.import',
          outsider: [202],
          insider: [202],
          check: async (res, w) => {
            const job = await waitForJob(w.client, json(res).id);
            expect(job.result).toMatchObject(w.insider ? { inserted: 1, rejected: 0 } : { inserted: 0, rejected: 1 });
          },
        },
      ];
    },
  },
  {
    key: 'GET /api/exchanges/cities/:id/history',
    calls: () => [
      {
        url: `/api/exchanges/cities/${bIds.city}/history`,
        perm: 'exchanges.read',
        outsider: [404],
        insider: [200],
        check: (res, w) => {
          if (w.insider) expect(json(res).map((h: { title: string }) => h.title)).toContain(bx.historyTitle);
        },
      },
    ],
  },
  {
    key: 'POST /api/exchanges/cities/:id/history',
    calls: () => [
      {
        method: 'POST',
        url: `/api/exchanges/cities/${bIds.city}/history`,
        perm: 'exchanges.write',
        payload: { kind: 'other', occurredOn: today, title: '越权记录' },
        outsider: [404],
        insider: [200],
      },
    ],
  },
  {
    key: 'GET /api/exchanges/settings',
    calls: () => [
      {
        url: '/api/exchanges/settings',
        perm: 'exchanges.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          expect(json(res)).toEqual({ friendshipCityTarget: null, dormantYears: 3, version: 0 });
        },
      },
    ],
  },
  {
    key: 'PUT /api/exchanges/settings',
    calls: () => [
      {
        method: 'PUT',
        url: '/api/exchanges/settings',
        perm: 'exchanges.write',
        payload: { friendshipCityTarget: 1, dormantYears: 1, version: 1 },
        outsider: [409],
        insider: [409],
      },
    ],
  },
  {
    key: 'GET /api/attachments/:id',
    calls: () =>
      bIds.files.map((id, i) => ({
        url: `/api/attachments/${id}`,
        outsider: [404],
        insider: [200],
        check: (res: LightMyRequestResponse, w: Walker) => {
          if (w.insider) expect(res.body).toBe(bx.content(['visits', 'events', 'cities'][i]));
        },
      })),
  },
  // The working-day calendar is one for the installation: everyone reads it, only the city's administrator
  // writes it (a district's administrator has the permission but not the city's scope: 403).
  { key: 'GET /api/calendar/years', calls: () => [{ url: '/api/calendar/years', outsider: [200], insider: [200] }] },
  { key: 'GET /api/calendar/years/:year', calls: () => [{ url: '/api/calendar/years/2026', outsider: [200], insider: [200] }] },
  {
    key: 'POST /api/calendar/years',
    calls: () => [
      {
        method: 'POST',
        url: '/api/calendar/years',
        perm: 'calendar.manage',
        outsider: [403],
        insider: [201, 409],
        payload: { year: 2031, documentNumber: '走查〔2030〕1号', days: [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }] },
      },
    ],
  },
  {
    key: 'PUT /api/calendar/years/:year',
    calls: () => [
      {
        method: 'PUT',
        url: '/api/calendar/years/2031',
        perm: 'calendar.manage',
        outsider: [403],
        insider: [409],
        payload: { version: 99, documentNumber: '走查〔2030〕1号', days: [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }] },
      },
    ],
  },
  {
    key: 'POST /api/calendar/years/:year/delete',
    calls: () => [
      { method: 'POST', url: '/api/calendar/years/2031/delete', perm: 'calendar.manage', payload: { version: 99 }, outsider: [403], insider: [409] },
    ],
  },
  {
    key: 'POST /api/calendar/import',
    calls: () => [
      {
        method: 'POST',
        url: '/api/calendar/import',
        perm: 'calendar.manage',
        ...multipartFile(Buffer.from('not a workbook'), 'x.xlsx'),
        outsider: [403],
        insider: [400],
      },
    ],
  },
  // Last: it ends the walker's session.
  { key: 'POST /api/auth/logout', calls: () => [{ method: 'POST', url: '/api/auth/logout', outsider: [204], insider: [204] }] },
];

async function snapshotB() {
  const [r, u, o] = await Promise.all([
    ctx.db
      .select({ id: residents.id, v: residents.version, s: residents.status, org: residents.orgUnitId, at: residents.updatedAt })
      .from(residents)
      .where(inArray(residents.id, [...bResidentIds()]))
      .orderBy(residents.id),
    ctx.db.select({ id: users.id, v: users.version, h: users.passwordHash, d: users.disabled }).from(users).where(eq(users.id, bUser.userId)),
    ctx.db
      .select({ id: orgUnits.id, v: orgUnits.version, n: orgUnits.nameZh })
      .from(orgUnits)
      .where(inArray(orgUnits.id, [...bOrgIds()]))
      .orderBy(orgUnits.id),
  ]);
  const [v, e, c, h, f, st] = await Promise.all([
    ctx.db.select().from(visits).where(eq(visits.orgUnitId, B.districtId)).orderBy(visits.id),
    ctx.db.select().from(events).where(eq(events.orgUnitId, B.districtId)).orderBy(events.id),
    ctx.db.select().from(friendshipCities).where(eq(friendshipCities.orgUnitId, B.districtId)).orderBy(friendshipCities.id),
    ctx.db.select().from(friendshipExchanges).where(eq(friendshipExchanges.friendshipCityId, bIds.city)).orderBy(friendshipExchanges.id),
    ctx.db
      .select({ id: attachments.id, owner: attachments.entityId, type: attachments.entityType, size: attachments.size })
      .from(attachments)
      .where(eq(attachments.orgUnitId, B.districtId))
      .orderBy(attachments.id),
    ctx.db.select().from(settings).where(eq(settings.orgUnitId, B.districtId)),
  ]);
  expect(v.length * e.length * c.length * h.length * st.length).toBe(1);
  expect(f).toHaveLength(3);
  return JSON.stringify({ r, u, o, v, e, c, h, f, st });
}

const walk = (w: Walker) => walkRoutes(ROUTES, w, leaksIn);

describe('scope walk', () => {
  it('the walk covers every registered /api route, and the OpenAPI document lists no other', () => {
    // A module with its own walk file (test/integration/travel-scope-walk.test.ts) walks its routes there.
    const elsewhere = walkedByTheirModule('scope-walk');
    const registered = new Set([...registeredApiRoutes(ctx.app)].filter((r) => !elsewhere(r)));
    expect(registered.size).toBeGreaterThan(30);
    expect(registered).toContain('PATCH /api/users/:id');
    const walked = new Set(ROUTES.map((r) => r.key));
    expect(
      [...registered].filter((r) => !walked.has(r)),
      'routes the walk does not cover',
    ).toEqual([]);
    expect(
      [...walked].filter((r) => !registered.has(r)),
      'walk entries for routes that do not exist',
    ).toEqual([]);
    expect([...documentedApiRoutes(ctx.app)].filter((r) => !walked.has(r) && !elsewhere(r))).toEqual([]);
  });

  it('users scoped to district A never see, read or change anything of district B', async () => {
    const before = await snapshotB();
    const walkers: Walker[] = [
      { role: 'admin', client: await signIn(ctx, 'admin', A.districtId), insider: false },
      { role: 'district_operator', client: await signIn(ctx, 'district_operator', A.districtId), insider: false },
      { role: 'street_operator', client: await signIn(ctx, 'street_operator', A.streetIds[0]), insider: false, streetOnly: true },
      { role: 'leader', client: await signIn(ctx, 'leader', A.districtId), insider: false },
    ];
    const problems = (await Promise.all(walkers.map(walk))).flat();
    expect(problems).toEqual([]);
    expect(await snapshotB()).toBe(before);
  });

  it('city-level users reach B’s records (so the ids above are real), but not other users’ jobs and files', async () => {
    const walkers: Walker[] = [
      { role: 'admin', client: await signIn(ctx, 'admin', ctx.cityId), insider: true },
      { role: 'office_staff', client: await signIn(ctx, 'office_staff', ctx.cityId), insider: true },
    ];
    const problems: string[] = [];
    for (const w of walkers) problems.push(...(await walk(w)));
    expect(problems).toEqual([]);
    const [r] = await ctx.db.select().from(residents).where(eq(residents.id, bRes[0].id));
    expect(r.version).toBe(1);
    const [bCity] = await ctx.db.select().from(friendshipCities).where(eq(friendshipCities.id, bIds.city));
    expect(bCity).toMatchObject({ version: 1, archivedAt: null, foreignCityZh: bx.cityZh });
  });
});
