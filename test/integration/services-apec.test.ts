/**
 * The APEC card through HTTP: the city's conditions and a unit's filing, the applicants and what stops their
 * submission, the Ministry's decision and fee, the economies, the card's validity, custody, replacement, reissue,
 * cancellation and the register with its export.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../src/server/clock';
import { apecHooks } from '../../src/server/modules/services/apec/apec.hooks';
import { serviceCases } from '../../src/server/modules/services/cases/cases.table';
import { auditEvents } from '../../src/server/platform/platform.table';
import { PRECLEARING_ECONOMIES } from '../../src/shared/contracts/services-apec';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame, multipartFile, readWorkbook } from '../helpers/http';
import { makeUnit } from '../helpers/travel';
import { applicantBody, filingBody, forward, openApecCase, P } from './services-walks/apec-fixtures';
import { ok } from './services-walks/world';

let ctx: TestContext;
let A: Subtree;
let unit: number;
let otherUnit: number;
let applicant: Client;
let otherApplicant: Client;
let staff: Client;
let district: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  setClock('2026-12-02T10:00:00+08:00', { frozen: true });
  A = await makeSubtree(ctx);
  unit = await makeUnit(ctx, A.districtId, '常州某贸易有限公司');
  otherUnit = await makeUnit(ctx, A.districtId, '另一家公司');
  applicant = await signIn(ctx, 'unit_applicant', unit);
  otherApplicant = await signIn(ctx, 'unit_applicant', otherUnit, 'en-US');
  staff = await signIn(ctx, 'office_staff', ctx.cityId);
  district = await signIn(ctx, 'district_operator', A.districtId);
}, 120_000);
afterAll(() => ctx?.close());

async function problemsOf(caseId: number): Promise<string[]> {
  const [row] = await ctx.db.select().from(serviceCases).where(eq(serviceCases.id, caseId));
  return (await apecHooks.submitProblems!(ctx.db, row!)).map((p) => p.key);
}

describe('conditions and filings', () => {
  it("checks a unit's filing against 常州's defaults, then against the city's own conditions", async () => {
    const defaults = ok(await staff.get(`${P}/conditions`));
    expect(defaults).toMatchObject({ minStaff: 5, minTradeYuan: 500000, customsRequired: true, allowedTaxGrades: ['A', 'B', 'M'], version: 0 });
    const filed = ok(await applicant.put(`${P}/filings/${unit}`, filingBody({ staffCount: 4, customsRegistered: false, taxGrade: 'C' })));
    expect(filed.unmet.map((u: { key: string }) => u.key)).toEqual(['svc.apec.unmet.staff', 'svc.apec.unmet.customs', 'svc.apec.unmet.taxGrade']);
    expect(filed.unmet[0].message).toContain('4');

    // 深圳's thresholds: ≥30 staff, ≥300k yuan tax; the unit's district keeps none, so the city's apply.
    const sz = { minStaff: 30, minTradeYuan: null, customsRequired: false, allowedTaxGrades: [], minTaxYuan: 300000, source: '深圳' };
    const saved = ok(await staff.put(`${P}/conditions`, { ...sz, version: 0 }));
    expect(saved.version).toBe(1);
    expect(expectErrorFrame(await staff.put(`${P}/conditions`, { ...sz, version: 0 }), 'zh-CN').statusCode).toBe(409);
    const view = ok(await district.get(`${P}/filings/${unit}`));
    expect(view.unmet.map((u: { key: string }) => u.key)).toEqual(['svc.apec.unmet.staff']);
    // At the threshold itself the condition is met.
    ok(await staff.put(`${P}/conditions`, { ...sz, minStaff: 4, version: 1 }));
    expect(ok(await applicant.get(`${P}/filings/${unit}`)).unmet).toEqual([]);
  });

  it('refuses a stale version and keeps a unit out of another unit’s filing', async () => {
    const now = ok(await applicant.get(`${P}/filings/${unit}`));
    expect(expectErrorFrame(await applicant.put(`${P}/filings/${unit}`, filingBody({ version: now.filing.version - 1 })), 'zh-CN').statusCode).toBe(409);
    expect((await otherApplicant.get(`${P}/filings/${unit}`)).statusCode).toBe(404);
    expect((await otherApplicant.put(`${P}/filings/${unit}`, filingBody({ version: now.filing.version }))).statusCode).toBe(404);
    const list = ok(await district.get(`${P}/filings`));
    expect(list.map((f: { unitId: number }) => f.unitId)).toContain(unit);
  });
});

describe('an application', () => {
  let caseId: number;
  let applicantId: number;

  it('stops submission on every problem at once, and counts each applicant as a piece and a person', async () => {
    const other = await openApecCase(otherApplicant);
    expect(await problemsOf(other)).toEqual(['svc.apec.noFiling', 'svc.apec.noApplicant']);

    caseId = await openApecCase(applicant);
    // Today is 2026-12-02: a passport to 2028-12-01 is a day short of two years; a certificate of 2026-06-01 is too old.
    const short = ok(
      await applicant.post(`${P}/${caseId}/applicants`, applicantBody('王一', { passportExpiry: '2028-12-01', noCriminalCertOn: '2026-06-01' })),
      201,
    );
    expect(short.applicants[0].problems).toHaveLength(2);
    expect(await problemsOf(caseId)).toEqual(['svc.apec.passportTooShort', 'svc.apec.certTooOld']);
    // The workflow's submission (the enterprise's review) stops on them, every one named.
    const version = ok(await applicant.get(`/api/services/cases/${caseId}`)).case.version;
    const refused = expectErrorFrame(await applicant.post(`/api/services/cases/${caseId}/submit`, { version }), 'zh-CN');
    expect(refused.code).toBe('svc.case.submitProblems');
    expect(refused.fields?.map((f) => f.path)).toEqual(['applicants.0', 'applicants.0']);
    expect(refused.fields?.[0]?.message).toContain('王一');
    const fixed = ok(
      await applicant.put(`${P}/${caseId}/applicants/${short.applicants[0].id}`, {
        ...applicantBody('王一', { passportExpiry: '2028-12-02', noCriminalCertOn: '2026-06-02' }),
        version: short.applicants[0].version,
      }),
    );
    expect(fixed.applicants[0].problems).toEqual([]);
    expect(await problemsOf(caseId)).toEqual([]);
    const second = ok(await applicant.post(`${P}/${caseId}/applicants`, applicantBody('李二', { passportExpiry: '2035-06-30' })), 201);
    const [row] = await ctx.db.select().from(serviceCases).where(eq(serviceCases.id, caseId));
    expect([row!.pieces, row!.persons]).toEqual([2, 2]);
    applicantId = second.applicants[1].id;
    // A JPG photo, linked to the applicant and downloadable by whoever may read the case; another unit gets nothing.
    const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
    const photoUrl = `${P}/${caseId}/applicants/${applicantId}/photo`;
    const png = multipartFile(jpg, 'photo.png', 'image/png');
    expect(expectErrorFrame(await applicant.request('POST', photoUrl, png.payload, png.headers), 'zh-CN').fields?.map((f) => f.path)).toEqual(['file']);
    const up = multipartFile(jpg, '李二.jpg', 'image/jpeg');
    const photo = ok(await applicant.request('POST', photoUrl, up.payload, up.headers), 201);
    const withPhoto = ok(await applicant.get(`${P}/${caseId}`)).applicants.find((a: { id: number }) => a.id === applicantId);
    expect(withPhoto.photoAttachmentId).toBe(photo.id);
    expect((await district.get(`/api/attachments/${photo.id}`)).statusCode).toBe(200);
    expect((await otherApplicant.get(`/api/attachments/${photo.id}`)).statusCode).toBe(404);
    const removed = ok(
      await applicant.post(`${P}/${caseId}/applicants/${short.applicants[0].id}/archive`, { version: fixed.applicants[0].version, reason: '本人不再出访' }),
    );
    expect(removed.applicants.map((a: { name: string }) => a.name)).toEqual(['李二']);
  });

  it('takes the Ministry’s decision only after the office has forwarded the case, with the 720 yuan fee', async () => {
    const view = ok(await staff.get(`${P}/${caseId}`));
    const a = view.applicants[0];
    const decision = { version: a.version, decision: 'approved', decidedOn: '2026-12-01', feePaidOn: '2026-12-01' };
    expect(expectErrorFrame(await staff.post(`${P}/${caseId}/applicants/${a.id}/ministry`, decision), 'zh-CN').code).toBe('svc.apec.notForwarded');
    await forward(applicant, staff, caseId);
    expect(expectErrorFrame(await applicant.post(`${P}/${caseId}/applicants/${a.id}`, applicantBody('赵三')), 'zh-CN').statusCode).toBe(404);
    expect(expectErrorFrame(await applicant.post(`${P}/${caseId}/applicants`, applicantBody('赵三')), 'zh-CN').code).toBe('svc.apec.notEditable');
    expect((await applicant.post(`${P}/${caseId}/applicants/${a.id}/ministry`, decision)).statusCode).toBe(403);
    const done = ok(await staff.post(`${P}/${caseId}/applicants/${a.id}/ministry`, decision));
    expect(done.applicants[0]).toMatchObject({ ministryDecision: 'approved', feeAmount: 720 });
    expect(done.applicants[0].economies).toHaveLength(PRECLEARING_ECONOMIES.length);
    expect(done.applicants[0].economies.every((e: { status: string }) => e.status === 'pending')).toBe(true);

    const v = done.applicants[0].version;
    const cn = await staff.put(`${P}/${caseId}/applicants/${applicantId}/economies`, { version: v, items: [{ economy: 'CN', status: 'approved' }] });
    expect(expectErrorFrame(cn, 'zh-CN').fields?.map((f) => f.path)).toEqual(['items.0.economy']);
    const grid = ok(
      await staff.put(`${P}/${caseId}/applicants/${applicantId}/economies`, {
        version: v,
        items: [
          { economy: 'JP', status: 'approved', decidedOn: '2026-12-10' },
          { economy: 'RU', status: 'refused', decidedOn: '2026-12-11' },
        ],
      }),
    );
    const statusOf = (code: string) => grid.applicants[0].economies.find((e: { economy: string }) => e.economy === code);
    expect(statusOf('JP')).toMatchObject({ status: 'approved', decidedOn: '2026-12-10' });
    expect(statusOf('RU').status).toBe('refused');
    expect(statusOf('AU').status).toBe('pending');
    expect(
      expectErrorFrame(
        await staff.put(`${P}/${caseId}/applicants/${applicantId}/economies`, { version: v, items: [{ economy: 'AU', status: 'approved' }] }),
        'zh-CN',
      ).statusCode,
    ).toBe(409);
  });

  it('issues a card never beyond the passport nor five years, and only once', async () => {
    const a = ok(await staff.get(`${P}/${caseId}`)).applicants[0];
    const card = (over: Record<string, unknown>) =>
      staff.post(`${P}/${caseId}/applicants/${a.id}/card`, { version: a.version, number: 'CN0000001', validFrom: '2026-12-20', ...over });
    // The passport runs to 2035-06-30, so five years less a day is the limit: 2031-12-19.
    const tooLong = expectErrorFrame(await card({ validTo: '2031-12-20' }), 'zh-CN');
    expect(tooLong.fields?.map((f) => f.path)).toEqual(['validTo']);
    expect(tooLong.fields?.[0]?.message).toContain('2031-12-19');
    const issued = ok(await card({ validTo: '2031-12-19' }), 201);
    expect(issued.applicants[0].cards[0]).toMatchObject({ number: 'CN0000001', state: 'valid', origin: 'first', officeCustody: false });
    expect(expectErrorFrame(await card({ validTo: '2031-12-19', version: issued.applicants[0].version }), 'zh-CN').code).toBe('svc.apec.hasCard');
  });

  it('replaces a card on a new passport and reissues a lost one, each a new row linked to the old', async () => {
    const first = ok(await staff.get(`${P}/${caseId}`)).applicants[0].cards[0];
    const taken = await staff.post(`${P}/cards/${first.id}/replace`, {
      version: first.version,
      number: 'CN0000001',
      validFrom: '2027-01-05',
      validTo: '2030-01-01',
      passportNumber: 'EH1234567',
      passportExpiry: '2036-01-01',
    });
    expect(expectErrorFrame(taken, 'zh-CN').fields?.map((f) => f.path)).toEqual(['number']);
    const beyond = await staff.post(`${P}/cards/${first.id}/replace`, {
      version: first.version,
      number: 'CN0000002',
      validFrom: '2027-01-05',
      validTo: '2030-01-02',
      passportNumber: 'EH1234567',
      passportExpiry: '2030-01-01',
    });
    expect(expectErrorFrame(beyond, 'zh-CN').fields?.[0]?.message).toContain('2030-01-01');
    const replaced = ok(
      await staff.post(`${P}/cards/${first.id}/replace`, {
        version: first.version,
        number: 'CN0000002',
        validFrom: '2027-01-05',
        validTo: '2032-01-04',
        passportNumber: 'EH1234567',
        passportExpiry: '2036-01-01',
      }),
      201,
    );
    expect(replaced).toMatchObject({ origin: 'replacement', previousCardId: first.id, passportNumber: 'EH1234567', state: 'valid' });
    expect(ok(await staff.get(`${P}/cards/${first.id}`)).state).toBe('replaced');
    const again = await staff.post(`${P}/cards/${first.id}/reissue`, {
      version: first.version + 1,
      number: 'CN0000003',
      validFrom: '2027-02-01',
      validTo: '2030-01-01',
    });
    expect(expectErrorFrame(again, 'zh-CN').code).toBe('svc.apec.reissueNeedsLoss');

    const lost = ok(
      await staff.post(`${P}/cards/${replaced.id}/cancel`, { version: replaced.version, reason: 'lost', cancelledOn: '2027-03-01', note: '在机场遗失' }),
    );
    expect(lost).toMatchObject({ state: 'cancelled', cancelReason: 'lost' });
    const reissued = ok(
      await staff.post(`${P}/cards/${replaced.id}/reissue`, { version: lost.version, number: 'CN0000003', validFrom: '2027-03-10', validTo: '2032-01-04' }),
      201,
    );
    expect(reissued).toMatchObject({ origin: 'reissue', previousCardId: replaced.id, passportNumber: 'EH1234567' });
    const twice = await staff.post(`${P}/cards/${replaced.id}/reissue`, {
      version: lost.version + 1,
      number: 'CN0000004',
      validFrom: '2027-03-10',
      validTo: '2032-01-04',
    });
    expect(expectErrorFrame(twice, 'zh-CN').code).toBe('svc.apec.cardFollowed');
    const cards = ok(await staff.get(`${P}/${caseId}`)).applicants[0].cards;
    expect(cards.map((c: { number: string; state: string }) => `${c.number} ${c.state}`)).toEqual([
      'CN0000001 replaced',
      'CN0000002 cancelled',
      'CN0000003 valid',
    ]);
    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'apecCard.replace'), eq(auditEvents.entityId, String(first.id))));
    expect(audit[0]?.detail).toEqual({ newCardId: replaced.id });
  });
});

describe('a state-owned enterprise’s card and the register', () => {
  it('keeps the card in the office, out and in with dates, and lists the register as filtered', async () => {
    const soe = await makeUnit(ctx, A.districtId, '某国有集团');
    const soeClient = await signIn(ctx, 'unit_applicant', soe);
    ok(await soeClient.put(`${P}/filings/${soe}`, filingBody({ stateOwned: true })));
    const caseId = await openApecCase(soeClient);
    const a = ok(await soeClient.post(`${P}/${caseId}/applicants`, applicantBody('国企员工')), 201).applicants[0];
    await forward(soeClient, district, caseId);
    const m = ok(
      await district.post(`${P}/${caseId}/applicants/${a.id}/ministry`, {
        version: a.version,
        decision: 'approved',
        decidedOn: '2026-12-01',
        feePaidOn: null,
        feeAmount: 720,
      }),
    ).applicants[0];
    // The passport runs to 2031-12-01, before five years are up: the passport is the limit.
    const over = await district.post(`${P}/${caseId}/applicants/${a.id}/card`, {
      version: m.version,
      number: 'SOE-0001',
      validFrom: '2026-12-05',
      validTo: '2031-12-02',
    });
    expect(expectErrorFrame(over, 'zh-CN').fields?.[0]?.message).toContain('2031-12-01');
    const card = ok(
      await district.post(`${P}/${caseId}/applicants/${a.id}/card`, { version: m.version, number: 'SOE-0001', validFrom: '2026-12-05', validTo: '2031-12-01' }),
      201,
    ).applicants[0].cards[0];
    expect(card).toMatchObject({ officeCustody: true, inOffice: true });
    expect(
      expectErrorFrame(await district.post(`${P}/cards/${card.id}/custody`, { version: card.version, direction: 'in', onDate: '2026-12-06' }), 'zh-CN').code,
    ).toBe('svc.apec.custodyAlreadyIn');
    const out = ok(await district.post(`${P}/cards/${card.id}/custody`, { version: card.version, direction: 'out', onDate: '2026-12-06', note: '赴日本洽谈' }));
    expect(out.inOffice).toBe(false);
    const back = ok(await district.post(`${P}/cards/${card.id}/custody`, { version: out.version, direction: 'in', onDate: '2026-12-20' }));
    expect(back.custody.map((c: { direction: string; onDate: string }) => `${c.direction} ${c.onDate}`)).toEqual(['out 2026-12-06', 'in 2026-12-20']);

    const numbers = async (q: string, as = district) => ok(await as.get(`${P}/cards?${q}`)).items.map((c: { number: string }) => c.number);
    expect(await numbers('state=valid')).toEqual(['SOE-0001', 'CN0000003']);
    expect(await numbers('state=cancelled')).toEqual(['CN0000002', 'CN0000001']);
    expect(await numbers(`unitId=${soe}`)).toEqual(['SOE-0001']);
    expect(await numbers('q=国企')).toEqual(['SOE-0001']);
    expect(await numbers('state=expiring')).toEqual([]);
    expect(await ok(await otherApplicant.get(`${P}/cards`)).items).toEqual([]);

    const res = await district.get(`${P}/cards/export.xlsx?state=cancelled`);
    expect(res.statusCode).toBe(200);
    const rows = await readWorkbook(res.rawPayload);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['CN0000002', 'CN0000001']);
    // Ninety days before its last day a card is expiring (the sessions of 2026 are long gone by then).
    setClock('2031-09-01T22:00:00+08:00', { frozen: true });
    const later = await signIn(ctx, 'district_operator', A.districtId);
    expect(await numbers('state=expiring', later)).toEqual([]);
    setClock('2031-09-02T00:30:00+08:00', { frozen: true });
    expect(await numbers('state=expiring', later)).toEqual(['SOE-0001']);
  });
});
