/**
 * The visa agency through HTTP: a unit enters its batch of official passports, links an approved trip and the
 * passports the office holds, and the window takes each passport to the embassy and back; the one-time correction
 * notice lapses after two working days; the case's figures follow the passports.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../src/server/clock';
import { visaHooks } from '../../src/server/modules/services/visa/visa.hooks';
import { travelApplications } from '../../src/server/modules/travel/travel.table';
import { auditEvents } from '../../src/server/platform/platform.table';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame } from '../helpers/http';
import { caseRow, seedTrip } from '../helpers/services';
import { makeUnit } from '../helpers/travel';

let ctx: TestContext;
let A: Subtree;
let unit: number;
let otherUnit: number;
let applicant: Client;
let applicantEn: Client;
let window: Client;
let leader: Client;

const ok = (res: { statusCode: number; body: string; json: () => unknown }, code = 200) => {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(code);
  return res.json() as Record<string, any>;
};
const passport = (over: Record<string, unknown> = {}) => ({
  holderName: '钱七',
  passportNumber: 'se1234567',
  country: '法国',
  visaType: 'official',
  papers: '签证申请表、照片、邀请函',
  ...over,
});

/** A visa batch opened by a unit's contact through the workflow (a draft). */
const openBatch = async (by: Client = applicant, kind = 'visa') => ok(await by.post('/api/services/cases', { kind }), 201).case.id as number;
/** One of the workflow's steps on the case, on its current version. */
async function caseStep(by: Client, id: number, name: string, body: Record<string, unknown> = {}) {
  const version = ok(await window.get(`/api/services/cases/${id}`)).case.version as number;
  return ok(await by.post(`/api/services/cases/${id}/${name}`, { version, ...body }));
}

beforeAll(async () => {
  ctx = await createTestContext();
  setClock('2026-12-02T10:00:00+08:00', { frozen: true }); // a Wednesday
  A = await makeSubtree(ctx);
  unit = await makeUnit(ctx, A.districtId, '甲区教育局');
  otherUnit = await makeUnit(ctx, A.districtId, '甲区卫健委');
  applicant = await signIn(ctx, 'unit_applicant', unit);
  applicantEn = await signIn(ctx, 'unit_applicant', unit, 'en-US');
  window = await signIn(ctx, 'district_operator', A.districtId);
  leader = await signIn(ctx, 'leader', ctx.cityId);
}, 60_000);
afterAll(() => ctx?.close());

describe('a batch of passports', () => {
  it('takes lines from the unit while the batch is a draft and keeps the case’s figures from them', async () => {
    const c = { id: await openBatch() };
    const url = `/api/services/visas/${c.id}/passports`;
    const first = ok(await applicant.post(url, passport()), 201);
    expect(first).toMatchObject({ passportNumber: 'SE1234567', country: 'FRA', countryName: '法国', status: 'received', can: { update: true, send: false } });
    ok(await applicant.post(url, passport({ passportNumber: 'SE7654321', country: 'Germany' })), 201);
    ok(await applicant.post(url, passport({ holderName: '孙八', passportNumber: 'SE1111111', country: 'DEU' })), 201);
    expect(await caseRow(ctx, c.id)).toMatchObject({ pieces: 3, persons: 2, countries: ['DEU', 'FRA'] });

    const bad = expectErrorFrame(await applicant.post(url, passport({ country: '纳尼亚' })));
    expect(bad.fields?.map((f) => f.path)).toContain('country');
    const badEn = expectErrorFrame(await applicantEn.post(url, passport({ passportNumber: 'SE-12 34' })), 'en-US');
    expect(badEn.fields?.map((f) => f.path)).toContain('passportNumber');

    const list = ok(await applicant.get(url)) as unknown as Array<{ id: number; version: number }>;
    expect(list).toHaveLength(3);
    const stale = await applicant.patch(`${url}/${first.id}`, { ...passport({ holderName: '钱七七' }), version: first.version + 5 });
    expect(stale.statusCode).toBe(409);
    const edited = ok(await applicant.patch(`${url}/${first.id}`, { ...passport({ holderName: '钱七七' }), version: first.version }));
    expect(edited.holderName).toBe('钱七七');
    expect(await caseRow(ctx, c.id)).toMatchObject({ persons: 3 });

    expectErrorFrame(await applicant.post(`${url}/${first.id}/archive`, { version: edited.version, reason: '' }));
    ok(await applicant.post(`${url}/${first.id}/archive`, { version: edited.version, reason: '本人取消出访' }));
    expect(await caseRow(ctx, c.id)).toMatchObject({ pieces: 2, persons: 2, countries: ['DEU'] });
    expect((ok(await applicant.get(url)) as unknown as Array<{ archived: boolean }>).filter((p) => p.archived)).toHaveLength(1);

    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'service_visa_passport'), eq(auditEvents.entityId, first.id)));
    expect(audit.map((a) => a.action)).toEqual(['visa.passport.add', 'visa.passport.update', 'visa.passport.archive']);

    await caseStep(applicant, c.id, 'submit');
    expect((await applicant.post(url, passport({ passportNumber: 'SE2222222' }))).statusCode).toBe(409);
    ok(await window.post(url, passport({ passportNumber: 'SE2222222' })), 201);
    expect((await leader.post(url, passport({ passportNumber: 'SE3333333' }))).statusCode).toBe(403);
  });

  it('does not show a unit another unit’s batch, nor another kind’s case as a visa batch', async () => {
    const theirs = await openBatch(await signIn(ctx, 'unit_applicant', otherUnit));
    expect((await applicant.get(`/api/services/visas/${theirs}/passports`)).statusCode).toBe(404);
    const invitation = await openBatch(applicant, 'invitation');
    expect((await applicant.get(`/api/services/visas/${invitation}/passports`)).statusCode).toBe(404);
  });
});

describe('linking travel', () => {
  it('offers the approved trips of the unit only, with the passports the office holds, and refuses any other', async () => {
    const mine = await seedTrip(ctx, unit);
    const draft = await seedTrip(ctx, unit, 'submitted');
    const theirs = await seedTrip(ctx, otherUnit);
    const trips = ok(await applicant.get('/api/services/visas/trips')) as unknown as Array<{ id: number; members: Array<{ travelPassportId: number | null }> }>;
    expect(trips.map((t) => t.id)).toEqual([mine.trip.id]);
    expect(trips[0].members.map((m) => m.travelPassportId)).toEqual(mine.held.map((h) => h.id));
    expect(ok(await applicant.get(`/api/services/visas/trips?q=${encodeURIComponent(mine.trip.task)}`))).toHaveLength(1);
    expect(ok(await applicant.get('/api/services/visas/trips?q=nothing-like-it'))).toHaveLength(0);

    const c = { id: await openBatch() };
    const url = `/api/services/visas/${c.id}/passports`;
    const m = mine.members[0];
    const line = (over: Record<string, unknown>) => passport({ holderName: m.name, passportNumber: m.passportNumber, ...over });
    for (const tripId of [draft.trip.id, theirs.trip.id]) {
      const res = expectErrorFrame(await applicant.post(url, line({ travelApplicationId: tripId })));
      expect(res.fields?.map((f) => f.path)).toEqual(['travelApplicationId']);
    }
    const wrongPassport = expectErrorFrame(await applicant.post(url, line({ travelApplicationId: mine.trip.id, travelPassportId: mine.held[1].id })));
    expect(wrongPassport.fields?.map((f) => f.path)).toEqual(['travelPassportId']);
    expect(expectErrorFrame(await applicant.post(url, line({ travelPassportId: theirs.held[0].id }))).fields?.map((f) => f.path)).toEqual(['travelPassportId']);
    const linked = ok(await applicant.post(url, line({ travelApplicationId: mine.trip.id, travelPassportId: mine.held[0].id })), 201);
    expect(linked).toMatchObject({ travelApplicationId: mine.trip.id, travelPassportId: mine.held[0].id });

    const row = await caseRow(ctx, c.id);
    expect(await visaHooks.submitProblems!(ctx.db, row)).toEqual([]);
    await ctx.db.update(travelApplications).set({ status: 'cancelled' }).where(eq(travelApplications.id, mine.trip.id));
    expect(await visaHooks.submitProblems!(ctx.db, row)).toEqual([
      { key: 'svc.visa.linkedTripNotApproved', params: { name: m.name }, path: 'passports.0.travelApplicationId' },
    ]);
    const empty = await caseRow(ctx, await openBatch());
    expect(await visaHooks.submitProblems!(ctx.db, empty)).toEqual([{ key: 'svc.visa.noPassport', path: 'passports' }]);
  });
});

describe('a passport’s steps', () => {
  it('goes to the embassy and back once the batch is accepted, each step on the version it was shown', async () => {
    const c = { id: await openBatch() };
    const url = `/api/services/visas/${c.id}/passports`;
    ok(await applicant.post(url, passport({ passportNumber: 'SE4444444' })), 201);
    await caseStep(applicant, c.id, 'submit');
    expect((await applicant.post(url, passport({ passportNumber: 'SE5555555' }))).statusCode).toBe(409);
    let p = ok(await window.post(url, passport({ passportNumber: 'SE5555555' })), 201);
    expect((await window.post(`${url}/${p.id}/send`, { version: p.version })).statusCode).toBe(409);
    await caseStep(window, c.id, 'accept');
    expect((await applicant.post(`${url}/${p.id}/send`, { version: p.version })).statusCode).toBe(403);
    expect(expectErrorFrame(await window.post(`${url}/${p.id}/send`, { version: p.version, on: '2026-12-03' })).fields?.map((f) => f.path)).toEqual(['on']);
    p = ok(await window.post(`${url}/${p.id}/send`, { version: p.version, on: '2026-12-01' }));
    expect(p).toMatchObject({ status: 'sent', sentOn: '2026-12-01', can: { result: true, send: false, update: false } });
    expect((await window.post(`${url}/${p.id}/send`, { version: p.version })).statusCode).toBe(409);
    expect((await window.post(`${url}/${p.id}/result`, { version: p.version - 1, outcome: 'issued' })).statusCode).toBe(409);
    expect(
      expectErrorFrame(await window.post(`${url}/${p.id}/result`, { version: p.version, outcome: 'issued', on: '2026-11-30' })).fields?.map((f) => f.path),
    ).toEqual(['on']);
    p = ok(await window.post(`${url}/${p.id}/result`, { version: p.version, outcome: 'refused', note: '材料不全' }));
    expect(p).toMatchObject({ status: 'refused', resultOn: '2026-12-02', resultNote: '材料不全' });
    expectErrorFrame(await window.post(`${url}/${p.id}/return`, { version: p.version }));
    p = ok(await window.post(`${url}/${p.id}/return`, { version: p.version, clerkName: '外事专干李某' }));
    expect(p).toMatchObject({ status: 'returned', returnedOn: '2026-12-02', clerkName: '外事专干李某', can: { return: false } });
  });

  it('records a passport not accepted only after its two working days to correct have passed uncorrected', async () => {
    setClock('2026-12-02T10:00:00+08:00', { frozen: true });
    const c = { id: await openBatch() };
    const url = `/api/services/visas/${c.id}/passports`;
    ok(await applicant.post(url, passport({ passportNumber: 'SE6666666' })), 201);
    ok(await applicant.post(url, passport({ holderName: '周九', passportNumber: 'SE7777777', country: 'ITA' })), 201);
    await caseStep(applicant, c.id, 'submit');
    await caseStep(window, c.id, 'notice', { text: '两本护照的材料需补正' });
    let [a, b] = ok(await window.get(url)) as unknown as Array<Record<string, any>>;
    expect((await applicant.post(`${url}/${a.id}/notice`, { version: a.version, note: '照片不合规格' })).statusCode).toBe(403);
    a = ok(await window.post(`${url}/${a.id}/notice`, { version: a.version, note: '照片不合规格' }));
    b = ok(await window.post(`${url}/${b.id}/notice`, { version: b.version, note: '缺邀请函' }));
    expect(a).toMatchObject({ noticedOn: '2026-12-02', correctBy: '2026-12-04', can: { notAccept: false, notice: false } });
    expect((await window.post(`${url}/${a.id}/notice`, { version: a.version, note: '再次告知' })).statusCode).toBe(409);

    // Sessions lapse over days: the same people sign in again on each later day.
    const later = async (at: string) => {
      setClock(at, { frozen: true });
      window = await signIn(ctx, 'district_operator', A.districtId);
      applicant = await signIn(ctx, 'unit_applicant', unit);
    };
    await later('2026-12-04T17:00:00+08:00');
    expect((await window.post(`${url}/${a.id}/not-accept`, { version: a.version, reason: '逾期未补正' })).statusCode).toBe(409);
    b = ok(await applicant.patch(`${url}/${b.id}`, { ...passport({ holderName: '周九', passportNumber: 'SE7777777', country: 'ITA' }), version: b.version }));
    expect(b.correctedOn).toBe('2026-12-04');

    await later('2026-12-07T09:00:00+08:00'); // the Monday after
    expect((await window.post(`${url}/${b.id}/not-accept`, { version: b.version, reason: '逾期未补正' })).statusCode).toBe(409);
    a = ok(await window.get(url)).find((p: { id: number }) => p.id === a.id);
    expect(a.can.notAccept).toBe(true);
    a = ok(await window.post(`${url}/${a.id}/not-accept`, { version: a.version, reason: '逾期未补正' }));
    expect(a).toMatchObject({ status: 'not_accepted', notAcceptedReason: '逾期未补正', can: { return: false } });
    expect(await caseRow(ctx, c.id)).toMatchObject({ pieces: 1, persons: 1, countries: ['ITA'] });
    await later('2026-12-02T10:00:00+08:00');
  });
});

describe('through the workflow', () => {
  it('submits a batch only with a passport, then the window accepts it and takes its passports to the embassy', async () => {
    setClock('2026-12-02T10:00:00+08:00', { frozen: true });
    const opened = ok(await applicant.post('/api/services/cases', { kind: 'visa', contactName: '外事专干李某', contactPhone: '0571-88888888' }), 201);
    const id = opened.case.id as number;
    const empty = expectErrorFrame(await applicant.post(`/api/services/cases/${id}/submit`, { version: opened.case.version }));
    expect(empty.fields?.map((f) => f.path)).toEqual(['passports']);
    ok(await applicant.post(`/api/services/visas/${id}/passports`, passport({ passportNumber: 'SE9090909' })), 201);
    const mine = ok(await applicant.get(`/api/services/cases/${id}`));
    expect(mine.case).toMatchObject({ pieces: 1, persons: 1, countries: ['FRA'] });
    const submitted = ok(await applicant.post(`/api/services/cases/${id}/submit`, { version: mine.case.version }));
    expect(submitted.case.status).toBe('submitted');
    const accepted = ok(await window.post(`/api/services/cases/${id}/accept`, { version: submitted.case.version }));
    expect(accepted.case.status).toBe('accepted');
    const [p] = ok(await window.get(`/api/services/visas/${id}/passports`)) as unknown as Array<{ id: number; version: number; can: { send: boolean } }>;
    expect(p.can.send).toBe(true);
    expect(ok(await window.post(`/api/services/visas/${id}/passports/${p.id}/send`, { version: p.version }))).toMatchObject({
      status: 'sent',
      sentOn: '2026-12-02',
    });
  });
});
