/**
 * The window's queue through HTTP: the views (mine, unassigned, due soon, overdue) with each row's signal, the bell's
 * counts (silent on a Saturday), the Excel export as filtered, and due dates that move when the calendar changes;
 * with an acceptance limit set, submitted cases carry the acceptance stage's due date into the same views.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { setClock } from '../../src/server/clock';
import { packageCalendar } from '../../src/server/platform/calendar/calendar';
import { auditEvents } from '../../src/server/platform/platform.table';
import type { CaseDetail, KindSettingsPage, QueueRow } from '../../src/shared/contracts/services-cases';
import { createTestContext, makeSubtree, signIn, type Client, type TestContext } from '../helpers/app';
import { readWorkbook } from '../helpers/http';
import { makeUnit } from '../helpers/travel';
import { fillInvitation } from '../helpers/invitation';

let ctx: TestContext;
let applicant: Client;
let staff: Client;
let staff2: Client;
let admin: Client;
const ids: Record<string, number> = {};

const on = (date: string) => setClock(`${date}T10:00:00+08:00`, { frozen: true });
const ok = (res: { statusCode: number; body: string }, code = 200) => {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(code);
  return JSON.parse(res.body);
};

/** A unit's case submitted and accepted by `by` on `date`. */
async function accepted(title: string, date: string, by: Client): Promise<number> {
  on(date);
  let d: CaseDetail = ok(await applicant.post('/api/services/cases', { kind: 'invitation', title }), 201);
  await fillInvitation(applicant, d.case.id);
  d = ok(await applicant.post(`/api/services/cases/${d.case.id}/submit`, { version: d.case.version }));
  d = ok(await by.post(`/api/services/cases/${d.case.id}/accept`, { version: d.case.version }));
  return d.case.id;
}

const queue = async (who: Client, query: string): Promise<QueueRow[]> => ok(await who.get(`/api/services/cases?${query}`)).items;
const titles = (rows: QueueRow[]) => rows.map((r) => r.title).sort();

beforeAll(async () => {
  ctx = await createTestContext();
  // Signed in after every day the tests set, so going back to those days never outlives the sessions (a run that
  // starts at an earlier hostile moment would otherwise see them expire when the tests move the clock forward).
  on('2027-01-01');
  const A = await makeSubtree(ctx);
  const unit = await makeUnit(ctx, A.districtId, '甲区外贸局');
  applicant = await signIn(ctx, 'unit_applicant', unit);
  staff = await signIn(ctx, 'office_staff', ctx.cityId);
  staff2 = await signIn(ctx, 'office_staff', ctx.cityId);
  admin = await signIn(ctx, 'admin', ctx.cityId);
  // Due Monday 2 November, Friday 6, Monday 9 and Thursday 12 (5 working days after acceptance).
  ids.X = await accepted('超期件', '2026-10-26', staff);
  ids.Y = await accepted('今日到期件', '2026-10-30', staff);
  ids.Z = await accepted('预警件', '2026-11-02', staff2);
  ids.W = await accepted('正常件', '2026-11-05', staff);
  on('2026-11-05');
  const s: CaseDetail = ok(await applicant.post('/api/services/cases', { kind: 'invitation', title: '待受理件' }), 201);
  await fillInvitation(applicant, s.case.id);
  ok(await applicant.post(`/api/services/cases/${s.case.id}/submit`, { version: s.case.version }));
}, 120_000);
afterAll(() => ctx.close());

describe('the queue on Friday 6 November 2026', () => {
  it('each view holds its cases, each row with its signal', async () => {
    on('2026-11-06');
    const all = await queue(staff, 'view=all');
    expect(Object.fromEntries(all.map((r) => [r.title, r.signal]))).toEqual({
      超期件: 'overdue',
      今日到期件: 'due_today',
      预警件: 'warning',
      正常件: 'on_time',
      待受理件: 'none',
    });
    expect(all.find((r) => r.title === '超期件')).toMatchObject({ dueOn: '2026-11-02', workingDaysLeft: -4 });
    expect(titles(await queue(staff, 'view=overdue'))).toEqual(['超期件']);
    expect(titles(await queue(staff, 'view=due_soon'))).toEqual(['今日到期件', '预警件']);
    expect(titles(await queue(staff, 'view=unassigned'))).toEqual(['待受理件']);
    expect(titles(await queue(staff2, 'view=mine'))).toEqual(['预警件']);
    expect(titles(await queue(staff, 'view=all&q=预警'))).toEqual(['预警件']);
    expect(titles(await queue(staff, 'view=all&status=submitted'))).toEqual(['待受理件']);
    // The unit sees its own cases with the same signals.
    expect((await queue(applicant, 'view=overdue')).map((r) => r.title)).toEqual(['超期件']);
  });

  it('the bell counts due today, yellow and red on a working day, and stays silent on Saturday', async () => {
    on('2026-11-06');
    expect(ok(await staff.get('/api/services/alerts'))).toEqual({ workingDay: true, dueToday: 1, warning: 1, overdue: 1 });
    on('2026-11-07');
    expect(ok(await staff.get('/api/services/alerts'))).toEqual({ workingDay: false, dueToday: 0, warning: 0, overdue: 0 });
  });

  it('the export is the list as filtered, and handing it out is audited', async () => {
    on('2026-11-06');
    const res = await staff.get('/api/services/cases/export.xlsx?view=due_soon');
    expect(res.statusCode).toBe(200);
    const rows = await readWorkbook(res.rawPayload);
    const text = JSON.stringify(rows);
    expect(rows.length).toBe(3);
    expect(text).toContain('今日到期件');
    expect(text).toContain('黄牌预警');
    expect(text).not.toContain('超期件');
    expect((await applicant.get('/api/services/cases/export.xlsx')).statusCode).toBe(403);
    const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'serviceCase.export'));
    expect(audit.at(-1)?.detail).toMatchObject({ filter: { view: 'due_soon' }, rows: 2 });
  });

  it('an extra holiday entered in the calendar moves the queue’s due dates', async () => {
    on('2026-11-06');
    const y = packageCalendar.yearOf(2026)!;
    const days = [...y.days].map(([date, d]) => ({ date, kind: d.kind, name: d.name }));
    days.push({ date: '2026-11-09', kind: 'holiday', name: '调整' });
    ok(await admin.post('/api/calendar/years', { year: 2026, documentNumber: '国办发明电〔2025〕7号', days }), 201);
    const all = await queue(staff, 'view=all');
    const due = Object.fromEntries(all.map((r) => [r.title, r.dueOn]));
    expect(due).toMatchObject({ 预警件: '2026-11-10', 正常件: '2026-11-13', 超期件: '2026-11-02' });
    // The case page's clock agrees with the queue.
    expect(ok(await staff.get(`/api/services/cases/${ids.Z}`)).clock.dueOn).toBe('2026-11-10');
  });
});

describe('an acceptance limit (stageLimits.accept) set by the office', () => {
  it('gives submitted cases a due date the views and the bell count, until acceptance switches to the promise', async () => {
    // After the extra holiday on Monday 9 November above.
    on('2026-11-17');
    const { settings } = ok(await staff.get('/api/services/settings/invitation')) as KindSettingsPage;
    const { kind: _kind, stageLimits, ...limits } = settings;
    const saved = ok(await staff.put('/api/services/settings/invitation', { ...limits, stageLimits: { ...stageLimits, accept: 2 } })) as KindSettingsPage;
    expect(saved.settings.stageLimits).toMatchObject({ accept: 2 });
    // The change moves the case already waiting: submitted Thursday 5, day 1 Friday 6, Monday 9 a holiday, day 2 Tuesday 10.
    let all = await queue(staff, 'view=all');
    expect(all.find((r) => r.title === '待受理件')).toMatchObject({ dueOn: '2026-11-10', stage: 'accept', signal: 'overdue' });
    expect(all.find((r) => r.title === '正常件')).toMatchObject({ stage: 'decide' });

    // Submitted Tuesday 17: due Thursday 19, stored by the submit step.
    let d: CaseDetail = ok(await applicant.post('/api/services/cases', { kind: 'invitation', title: '限时受理件' }), 201);
    await fillInvitation(applicant, d.case.id);
    d = ok(await applicant.post(`/api/services/cases/${d.case.id}/submit`, { version: d.case.version }));
    expect(d.case.dueOn).toBe('2026-11-19');
    expect(d.clock).toMatchObject({ dueOn: '2026-11-19', stage: 'accept', signal: 'on_time' });

    on('2026-11-18');
    expect(titles(await queue(staff, 'view=due_soon'))).toEqual(['限时受理件']);
    expect(ok(await staff.get('/api/services/alerts'))).toEqual({ workingDay: true, dueToday: 0, warning: 1, overdue: 5 });

    on('2026-11-20');
    const overdue = await queue(staff, 'view=overdue');
    expect(titles(overdue)).toEqual(['今日到期件', '待受理件', '正常件', '超期件', '限时受理件', '预警件'].sort());
    expect(overdue.find((r) => r.title === '限时受理件')).toMatchObject({ signal: 'overdue', workingDaysLeft: -1, stage: 'accept' });

    // Accepted Friday 20: the promise runs from acceptance, due Friday 27, and the case leaves the red list.
    d = ok(await staff.post(`/api/services/cases/${d.case.id}/accept`, { version: d.case.version }));
    expect(d.clock).toMatchObject({ dueOn: '2026-11-27', stage: 'decide', signal: 'on_time' });
    expect(titles(await queue(staff, 'view=overdue'))).not.toContain('限时受理件');
    all = await queue(staff, 'view=all');
    expect(all.find((r) => r.title === '限时受理件')).toMatchObject({ dueOn: '2026-11-27', stage: 'decide' });
  });
});
