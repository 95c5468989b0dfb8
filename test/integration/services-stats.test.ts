/**
 * The window's figures through HTTP against cases seeded with their dates: every count equals a recount of the rows
 * the caller may see, last year's figures come from the same period a year before, and the workbook is the same cut.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../src/server/clock';
import { CASE_KINDS } from '../../src/shared/contracts/services';
import { auditEvents } from '../../src/server/platform/platform.table';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame, readWorkbook } from '../helpers/http';
import { seedCase, type SeedCase } from '../helpers/services';
import { makeUnit } from '../helpers/travel';

let ctx: TestContext;
let A: Subtree;
let B: Subtree;
let unitA: number;
let unitA2: number;
let unitB: number;
let city: Client;
let district: Client;
let applicant: Client;
const seeded: Array<SeedCase & { orgUnitId: number }> = [];

const ok = (res: { statusCode: number; body: string; json: () => unknown }, code = 200) => {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(code);
  return res.json() as Record<string, any>;
};

beforeAll(async () => {
  ctx = await createTestContext();
  setClock('2026-07-02T10:00:00+08:00', { frozen: true });
  A = await makeSubtree(ctx);
  B = await makeSubtree(ctx);
  unitA = await makeUnit(ctx, A.districtId, '甲区商务局');
  unitA2 = await makeUnit(ctx, A.districtId, '甲区教育局');
  unitB = await makeUnit(ctx, B.districtId, '乙区商务局');
  city = await signIn(ctx, 'office_staff', ctx.cityId);
  district = await signIn(ctx, 'district_operator', A.districtId);
  applicant = await signIn(ctx, 'unit_applicant', unitA);
  const plan: SeedCase[] = [
    // This half-year: letters, documents and a batch of passports, decided on time or late.
    { kind: 'invitation', unitId: unitA, acceptedOn: '2026-01-05', decidedOn: '2026-01-09', dueOn: '2026-01-12', persons: 3, pieces: 1, countries: ['USA'] },
    {
      kind: 'invitation',
      unitId: unitA,
      acceptedOn: '2026-03-02',
      decidedOn: '2026-03-20',
      dueOn: '2026-03-13',
      persons: 2,
      pieces: 1,
      countries: ['DEU', 'FRA'],
    },
    { kind: 'invitation', unitId: unitA2, acceptedOn: '2026-06-30', persons: 5, pieces: 1, countries: ['FRA'] },
    {
      kind: 'legalization',
      unitId: unitA2,
      acceptedOn: '2026-02-02',
      decidedOn: '2026-02-04',
      dueOn: '2026-02-06',
      pieces: 40,
      persons: 1,
      countries: ['ARE'],
    },
    { kind: 'visa', unitId: unitB, acceptedOn: '2026-04-01', decidedOn: '2026-04-10', dueOn: '2026-04-15', pieces: 6, persons: 6, countries: ['JPN'] },
    { kind: 'invitation', unitId: unitB, acceptedOn: '2026-05-06', persons: 4, pieces: 1, countries: ['KOR'] },
    // Outside the period: after it, a draft, and the same half-year of 2025.
    { kind: 'invitation', unitId: unitA, acceptedOn: '2026-07-01', persons: 9, pieces: 1 },
    { kind: 'invitation', unitId: unitA, persons: 9, pieces: 1 },
    { kind: 'invitation', unitId: unitA, acceptedOn: '2025-02-10', decidedOn: '2025-02-20', dueOn: '2025-02-19', persons: 4, pieces: 1, countries: ['USA'] },
    { kind: 'legalization', unitId: unitA2, acceptedOn: '2025-06-10', pieces: 50, persons: 1 },
  ];
  for (const p of plan) {
    const row = await seedCase(ctx, { status: p.decidedOn ? 'issued' : p.acceptedOn ? 'accepted' : 'draft', ...p });
    seeded.push({ ...p, orgUnitId: row.orgUnitId });
  }
}, 60_000);
afterAll(() => ctx?.close());

/** The recount: the seeded cases of these units accepted in the period, summed by hand. */
function recount(units: number[], from: string, to: string, kind?: string) {
  const rows = seeded.filter((s) => units.includes(s.orgUnitId) && s.acceptedOn && s.acceptedOn >= from && s.acceptedOn <= to && (!kind || s.kind === kind));
  return {
    cases: rows.length,
    pieces: rows.reduce((n, r) => n + (r.pieces ?? 0), 0),
    persons: rows.reduce((n, r) => n + (r.persons ?? 0), 0),
  };
}
const H1 = 'from=2026-01-01&to=2026-06-30';

describe('the window’s figures', () => {
  it('counts every case of the caller’s tree accepted in the period, against the same half-year of 2025', async () => {
    const s = ok(await city.get(`/api/services/stats?${H1}`));
    const all = [unitA, unitA2, unitB];
    const last = recount(all, '2025-01-01', '2025-06-30');
    expect(s.total).toEqual({ ...recount(all, '2026-01-01', '2026-06-30'), prevCases: last.cases, prevPieces: last.pieces, prevPersons: last.persons });
    expect(s).toMatchObject({ previousFrom: '2025-01-01', previousTo: '2025-06-30' });
    for (const kind of CASE_KINDS)
      expect(s.byKind.find((k: { kind: string }) => k.kind === kind)).toMatchObject(recount(all, '2026-01-01', '2026-06-30', kind));
    // Decided this half-year with a due date: 4, of which the March letter was late; 3, 14, 2 and 7 working days after acceptance.
    expect(s.timeliness).toEqual({ decided: 4, onTime: 3, onTimeShare: 75, avgWorkingDays: 6.5 });
    expect(s.prevTimeliness).toMatchObject({ decided: 1, onTime: 0, onTimeShare: 0 });
    // Two cases each: the unit with the most persons first.
    expect(s.byUnit.map((u: { unitName: string; cases: number; persons: number }) => [u.unitName, u.cases, u.persons])).toEqual([
      ['乙区商务局', 2, 10],
      ['甲区教育局', 2, 6],
      ['甲区商务局', 2, 5],
    ]);
    expect(s.byCountry.find((c: { code: string }) => c.code === 'FRA')).toMatchObject({ name: '法国', cases: 2, persons: 7 });
    expect(s.sentence['zh-CN']).toBe(
      '2026年1至6月，共受理邀请函4批14人次，同比增长250.0%；办理领事认证和附加证明书1批40份，同比下降20.0%；代办因公签证1批6本，上年同期为零；按时办结率75.0%，平均办理6.5个工作日。',
    );
  });

  it('shows a district its own tree, a unit its own cases, and narrows by kind and by unit', async () => {
    const d = ok(await district.get(`/api/services/stats?${H1}`));
    expect(d.total).toMatchObject(recount([unitA, unitA2], '2026-01-01', '2026-06-30'));
    expect(JSON.stringify(d)).not.toContain('乙区');
    const u = ok(await applicant.get(`/api/services/stats?${H1}`));
    expect(u.total).toMatchObject(recount([unitA], '2026-01-01', '2026-06-30'));
    expect(ok(await city.get(`/api/services/stats?${H1}&kind=invitation`)).total).toMatchObject(
      recount([unitA, unitA2, unitB], '2026-01-01', '2026-06-30', 'invitation'),
    );
    expect(ok(await city.get(`/api/services/stats?${H1}&unitId=${unitA2}`)).total).toMatchObject(recount([unitA2], '2026-01-01', '2026-06-30'));
    expect(expectErrorFrame(await district.get(`/api/services/stats?${H1}&unitId=${unitB}`)).fields?.map((f) => f.path)).toEqual(['unitId']);
    expect(expectErrorFrame(await city.get('/api/services/stats?from=2026-06-30&to=2026-01-01')).fields?.map((f) => f.path)).toEqual(['to']);
  });

  it('takes the year so far when no period is given', async () => {
    const s = ok(await city.get('/api/services/stats'));
    expect(s).toMatchObject({ from: '2026-01-01', to: '2026-07-02' });
    expect(s.total).toMatchObject(recount([unitA, unitA2, unitB], '2026-01-01', '2026-07-02'));
  });

  it('exports the same cut as a workbook, audited', async () => {
    const res = await district.get(`/api/services/stats/export.xlsx?${H1}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const rows = await readWorkbook(res.rawPayload);
    const s = ok(await district.get(`/api/services/stats?${H1}`));
    expect(rows[2]).toEqual(['综述', s.sentence['zh-CN']]);
    expect(rows[4]).toEqual(['批次', s.total.cases, s.total.prevCases]);
    const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'serviceStats.export'));
    expect(audit).toHaveLength(1);
    expect((await applicant.get(`/api/services/stats/export.xlsx?${H1}`)).statusCode).toBe(403);
  });

  it('counts a batch moved through the workflow on its own days: accepted on a Monday, issued on the Wednesday', async () => {
    const before = ok(await city.get(`/api/services/stats?${H1}`));
    setClock('2026-05-11T10:00:00+08:00', { frozen: true });
    const unit = await signIn(ctx, 'unit_applicant', unitA);
    const office = await signIn(ctx, 'district_operator', A.districtId);
    const id = (ok(await unit.post('/api/services/cases', { kind: 'visa' }), 201) as { case: { id: number } }).case.id;
    expect((await unit.post(`/api/services/visas/${id}/passports`, { holderName: '钱七', passportNumber: 'SE1234567', country: '法国' })).statusCode).toBe(201);
    const version = async () => (ok(await office.get(`/api/services/cases/${id}`)) as { case: { version: number } }).case.version;
    ok(await unit.post(`/api/services/cases/${id}/submit`, { version: await version() }));
    ok(await office.post(`/api/services/cases/${id}/accept`, { version: await version() }));
    setClock('2026-05-13T16:00:00+08:00', { frozen: true });
    const later = await signIn(ctx, 'district_operator', A.districtId);
    ok(
      await later.post(`/api/services/cases/${id}/issue`, {
        version: (ok(await later.get(`/api/services/cases/${id}`)) as { case: { version: number } }).case.version,
      }),
    );
    setClock('2026-07-02T10:00:00+08:00', { frozen: true });
    const after = ok(await (await signIn(ctx, 'office_staff', ctx.cityId)).get(`/api/services/stats?${H1}`));
    expect(after.total.cases - before.total.cases).toBe(1);
    expect(after.byKind.find((k: { kind: string }) => k.kind === 'visa').pieces - before.byKind.find((k: { kind: string }) => k.kind === 'visa').pieces).toBe(
      1,
    );
    expect(after.timeliness.decided - before.timeliness.decided).toBe(1);
    expect(after.timeliness.onTime - before.timeliness.onTime).toBe(1);
    expect(after.byCountry.find((c: { code: string }) => c.code === 'FRA').cases).toBe(
      before.byCountry.find((c: { code: string }) => c.code === 'FRA').cases + 1,
    );
  });
});
