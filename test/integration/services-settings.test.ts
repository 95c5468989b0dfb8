/**
 * The window's settings and a case's documents through HTTP: limits seeded from the guides and edited by the city's
 * window (a change moves running due dates), the checklist kept as data (archived, never deleted), files checked
 * against their item's types and size in the office's words, the window's check of each file, and who may read it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../src/server/clock';
import type { CaseDetail, KindSettingsPage } from '../../src/shared/contracts/services-cases';
import { createTestContext, makeSubtree, signIn, type Client, type TestContext } from '../helpers/app';
import { multipartFile } from '../helpers/http';
import { makeUnit } from '../helpers/travel';
import { fillInvitation } from '../helpers/invitation';
import { itemBody } from '../helpers/legalization';

let ctx: TestContext;
let applicant: Client;
let otherUnit: Client;
let staff: Client;
let district: Client;

const on = (date: string) => setClock(`${date}T10:00:00+08:00`, { frozen: true });
const ok = <T>(res: { statusCode: number; body: string }, code = 200): T => {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(code);
  return JSON.parse(res.body) as T;
};
const upload = (who: Client, caseId: number, itemId: number, name: string, bytes: number, type = 'application/pdf') => {
  const { payload, headers } = multipartFile(Buffer.alloc(bytes, 1), name, type);
  return who.request('POST', `/api/services/cases/${caseId}/documents?itemId=${itemId}`, payload, headers);
};

beforeAll(async () => {
  ctx = await createTestContext();
  // Signed in after every day the tests set, so going back to those days never outlives the sessions (a run that
  // starts at an earlier hostile moment would otherwise see them expire when the tests move the clock forward).
  on('2027-01-01');
  const A = await makeSubtree(ctx);
  const unit = await makeUnit(ctx, A.districtId, '甲区科技局');
  applicant = await signIn(ctx, 'unit_applicant', unit);
  otherUnit = await signIn(ctx, 'unit_applicant', await makeUnit(ctx, A.districtId, '甲区文旅局'));
  staff = await signIn(ctx, 'office_staff', ctx.cityId, 'en-US');
  district = await signIn(ctx, 'district_operator', A.districtId);
}, 120_000);
afterAll(() => ctx.close());

describe('the limits', () => {
  it('start from the guides, and only the city window changes them; a change moves running due dates', async () => {
    on('2026-11-02');
    const page = ok<KindSettingsPage>(await applicant.get('/api/services/settings/legalization'));
    expect(page.settings).toMatchObject({ promisedLimitDays: 4, urgentLimitDays: 2, legalLimitDays: 20 });
    expect(page.settings.source).toContain('第4个工作日');
    expect(page.canManage).toBe(false);

    let d = ok<CaseDetail>(await applicant.post('/api/services/cases', { kind: 'legalization' }), 201);
    ok(await applicant.post(`/api/services/legalizations/${d.case.id}/items`, itemBody()), 201);
    d = ok<CaseDetail>(await applicant.post(`/api/services/cases/${d.case.id}/submit`, { version: d.case.version }));
    d = ok<CaseDetail>(await staff.post(`/api/services/cases/${d.case.id}/accept`, { version: d.case.version }));
    expect(d.case.dueOn).toBe('2026-11-06');

    const body = { version: page.settings.version, legalLimitDays: 20, promisedLimitDays: 3, urgentLimitDays: 1, warningDays: 1, source: '本市承诺' };
    expect((await district.put('/api/services/settings/legalization', body)).statusCode).toBe(403);
    const bad = await staff.put('/api/services/settings/legalization', { ...body, promisedLimitDays: 30 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toMatchObject({
      path: 'promisedLimitDays',
      message: expect.stringContaining('The promised limit cannot be longer than the legal limit.'),
    });
    const saved = ok<KindSettingsPage>(await staff.put('/api/services/settings/legalization', body));
    expect(saved.settings).toMatchObject({ promisedLimitDays: 3, version: page.settings.version + 1 });
    expect((await staff.put('/api/services/settings/legalization', body)).statusCode).toBe(409);
    const list = ok<{ items: Array<{ id: number; dueOn: string }> }>(await staff.get('/api/services/cases?kind=legalization'));
    expect(list.items.find((r) => r.id === d.case.id)?.dueOn).toBe('2026-11-05');
  });
});

describe('the checklist', () => {
  it('items are added, edited and archived with a reason, never deleted', async () => {
    const before = ok<KindSettingsPage>(await staff.get('/api/services/settings/visa'));
    const item = { nameZh: '在职证明', nameEn: 'Proof of employment', required: true, originalOrCopy: 'original', fileTypes: ['pdf'], maxKb: 300 };
    expect((await district.post('/api/services/settings/visa/items', item)).statusCode).toBe(403);
    const added = ok<KindSettingsPage>(await staff.post('/api/services/settings/visa/items', item), 201);
    const mine = added.checklist.find((i) => i.nameZh === '在职证明')!;
    expect(added.checklist.length).toBe(before.checklist.length + 1);
    const edited = ok<KindSettingsPage>(await staff.patch(`/api/services/checklist-items/${mine.id}`, { ...item, version: mine.version, required: false }));
    expect(edited.checklist.find((i) => i.id === mine.id)).toMatchObject({ required: false, version: mine.version + 1 });
    expect((await staff.post(`/api/services/checklist-items/${mine.id}/archive`, { version: mine.version })).statusCode).toBe(400);
    const archived = ok<KindSettingsPage>(
      await staff.post(`/api/services/checklist-items/${mine.id}/archive`, { version: mine.version + 1, reason: '不再要求' }),
    );
    expect(archived.checklist.find((i) => i.id === mine.id)).toMatchObject({ archived: true });
    const d = ok<CaseDetail>(await applicant.post('/api/services/cases', { kind: 'visa' }), 201);
    expect(d.checklist.map((i) => i.id)).not.toContain(mine.id);
  });
});

describe('documents', () => {
  let d: CaseDetail;
  it('a file is checked against its item: types and size in the office’s words', async () => {
    d = ok<CaseDetail>(await applicant.post('/api/services/cases', { kind: 'invitation' }), 201);
    await fillInvitation(applicant, d.case.id);
    const passport = d.checklist[1];
    expect(passport).toMatchObject({ fileTypes: ['jpg', 'pdf'], maxKb: 600 });
    const exe = await upload(applicant, d.case.id, passport.id, 'passport.exe', 100, 'application/octet-stream');
    expect(exe.statusCode).toBe(400);
    expect(exe.json().fields[0].message).toBe('该材料只接受以下格式：jpg, pdf。');
    const big = await upload(applicant, d.case.id, passport.id, 'passport.pdf', 700 * 1024);
    expect(big.statusCode).toBe(400);
    expect(big.json().fields[0].message).toContain('600 KB');
    d = ok<CaseDetail>(await upload(applicant, d.case.id, passport.id, 'passport.JPEG', 50 * 1024, 'image/jpeg'), 201);
    expect(d.checklist[1].documents).toEqual([expect.objectContaining({ fileName: 'passport.JPEG', sizeBytes: 50 * 1024, status: 'received' })]);
    expect((await upload(otherUnit, d.case.id, passport.id, 'x.pdf', 10)).statusCode).toBe(404);
  });

  it('the window checks each file; the unit may not; the file is read through the case', async () => {
    const doc = d.checklist[1].documents[0];
    d = ok<CaseDetail>(await applicant.post(`/api/services/cases/${d.case.id}/submit`, { version: d.case.version }));
    expect((await applicant.patch(`/api/services/cases/${d.case.id}/documents/${doc.id}`, { version: doc.version, status: 'rejected' })).statusCode).toBe(403);
    d = ok<CaseDetail>(await staff.patch(`/api/services/cases/${d.case.id}/documents/${doc.id}`, { version: doc.version, status: 'rejected', note: '不清晰' }));
    expect(d.checklist[1].documents[0]).toMatchObject({ status: 'rejected', note: '不清晰', version: doc.version + 1 });
    expect((await staff.patch(`/api/services/cases/${d.case.id}/documents/${doc.id}`, { version: doc.version, originalSeen: true })).statusCode).toBe(409);
    const file = await applicant.get(`/api/attachments/${doc.attachmentId}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.length).toBe(50 * 1024);
    expect((await otherUnit.get(`/api/attachments/${doc.attachmentId}`)).statusCode).toBe(404);
  });
});
