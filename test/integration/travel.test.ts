import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, setClock } from '../../src/server/clock';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame, readWorkbook } from '../helpers/http';
import { makeUnit, member, tripBody } from '../helpers/travel';

let ctx: TestContext;
let A: Subtree;
let unitA: number;
let unitB: number;
let applicant: Client;
let applicantB: Client;
let district: Client;
let leader: Client;
let planItemId: number;
let tripId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  // The story of one trip in late 2026: filed, reviewed, back on 19 November, passports due a week later.
  setClock('2026-11-23T10:00:00+08:00', { frozen: true });
  A = await makeSubtree(ctx);
  const B = await makeSubtree(ctx);
  unitA = await makeUnit(ctx, A.districtId, '甲区商务局');
  unitB = await makeUnit(ctx, B.districtId, '乙区教育局');
  applicant = await signIn(ctx, 'unit_applicant', unitA);
  applicantB = await signIn(ctx, 'unit_applicant', unitB);
  district = await signIn(ctx, 'district_operator', A.districtId);
  leader = await signIn(ctx, 'leader', A.districtId);
});
afterAll(async () => {
  await ctx?.close();
});

const ok = (res: { statusCode: number; body: string; json(): any }, code = 200) => {
  expect(res.statusCode, res.body).toBe(code);
  return res.json();
};

describe('a unit applies and the office reviews', () => {
  it('keeps the unit’s annual plan', async () => {
    const plan = ok(
      await applicant.post('/api/travel/plans', {
        year: 2026,
        items: [{ title: '韩国经贸交流', countries: ['韩国'], people: 3, days: 5, month: 11, budget: 60000 }],
      }),
      201,
    );
    expect(plan).toMatchObject({ orgUnitId: unitA, year: 2026, totals: { trips: 1, people: 3, budget: 60000, usedTrips: 0 } });
    expect(plan.items[0].countries).toEqual(['KOR']);
    planItemId = plan.items[0].id;
    expectErrorFrame(await applicant.post('/api/travel/plans', { year: 2026, items: [] }));
  });

  it('saves a draft checked against the rules in force, with no finding for a compliant trip', async () => {
    const app = ok(await applicant.post('/api/travel/applications', tripBody({ planItemId })), 201);
    tripId = app.id;
    expect(app).toMatchObject({ status: 'draft', orgUnitId: unitA, year: 2026, inviterCountry: 'KOR' });
    expect(app.check).toMatchObject({ findings: [], blocking: 0, daysAbroad: 5, countries: ['KOR'], approverLevel: 'leader', totalBudget: 12600 });
    expect(app.check.budgetTotals).toContainEqual({ currency: 'USD', amount: 2700 });
    expect(app.check.rules.limits.documentNumber).toBe('中办发〔2013〕16号');
    expect(app.can).toMatchObject({ edit: true, submit: true, withdraw: false, review: false });
  });

  it('shows each finding at its field, blocking or warning as the rule says, and refuses to submit while one blocks', async () => {
    const seven = ['甲', '乙', '丙', '丁', '戊', '己', '庚'].map((n) => member(`成员${n}`));
    seven[1].passportExpiry = '2027-05-19';
    const res = ok(
      await applicant.post(
        '/api/travel/check',
        tripBody({ members: seven, returnDate: '2026-11-21', legs: [{ country: 'KOR', arriveOn: '2026-11-16', leaveOn: '2026-11-21' }] }),
      ),
    );
    const byPath = Object.fromEntries(res.findings.map((f: { path: string; rule: string; severity: string }) => [f.path, `${f.rule}:${f.severity}`]));
    expect(byPath).toMatchObject({
      members: 'members:block',
      returnDate: 'days:block',
      'members.1.passportExpiry': 'passport:block',
      planItemId: 'unplanned:warn',
    });
    const draft = ok(await applicant.post('/api/travel/applications', tripBody({ members: seven })), 201);
    const submit = await applicant.post(`/api/travel/applications/${draft.id}/submit`, { version: draft.version });
    expect(submit.statusCode).toBe(400);
    expect(expectErrorFrame(submit).fields!.map((f) => f.path)).toContain('members');
  });

  it('uses the 2013 limits from their effective date and the earlier ones before it', async () => {
    const trip = (depart: string, ret: string) =>
      tripBody({
        departDate: depart,
        returnDate: ret,
        publicityStart: '2013-08-01',
        publicityEnd: '2013-08-07',
        legs: [{ country: 'JPN', arriveOn: depart, leaveOn: ret }],
      });
    const before = ok(await applicant.post('/api/travel/check', trip('2013-09-20', '2013-09-25')));
    expect(before.rules.limits.documentNumber).toBe('中办发〔2008〕9号');
    expect(before.findings.filter((f: { rule: string }) => f.rule === 'days')).toEqual([]);
    const after = ok(await applicant.post('/api/travel/check', trip('2013-10-01', '2013-10-06')));
    expect(after.findings.find((f: { rule: string }) => f.rule === 'days').message).toContain('最多 5 天');
  });

  it('computes the publicity end in Chinese working days and refuses years the calendar does not cover', async () => {
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2026-09-28&days=5'))).toEqual({
      start: '2026-09-28',
      end: '2026-10-09',
      workingDays: 5,
      days: 5,
      documentNumber: null,
    });
    const beyond = await applicant.get('/api/travel/publicity-end?start=2026-12-28&days=5');
    expect(beyond.statusCode).toBe(400);
    expect(expectErrorFrame(beyond).fields![0].message).toContain('工作日历未包含 2027 年');
  });

  it('submits, and the unit can withdraw until it is reviewed', async () => {
    let app = ok(await applicant.post(`/api/travel/applications/${tripId}/submit`, { version: 1 }));
    expect(app.status).toBe('submitted');
    app = ok(await applicant.post(`/api/travel/applications/${tripId}/withdraw`, { version: app.version }));
    expect(app.status).toBe('draft');
    const stale = await applicant.put(`/api/travel/applications/${tripId}`, { ...tripBody({ planItemId }), version: 1 });
    expect(stale.statusCode).toBe(409);
    app = ok(await applicant.post(`/api/travel/applications/${tripId}/submit`, { version: app.version }));
    expect(app.status).toBe('submitted');
    expectErrorFrame(await applicant.post(`/api/travel/applications/${tripId}/review`, { action: 'approve', version: app.version }));
  });

  it('lets the district shrink the delegation and cut a day; the leader approves where the rank requires it', async () => {
    const queue = ok(await district.get('/api/travel/applications?todo=true'));
    expect(queue.items.map((i: { id: number }) => i.id)).toContain(tripId);
    let app = ok(await district.get(`/api/travel/applications/${tripId}`));
    expect(app.can.review).toBe(true);
    app = ok(
      await district.post(`/api/travel/applications/${tripId}/review`, {
        action: 'approve',
        version: app.version,
        removeMembers: [1],
        returnDate: '2026-11-19',
        comment: '压缩一人一天',
      }),
    );
    expect(app).toMatchObject({ status: 'leader_review', decision: { removedMembers: ['李四'], daysCut: 1, approvedReturn: '2026-11-19' } });
    expect(app.check.daysAbroad).toBe(4);
    expectErrorFrame(await district.post(`/api/travel/applications/${tripId}/decide`, { decision: 'approve', version: app.version }));
    app = ok(await leader.post(`/api/travel/applications/${tripId}/decide`, { decision: 'approve', version: app.version, comment: '同意' }));
    expect(app.status).toBe('approved');
    const steps = ok(await applicant.get(`/api/travel/applications/${tripId}/steps`));
    expect(steps.map((s: { kind: string }) => s.kind)).toEqual(['create', 'submit', 'withdraw', 'submit', 'approve', 'leader_approve']);
    expect(steps[4]).toMatchObject({ comment: '压缩一人一天', detail: { removedMembers: ['李四'], daysCut: 1 } });
  });

  it('produces the publicity notice and the approval form in Word, and the batch list in Excel', async () => {
    for (const doc of ['publicity-notice', 'approval-form']) {
      const res = await district.get(`/api/travel/applications/${tripId}/${doc}.docx`);
      expect(res.statusCode, doc).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    const today = clock.today();
    const list = await district.get(`/api/travel/batch-list.xlsx?from=${today}&to=${today}`);
    expect(list.statusCode).toBe(200);
    expect(JSON.stringify(await readWorkbook(list.rawPayload))).toContain('赴韩国开展经贸交流');
    expect((await applicant.get(`/api/travel/batch-list.xlsx?from=${today}&to=${today}`)).statusCode).toBe(403);
  });

  it('follows the trip after return: passports within 7 days, report within a month', async () => {
    let app = ok(await applicant.get(`/api/travel/applications/${tripId}`));
    expectErrorFrame(
      await applicant.post(`/api/travel/applications/${tripId}/trip-return`, {
        version: app.version,
        actualDepart: '2026-11-16',
        actualReturn: '2026-11-19',
        actualMembers: ['李四'],
      }),
    );
    app = ok(
      await applicant.post(`/api/travel/applications/${tripId}/trip-return`, {
        version: app.version,
        actualDepart: '2026-11-16',
        actualReturn: '2026-11-19',
        actualMembers: ['张三', '王五'],
      }),
    );
    expect(app.followUp).toMatchObject({ passportsDue: '2026-11-26', reportDue: '2026-12-19', overdue: [] });
    app = ok(await district.post(`/api/travel/applications/${tripId}/passports-returned`, { version: app.version, on: '2026-11-24' }));
    app = ok(await applicant.post(`/api/travel/applications/${tripId}/report`, { version: app.version, filedOn: '2026-11-25', summary: '完成经贸洽谈三场' }));
    expect(app.followUp).toMatchObject({ passportsReturnedOn: '2026-11-24', reportFiledOn: '2026-11-25' });
    expect(app.can).toMatchObject({ passportsReturned: false, fileReport: false });
  });

  it('a unit never sees another unit’s applications; the office sees its tree only', async () => {
    expect((await applicantB.get(`/api/travel/applications/${tripId}`)).statusCode).toBe(404);
    expect(ok(await applicantB.get('/api/travel/applications')).total).toBe(0);
    const otherDistrict = await signIn(ctx, 'district_operator', (await makeSubtree(ctx)).districtId);
    expect((await otherDistrict.get(`/api/travel/applications/${tripId}/steps`)).statusCode).toBe(404);
    expect(ok(await district.get('/api/travel/applications')).total).toBe(2);
    // Search finds members by name, never by the keys of the stored JSON.
    expect(ok(await district.get(`/api/travel/applications?q=${encodeURIComponent('王五')}`)).total).toBe(1);
    expect(ok(await district.get('/api/travel/applications?q=passportType')).total).toBe(0);
  });
});

describe('overdue trips, reminders and holds', () => {
  let oldTrip: number;
  it('lists an approved trip whose return was never recorded as overdue, reminds the unit, and holds it after 3 unanswered reminders', async () => {
    const june = tripBody({
      departDate: '2026-06-08',
      returnDate: '2026-06-12',
      publicityStart: '2026-05-25',
      publicityEnd: '2026-05-29',
      legs: [{ country: 'KOR', arriveOn: '2026-06-08', leaveOn: '2026-06-12' }],
      members: [member('孙六', { rank: 'section' })],
    });
    let app = ok(await applicant.post('/api/travel/applications', june), 201);
    oldTrip = app.id;
    app = ok(await applicant.post(`/api/travel/applications/${app.id}/submit`, { version: app.version }));
    app = ok(await district.post(`/api/travel/applications/${app.id}/review`, { action: 'approve', version: app.version }));
    expect(app.status).toBe('approved');
    expect(app.followUp.overdue).toEqual(['return']);
    const follow = ok(await district.get('/api/travel/follow-up'));
    expect(follow.overdue).toContainEqual(expect.objectContaining({ applicationId: oldTrip, kind: 'return', dueOn: '2026-06-19' }));
    expectErrorFrame(await district.post('/api/travel/reminders', { items: [{ applicationId: tripId, kind: 'report' }] }));
    for (let i = 0; i < 3; i++)
      expect(ok(await district.post('/api/travel/reminders', { items: [{ applicationId: oldTrip, kind: 'return' }], message: '请尽快登记回国情况' }))).toEqual({
        sent: 1,
      });
    const mine = ok(await applicant.get('/api/travel/reminders'));
    expect(mine.items).toHaveLength(3);
    expect(mine.hold).toMatchObject({ unanswered: 3, threshold: 3, held: true });
    ok(await applicant.post(`/api/travel/reminders/${mine.items[0].id}/ack`));
    const draft = ok(await applicant.post('/api/travel/applications', tripBody({ members: [member('周七')] })), 201);
    const held = await applicant.post(`/api/travel/applications/${draft.id}/submit`, { version: draft.version });
    expect(held.statusCode).toBe(423);
    expect(expectErrorFrame(held).message).toContain('3 条逾期未办的提醒');
    // Recording the return answers the reminders: the hold lifts.
    app = ok(
      await applicant.post(`/api/travel/applications/${oldTrip}/trip-return`, {
        version: app.version + 0,
        actualDepart: '2026-06-08',
        actualReturn: '2026-06-12',
        actualMembers: ['孙六'],
      }),
    );
    expect(app.followUp.overdue).toEqual(['passports', 'report']);
    expect(ok(await applicant.post(`/api/travel/applications/${draft.id}/submit`, { version: draft.version })).status).toBe('submitted');
  });
});

describe('passport custody', () => {
  it('registers, issues for a trip and takes passports back when the trip’s passports are returned', async () => {
    const p = ok(
      await district.post('/api/travel/passports', {
        orgUnitId: unitA,
        holderName: '张三',
        passportType: 'official',
        number: 'se1234567',
        expiry: '2031-01-01',
      }),
      201,
    );
    expect(p).toMatchObject({ number: 'SE1234567', state: 'in_custody', heldBy: null });
    // The office may edit and issue a passport in custody; the unit reads it and is offered nothing.
    expect(p.can).toEqual({ update: true, issue: true, return: false });
    expectErrorFrame(
      await district.post('/api/travel/passports', {
        orgUnitId: unitA,
        holderName: '张三',
        passportType: 'official',
        number: 'SE1234567',
        expiry: '2031-01-01',
      }),
    );
    const june = tripBody({
      departDate: '2026-06-15',
      returnDate: '2026-06-18',
      publicityStart: '2026-06-01',
      publicityEnd: '2026-06-05',
      legs: [{ country: 'KOR', arriveOn: '2026-06-15', leaveOn: '2026-06-18' }],
      members: [member('张三', { rank: 'section' })],
    });
    let app = ok(await applicant.post('/api/travel/applications', june), 201);
    app = ok(await applicant.post(`/api/travel/applications/${app.id}/submit`, { version: app.version }));
    app = ok(await district.post(`/api/travel/applications/${app.id}/review`, { action: 'approve', version: app.version }));
    const issued = ok(await district.post(`/api/travel/passports/${p.id}/issue`, { version: p.version, on: '2026-06-12', to: '张三', applicationId: app.id }));
    expect(issued).toMatchObject({ state: 'issued', heldBy: '张三', applicationId: app.id, can: { update: true, issue: false, return: true } });
    const seen = ok(await applicant.get('/api/travel/passports?state=issued')).items;
    expect(seen.map((x: { id: number }) => x.id)).toEqual([p.id]);
    expect(seen[0].can).toEqual({ update: false, issue: false, return: false });
    app = ok(
      await applicant.post(`/api/travel/applications/${app.id}/trip-return`, {
        version: app.version,
        actualDepart: '2026-06-15',
        actualReturn: '2026-06-18',
        actualMembers: ['张三'],
      }),
    );
    ok(await district.post(`/api/travel/applications/${app.id}/passports-returned`, { version: app.version, on: '2026-06-20' }));
    const back = ok(await district.get(`/api/travel/passports?q=SE12`));
    expect(back.items[0]).toMatchObject({ state: 'in_custody', returnedOn: '2026-06-20', heldBy: null });
  });
});

describe('statistics and rules', () => {
  it('counts batches and person-trips, members removed and days cut, against the same period a year earlier', async () => {
    const today = clock.today();
    const s = ok(await district.get(`/api/travel/stats?from=${today.slice(0, 4)}-01-01&to=${today}`));
    expect(s.approved.batches.now).toBe(3);
    expect(s.approved.people.now).toBe(4);
    expect(s.shrunk).toMatchObject({ batches: { now: 1, prev: 0 }, membersRemoved: { now: 1, prev: 0 }, daysCut: { now: 1, prev: 0 } });
    expect(s.applied.batches.prev).toBe(0);
    expect(s.byDestination[0]).toMatchObject({ key: 'KOR', label: '韩国' });
    expect(s.byRank.map((r: { key: string }) => r.key)).toEqual(['bureau', 'section', 'staff']);
  });

  it('lets the city administrator add a rule version that applies from its date; nobody else may', async () => {
    const rules = ok(await applicant.get('/api/travel/rules'));
    const limits = rules.find((r: { kind: string; inForceToday: boolean }) => r.kind === 'limits' && r.inForceToday);
    const districtAdmin = await signIn(ctx, 'admin', A.districtId);
    const body = { kind: 'limits', effectiveFrom: '2026-12-01', documentNumber: '示例〔2026〕1号', title: '新规', params: { ...limits.params, maxMembers: 2 } };
    expect((await districtAdmin.post('/api/travel/rules', body)).statusCode).toBe(403);
    const cityAdmin = await signIn(ctx, 'admin', ctx.cityId);
    const created = ok(await cityAdmin.post('/api/travel/rules', body), 201);
    expect(created).toMatchObject({ effectiveFrom: '2026-12-01', inForceToday: false });
    expect((await cityAdmin.post('/api/travel/rules', body)).statusCode).toBe(409);
    const december = ok(
      await applicant.post(
        '/api/travel/check',
        tripBody({ departDate: '2026-12-07', returnDate: '2026-12-10', legs: [{ country: 'KOR', arriveOn: '2026-12-07', leaveOn: '2026-12-10' }] }),
      ),
    );
    expect(december.findings.find((f: { rule: string }) => f.rule === 'members').message).toContain('示例〔2026〕1号');
    expect(ok(await applicant.post('/api/travel/check', tripBody())).findings.filter((f: { rule: string }) => f.rule === 'members')).toEqual([]);
    const bad = await cityAdmin.put(`/api/travel/rules/${created.id}`, {
      version: created.version,
      effectiveFrom: '2026-12-01',
      documentNumber: 'x〔1〕',
      title: 't',
      params: { maxMembers: 'six' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
