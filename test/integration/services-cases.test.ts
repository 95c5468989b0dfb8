/**
 * The case machinery through HTTP: a unit's invitation case from draft to closed, with a one-time notice that moves
 * the due date, an extension that counts only once a leader approves it, and the refusals on the way (wrong role,
 * another unit's case, a stale version).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { setClock } from '../../src/server/clock';
import { auditEvents } from '../../src/server/platform/platform.table';
import { createTestContext, makeSubtree, signIn, type Client, type TestContext } from '../helpers/app';
import { fillInvitation } from '../helpers/invitation';
import { makeUnit } from '../helpers/travel';
import type { CaseDetail } from '../../src/shared/contracts/services-cases';

let ctx: TestContext;
let applicant: Client;
let otherUnit: Client;
let staff: Client;
let leader: Client;

/** 10:00 in Beijing on a date. */
const on = (date: string) => setClock(`${date}T10:00:00+08:00`, { frozen: true });
const body = (res: { statusCode: number; body: string }, code = 200): CaseDetail => {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(code);
  return JSON.parse(res.body) as CaseDetail;
};

beforeAll(async () => {
  ctx = await createTestContext();
  // Signed in after every day the tests set, so going back to those days never outlives the sessions (a run that
  // starts at an earlier hostile moment would otherwise see them expire when the tests move the clock forward).
  on('2027-01-01');
  const A = await makeSubtree(ctx);
  const unit = await makeUnit(ctx, A.districtId, '甲区商务局');
  const unit2 = await makeUnit(ctx, A.districtId, '甲区教育局');
  applicant = await signIn(ctx, 'unit_applicant', unit);
  otherUnit = await signIn(ctx, 'unit_applicant', unit2);
  staff = await signIn(ctx, 'office_staff', ctx.cityId);
  leader = await signIn(ctx, 'leader', ctx.cityId);
}, 120_000);
afterAll(() => ctx.close());

describe('a case from draft to closed', () => {
  let id: number;
  let d: CaseDetail;
  const step = async (who: Client, name: string, extra: Record<string, unknown> = {}, code = 200) => {
    const res = await who.post(`/api/services/cases/${id}/${name}`, { version: d.case.version, ...extra });
    if (code !== 200) {
      expect(res.statusCode, res.body.slice(0, 300)).toBe(code);
      return d;
    }
    return (d = body(res));
  };

  it('a unit opens a draft and submits it; the window may not be bypassed by a leader', async () => {
    on('2026-10-30');
    expect((await leader.post('/api/services/cases', { kind: 'invitation' })).statusCode).toBe(403);
    d = body(await applicant.post('/api/services/cases', { kind: 'invitation', title: '德国代表团来访' }), 201);
    id = d.case.id;
    // A complete letter, so the invitation kind's submission problems do not stop the submit.
    await fillInvitation(applicant, id, 1);
    expect(d.case).toMatchObject({ status: 'draft', number: null, applicantName: '甲区商务局' });
    expect(d.can).toMatchObject({ submit: true, accept: false });
    // The default checklist of the kind is there, scans under 600 KB.
    expect(d.checklist.length).toBeGreaterThan(3);
    expect(d.checklist[0]).toMatchObject({ fileTypes: ['jpg', 'pdf'], maxKb: 600 });

    d = body(await applicant.patch(`/api/services/cases/${id}`, { version: d.case.version, contactName: '王伟', contactPhone: '13800000000' }));
    expect(d.case.contactName).toBe('王伟');
    await step(applicant, 'submit');
    expect(d.case).toMatchObject({ status: 'submitted', number: 'YQ-2026-0001', submittedOn: '2026-10-30' });
    expect(d.clock.signal).toBe('none');
  });

  it('another unit does not see it; the unit may not accept it; a stale version is refused', async () => {
    expect((await otherUnit.get(`/api/services/cases/${id}`)).statusCode).toBe(404);
    expect((await otherUnit.post(`/api/services/cases/${id}/withdraw`, { version: d.case.version })).statusCode).toBe(404);
    await step(applicant, 'accept', {}, 403);
    expect((await staff.post(`/api/services/cases/${id}/accept`, { version: d.case.version - 1 })).statusCode).toBe(409);
    // A draft edit after submission is the wrong stage.
    expect((await applicant.patch(`/api/services/cases/${id}`, { version: d.case.version, title: 'x' })).statusCode).toBe(409);
  });

  it('accepted Monday 2 November: due the 5th working day, Monday 9 November', async () => {
    on('2026-11-02');
    await step(staff, 'accept');
    expect(d.case).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-02', dueOn: '2026-11-09', assigneeName: expect.any(String) });
    expect(d.clock).toMatchObject({ signal: 'on_time', dueOn: '2026-11-09', legalDueOn: '2026-11-30' });
  });

  it('a one-time notice pauses the clock and the answer restarts it: the due date moves', async () => {
    on('2026-11-04');
    expect((await staff.post(`/api/services/cases/${id}/notice`, { version: d.case.version })).statusCode).toBe(400);
    await step(staff, 'notice', { missingItemIds: [d.checklist[1].id, d.checklist[3].id], text: '护照页不清晰' });
    expect(d.case).toMatchObject({ status: 'noticed', dueOn: null });
    expect(d.clock).toMatchObject({ signal: 'paused', paused: true });
    expect(d.events.at(-1)).toMatchObject({ step: 'notice', detail: { missingItemIds: [d.checklist[1].id, d.checklist[3].id] } });

    on('2026-11-12');
    expect(d.can.answer).toBe(true);
    await step(applicant, 'answer');
    expect(d.case).toMatchObject({ status: 'accepted', dueOn: '2026-11-19' });
  });

  it('an extension counts only once a leader approves it', async () => {
    on('2026-11-13');
    await step(staff, 'extend', { days: 3, reason: '需征求主管部门意见' });
    expect(d.case.dueOn).toBe('2026-11-19');
    expect(d.pendingExtension).toMatchObject({ days: 3 });
    expect(d.can.approveExtension).toBe(false);
    await step(staff, 'approve-extension', {}, 403);
    await step(staff, 'extend', { days: 2, reason: '再延' }, 409);
    const waiting = async () => {
      const res = await leader.get('/api/services/cases?view=extension');
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { items: Array<{ id: number }> }).items.map((r) => r.id);
    };
    expect(await waiting()).toEqual([id]);
    await step(leader, 'approve-extension');
    expect(await waiting()).toEqual([]);
    expect(d.case.dueOn).toBe('2026-11-24');
    expect(d.pendingExtension).toBeNull();
  });

  it('issued on time, closed, and every step audited in its own words', async () => {
    on('2026-11-20');
    await step(staff, 'issue', { note: '已出具邀请函' });
    expect(d.case).toMatchObject({ status: 'issued', decidedOn: '2026-11-20' });
    expect(d.clock).toMatchObject({ signal: 'stopped', onTime: true });
    await step(applicant, 'withdraw', {}, 409);
    await step(staff, 'close');
    expect(d.case.status).toBe('closed');
    expect(d.events.map((e) => e.step)).toEqual(['submit', 'accept', 'notice', 'answer', 'extend', 'approve-extension', 'issue', 'close']);
    const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'service_case'));
    const actions = audit.filter((a) => Number(a.entityId) === id).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['serviceCase.create', 'serviceCase.submit', 'serviceCase.notice', 'serviceCase.approveExtension', 'serviceCase.close']),
    );
    expect(audit.find((a) => a.action === 'serviceCase.notice')?.detail).toMatchObject({ text: '护照页不清晰' });
  });
});

describe('withdrawing and refusing', () => {
  it('the unit withdraws its own submission; the office must give a reason', async () => {
    on('2026-11-02');
    let d = body(await applicant.post('/api/services/cases', { kind: 'invitation' }), 201);
    await fillInvitation(applicant, d.case.id, 1);
    d = body(await applicant.post(`/api/services/cases/${d.case.id}/submit`, { version: d.case.version }));
    expect(d.case.number).toBe('YQ-2026-0002');
    d = body(await applicant.post(`/api/services/cases/${d.case.id}/withdraw`, { version: d.case.version }));
    expect(d.case.status).toBe('withdrawn');

    let e = body(await staff.post('/api/services/cases', { kind: 'invitation', unitId: d.case.unitId }), 201);
    await fillInvitation(staff, e.case.id, 1);
    expect((await staff.post(`/api/services/cases/${e.case.id}/withdraw`, { version: e.case.version })).statusCode).toBe(400);
    e = body(await staff.post(`/api/services/cases/${e.case.id}/submit`, { version: e.case.version }));
    expect((await staff.post(`/api/services/cases/${e.case.id}/refuse`, { version: e.case.version })).statusCode).toBe(400);
    e = body(await staff.post(`/api/services/cases/${e.case.id}/refuse`, { version: e.case.version, reason: '不属于受理范围' }));
    expect(e.case).toMatchObject({ status: 'refused', resultNote: '不属于受理范围' });
  });
});
