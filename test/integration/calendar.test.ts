/**
 * The working-day calendar as the office's data: an administrator enters, corrects, deletes and imports a
 * year's State Council holiday notice; every working-day computation counts on it at once; the refusal for
 * a year nobody has entered says which notice to enter and where.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/platform/platform.table';
import { holidayNoticeDays, holidayNotices } from '../../src/server/platform/calendar/calendar.table';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { ensureCalendarYear } from '../helpers/calendar';
import { buildWorkbook, expectErrorFrame, multipartFile } from '../helpers/http';
import { makeUnit, tripBody } from '../helpers/travel';

let ctx: TestContext;
let A: Subtree;
let admin: Client;
let adminEn: Client;
let applicant: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  A = await makeSubtree(ctx);
  admin = await signIn(ctx, 'admin', ctx.cityId);
  adminEn = await signIn(ctx, 'admin', ctx.cityId, 'en-US');
  applicant = await signIn(ctx, 'unit_applicant', await makeUnit(ctx, A.districtId));
});
afterAll(async () => {
  await ctx?.close();
});

const ok = (res: { statusCode: number; body: string; json(): any }, code = 200) => {
  expect(res.statusCode, res.body).toBe(code);
  return res.json();
};

/** 2027 as the office might enter it (dates made up for the test): 元旦 Fri 1 Jan, 春节 Mon 8 – Sun 14 Feb, make-up Saturday 20 Feb. */
const notice2027 = () => ({
  year: 2027,
  documentNumber: '国办发明电〔2026〕9号',
  title: '国务院办公厅关于2027年部分节假日安排的通知',
  issuedOn: '2026-11-20',
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    ...['08', '09', '10', '11', '12', '13', '14'].map((d) => ({ date: `2027-02-${d}`, kind: 'holiday', name: '春节' })),
    { date: '2027-02-20', kind: 'workday', name: '春节' },
  ],
});
const ZH_2027 = '工作日历未包含 2027 年，请管理员在“系统管理 → 工作日历”录入国务院办公厅 2027 年部分节假日安排的通知';
const EN_2027 =
  'The working-day calendar does not cover 2027: an administrator must enter the State Council’s 2027 holiday notice under Administration → Working-day calendar';

const noticeId = async (year: number) => (await ctx.db.select().from(holidayNotices).where(eq(holidayNotices.year, year)))[0].id;
const audits = async (entityId: number, action: string) =>
  ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'holiday_notice'), eq(auditEvents.entityId, String(entityId)), eq(auditEvents.action, action)));

describe('the working-day calendar', () => {
  it('lists the package’s years to every signed-in user, and says who may change them', async () => {
    const list = ok(await applicant.get('/api/calendar/years'));
    expect(list.can).toEqual({ manage: false });
    expect(list.years.map((y: { year: number }) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2026 - i));
    expect(list.years[0]).toMatchObject({ year: 2026, source: 'package', packageHasYear: true, documentNumber: null, version: null });
    expect(list.years[0].holidays).toBeGreaterThan(20);
    expect(ok(await admin.get('/api/calendar/years')).can).toEqual({ manage: true });
    const y2026 = ok(await applicant.get('/api/calendar/years/2026'));
    expect(y2026.days).toContainEqual({ date: '2026-10-10', kind: 'workday', name: '国庆节' });
    expect((await applicant.get('/api/calendar/years/2027')).statusCode).toBe(404);
  });

  it('refuses 2027 everywhere with one message naming the notice to enter and where, in both languages', async () => {
    const zh = await applicant.get('/api/travel/publicity-end?start=2026-12-28&days=5');
    expect(expectErrorFrame(zh).fields).toEqual([{ path: 'start', message: ZH_2027 }]);
    const enApplicant = await signIn(ctx, 'unit_applicant', await makeUnit(ctx, A.districtId), 'en-US');
    const en = await enApplicant.get('/api/travel/publicity-end?start=2027-01-04');
    expect(expectErrorFrame(en, 'en-US').fields).toEqual([{ path: 'start', message: EN_2027 }]);
    const check = ok(await applicant.post('/api/travel/check', trip2027()));
    expect(check.findings).toContainEqual(expect.objectContaining({ rule: 'publicity', path: 'publicityEnd', message: ZH_2027 }));
  });

  it('only a city administrator enters a year: others get 403', async () => {
    expectErrorFrame(await applicant.post('/api/calendar/years', notice2027()));
    expect((await applicant.post('/api/calendar/years', notice2027())).statusCode).toBe(403);
    const staff = await signIn(ctx, 'office_staff', ctx.cityId);
    expect((await staff.post('/api/calendar/years', notice2027())).statusCode).toBe(403);
    const districtAdmin = await signIn(ctx, 'admin', A.districtId, 'en-US');
    const res = await districtAdmin.post('/api/calendar/years', notice2027());
    expect(res.statusCode).toBe(403);
    expect(expectErrorFrame(res, 'en-US').message).toContain('city-level administrator');
    expect(await ctx.db.select().from(holidayNotices)).toEqual([]);
  });

  it('an administrator enters the 2027 notice: 2027 is covered, and a trip with publicity in 2027 is computed', async () => {
    const saved = ok(await admin.post('/api/calendar/years', notice2027()), 201);
    expect(saved).toMatchObject({
      year: 2027,
      source: 'office',
      packageHasYear: false,
      documentNumber: '国办发明电〔2026〕9号',
      holidays: 8,
      workdays: 1,
      version: 1,
    });
    expect(ok(await applicant.get('/api/calendar/years')).years[0]).toMatchObject({ year: 2027, source: 'office' });
    // Thu 4 Feb: 4, 5, then 春节, then 15, 16, 17
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2027-02-04&days=5'))).toMatchObject({ end: '2027-02-17', workingDays: 5 });
    // Mon 15 Feb + 6: 15–19 and the make-up Saturday 20
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2027-02-15&days=6')).end).toBe('2027-02-20');
    const check = ok(await applicant.post('/api/travel/check', trip2027()));
    expect(check.findings.filter((f: { rule: string }) => f.rule === 'publicity')).toEqual([]);
    const [event] = await audits(await noticeId(2027), 'calendar.create');
    expect(event.after).toMatchObject({
      year: 2027,
      documentNumber: '国办发明电〔2026〕9号',
      days: expect.arrayContaining([{ date: '2027-02-20', kind: 'workday', name: '春节' }]),
    });
    expect(event.actorName).toBe(admin.username);
    // Entering it twice is refused; 2028 is still not covered, and the message names 2028.
    expect(expectErrorFrame(await admin.post('/api/calendar/years', notice2027())).message).toContain('2027');
    expect((await admin.post('/api/calendar/years', notice2027())).statusCode).toBe(409);
    const y2028 = await applicant.get('/api/travel/publicity-end?start=2027-12-27&days=10');
    expect(expectErrorFrame(y2028).fields![0].message).toContain('未包含 2028 年');
  });

  it('the publicity end uses the working days of the limits in force on the departure date', async () => {
    const rules = ok(await admin.get('/api/travel/rules'));
    const limits = rules.find((r: { kind: string; documentNumber: string }) => r.kind === 'limits' && r.documentNumber === '中办发〔2013〕16号');
    ok(
      await admin.post('/api/travel/rules', {
        kind: 'limits',
        effectiveFrom: '2027-03-01',
        documentNumber: '测试〔2027〕1号',
        title: '七个工作日',
        params: { ...limits.params, publicityWorkingDays: 7 },
      }),
      201,
    );
    // Departing before 1 March 2027: five working days, Mon 15 – Fri 19 Feb
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2027-02-15&departDate=2027-02-28'))).toEqual({
      start: '2027-02-15',
      end: '2027-02-19',
      workingDays: 5,
      days: 5,
      documentNumber: '中办发〔2013〕16号',
    });
    // Departing on 1 March 2027 or later: seven, Mon 15 – Mon 22 with the make-up Saturday
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2027-02-15&departDate=2027-03-10'))).toEqual({
      start: '2027-02-15',
      end: '2027-02-22',
      workingDays: 7,
      days: 7,
      documentNumber: '测试〔2027〕1号',
    });
  });

  it('corrects a year on its version: a stale version is refused with 409 and changes nothing', async () => {
    const current = ok(await admin.get('/api/calendar/years/2027'));
    const { year: _y, ...body } = notice2027();
    // The notice moved the make-up day from Saturday 20 to Sunday 7 February.
    const days = [...body.days.filter((d) => d.kind === 'holiday'), { date: '2027-02-07', kind: 'workday', name: '春节' }];
    const saved = ok(await admin.put('/api/calendar/years/2027', { ...body, days, version: current.version }));
    expect(saved).toMatchObject({ version: current.version + 1, workdays: 1 });
    expect(saved.days).toContainEqual({ date: '2027-02-07', kind: 'workday', name: '春节' });
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2027-02-15&days=6')).end).toBe('2027-02-22');
    const stale = await admin.put('/api/calendar/years/2027', { ...body, version: current.version });
    expect(stale.statusCode).toBe(409);
    expect(expectErrorFrame(stale).message).toContain('已被他人修改');
    expect(ok(await admin.get('/api/calendar/years/2027')).version).toBe(current.version + 1);
    const [event] = await audits(await noticeId(2027), 'calendar.update');
    expect((event.before as { days: unknown[] }).days).toContainEqual({ date: '2027-02-20', kind: 'workday', name: '春节' });
    expect((event.after as { days: unknown[] }).days).toContainEqual({ date: '2027-02-07', kind: 'workday', name: '春节' });
    expect(event.after).not.toHaveProperty('documentNumber'); // unchanged fields are not in the diff
  });

  it('bad input is a 400 at the field in the user’s language', async () => {
    const zh = await admin.post('/api/calendar/years', {
      ...notice2027(),
      year: 2029,
      days: [
        { date: '2028-01-01', kind: 'holiday' },
        { date: '2029-01-02', kind: 'workday' },
      ],
    });
    expect(expectErrorFrame(zh).fields).toEqual([
      { path: 'days.0.date', message: '2028-01-01 不在 2029 年内' },
      { path: 'days.1.kind', message: '2029-01-02 是工作日，调休上班日应为周六或周日' },
      { path: 'days', message: '请至少填写一个放假日期' },
    ]);
    const en = await adminEn.post('/api/calendar/years', { ...notice2027(), year: 2029, documentNumber: ' ', days: [{ date: '2029-02-30', kind: 'off' }] });
    const fields = expectErrorFrame(en, 'en-US').fields!.map((f) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['documentNumber', 'days.0.date', 'days.0.kind']));
    for (const y of ['abc', '1999', '2101', '2147483648', '20.5']) {
      expectErrorFrame(await adminEn.get(`/api/calendar/years/${y}`), 'en-US');
      expectErrorFrame(await admin.put(`/api/calendar/years/${y}`, { ...notice2027(), version: 1 }));
    }
    expect(await ctx.db.select().from(holidayNotices).where(eq(holidayNotices.year, 2029))).toEqual([]);
  });

  it('imports a year from a sheet: all rows or none, rejected rows with their reasons', async () => {
    const sheet = (rows: unknown[][]) => buildWorkbook([['国务院办公厅关于2028年部分节假日安排的通知'], ['日期', '类型', '名称', '文号'], ...rows], '2028');
    const upload = async (rows: unknown[][], query = '', client = admin) => {
      const { payload, headers } = multipartFile(await sheet(rows), '2028.xlsx');
      return client.request('POST', `/api/calendar/import${query}`, payload, headers);
    };
    const bad = ok(
      await upload([
        ['2028年1月1日', '放假', '元旦', '国办发明电〔2027〕1号'],
        ['2028-02-30', '放假', '春节'],
        ['2028-01-29', '加班', '春节'],
        ['2028-01-04', '调休上班', '元旦'],
      ]),
    );
    expect(bad.saved).toBeNull();
    expect(bad.rejected).toEqual([
      { row: 4, reason: '日期无法识别：2028-02-30' },
      { row: 5, reason: '类型应为“放假”或“调休上班”：加班' },
      { row: 6, reason: '2028-01-04 是工作日，调休上班日应为周六或周日' },
    ]);
    expect(await ctx.db.select().from(holidayNotices).where(eq(holidayNotices.year, 2028))).toEqual([]);
    expect((await upload([['2028-01-01', '放假', '元旦']], '', applicant)).statusCode).toBe(403);

    const rows = [
      ['2028-01-01', '放假', '元旦', '国办发明电〔2027〕1号'],
      [new Date(Date.UTC(2028, 0, 29)), '调休上班', '春节'],
      ['2028.1.26', '休', '春节'],
    ];
    const good = ok(await upload(rows));
    expect(good.rejected).toEqual([]);
    expect(good.saved).toMatchObject({ year: 2028, source: 'office', documentNumber: '国办发明电〔2027〕1号', holidays: 2, workdays: 1, version: 1 });
    expect(good.saved.days.map((d: { date: string }) => d.date)).toEqual(['2028-01-01', '2028-01-26', '2028-01-29']);
    const [notice] = await ctx.db.select().from(holidayNotices).where(eq(holidayNotices.year, 2028));
    const [event] = await audits(notice.id, 'calendar.import');
    expect(event.detail).toEqual({ file: '2028.xlsx', rows: 3 });
    // Again: the year exists, so only on its version (409 without, or with a stale one)
    expect((await upload(rows)).statusCode).toBe(409);
    expect((await upload(rows, '?version=7')).statusCode).toBe(409);
    const again = ok(await upload([['2028-01-01', '放假', '元旦']], '?version=1&documentNumber=' + encodeURIComponent('国办发明电〔2027〕2号')));
    expect(again.saved).toMatchObject({ version: 2, holidays: 1, workdays: 0, documentNumber: '国办发明电〔2027〕2号' });
    // A sheet without the columns, or not a workbook, is a 400 in the user's language
    const { payload, headers } = multipartFile(
      await buildWorkbook([
        ['甲', '乙'],
        ['1', '2'],
      ]),
      'x.xlsx',
    );
    expect(expectErrorFrame(await adminEn.request('POST', '/api/calendar/import', payload, headers), 'en-US').message).toContain('No header row');
    const junk = multipartFile(Buffer.from('not a workbook'), 'x.xlsx');
    expectErrorFrame(await admin.request('POST', '/api/calendar/import', junk.payload, junk.headers));
    const noDoc = multipartFile(
      await buildWorkbook([
        ['日期', '类型'],
        ['2029-01-01', '放假'],
      ]),
      'x.xlsx',
    );
    expect(expectErrorFrame(await admin.request('POST', '/api/calendar/import', noDoc.payload, noDoc.headers)).fields![0].path).toBe('documentNumber');
  });

  it('deletes an office year on its version: a package year falls back to the package, another is no longer covered', async () => {
    const corrected = ok(
      await admin.post('/api/calendar/years', {
        year: 2026,
        documentNumber: '更正〔2025〕1号',
        days: [{ date: '2026-10-02', kind: 'holiday', name: '国庆节' }],
      }),
      201,
    );
    expect(corrected).toMatchObject({ source: 'office', packageHasYear: true, holidays: 1 });
    const id = await noticeId(2026);
    // 1 October 2026 is a working day in the office's (made-up) 2026
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2026-10-01&days=1')).end).toBe('2026-10-01');
    expect((await admin.post('/api/calendar/years/2026/delete', { version: 5 })).statusCode).toBe(409);
    expect((await applicant.post('/api/calendar/years/2026/delete', { version: 1 })).statusCode).toBe(403);
    expect((await admin.post('/api/calendar/years/2026/delete', { version: 1 })).statusCode).toBe(204);
    expect(ok(await applicant.get('/api/calendar/years/2026'))).toMatchObject({ source: 'package', version: null });
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2026-10-01&days=1')).end).toBe('2026-10-08');
    const [event] = await audits(id, 'calendar.delete');
    expect(event.before).toMatchObject({ year: 2026, documentNumber: '更正〔2025〕1号', days: [{ date: '2026-10-02', kind: 'holiday', name: '国庆节' }] });
    expect(await ctx.db.select().from(holidayNoticeDays).where(eq(holidayNoticeDays.date, '2026-10-02'))).toEqual([]);
  });

  it('sees at the next computation a year another app process wrote to the shared database', async () => {
    // Another process: the rows as its service writes them, straight into the database this app reads.
    expect((await applicant.get('/api/travel/publicity-end?start=2030-01-07&days=1')).statusCode).toBe(400);
    const [row] = await ctx.db.insert(holidayNotices).values({ year: 2030, documentNumber: '别的进程〔2029〕1号', orgUnitId: ctx.cityId }).returning();
    await ctx.db.insert(holidayNoticeDays).values({ noticeId: row.id, date: '2030-01-07', kind: 'holiday', name: '测试' });
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2030-01-07&days=1')).end).toBe('2030-01-08');
    // ... and a correction there (days rewritten, version raised)
    await ctx.db.delete(holidayNoticeDays).where(eq(holidayNoticeDays.noticeId, row.id));
    await ctx.db.insert(holidayNoticeDays).values({ noticeId: row.id, date: '2030-01-08', kind: 'holiday', name: '测试' });
    await ctx.db.update(holidayNotices).set({ version: 2 }).where(eq(holidayNotices.id, row.id));
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2030-01-07&days=2')).end).toBe('2030-01-09');
    // ... and its deletion
    await ctx.db.delete(holidayNotices).where(eq(holidayNotices.id, row.id));
    expect((await applicant.get('/api/travel/publicity-end?start=2030-01-07&days=1')).statusCode).toBe(400);
  });

  it('ensureCalendarYear() makes a year covered for other tests, and leaves a covered year alone', async () => {
    expect((await applicant.get('/api/travel/publicity-end?start=2031-03-03&days=5')).statusCode).toBe(400);
    const y = await ensureCalendarYear(ctx, 2031);
    expect(y).toMatchObject({ year: 2031, source: 'office' });
    expect(ok(await applicant.get('/api/travel/publicity-end?start=2031-03-03&days=5')).end).toBe('2031-03-07');
    expect(await ensureCalendarYear(ctx, 2031)).toMatchObject({ version: y.version });
    expect(await ensureCalendarYear(ctx, 2025)).toMatchObject({ source: 'package' });
  });
});

/** A trip departing 20 January 2027 with publicity Mon 4 – Fri 8 January 2027. */
function trip2027() {
  return tripBody({
    departDate: '2027-01-20',
    returnDate: '2027-01-24',
    legs: [{ country: 'KOR', city: '水原', arriveOn: '2027-01-20', leaveOn: '2027-01-24' }],
    publicityStart: '2027-01-04',
    publicityEnd: '2027-01-08',
  });
}
