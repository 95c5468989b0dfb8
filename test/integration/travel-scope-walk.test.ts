/**
 * The scope walk of the outbound-travel module: every /api/travel route, walked by every role of district A
 * with district B's ids in params, filters and bodies. Nothing of B may appear in any answer (JSON, Excel
 * or Word) to a user whose scope is district A, B's ids answer 404 (403 where the role lacks the route's
 * permission), writes against B never succeed, and B's rows are the same afterwards. A unit's contact
 * sees its own unit only, not the other unit of its district. City-level users walk the same calls as
 * insiders: B's records answer them, so the ids above are real. The route list is checked against the
 * routes the app registers (test/integration/scope-walk.test.ts walks every other /api route).
 */
import { randomBytes } from 'node:crypto';
import { setClock } from '../../src/server/clock';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../../src/server/platform/platform.table';
import {
  travelApplications,
  travelPassports,
  travelPlanItems,
  travelPlans,
  travelReminders,
  travelRules,
  travelSteps,
} from '../../src/server/modules/travel/travel.table';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { multipartFile, registeredApiRoutes } from '../helpers/http';
import { makeUnit, member, tripBody } from '../helpers/travel';
import { docxText, json, walk, xlsxText, type Call, type Route, type Walker } from '../helpers/walk';

let ctx: TestContext;
let A: Subtree;
let B: Subtree;
const tag = randomBytes(3).toString('hex').toUpperCase();
const labelB = `乙${randomBytes(3).toString('hex')}`;
/** The other unit of district A: secret to A's unit contact only. */
const labelA2 = `丙${randomBytes(3).toString('hex')}`;
// The walk's records tell one story of 2026 (a June trip overdue, a December trip under way): the clock is
// set to the day it was written, so what counts as overdue is the same whenever the suite runs.
const STORY = '2026-12-02T10:00:00+08:00';
const today = '2026-12-02';
const YEAR = '?from=2026-01-01&to=2026-12-31';
const NO_UNIT = 2_147_483_000;
const NO_ITEM = 2_147_483_001;
/** Some 600 calls per walk: a loaded machine needs more than the default minute. */
const WALK_TIMEOUT = 240_000;

let unitA: number;
let unitA2: number;
let unitB: number;
let opA: Client;
let applicantA: Client;
let applicantA2: Client;
let opB: Client;
let applicantB: Client;

type Ref = { id: number; version: number };
/** District B: five applications in every state that a write could act on, a plan, two passports, reminders, a file. */
const b = {
  apps: {} as Record<'draft' | 'submitted' | 'leader' | 'approved' | 'june', Ref>,
  plan: { id: 0, version: 0 },
  item: 0,
  custody: { id: 0, version: 0 },
  issued: { id: 0, version: 0 },
  reminders: [] as number[],
  file: 0,
};
/** District A: its unit's approved, June and draft applications, A2's submitted one; plans and passports of both units. */
const a = {
  approved: 0,
  june: 0,
  draft: 0,
  a2: 0,
  plan: 0,
  a2Plan: 0,
  item: 0,
  passport: { id: 0, version: 0 },
  a2Passport: 0,
  reminder: 0,
  file: 0,
};

const bName = (i: number) => `禤${labelB}${i}`;
const bPass = (i: number) => `BQ${tag}${i}`;
const bTask = (k: string) => `${labelB}赴韩${k}任务${tag}`;
const bx = {
  inviter: `${labelB}邀请方${tag}`,
  purpose: `${labelB}洽谈目的`,
  contact: `${labelB}联络人`,
  itemTitle: `${labelB}年度计划项${tag}`,
  planNotes: `${labelB}计划说明`,
  fileName: `${labelB}邀请函.pdf`,
  content: `TRAVEL-ATTACH-${tag}`,
  reminder: `${labelB}催办${tag}`,
  comment: `${labelB}审核意见${tag}`,
  summary: `${labelB}出访报告${tag}`,
  passportNotes: `${labelB}证照备注`,
  heldBy: bName(0),
};
const a2x = { task: `${labelA2}赴日任务${tag}`, member: `禤${labelA2}成员`, itemTitle: `${labelA2}计划项`, holder: `${labelA2}持照人`, number: `AZ${tag}0` };

/** A compliant December trip (5 working days of publicity before it), of section-level members unless given. */
const decTrip = (over: Record<string, unknown> = {}) =>
  tripBody({
    departDate: '2026-12-14',
    returnDate: '2026-12-18',
    publicityStart: '2026-11-30',
    publicityEnd: '2026-12-04',
    legs: [{ country: 'KOR', city: '首尔', arriveOn: '2026-12-14', leaveOn: '2026-12-18' }],
    members: [member('甲团长', { rank: 'section', role: 'head' }), member('甲团员', { rank: 'section' })],
    ...over,
  });
const juneTrip = (over: Record<string, unknown> = {}) =>
  decTrip({
    departDate: '2026-06-08',
    returnDate: '2026-06-12',
    publicityStart: '2026-05-25',
    publicityEnd: '2026-05-29',
    legs: [{ country: 'KOR', arriveOn: '2026-06-08', leaveOn: '2026-06-12' }],
    ...over,
  });
const bMembers = (rank = 'section') =>
  [0, 1, 2].map((i) => member(bName(i), { rank, role: i ? 'member' : 'head', passportNumber: bPass(i), unitName: `${labelB}教育局` }));
const bTrip = (k: string, over: Record<string, unknown> = {}) =>
  decTrip({
    task: bTask(k),
    inviterName: bx.inviter,
    purpose: bx.purpose,
    contactName: bx.contact,
    members: bMembers(),
    ...over,
  });

const ok = (res: LightMyRequestResponse, code = 200) => {
  expect(res.statusCode, `${res.statusCode} ${res.body.slice(0, 300)}`).toBe(code);
  return res.json();
};
const upload = (content: string, name: string) => multipartFile(Buffer.from(content), name, 'application/pdf');

/** Creates, submits and (as the district) approves an application; returns it as approved. */
async function approvedTrip(applicant: Client, office: Client, body: Record<string, unknown>) {
  let app = ok(await applicant.post('/api/travel/applications', body), 201);
  app = ok(await applicant.post(`/api/travel/applications/${app.id}/submit`, { version: app.version }));
  return ok(
    await office.post(`/api/travel/applications/${app.id}/review`, {
      action: 'approve',
      version: app.version,
      comment: body.task === bTask('approved') ? bx.comment : null,
    }),
  );
}

beforeAll(async () => {
  ctx = await createTestContext();
  setClock(STORY, { frozen: true });
  A = await makeSubtree(ctx);
  B = await makeSubtree(ctx, labelB);
  unitA = await makeUnit(ctx, A.districtId, `甲区商务局${tag}`);
  unitA2 = await makeUnit(ctx, A.districtId, `${labelA2}局`);
  unitB = await makeUnit(ctx, B.districtId, `${labelB}教育局`);
  opA = await signIn(ctx, 'district_operator', A.districtId);
  applicantA = await signIn(ctx, 'unit_applicant', unitA);
  applicantA2 = await signIn(ctx, 'unit_applicant', unitA2);
  opB = await signIn(ctx, 'district_operator', B.districtId);
  applicantB = await signIn(ctx, 'unit_applicant', unitB);

  // District B.
  const plan = ok(
    await applicantB.post('/api/travel/plans', {
      year: 2026,
      notes: bx.planNotes,
      items: [{ title: bx.itemTitle, countries: ['韩国'], people: 3, days: 5, month: 12, budget: 90000 }],
    }),
    201,
  );
  b.item = plan.items[0].id;
  const approved = await approvedTrip(applicantB, opB, bTrip('approved', { planItemId: b.item }));
  expect(approved.status).toBe('approved');
  b.apps.approved = approved;
  const leader = await approvedTrip(applicantB, opB, bTrip('leader', { members: bMembers('division') }));
  expect(leader.status).toBe('leader_review');
  b.apps.leader = leader;
  const june = await approvedTrip(applicantB, opB, juneTrip({ task: bTask('june'), inviterName: bx.inviter, members: bMembers() }));
  const returned = ok(
    await applicantB.post(`/api/travel/applications/${june.id}/trip-return`, {
      version: june.version,
      actualDepart: '2026-06-08',
      actualReturn: '2026-06-12',
      actualMembers: [bName(0), bName(1)],
    }),
  );
  expect(returned.followUp.overdue).toEqual(['passports', 'report']);
  expect(
    ok(
      await opB.post('/api/travel/reminders', {
        items: [
          { applicationId: june.id, kind: 'passports' },
          { applicationId: june.id, kind: 'report' },
        ],
        message: bx.reminder,
      }),
    ),
  ).toEqual({ sent: 2 });
  b.reminders = ok(await applicantB.get('/api/travel/reminders')).items.map((r: { id: number }) => r.id);
  expect(b.reminders).toHaveLength(2);
  const submitted = ok(await applicantB.post('/api/travel/applications', bTrip('submitted')), 201);
  ok(await applicantB.post(`/api/travel/applications/${submitted.id}/submit`, { version: submitted.version }));
  const draft = ok(await applicantB.post('/api/travel/applications', bTrip('draft')), 201);
  const issued = ok(
    await opB.post('/api/travel/passports', {
      orgUnitId: unitB,
      holderName: bName(0),
      passportType: 'official',
      number: bPass(0),
      expiry: '2031-01-01',
      notes: bx.passportNotes,
    }),
    201,
  );
  ok(await opB.post(`/api/travel/passports/${issued.id}/issue`, { version: issued.version, on: '2026-12-10', to: bx.heldBy, applicationId: approved.id }));
  const custody = ok(
    await opB.post('/api/travel/passports', { orgUnitId: unitB, holderName: bName(1), passportType: 'official', number: bPass(1), expiry: '2031-01-01' }),
    201,
  );
  const { payload, headers } = upload(bx.content, bx.fileName);
  b.file = ok(await applicantB.post(`/api/travel/applications/${approved.id}/attachments`, payload, headers), 201).id;

  // District A: its unit's plan, an approved trip with a file, a June trip owing its passports and report
  // (reminded once), a draft and a passport; the other unit A2's plan, a submitted application and a passport.
  const planA = ok(
    await applicantA.post('/api/travel/plans', {
      year: 2026,
      items: [{ title: '甲区年度计划项', countries: ['韩国'], people: 2, days: 5, month: 12, budget: 50000 }],
    }),
    201,
  );
  a.plan = planA.id;
  a.item = planA.items[0].id;
  a.approved = (await approvedTrip(applicantA, opA, decTrip({ task: `甲区赴韩任务${tag}`, planItemId: a.item }))).id;
  const juneA = await approvedTrip(applicantA, opA, juneTrip({ task: `甲区六月任务${tag}` }));
  a.june = juneA.id;
  ok(
    await applicantA.post(`/api/travel/applications/${juneA.id}/trip-return`, {
      version: juneA.version,
      actualDepart: '2026-06-08',
      actualReturn: '2026-06-12',
      actualMembers: ['甲团长'],
    }),
  );
  expect(ok(await opA.post('/api/travel/reminders', { items: [{ applicationId: juneA.id, kind: 'report' }], message: '甲区催办' }))).toEqual({ sent: 1 });
  a.draft = ok(await applicantA.post('/api/travel/applications', decTrip({ task: `甲区草稿${tag}` })), 201).id;
  const passportA = ok(
    await opA.post('/api/travel/passports', { orgUnitId: unitA, holderName: '甲团长', passportType: 'official', number: `AQ${tag}0`, expiry: '2031-01-01' }),
    201,
  );
  a.passport = { id: passportA.id, version: passportA.version };
  const fileA = upload('甲区的文件', '甲区邀请函.pdf');
  a.file = ok(await applicantA.post(`/api/travel/applications/${a.approved}/attachments`, fileA.payload, fileA.headers), 201).id;
  a.a2Plan = ok(
    await applicantA2.post('/api/travel/plans', { year: 2026, items: [{ title: a2x.itemTitle, countries: ['日本'], people: 1, days: 3, budget: 1 }] }),
    201,
  ).id;
  const a2 = ok(
    await applicantA2.post(
      '/api/travel/applications',
      decTrip({
        task: a2x.task,
        members: [member(a2x.member, { rank: 'section' })],
        legs: [{ country: 'JPN', arriveOn: '2026-12-14', leaveOn: '2026-12-18' }],
      }),
    ),
    201,
  );
  a.a2 = ok(await applicantA2.post(`/api/travel/applications/${a2.id}/submit`, { version: a2.version })).id;
  a.a2Passport = ok(
    await opA.post('/api/travel/passports', { orgUnitId: unitA2, holderName: a2x.holder, passportType: 'official', number: a2x.number, expiry: '2031-01-01' }),
    201,
  ).id;

  // The versions as they stand now: outsiders write with the real ones, so a scoping bug would succeed.
  const apps = { draft, submitted, leader, approved, june };
  const rows = await ctx.db
    .select({ id: travelApplications.id, version: travelApplications.version })
    .from(travelApplications)
    .where(
      inArray(
        travelApplications.id,
        Object.values(apps).map((x) => x.id),
      ),
    );
  for (const [k, v] of Object.entries(apps)) b.apps[k as keyof typeof b.apps] = { id: v.id, version: rows.find((r) => r.id === v.id)!.version };
  const passports = await ctx.db
    .select({ id: travelPassports.id, version: travelPassports.version })
    .from(travelPassports)
    .where(inArray(travelPassports.id, [issued.id, custody.id]));
  b.issued = passports.find((p) => p.id === issued.id)!;
  b.custody = passports.find((p) => p.id === custody.id)!;
  b.plan = { id: plan.id, version: plan.version };
});
afterAll(async () => {
  await ctx?.close();
});

// What each A walker's scope holds: the district sees both of its units, the unit's contact its own unit.
const own = (w: Walker) =>
  w.unitOnly
    ? { apps: 3, plans: 1, passports: 1, applied: 2, approved: 2, reminders: 1, overdue: 2 }
    : { apps: 4, plans: 2, passports: 2, applied: 3, approved: 2, reminders: 1, overdue: 2 };
const bUnits = () => new Set<number>([B.districtId, ...B.streetIds, ...B.communityIds, unitB]);
const bAppIds = () => new Set(Object.values(b.apps).map((x) => x.id));
/** Org units, applications, plans, passports and files the walker must not see. */
const foreign = (w: Walker) => ({
  units: new Set([...bUnits(), ...(w.unitOnly ? [unitA2] : [])]),
  apps: new Set([...bAppIds(), ...(w.unitOnly ? [a.a2] : [])]),
  plans: new Set([b.plan.id, ...(w.unitOnly ? [a.a2Plan] : [])]),
  items: new Set([b.item]),
  passports: new Set([b.issued.id, b.custody.id, ...(w.unitOnly ? [a.a2Passport] : [])]),
  files: new Set([b.file]),
  reminders: new Set(b.reminders),
});

/** Every piece of district B (and, for a unit's contact, of unit A2) that an A user must never see. */
function leaksIn(text: string, body: unknown, w: Walker): string[] {
  const found: string[] = [];
  const secrets = [
    labelB,
    `BQ${tag}`,
    bx.content,
    opB.username,
    applicantB.username,
    ...[0, 1, 2].map(bName),
    ...['draft', 'submitted', 'leader', 'approved', 'june'].map(bTask),
    ...Object.values(bx),
    ...(w.unitOnly ? [labelA2, a2x.number, applicantA2.username] : []),
  ];
  for (const s of new Set(secrets)) if (text.includes(s)) found.push(`text ${s}`);
  const f = foreign(w);
  const walkJson = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach(walkJson);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if ('orgUnitId' in o && f.units.has(o.orgUnitId as number)) found.push(`record of unit ${o.orgUnitId}`);
    if ('applicationId' in o && f.apps.has(o.applicationId as number)) found.push(`reference to application ${o.applicationId}`);
    if ('task' in o && 'status' in o && f.apps.has(o.id as number)) found.push(`application ${o.id}`);
    if ('items' in o && 'year' in o && f.plans.has(o.id as number)) found.push(`plan ${o.id}`);
    if ('usedBy' in o && (o.usedBy as number[]).some((id) => f.apps.has(id))) found.push(`plan item ${o.id} used by ${o.usedBy}`);
    if ('planItemId' in o && f.items.has(o.planItemId as number)) found.push(`reference to plan item ${o.planItemId}`);
    if ('holderName' in o && f.passports.has(o.id as number)) found.push(`passport ${o.id}`);
    if ('contentType' in o && f.files.has(o.id as number)) found.push(`attachment ${o.id}`);
    if ('dueOn' in o && 'sentAt' in o && f.reminders.has(o.id as number)) found.push(`reminder ${o.id}`);
    if ('batches' in o && 'key' in o && f.units.has(Number(o.key))) found.push(`stats row of unit ${o.key}`);
    const audited = { travel_application: f.apps, travel_passport: f.passports, travel_plan: f.plans }[String(o.entityType)];
    if (audited?.has(Number(o.entityId))) found.push(`audit of ${o.entityType} ${o.entityId}`);
    Object.values(o).forEach(walkJson);
  };
  walkJson(body);
  return found;
}

const version = (w: Walker, v: number) => (w.insider ? 999_999 : v);
const total = (res: LightMyRequestResponse) => json(res).total as number;
const has = (list: Array<{ id: number }>, id: number) => list.some((x) => x.id === id);
const T = '/api/travel';
const perm = 'travel.read' as const;

/** A GET of one of B's records (404 to A, 200 to the city), of A2's (404 to A's unit contact) and of A's own (200). */
const byId =
  (path: (id: number) => string, check?: (res: LightMyRequestResponse, w: Walker, id: number) => Promise<void> | void) =>
  (w: Walker): Call[] => [
    ...Object.values(b.apps).map((x): Call => ({
      url: path(x.id),
      perm,
      outsider: [404],
      insider: [200],
      check: check && ((res, w2) => check(res, w2, x.id)),
    })),
    { url: path(a.a2), perm, outsider: w.unitOnly ? [404] : [200], insider: [200] },
    { url: path(a.approved), perm, outsider: [200], insider: [200] },
  ];

const ROUTES: Route[] = [
  { key: `GET ${T}/publicity-end`, calls: () => [{ url: `${T}/publicity-end?start=2026-11-30&days=5`, perm: 'travel.read', outsider: [200], insider: [200] }] },
  {
    key: `POST ${T}/check`,
    calls: (w) => {
      // The check of a trip "for" B's unit and B's plan item must tell an outsider nothing about B's plan:
      // it answers as it does for a unit and an item that do not exist.
      const said = (r: LightMyRequestResponse) =>
        json(r)
          .findings.map((f: { rule: string; path: string; message: string }) => `${f.rule}@${f.path}: ${f.message}`)
          .join(' / ');
      const control = (res: LightMyRequestResponse, body: Record<string, unknown>) => async () => {
        // The city may look: it is told that B's item is already taken by B's approved trip.
        if (w.insider) {
          expect(said(res)).toContain(`#${b.apps.approved.id}`);
          return;
        }
        const other = await w.client.post(`${T}/check`, body);
        expect(res.statusCode, 'B’s unit and item answered unlike a unit and an item that do not exist').toBe(other.statusCode);
        if (res.statusCode === 200) expect(said(res), 'the check tells B’s plan apart from none').toBe(said(other));
      };
      return [
        { method: 'POST', url: `${T}/check`, payload: { ...decTrip(), id: b.apps.approved.id }, perm: 'travel.read', outsider: [404], insider: [200] },
        {
          method: 'POST',
          url: `${T}/check`,
          payload: decTrip({ orgUnitId: unitB, planItemId: b.item }),
          perm: 'travel.read',
          outsider: [200, 400, 404],
          insider: [200],
          check: (res) => control(res, decTrip({ orgUnitId: NO_UNIT, planItemId: NO_ITEM }))(),
        },
        // Without a unit, the caller's own: the district and the city are not units that apply (400).
        {
          method: 'POST',
          url: `${T}/check`,
          payload: decTrip({ planItemId: b.item }),
          perm: 'travel.read',
          outsider: [200, 400],
          insider: [200, 400],
          check: async (res) => {
            if (!w.insider) await control(res, decTrip({ planItemId: NO_ITEM }))();
          },
        },
      ];
    },
  },
  {
    key: `GET ${T}/applications`,
    calls: (w) => [
      ...[
        '',
        '?todo=true',
        '?status=approved',
        '?status=draft',
        '?country=KOR',
        '?year=2026',
        `?from=2026-06-01&to=2026-12-31`,
        `?orgUnitId=${B.districtId}`,
      ].map((qs) => ({ url: `${T}/applications${qs}`, perm: 'travel.read' as const, outsider: [200], insider: [200] })),
      {
        url: `${T}/applications?pageSize=100`,
        perm: 'travel.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          if (w.insider) expect(json(res).items.filter((x: { id: number }) => bAppIds().has(x.id))).toHaveLength(5);
          else expect(total(res)).toBe(own(w).apps);
        },
      },
      ...[
        `?orgUnitId=${unitB}`,
        `?q=${encodeURIComponent(bTask('approved'))}`,
        `?q=${encodeURIComponent(bName(2))}`,
        `?q=${bPass(1)}`,
        `?q=${encodeURIComponent(bx.inviter)}`,
      ].map((qs) => ({
        url: `${T}/applications${qs}`,
        perm: 'travel.read' as const,
        outsider: [200],
        insider: [200],
        check: (res: LightMyRequestResponse) => {
          expect(total(res) > 0).toBe(w.insider);
        },
      })),
      {
        url: `${T}/applications?orgUnitId=${unitA2}`,
        perm: 'travel.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          expect(total(res)).toBe(w.unitOnly ? 0 : 1);
        },
      },
    ],
  },
  {
    key: `POST ${T}/applications`,
    calls: () => [
      { method: 'POST', url: `${T}/applications`, payload: decTrip({ orgUnitId: unitB }), perm: 'travel.apply', outsider: [400], insider: [400] },
      // A's own draft drawing on B's plan item: the item is not the unit's to use.
      { method: 'POST', url: `${T}/applications`, payload: decTrip({ planItemId: b.item }), perm: 'travel.apply', outsider: [400], insider: [400] },
    ],
  },
  {
    key: `GET ${T}/applications/:id`,
    calls: byId(
      (id) => `${T}/applications/${id}`,
      (res, w) => {
        if (w.insider) expect(json(res).orgUnitId).toBe(unitB);
      },
    ),
  },
  {
    key: `PUT ${T}/applications/:id`,
    calls: (w) => [
      {
        method: 'PUT',
        url: `${T}/applications/${b.apps.draft.id}`,
        perm: 'travel.apply',
        payload: { ...decTrip({ task: '越权修改' }), version: version(w, b.apps.draft.version) },
        outsider: [404],
        insider: [409],
      },
      // A's own draft moved onto B's plan item.
      {
        method: 'PUT',
        url: `${T}/applications/${a.draft}`,
        perm: 'travel.apply',
        payload: { ...decTrip({ task: `甲区草稿${tag}`, planItemId: b.item }), version: version(w, 1) },
        outsider: [400],
        insider: [400],
      },
    ],
  },
  {
    key: `POST ${T}/applications/:id/submit`,
    calls: (w) => [
      {
        method: 'POST',
        url: `${T}/applications/${b.apps.draft.id}/submit`,
        perm: 'travel.apply',
        payload: { version: version(w, b.apps.draft.version) },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: `POST ${T}/applications/:id/withdraw`,
    calls: (w) => [
      {
        method: 'POST',
        url: `${T}/applications/${b.apps.submitted.id}/withdraw`,
        perm: 'travel.apply',
        payload: { version: version(w, b.apps.submitted.version) },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: `POST ${T}/applications/:id/cancel`,
    calls: (w) =>
      (['draft', 'approved'] as const).map((k) => ({
        method: 'POST' as const,
        url: `${T}/applications/${b.apps[k].id}/cancel`,
        perm: 'travel.apply' as const,
        payload: { version: version(w, b.apps[k].version), reason: '越权取消' },
        outsider: [404],
        insider: [409],
      })),
  },
  {
    key: `POST ${T}/applications/:id/review`,
    calls: (w) => [
      {
        method: 'POST',
        url: `${T}/applications/${b.apps.submitted.id}/review`,
        perm: 'travel.review',
        payload: { action: 'approve', version: version(w, b.apps.submitted.version) },
        outsider: [404],
        insider: [409],
      },
      {
        method: 'POST',
        url: `${T}/applications/${b.apps.submitted.id}/review`,
        perm: 'travel.review',
        payload: { action: 'refuse', version: version(w, b.apps.submitted.version), comment: '越权退回' },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: `POST ${T}/applications/:id/decide`,
    calls: (w) => [
      {
        method: 'POST',
        url: `${T}/applications/${b.apps.leader.id}/decide`,
        perm: 'travel.approve',
        payload: { decision: 'approve', version: version(w, b.apps.leader.version) },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: `POST ${T}/applications/:id/trip-return`,
    calls: (w) => [
      {
        method: 'POST',
        url: `${T}/applications/${b.apps.approved.id}/trip-return`,
        perm: 'travel.read',
        payload: { version: version(w, b.apps.approved.version), actualDepart: '2026-12-14', actualReturn: '2026-12-18', actualMembers: [bName(0)] },
        outsider: [404],
        insider: w.role === 'leader' ? [403] : [409],
      },
    ],
  },
  {
    key: `POST ${T}/applications/:id/passports-returned`,
    calls: (w) => [
      {
        method: 'POST',
        url: `${T}/applications/${b.apps.june.id}/passports-returned`,
        perm: 'travel.review',
        payload: { version: version(w, b.apps.june.version), on: '2026-11-20' },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: `POST ${T}/applications/:id/report`,
    calls: (w) => [
      {
        method: 'POST',
        url: `${T}/applications/${b.apps.june.id}/report`,
        perm: 'travel.read',
        payload: { version: version(w, b.apps.june.version), filedOn: '2026-11-20', summary: '越权报告' },
        outsider: [404],
        insider: w.role === 'leader' ? [403] : [409],
      },
    ],
  },
  { key: `GET ${T}/applications/:id/steps`, calls: byId((id) => `${T}/applications/${id}/steps`) },
  {
    key: `GET ${T}/applications/:id/attachments`,
    calls: byId(
      (id) => `${T}/applications/${id}/attachments`,
      (res, w, id) => {
        if (w.insider && id === b.apps.approved.id) expect(json(res).map((f: { name: string }) => f.name)).toContain(bx.fileName);
      },
    ),
  },
  {
    key: `POST ${T}/applications/:id/attachments`,
    calls: (w) => {
      const { payload, headers } = upload('walker’s file', 'walk.pdf');
      return [
        {
          method: 'POST',
          url: `${T}/applications/${b.apps.approved.id}/attachments`,
          payload,
          headers,
          perm: 'travel.read',
          outsider: [404],
          insider: w.role === 'leader' ? [403] : [201],
        },
      ];
    },
  },
  ...(['publicity-notice', 'approval-form'] as const).map((doc): Route => ({
    key: `GET ${T}/applications/:id/${doc}.docx`,
    calls: byId(
      (id) => `${T}/applications/${id}/${doc}.docx`,
      async (res, w, id) => {
        // The city reads B's file: so the text taken out of the Word file is where a leak would show.
        if (w.insider && id === b.apps.approved.id) expect(await docxText(res)).toContain(bTask('approved'));
      },
    ),
  })),
  {
    key: `GET ${T}/batch-list.xlsx`,
    calls: (w) =>
      [`?from=${today}&to=${today}`, YEAR, '?from=2026-06-01&to=2026-06-30'].map((qs) => ({
        url: `${T}/batch-list.xlsx${qs}`,
        perm: 'travel.export' as const,
        outsider: [200],
        insider: [200],
        check: async (res: LightMyRequestResponse) => {
          if (qs === '?from=2026-06-01&to=2026-06-30') return;
          const text = await xlsxText(res);
          expect(text).toContain(`甲区赴韩任务${tag}`);
          expect(text.includes(bTask('approved'))).toBe(w.insider);
        },
      })),
  },
  {
    key: `GET ${T}/stats`,
    calls: (w) => [
      {
        url: `${T}/stats${YEAR}`,
        perm: 'travel.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          const s = json(res);
          if (w.insider) {
            expect(s.approved.batches.now).toBeGreaterThanOrEqual(4);
            expect(s.byUnit.map((u: { key: string }) => Number(u.key))).toContain(unitB);
            return;
          }
          expect({ applied: s.applied.batches.now, approved: s.approved.batches.now }).toEqual({ applied: own(w).applied, approved: own(w).approved });
          expect(s.byUnit.map((u: { key: string }) => Number(u.key))).toEqual([unitA]);
        },
      },
    ],
  },
  {
    key: `GET ${T}/rules`,
    calls: () => [
      {
        url: `${T}/rules`,
        perm: 'travel.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          expect(json(res).length).toBeGreaterThanOrEqual(4);
        },
      },
    ],
  },
  // Rules are one set for the installation: only an administrator of the root unit writes them.
  {
    key: `POST ${T}/rules`,
    calls: async (w) => {
      const [limits] = await ctx.db
        .select()
        .from(travelRules)
        .where(and(eq(travelRules.kind, 'limits'), eq(travelRules.effectiveFrom, '2013-10-01')));
      return [
        {
          method: 'POST',
          url: `${T}/rules`,
          perm: 'travel.rules',
          outsider: [403],
          insider: [409],
          payload: {
            kind: 'limits',
            effectiveFrom: w.insider ? limits.effectiveFrom : '2027-03-01',
            documentNumber: '越权〔2026〕1号',
            title: '越权规则',
            params: limits.params,
          },
        },
      ];
    },
  },
  {
    key: `PUT ${T}/rules/:id`,
    calls: async (w) => {
      const [limits] = await ctx.db
        .select()
        .from(travelRules)
        .where(and(eq(travelRules.kind, 'limits'), eq(travelRules.effectiveFrom, '2013-10-01')));
      return [
        {
          method: 'PUT',
          url: `${T}/rules/${limits.id}`,
          perm: 'travel.rules',
          outsider: [403],
          insider: [409],
          payload: {
            version: version(w, limits.version),
            effectiveFrom: limits.effectiveFrom,
            documentNumber: limits.documentNumber,
            title: '越权修改',
            params: { ...(limits.params as object), maxMembers: 50 },
          },
        },
      ];
    },
  },
  {
    key: `GET ${T}/plans`,
    calls: (w) => [
      ...['?year=2026', `?orgUnitId=${B.districtId}`].map((qs) => ({ url: `${T}/plans${qs}`, perm: 'travel.read' as const, outsider: [200], insider: [200] })),
      {
        url: `${T}/plans`,
        perm: 'travel.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          if (w.insider) expect(has(json(res), b.plan.id)).toBe(true);
          else expect(json(res)).toHaveLength(own(w).plans);
        },
      },
      {
        url: `${T}/plans?orgUnitId=${unitB}`,
        perm: 'travel.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          expect(json(res)).toHaveLength(w.insider ? 1 : 0);
        },
      },
    ],
  },
  {
    key: `POST ${T}/plans`,
    calls: () => [
      { method: 'POST', url: `${T}/plans`, perm: 'travel.apply', payload: { orgUnitId: unitB, year: 2027, items: [] }, outsider: [400], insider: [400] },
    ],
  },
  {
    key: `GET ${T}/plans/:id`,
    calls: (w) => [
      {
        url: `${T}/plans/${b.plan.id}`,
        perm: 'travel.read',
        outsider: [404],
        insider: [200],
        check: (res) => {
          if (w.insider) expect(json(res).items[0].title).toBe(bx.itemTitle);
        },
      },
      { url: `${T}/plans/${a.a2Plan}`, perm: 'travel.read', outsider: w.unitOnly ? [404] : [200], insider: [200] },
      { url: `${T}/plans/${a.plan}`, perm: 'travel.read', outsider: [200], insider: [200] },
    ],
  },
  {
    key: `PUT ${T}/plans/:id`,
    calls: (w) => [
      {
        method: 'PUT',
        url: `${T}/plans/${b.plan.id}`,
        perm: 'travel.apply',
        payload: { version: version(w, b.plan.version), notes: '越权', items: [{ id: b.item, title: '越权改名', countries: ['KOR'], people: 9, days: 9 }] },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: `GET ${T}/follow-up`,
    calls: (w) => [
      {
        url: `${T}/follow-up`,
        perm: 'travel.review',
        outsider: [200],
        insider: [200],
        check: (res) => {
          const ids = json(res).overdue.map((o: { applicationId: number }) => o.applicationId);
          expect(ids.includes(b.apps.june.id)).toBe(w.insider);
          if (!w.insider) expect(ids).toEqual(Array(own(w).overdue).fill(a.june));
        },
      },
    ],
  },
  {
    key: `POST ${T}/reminders`,
    calls: () => [
      {
        method: 'POST',
        url: `${T}/reminders`,
        perm: 'travel.review',
        payload: { items: [{ applicationId: b.apps.june.id, kind: 'report' }], message: '越权催办' },
        outsider: [404],
        insider: [200],
      },
    ],
  },
  {
    key: `GET ${T}/reminders`,
    calls: (w) => [
      {
        url: `${T}/reminders`,
        perm: 'travel.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          const items = json(res).items;
          if (w.insider) expect(items.map((r: { message: string }) => r.message)).toContain(bx.reminder);
          else expect(items).toHaveLength(own(w).reminders);
        },
      },
    ],
  },
  {
    key: `POST ${T}/reminders/:id/ack`,
    calls: () =>
      b.reminders.map((id) => ({ method: 'POST' as const, url: `${T}/reminders/${id}/ack`, perm: 'travel.apply' as const, outsider: [404], insider: [404] })),
  },
  {
    key: `GET ${T}/passports`,
    calls: (w) => [
      ...['?state=issued', '?state=in_custody', `?orgUnitId=${B.districtId}`, '?pageSize=100'].map((qs) => ({
        url: `${T}/passports${qs}`,
        perm: 'travel.read' as const,
        outsider: [200],
        insider: [200],
      })),
      {
        url: `${T}/passports`,
        perm: 'travel.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          if (w.insider) expect(has(json(res).items, b.issued.id)).toBe(true);
          else expect(total(res)).toBe(own(w).passports);
        },
      },
      ...[`?orgUnitId=${unitB}`, `?q=${bPass(0)}`, `?q=BQ${tag}`, `?q=${encodeURIComponent(bName(1))}`, `?q=${encodeURIComponent(bx.heldBy)}`].map((qs) => ({
        url: `${T}/passports${qs}`,
        perm: 'travel.read' as const,
        outsider: [200],
        insider: [200],
        check: (res: LightMyRequestResponse) => {
          expect(total(res) > 0).toBe(w.insider);
        },
      })),
    ],
  },
  {
    key: `POST ${T}/passports`,
    calls: () => [
      {
        method: 'POST',
        url: `${T}/passports`,
        perm: 'travel.review',
        payload: { orgUnitId: unitB, holderName: '越权登记', passportType: 'official', number: `W${randomBytes(4).toString('hex')}`, expiry: '2031-01-01' },
        outsider: [400],
        insider: [201],
      },
    ],
  },
  {
    key: `PUT ${T}/passports/:id`,
    calls: (w) => [
      {
        method: 'PUT',
        url: `${T}/passports/${b.custody.id}`,
        perm: 'travel.review',
        payload: { version: version(w, b.custody.version), holderName: '越权改名', passportType: 'official', number: bPass(1), expiry: '2032-01-01' },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  {
    key: `POST ${T}/passports/:id/issue`,
    calls: (w) => [
      {
        method: 'POST',
        url: `${T}/passports/${b.custody.id}/issue`,
        perm: 'travel.review',
        payload: { version: version(w, b.custody.version), on: today, to: '越权领用' },
        outsider: [404],
        insider: [409],
      },
      // A's own passport issued for B's trip: the link is refused before anything is written.
      {
        method: 'POST',
        url: `${T}/passports/${a.passport.id}/issue`,
        perm: 'travel.review',
        payload: { version: version(w, a.passport.version), on: today, to: '甲团长', applicationId: b.apps.approved.id },
        outsider: [400],
        insider: [409],
      },
    ],
  },
  {
    key: `POST ${T}/passports/:id/return`,
    calls: (w) => [
      {
        method: 'POST',
        url: `${T}/passports/${b.issued.id}/return`,
        perm: 'travel.review',
        payload: { version: version(w, b.issued.version), on: '2026-12-20' },
        outsider: [404],
        insider: [409],
      },
    ],
  },
  // Outside /api/travel: B's travel file by id, and the audit of B's applications.
  {
    key: 'GET /api/attachments/:id',
    calls: () => [
      {
        url: `/api/attachments/${b.file}`,
        outsider: [404],
        insider: [200],
        check: (res, w) => {
          if (w.insider) expect(res.body).toBe(bx.content);
        },
      },
    ],
  },
  {
    key: 'GET /api/audit',
    calls: (w) => [
      { url: '/api/audit?pageSize=200', perm: 'audit.read', outsider: [200], insider: [200] },
      {
        url: `/api/audit?entityType=travel_application&entityId=${b.apps.approved.id}`,
        perm: 'audit.read',
        outsider: [200],
        insider: [200],
        check: (res) => {
          expect(total(res) > 0).toBe(w.insider);
        },
      },
    ],
  },
];

async function snapshotB(sanity = false) {
  const units = [...bUnits()];
  const [apps, steps, reminders, passports, plans, items, files] = await Promise.all([
    ctx.db.select().from(travelApplications).where(inArray(travelApplications.orgUnitId, units)).orderBy(asc(travelApplications.id)),
    ctx.db.select().from(travelSteps).where(inArray(travelSteps.orgUnitId, units)).orderBy(asc(travelSteps.id)),
    ctx.db.select().from(travelReminders).where(inArray(travelReminders.orgUnitId, units)).orderBy(asc(travelReminders.id)),
    ctx.db.select().from(travelPassports).where(inArray(travelPassports.orgUnitId, units)).orderBy(asc(travelPassports.id)),
    ctx.db.select().from(travelPlans).where(inArray(travelPlans.orgUnitId, units)).orderBy(asc(travelPlans.id)),
    ctx.db.select().from(travelPlanItems).where(inArray(travelPlanItems.orgUnitId, units)).orderBy(asc(travelPlanItems.id)),
    ctx.db
      .select({ id: attachments.id, type: attachments.entityType, owner: attachments.entityId, name: attachments.name, size: attachments.size })
      .from(attachments)
      .where(inArray(attachments.orgUnitId, units))
      .orderBy(asc(attachments.id)),
  ]);
  if (sanity) {
    expect([apps.length, reminders.length, passports.length, plans.length, items.length, files.length]).toEqual([5, 2, 2, 1, 1, 1]);
    expect(steps.length).toBe(15);
  }
  // Also B's records as B sees them: a plan item drawn on, a unit's reminders and hold.
  const sorted = (plans: Array<{ items: Array<{ usedBy: number[] }> }>) =>
    plans.map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, usedBy: [...i.usedBy].sort((x, y) => x - y) })) }));
  const views = {
    plans: sorted(ok(await applicantB.get(`${T}/plans`))),
    reminders: ok(await applicantB.get(`${T}/reminders`)),
    apps: ok(await opB.get(`${T}/applications?pageSize=100`)),
  };
  return JSON.parse(JSON.stringify({ apps, steps, reminders, passports, plans, items, files, views })) as Record<string, unknown>;
}

async function walkAll(walkers: Walker[]) {
  const problems: string[] = [];
  for (const w of walkers) problems.push(...(await walk(ROUTES, w, leaksIn)));
  return problems;
}

describe('travel scope walk', () => {
  it('walks every registered /api/travel route, and names no route that does not exist', () => {
    const registered = registeredApiRoutes(ctx.app);
    const travel = [...registered].filter((r) => /^(GET|POST|PUT|PATCH|DELETE) \/api\/travel\//.test(r));
    expect(travel.length).toBeGreaterThanOrEqual(37);
    const walked = new Set(ROUTES.map((r) => r.key));
    expect(
      travel.filter((r) => !walked.has(r)),
      'travel routes the walk does not cover',
    ).toEqual([]);
    expect(
      [...walked].filter((r) => !registered.has(r)),
      'walk entries for routes that do not exist',
    ).toEqual([]);
  });

  it(
    'users of district A never see, read or change anything of district B',
    async () => {
      const before = await snapshotB(true);
      const walkers: Walker[] = [
        { role: 'admin', client: await signIn(ctx, 'admin', A.districtId), insider: false },
        { role: 'district_operator', client: await signIn(ctx, 'district_operator', A.districtId), insider: false },
        { role: 'leader', client: await signIn(ctx, 'leader', A.districtId), insider: false },
        {
          role: 'street_operator',
          client: await signIn(ctx, 'street_operator', A.streetIds[0]),
          insider: false,
          streetOnly: true,
          label: 'street_operator@A-street',
        },
        { role: 'unit_applicant', client: await signIn(ctx, 'unit_applicant', unitA), insider: false, unitOnly: true, label: 'unit_applicant@A-unit' },
      ];
      expect.soft(await walkAll(walkers)).toEqual([]);
      const after = await snapshotB();
      for (const k of Object.keys(before)) expect.soft(after[k], `B's ${k} changed`).toEqual(before[k]);
    },
    WALK_TIMEOUT,
  );

  it('a unit’s contact sees its own unit only, not the other unit of its district', async () => {
    const contact = await signIn(ctx, 'unit_applicant', unitA);
    expect((await contact.get(`${T}/applications/${a.a2}`)).statusCode).toBe(404);
    expect((await contact.get(`${T}/applications/${a.a2}/steps`)).statusCode).toBe(404);
    expect((await contact.get(`${T}/plans/${a.a2Plan}`)).statusCode).toBe(404);
    const list = ok(await contact.get(`${T}/applications?pageSize=100`));
    expect(list.total).toBeGreaterThanOrEqual(own({ unitOnly: true } as Walker).apps);
    expect(new Set(list.items.map((x: { orgUnitId: number }) => x.orgUnitId))).toEqual(new Set([unitA]));
    expect(ok(await contact.get(`${T}/passports?q=${a2x.number}`)).total).toBe(0);
    expect(ok(await contact.get(`${T}/plans`)).map((p: { orgUnitId: number }) => p.orgUnitId)).toEqual([unitA]);
    // The district sees both units.
    expect(ok(await opA.get(`${T}/applications/${a.a2}`)).task).toBe(a2x.task);
  });

  it(
    'city-level users reach B’s records (so the ids above are real), and only the root administrator writes rules',
    async () => {
      const walkers: Walker[] = [
        { role: 'admin', client: await signIn(ctx, 'admin', ctx.cityId), insider: true },
        { role: 'office_staff', client: await signIn(ctx, 'office_staff', ctx.cityId), insider: true },
        { role: 'leader', client: await signIn(ctx, 'leader', ctx.cityId), insider: true },
      ];
      expect(await walkAll(walkers)).toEqual([]);
      const [approved] = await ctx.db
        .select()
        .from(travelApplications)
        .where(inArray(travelApplications.id, [b.apps.approved.id]));
      expect(approved).toMatchObject({ status: 'approved', version: b.apps.approved.version, actualReturn: null, task: bTask('approved') });
    },
    WALK_TIMEOUT,
  );

  // Last: if the server let it through, the application it made would change the counts above.
  it('a unit draws only on its own plan’s items, not on another district’s or another unit’s', async () => {
    for (const [who, client, item] of [
      ['B on A', applicantB, a.item],
      ['A2 on A', applicantA2, a.item],
      ['A on B', applicantA, b.item],
    ] as const) {
      const res = await client.post(`${T}/applications`, decTrip({ task: `借用计划项${who}`, planItemId: item }));
      expect.soft(res.statusCode, `${who}: ${res.body.slice(0, 200)}`).toBe(400);
    }
    expect.soft(ok(await opA.get(`${T}/plans/${a.plan}`)).items[0].usedBy, 'A’s plan item as A sees it').toEqual([a.approved]);
    expect(ok(await opB.get(`${T}/plans/${b.plan.id}`)).items[0].usedBy, 'B’s plan item as B sees it').toEqual([b.apps.approved.id]);
  });
});
