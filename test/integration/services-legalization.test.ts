/**
 * Legalization and Apostille through HTTP on a real database: the table of states as data, a case's documents with
 * their route and fee, the figures, the register and its numbers, and the public check of an issued number.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../src/server/clock';
import { serviceCases } from '../../src/server/modules/services/cases/cases.table';
import { legalizationHooks } from '../../src/server/modules/services/legalization/legalization.hooks';
import { createTestContext, makeSubtree, signIn, type Client, type TestContext } from '../helpers/app';
import { makeUnit } from '../helpers/travel';
import { xlsxText } from '../helpers/walk';
import { issueThroughWindow, itemBody, openLegalization, step, submitAndAccept } from '../helpers/legalization';

let ctx: TestContext;
let staff: Client;
let applicant: Client;
let otherApplicant: Client;
let operator: Client;
let unit: number;
// Friday 4 December 2026: the window's day every test tells (sessions live within it, so the clock stays on it).
const STORY = '2026-12-04T10:00:00+08:00';

beforeAll(async () => {
  ctx = await createTestContext();
  setClock(STORY, { frozen: true });
  const A = await makeSubtree(ctx);
  unit = await makeUnit(ctx, A.districtId, '甲区教育局');
  const unit2 = await makeUnit(ctx, A.districtId, '甲区卫健委');
  staff = await signIn(ctx, 'office_staff', ctx.cityId);
  applicant = await signIn(ctx, 'unit_applicant', unit);
  otherApplicant = await signIn(ctx, 'unit_applicant', unit2);
  operator = await signIn(ctx, 'district_operator', A.districtId, 'en-US');
});
afterAll(() => ctx.close());

const base = '/api/services/legalizations';
const caseRow = async (id: number) => (await ctx.db.select().from(serviceCases).where(eq(serviceCases.id, id)))[0]!;

describe('the table of states', () => {
  it('ships the Convention’s states with China from the code, with sources, and the office edits a row with its version', async () => {
    const states = (await staff.get('/api/services/legalization/states')).json() as Array<Record<string, unknown>>;
    const of = (iso3: string) => states.find((s) => s.iso3 === iso3)!;
    expect(of('DEU')).toMatchObject({ apostilleFrom: '2023-11-07', objection: false, edited: false, version: 0 });
    expect(of('CAN').apostilleFrom).toBe('2024-01-11');
    expect(of('IND')).toMatchObject({ objection: true, embassyStep: true });
    expect(of('EGY')).toMatchObject({ apostilleFrom: null, embassyStep: true });
    expect(String(of('DEU').source)).toContain('hcch.net');

    const body = { apostilleFrom: '2027-01-01', objection: false, embassyStep: true, note: '假设的加入', source: '外交部公告（测试）', version: 0 };
    expect((await operator.put('/api/services/legalization/states/VNM', body)).statusCode).toBe(403);
    const saved = await staff.put('/api/services/legalization/states/VNM', body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ iso3: 'VNM', apostilleFrom: '2027-01-01', edited: true, version: 1 });
    const stale = await staff.put('/api/services/legalization/states/VNM', body);
    expect(stale.statusCode).toBe(409);
    const again = await staff.put('/api/services/legalization/states/vnm', { ...body, apostilleFrom: null, version: 1 });
    expect(again.json()).toMatchObject({ apostilleFrom: null, version: 2 });
  });

  it('refuses an unknown country and a missing source in both languages', async () => {
    const body = { apostilleFrom: null, objection: false, embassyStep: true, source: 'x', version: 0 };
    const zh = await staff.put('/api/services/legalization/states/XYZ', { ...body, source: '来源' });
    expect(zh.statusCode).toBe(400);
    expect(zh.body).toContain('ISO');
    const en = await (await signIn(ctx, 'office_staff', ctx.cityId, 'en-US')).put('/api/services/legalization/states/FRA', body);
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('source');
    // A document's field is named as the office names it, in the caller's language.
    const item = await operator.post(`${base}/1/items`, itemBody({ countryOfUse: 'XYZ', pieces: 0 }));
    expect(item.statusCode).toBe(400);
    expect(
      item.json().fields.map((f: { path: string; message: string }) => [f.path, f.message.includes('Country of use') || f.message.includes('Pieces')]),
    ).toEqual([
      ['countryOfUse', true],
      ['pieces', true],
    ]);
  });
});

describe('a case’s documents', () => {
  it('gives each document its route on the day it is handed in, its fee by category and urgency, and keeps the figures', async () => {
    const id = await openLegalization(applicant);
    const added = await applicant.post(`${base}/${id}/items`, itemBody({ holderName: '张三', pieces: 2 }));
    expect(added.statusCode, added.body).toBe(201);
    await applicant.post(`${base}/${id}/items`, itemBody({ docType: 'company_licence', countryOfUse: 'IND', holderName: null, issuer: '市场监管局' }));
    await applicant.post(`${base}/${id}/items`, itemBody({ docType: 'diploma', countryOfUse: 'EGY', holderName: ' 张三 ', notarized: true }));
    const { items, can } = (await applicant.get(`${base}/${id}/items`)).json();
    expect(can.add).toBe(true);
    expect(items.map((i: Record<string, unknown>) => [i.countryOfUse, i.route, i.routeReason, i.embassyStep, i.category, i.fee])).toEqual([
      ['DEU', 'apostille', 'in_force', false, 'civil', 50],
      ['IND', 'legalization', 'objection', true, 'commercial', 100],
      ['EGY', 'legalization', 'not_a_party', true, 'civil', 50],
    ]);
    const row = await caseRow(id);
    expect([row.pieces, row.persons, row.countries]).toEqual([4, 1, ['DEU', 'EGY', 'IND']]);
    const summary = (await applicant.get(`${base}/${id}/fees`)).json();
    expect(summary).toMatchObject({ urgency: 'normal', total: 200, readyOn: null });

    // Archived with a reason, the document leaves the list and the figures.
    const first = items[0];
    expect((await applicant.post(`${base}/${id}/items/${first.id}/archive`, { version: first.version, reason: 'x' })).statusCode).toBe(400);
    const archived = await applicant.post(`${base}/${id}/items/${first.id}/archive`, { version: first.version, reason: '重复登记' });
    expect(archived.json().items).toHaveLength(2);
    expect((await caseRow(id)).pieces).toBe(2);
  });

  it('decides the route on the date the case was handed in: the day before Canada’s entry into force, legalization; the day, Apostille', async () => {
    const routeHandedInOn = async (day: string) => {
      setClock(`${day}T10:00:00+08:00`, { frozen: true });
      const id = await openLegalization(staff, { personName: '李四' });
      await staff.post(`${base}/${id}/items`, itemBody({ countryOfUse: 'CAN', issuedOn: '2023-12-01' }));
      await step(staff, id, 'submit');
      setClock(STORY, { frozen: true });
      return (await staff.get(`${base}/${id}/items`)).json().items[0].route;
    };
    expect(await routeHandedInOn('2024-01-10')).toBe('legalization');
    expect(await routeHandedInOn('2024-01-11')).toBe('apostille');
  });

  it('charges the urgent fee, follows the office’s fee table, and says when the result is ready (4th / 2nd working day)', async () => {
    const id = await openLegalization(applicant, { urgency: 'urgent' });
    await applicant.post(`${base}/${id}/items`, itemBody());
    await applicant.post(`${base}/${id}/items`, itemBody({ docType: 'commercial_invoice' }));
    expect((await applicant.get(`${base}/${id}/fees`)).json().total).toBe(250);
    const fees = (await staff.get('/api/services/legalization/fees')).json();
    const civilUrgent = fees.find((f: Record<string, unknown>) => f.category === 'civil' && f.urgency === 'urgent');
    expect(civilUrgent).toMatchObject({ amount: 100, version: 0 });
    const saved = await staff.put('/api/services/legalization/fees', { fees: [{ category: 'civil', urgency: 'urgent', amount: 120, version: 0 }] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await staff.put('/api/services/legalization/fees', { fees: [{ category: 'civil', urgency: 'urgent', amount: 130, version: 0 }] })).statusCode).toBe(
      409,
    );
    expect((await applicant.get(`${base}/${id}/fees`)).json().total).toBe(270);
    await staff.put('/api/services/legalization/fees', { fees: [{ category: 'civil', urgency: 'urgent', amount: 100, version: 1 }] });

    // Accepted on Friday 4 December 2026: urgent ready on Tuesday the 8th; normal on Thursday the 10th.
    await submitAndAccept(applicant, staff, id);
    const normal = await openLegalization(applicant);
    await applicant.post(`${base}/${normal}/items`, itemBody());
    expect((await staff.get(`${base}/${normal}/fees`)).json().readyOn).toBeNull();
    await submitAndAccept(applicant, staff, normal);
    expect((await staff.get(`${base}/${id}/fees`)).json().readyOn).toBe('2026-12-08');
    expect((await staff.get(`${base}/${normal}/fees`)).json().readyOn).toBe('2026-12-10');
  });

  it('lists every problem at submission: no document; a diploma not notarized', async () => {
    const empty = await openLegalization(applicant);
    expect((await legalizationHooks.submitProblems!(ctx.db, await caseRow(empty))).map((p) => p.key)).toEqual(['svc.legalization.noItem']);
    const id = await openLegalization(applicant);
    await applicant.post(`${base}/${id}/items`, itemBody({ docType: 'diploma', notarized: false }));
    await applicant.post(`${base}/${id}/items`, itemBody({ docType: 'power_of_attorney', notarized: false }));
    await applicant.post(`${base}/${id}/items`, itemBody());
    const problems = await legalizationHooks.submitProblems!(ctx.db, await caseRow(id));
    expect(problems.map((p) => [p.key, p.params?.n])).toEqual([
      ['svc.legalization.notNotarized', 1],
      ['svc.legalization.notNotarized', 2],
    ]);
  });

  it('holds the documents to the case’s status, its version and its unit', async () => {
    const id = await openLegalization(applicant);
    const { items } = (await applicant.post(`${base}/${id}/items`, itemBody())).json();
    const item = items[0];
    expect((await otherApplicant.get(`${base}/${id}/items`)).statusCode).toBe(404);
    expect((await otherApplicant.post(`${base}/${id}/items`, itemBody())).statusCode).toBe(404);
    const changed = await applicant.patch(`${base}/${id}/items/${item.id}`, { version: item.version, pieces: 3 });
    expect(changed.json().items[0]).toMatchObject({ pieces: 3, notarized: false });
    expect((await applicant.patch(`${base}/${id}/items/${item.id}`, { version: item.version, pieces: 4 })).statusCode).toBe(409);
    const future = await applicant.patch(`${base}/${id}/items/${item.id}`, { version: item.version + 1, issuedOn: '2026-12-05' });
    expect(future.statusCode).toBe(400);
    await step(applicant, id, 'submit');
    const locked = await applicant.post(`${base}/${id}/items`, itemBody());
    expect(locked.statusCode).toBe(409);
    expect((await applicant.get(`${base}/${id}/items`)).json().can.add).toBe(false);
    expect((await staff.get(`${base}/${id}/items`)).json().can.add).toBe(true);
  });
});

describe('the register and its public check', () => {
  it('numbers each issued document per route and year, lists and exports the register, and anyone checks a number', async () => {
    const id = await openLegalization(applicant);
    await applicant.post(`${base}/${id}/items`, itemBody({ issuer: '机密公证处', holderName: '王秘密' }));
    await applicant.post(`${base}/${id}/items`, itemBody({ countryOfUse: 'VNM', docType: 'no_criminal_record' }));
    const { number: caseNumber } = await issueThroughWindow(applicant, staff, id);
    const id2 = await openLegalization(applicant);
    await applicant.post(`${base}/${id2}/items`, itemBody({ countryOfUse: 'JPN' }));
    await issueThroughWindow(applicant, staff, id2);

    const numbers = (await applicant.get(`${base}/${id}/items`)).json().items.map((i: Record<string, unknown>) => i.registerNumber);
    expect(numbers).toEqual(['A2026-000001', 'L2026-000001']);
    const register = (await staff.get('/api/services/legalization/register')).json();
    expect(register.map((r: Record<string, unknown>) => r.number)).toEqual(['A2026-000002', 'L2026-000001', 'A2026-000001']);
    expect(register[2]).toMatchObject({ issuedOn: '2026-12-04', signerCapacity: '领事认证签署官员', caseNumber, issuer: '机密公证处' });
    expect((await staff.get('/api/services/legalization/register?route=legalization')).json()).toHaveLength(1);
    expect((await staff.get('/api/services/legalization/register?country=JPN')).json()).toHaveLength(1);
    expect((await staff.get(`/api/services/legalization/register?q=${caseNumber}`)).json()).toHaveLength(2);
    expect((await otherApplicant.get('/api/services/legalization/register')).json()).toEqual([]);
    const sheet = await staff.get('/api/services/legalization/register/export.xlsx?route=apostille');
    expect(sheet.statusCode).toBe(200);
    const text = await xlsxText(sheet);
    expect(text).toContain('A2026-000002');
    expect(text).not.toContain('L2026-000001');

    // The public check: no sign-in, only what the register shows.
    const pub = await ctx.app.inject({ method: 'GET', url: '/api/services/public/apostilles/a2026-000001' });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(Object.keys(pub.json()).sort()).toEqual(['authority', 'issuedOn', 'number', 'route', 'signerCapacity', 'signerName']);
    expect(pub.json()).toMatchObject({ number: 'A2026-000001', route: 'apostille', issuedOn: '2026-12-04' });
    for (const secret of ['机密公证处', '王秘密', '甲区教育局', caseNumber!, 'DEU']) expect(pub.body).not.toContain(secret);
    const en = await ctx.app.inject({ method: 'GET', url: '/api/services/public/apostilles/A2026-000001', headers: { 'accept-language': 'en' } });
    expect(en.json().signerCapacity).toBe('Authentication officer');

    const unknownZh = await ctx.app.inject({ method: 'GET', url: '/api/services/public/apostilles/A2026-999999' });
    expect(unknownZh.statusCode).toBe(404);
    expect(unknownZh.json().message).toContain('未查到');
    const unknownEn = await ctx.app.inject({ method: 'GET', url: '/api/services/public/apostilles/A2026-999999', headers: { 'accept-language': 'en-US' } });
    expect(unknownEn.json().message).toContain('No Apostille');
    const malformed = await ctx.app.inject({ method: 'GET', url: '/api/services/public/apostilles/12345' });
    expect(malformed.statusCode).toBe(400);
  });

  it('limits how often one network may ask', async () => {
    const ask = () => ctx.app.inject({ method: 'GET', url: '/api/services/public/apostilles/L2026-000777', remoteAddress: '203.0.113.9' });
    const codes: number[] = [];
    for (let i = 0; i < 62; i++) codes.push((await ask()).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 404)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});

describe('through the window’s workflow', () => {
  it('opens a case, refuses a submission listing every problem, and on issue enters each document into the register', async () => {
    const opened = await applicant.post('/api/services/cases', { kind: 'legalization', contactName: '王老师', contactPhone: '13800000000' });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().case.id as number;
    const version = async () => (await staff.get(`/api/services/cases/${id}`)).json().case.version as number;
    const empty = await applicant.post(`/api/services/cases/${id}/submit`, { version: await version() });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('请至少登记一份');
    await applicant.post(`${base}/${id}/items`, itemBody({ docType: 'diploma', notarized: false, countryOfUse: 'KOR' }));
    await applicant.post(`${base}/${id}/items`, itemBody({ countryOfUse: 'THA' }));
    const refused = await applicant.post(`/api/services/cases/${id}/submit`, { version: await version() });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.map((f: { path: string }) => f.path)).toEqual(['items.0.notarized']);
    const diploma = (await applicant.get(`${base}/${id}/items`)).json().items[0];
    await applicant.patch(`${base}/${id}/items/${diploma.id}`, { version: diploma.version, notarized: true });
    const submitted = await applicant.post(`/api/services/cases/${id}/submit`, { version: await version() });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await applicant.post(`${base}/${id}/items`, itemBody())).statusCode).toBe(409);
    expect((await staff.post(`/api/services/cases/${id}/accept`, { version: await version() })).statusCode).toBe(200);
    const issued = await staff.post(`/api/services/cases/${id}/issue`, { version: await version() });
    expect(issued.statusCode, issued.body).toBe(200);
    const items = (await applicant.get(`${base}/${id}/items`)).json().items;
    expect(items.map((i: Record<string, unknown>) => [i.countryOfUse, i.route, String(i.registerNumber).slice(0, 5)])).toEqual([
      ['KOR', 'apostille', 'A2026'],
      ['THA', 'legalization', 'L2026'],
    ]);
    const [a] = (await staff.get(`/api/services/legalization/register?q=${items[0].registerNumber}`)).json();
    expect(a).toMatchObject({ caseId: id, applicantName: '甲区教育局', caseNumber: submitted.json().case.number });
    expect((await staff.get(`/api/services/cases/${id}`)).json().case).toMatchObject({ pieces: 2, countries: ['KOR', 'THA'] });
  });

  it('answers 404 for a case of another kind', async () => {
    const other = await applicant.post('/api/services/cases', { kind: 'invitation' });
    expect(other.statusCode, other.body).toBe(201);
    expect((await applicant.get(`${base}/${other.json().case.id}/items`)).statusCode).toBe(404);
  });
});
