import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, setClock } from '../../src/server/clock';
import { addDays } from '../../src/shared/reference/dates';
import { createTestContext, makeSubtree, residentBody, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame, readWorkbook } from '../helpers/http';

let ctx: TestContext;
let T: Subtree;
let op: Client;
let leader: Client;
let admin: Client;
const today = clock.today();
type R = { id: number; docNumber: string };
const r: Record<'kim' | 'wang' | 'smith' | 'mueller' | 'gone' | 'other', R> = {} as never;

beforeAll(async () => {
  ctx = await createTestContext();
  // The files are made in the morning, so that today's 12:00 report holds them.
  setClock(`${today}T09:00:00+08:00`, { frozen: true });
  T = await makeSubtree(ctx);
  const elsewhere = await makeSubtree(ctx);
  op = await signIn(ctx, 'district_operator', T.districtId);
  leader = await signIn(ctx, 'leader', T.districtId);
  admin = await signIn(ctx, 'admin', ctx.cityId);
  const add = async (client: Client, unit: number, over: Record<string, unknown>) => {
    const res = await client.post('/api/residents', residentBody(unit, over));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as R;
  };
  r.kim = await add(op, T.communityIds[0], {
    surname: 'Kim',
    givenNames: 'Minsu',
    nameZh: '金民洙',
    nationality: '韩国',
    docNumber: 'M77001234',
    visaType: 'Z',
    arrivalDate: addDays(today, -3),
    docExpiry: addDays(today, 10),
    visaExpiry: addDays(today, 300),
    accommodationRegistered: false,
  });
  r.wang = await add(op, T.communityIds[2], {
    surname: 'Wong',
    givenNames: 'Siu Ming',
    nameZh: '王小明',
    nationality: 'JPN',
    docNumber: 'TJ5550001',
    visaType: 'X1',
    arrivalDate: addDays(today, -100),
    docExpiry: addDays(today, 400),
    visaExpiry: addDays(today, 20),
    accommodationRegistered: true,
    accommodationRegisteredOn: addDays(today, -99),
  });
  r.smith = await add(op, T.communityIds[1], {
    surname: 'Smith',
    givenNames: 'Johnathan',
    nationality: 'USA',
    docNumber: 'US1230009',
    visaType: 'Z',
    arrivalDate: addDays(today, -20),
    docExpiry: addDays(today, 900),
    visaExpiry: addDays(today, 200),
    accommodationRegistered: true,
    accommodationRegisteredOn: addDays(today, -19),
  });
  r.mueller = await add(op, T.communityIds[3], {
    surname: 'Müller',
    givenNames: 'Anna',
    nationality: 'DEU',
    docNumber: 'C0FXY1234',
    visaType: 'M',
    departureDate: addDays(today, -1),
    arrivalDate: addDays(today, -60),
    docExpiry: addDays(today, 5),
    visaExpiry: addDays(today, 5),
  });
  r.gone = await add(op, T.communityIds[3], {
    surname: 'Archiv',
    givenNames: 'Ed',
    nationality: 'GBR',
    docNumber: 'GB0000777',
    arrivalDate: addDays(today, -50),
  });
  expect((await op.post(`/api/residents/${r.gone.id}/archive`, { version: 1, reason: '重复登记' })).statusCode).toBe(200);
  r.other = await add(admin, elsewhere.communityIds[0], {
    surname: 'Kim',
    givenNames: 'Outside',
    nationality: 'KOR',
    docNumber: 'M99990000',
    arrivalDate: addDays(today, -2),
  });
});
afterAll(async () => {
  await ctx?.close();
});

async function ids(client: Client, query: string): Promise<number[]> {
  const res = await client.get(`/api/residents?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  expect(body.total).toBe(body.items.length);
  return body.items.map((i: { id: number }) => i.id).sort((a: number, b: number) => a - b);
}
const idsOf = (...xs: R[]) => xs.map((x) => x.id).sort((a, b) => a - b);

describe('list filters', () => {
  it('status: active by default, departed, archived and all', async () => {
    expect(await ids(op, '')).toEqual(idsOf(r.kim, r.wang, r.smith));
    expect(await ids(op, 'status=departed')).toEqual(idsOf(r.mueller));
    expect(await ids(op, 'status=archived')).toEqual(idsOf(r.gone));
    expect(await ids(op, 'status=all')).toEqual(idsOf(r.kim, r.wang, r.smith, r.mueller, r.gone));
  });

  it('nationality as a comma list in any form; an unknown one is a 400 on the field', async () => {
    expect(await ids(op, 'nationality=KOR,JPN')).toEqual(idsOf(r.kim, r.wang));
    expect(await ids(op, `nationality=${encodeURIComponent('韩国，美国')}`)).toEqual(idsOf(r.kim, r.smith));
    expect(await ids(op, 'nationality=kr')).toEqual(idsOf(r.kim));
    const bad = await op.get('/api/residents?nationality=KOR,Atlantis');
    expect(bad.statusCode).toBe(400);
    expect(expectErrorFrame(bad).fields).toEqual([{ path: 'nationality', message: '无法识别的国家或地区：Atlantis' }]);
  });

  it('org unit subtree, visa type, arrived within and expiring within', async () => {
    expect(await ids(op, `orgUnitId=${T.streetIds[0]}`)).toEqual(idsOf(r.kim, r.smith));
    expect(await ids(op, `orgUnitId=${T.communityIds[2]}`)).toEqual(idsOf(r.wang));
    expect(await ids(op, `orgUnitId=${T.streetIds[1]}&status=all`)).toEqual(idsOf(r.wang, r.mueller, r.gone));
    expect(await ids(op, 'visaType=Z')).toEqual(idsOf(r.kim, r.smith));
    expect(await ids(op, 'arrivedWithinDays=7')).toEqual(idsOf(r.kim));
    expect(await ids(op, 'arrivedWithinDays=30')).toEqual(idsOf(r.kim, r.smith));
    expect(await ids(op, 'expiringWithinDays=30')).toEqual(idsOf(r.kim, r.wang));
    expect(await ids(op, 'expiringWithinDays=30&status=all')).toEqual(idsOf(r.kim, r.wang, r.mueller));
  });

  it('free text: Latin substring, Chinese prefix, pinyin initials, document number prefix', async () => {
    expect(await ids(op, 'q=mith')).toEqual(idsOf(r.smith));
    expect(await ids(op, 'q=SIU%20MI')).toEqual(idsOf(r.wang));
    expect(await ids(op, `q=${encodeURIComponent('金民')}`)).toEqual(idsOf(r.kim));
    expect(await ids(op, `q=${encodeURIComponent('王')}`)).toEqual(idsOf(r.wang));
    expect(await ids(op, 'q=jmz')).toEqual(idsOf(r.kim));
    expect(await ids(op, 'q=wxm')).toEqual(idsOf(r.wang));
    expect(await ids(op, 'q=M770')).toEqual(idsOf(r.kim));
    expect(await ids(op, `q=${encodeURIComponent('ｍ７７０')}`)).toEqual(idsOf(r.kim));
    expect(await ids(op, 'q=TJ5550001')).toEqual(idsOf(r.wang));
    // Another district's Kim is not in this operator's scope; the city admin finds both.
    expect(await ids(op, 'q=kim')).toEqual(idsOf(r.kim));
    expect(await ids(admin, 'q=kim')).toEqual(idsOf(r.kim, r.other));
  });

  it('sorts and pages with a correct total', async () => {
    const byArrival = (await op.get('/api/residents?sort=arrivalDate&order=asc')).json();
    expect(byArrival.items.map((i: R) => i.id)).toEqual([r.wang.id, r.smith.id, r.kim.id]);
    const p1 = (await op.get('/api/residents?sort=arrivalDate&order=desc&pageSize=2&page=1')).json();
    const p2 = (await op.get('/api/residents?sort=arrivalDate&order=desc&pageSize=2&page=2')).json();
    expect(p1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(p1.items.map((i: R) => i.id)).toEqual([r.kim.id, r.smith.id]);
    expect(p2).toMatchObject({ total: 3, page: 2 });
    expect(p2.items.map((i: R) => i.id)).toEqual([r.wang.id]);
    // By name (pinyin of the Chinese name, else the Latin name): jin minzhu, smith johnathan, wang xiaoming;
    // created kim, wang, smith, so an order by id or by creation would fail here.
    expect(r.wang.id).toBeLessThan(r.smith.id);
    const asc = (await op.get('/api/residents?sort=name&order=asc')).json().items.map((i: R) => i.id);
    const desc = (await op.get('/api/residents?sort=name&order=desc')).json().items.map((i: R) => i.id);
    expect(asc).toEqual([r.kim.id, r.smith.id, r.wang.id]);
    expect(desc).toEqual([r.wang.id, r.smith.id, r.kim.id]);
    expect((await op.get('/api/residents?page=9')).json()).toMatchObject({ total: 3, items: [] });
  });
});

describe('leader: read-only with masked document numbers', () => {
  const fullNumbers = () => [r.kim, r.wang, r.smith].map((x) => x.docNumber);

  it('sees masked numbers in the list and the detail, and nowhere the full number', async () => {
    const list = await leader.get('/api/residents');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(3);
    for (const item of list.json().items) {
      expect(item.docNumberMasked).toBe(true);
      expect(item.docNumber).toMatch(/^\w{2}\*+\w{2}$/);
    }
    for (const n of fullNumbers()) expect(list.body).not.toContain(n);
    const detail = await leader.get(`/api/residents/${r.kim.id}`);
    expect(detail.json()).toMatchObject({ docNumber: 'M7*****34', docNumberMasked: true, can: { update: false, archive: false } });
    expect(detail.body).not.toContain(r.kim.docNumber);
    const moves = await leader.get(`/api/residents/${r.kim.id}/movements`);
    expect(moves.statusCode).toBe(200);
    expect(moves.body).not.toContain(r.kim.docNumber);
    // Whatever the leader searches for, the answer never repeats a full number.
    expect((await leader.get(`/api/residents?q=${r.kim.docNumber}`)).body).not.toContain(r.kim.docNumber);
  });

  it('cannot export the ledger with full numbers (no export permission) but gets the daily report', async () => {
    const exp = await leader.get('/api/residents/export.xlsx');
    expect(exp.statusCode).toBe(403);
    for (const n of fullNumbers()) expect(exp.body).not.toContain(n);
    const report = await leader.get('/api/residents/daily-report.xlsx');
    expect(report.statusCode).toBe(200);
    expect(JSON.stringify(await readWorkbook(report.rawPayload))).not.toMatch(/M77001234|TJ5550001|US1230009/);
  });

  it('cannot write: create, update, archive, movements, import are 403', async () => {
    const body = residentBody(T.communityIds[0]);
    expect((await leader.post('/api/residents', body)).statusCode).toBe(403);
    expect((await leader.put(`/api/residents/${r.kim.id}`, { ...body, version: 1 })).statusCode).toBe(403);
    expect((await leader.post(`/api/residents/${r.kim.id}/archive`, { version: 1, reason: '测试归档' })).statusCode).toBe(403);
    expect((await leader.post(`/api/residents/${r.kim.id}/movements`, { version: 1, kind: 'registration', occurredOn: today })).statusCode).toBe(403);
    expect((await leader.get('/api/residents/import-template.xlsx')).statusCode).toBe(403);
    expect((await op.get(`/api/residents/${r.kim.id}`)).json().version).toBe(1);
  });
});

describe('figures and exports', () => {
  const expected = {
    total: 3,
    arrivalsLast14Days: 1,
    documentsExpiring30Days: 1,
    visasExpiring30Days: 1,
    notRegistered: 1,
  };

  it('stats match the records: totals, by nationality, by area', async () => {
    const res = await op.get('/api/residents/stats');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject(expected);
    expect(s.byNationality).toEqual(
      expect.arrayContaining([
        { code: 'KOR', count: 1 },
        { code: 'JPN', count: 1 },
        { code: 'USA', count: 1 },
      ]),
    );
    expect(s.byNationality).toHaveLength(3);
    expect(s.byArea.map((a: { orgUnitId: number; count: number }) => [a.orgUnitId, a.count])).toEqual([
      [T.streetIds[0], 2],
      [T.streetIds[1], 1],
    ]);
    expect((await leader.get('/api/residents/stats')).json()).toMatchObject(expected);
    const street = await signIn(ctx, 'street_operator', T.streetIds[0]);
    const ss = (await street.get('/api/residents/stats')).json();
    expect(ss.total).toBe(2);
    expect(ss.byArea.map((a: { orgUnitId: number }) => a.orgUnitId).sort()).toEqual([T.communityIds[0], T.communityIds[1]].sort());
  });

  it('the daily report gives the same figures as of today and none for a day before the files existed', async () => {
    const dr = (await op.get(`/api/residents/daily-report?date=${today}`)).json();
    expect(dr).toMatchObject(expected);
    const yesterday = (await op.get(`/api/residents/daily-report?date=${addDays(today, -1)}`)).json();
    expect(yesterday.total).toBe(0);
    const before = (await admin.get(`/api/audit?action=resident.dailyReport.export`)).json().total;
    const xlsx = await op.get(`/api/residents/daily-report.xlsx?date=${today}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const rows = await readWorkbook(xlsx.rawPayload);
    const value = (label: string) => rows.find((row) => row[0] === label)?.[1];
    expect(value('在册人数')).toBe(3);
    expect(value('近14日入境')).toBe(1);
    expect(value('30日内证件到期')).toBe(1);
    expect(value('未办理住宿登记')).toBe(1);
    expect(value('韩国')).toBe(1);
    expect((await admin.get(`/api/audit?action=resident.dailyReport.export`)).json().total).toBe(before + 1);
  });

  it('the 12:00 report holds what was on file at noon; a file made in the afternoon waits for tomorrow', async () => {
    setClock(`${today}T15:00:00+08:00`, { frozen: true });
    const late = await op.post('/api/residents', residentBody(T.communityIds[0], { nationality: 'FRA' }));
    expect(late.statusCode, late.body).toBe(201);
    try {
      expect((await op.get('/api/residents/stats')).json().total).toBe(expected.total + 1);
      const noon = (await op.get(`/api/residents/daily-report?date=${today}`)).json();
      expect(noon).toMatchObject({ total: expected.total, asOf: new Date(`${today}T12:00:00+08:00`).toISOString() });
      // Asked again in the evening, the noon figure has not moved.
      setClock(`${today}T20:00:00+08:00`, { frozen: true });
      expect((await op.get(`/api/residents/daily-report?date=${today}`)).json().total).toBe(expected.total);
    } finally {
      setClock(`${today}T15:00:00+08:00`, { frozen: true });
      const body = late.json();
      expect((await op.post(`/api/residents/${body.id}/archive`, { version: body.version, reason: '测试后归档' })).statusCode).toBe(200);
    }
  });

  it('export.xlsx holds exactly the filtered rows and writes an audit event each time', async () => {
    const countExports = async () =>
      (await admin.get('/api/audit?action=resident.export&pageSize=200')).json().items as Array<{
        actorName: string;
        detail: { filter: Record<string, unknown> };
      }>;
    const before = (await countExports()).length;
    const all = await op.get('/api/residents/export.xlsx');
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-disposition']).toContain('.xlsx');
    const rows = await readWorkbook(all.rawPayload);
    const header = rows[0] as string[];
    const docCol = header.indexOf('证件号码');
    expect(docCol).toBeGreaterThanOrEqual(0);
    expect(
      rows
        .slice(1)
        .map((row) => row[docCol])
        .sort(),
    ).toEqual([r.kim, r.wang, r.smith].map((x) => x.docNumber).sort());

    const kor = await readWorkbook((await op.get('/api/residents/export.xlsx?nationality=KOR')).rawPayload);
    expect(kor.slice(1).map((row) => row[docCol])).toEqual([r.kim.docNumber]);
    expect(kor[1][header.indexOf('国籍')]).toBe('韩国');
    expect(kor[1][header.indexOf('社区')]).toMatch(/一社区$/);
    const departed = await readWorkbook((await op.get('/api/residents/export.xlsx?status=departed')).rawPayload);
    expect(departed.slice(1).map((row) => row[docCol])).toEqual([r.mueller.docNumber]);
    const none = await readWorkbook((await op.get('/api/residents/export.xlsx?q=nobody-here')).rawPayload);
    expect(none).toHaveLength(1);

    const events = await countExports();
    expect(events.length).toBe(before + 4);
    expect(events[0].actorName).toBe(op.username);
    // Each event, written before the first byte leaves, says what was asked for, newest first.
    const filters = events.slice(0, 4).map((e) => e.detail.filter);
    expect(filters[0]).toMatchObject({ q: 'nobody-here' });
    expect(filters[1]).toMatchObject({ status: 'departed' });
    expect(filters[2]).toMatchObject({ nationality: 'KOR' });
    expect(filters[3]).not.toHaveProperty('nationality');
  });
});
