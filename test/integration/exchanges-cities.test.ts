/**
 * Friendship cities (国际友好城市): registration, versions and archive, anniversaries and dormancy
 * relative to today's date in Shanghai, the office's settings, the register's statistics, import of an
 * office register, export, and the audit trail of every write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../src/server/clock';
import { addDays } from '../../src/shared/reference/dates';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { buildWorkbook, expectErrorFrame, multipartFile, readWorkbook, waitForJob } from '../helpers/http';

let ctx: TestContext;
let A: Subtree;
let B: Subtree;
let admin: Client;
let cityStaff: Client;
let opA: Client;
const today = clock.today();
const pad = (n: number) => String(n).padStart(2, '0');
/** The same calendar day n years earlier (29 February → 28 February). */
const yearsBefore = (ymd: string, n: number) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${y - n}-${pad(m)}-${pad(m === 2 && d === 29 && (y - n) % 4 !== 0 ? 28 : d)}`;
};

beforeAll(async () => {
  ctx = await createTestContext();
  A = await makeSubtree(ctx);
  B = await makeSubtree(ctx);
  admin = await signIn(ctx, 'admin', ctx.cityId);
  cityStaff = await signIn(ctx, 'office_staff', ctx.cityId);
  opA = await signIn(ctx, 'district_operator', A.districtId);
});
afterAll(async () => {
  await ctx?.close();
});

const pair = (over: Record<string, unknown> = {}) => ({
  foreignCityZh: '大阪',
  foreignCityEn: 'Osaka',
  country: '日本',
  relationType: 'friendship',
  establishedOn: '1991-06-10',
  tier: '1',
  ...over,
});
type City = {
  id: number;
  version: number;
  orgUnitId: number;
  country: string;
  years: number;
  nextAnniversary: { date: string; years: number };
  dormant: boolean;
  lastExchangeOn: string | null;
};
async function created(client: Client, body: Record<string, unknown>): Promise<City> {
  const res = await client.post('/api/exchanges/cities', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
/** A district office of its own, so counts and settings are not shared with other tests. */
async function office(label = `友${Math.random().toString(36).slice(2, 8)}`) {
  const tree = await makeSubtree(ctx, label);
  return { tree, districtName: `${label}区`, op: await signIn(ctx, 'district_operator', tree.districtId) };
}
const audits = async (query: string) =>
  (await admin.get(`/api/audit?pageSize=200&${query}`)).json().items as Array<{ action: string; entityId: string | null; actorName: string }>;

describe('friendship cities', () => {
  it('registers pairs with the country in any form, owned by the city or one of its districts', async () => {
    const osaka = await created(opA, pair({ country: '日本' }));
    const kyoto = await created(opA, pair({ foreignCityZh: '京都', foreignCityEn: 'Kyoto', country: 'JPN', relationType: 'friendly_exchange' }));
    const nagoya = await created(
      opA,
      pair({ foreignCityZh: '名古屋', foreignCityEn: 'Nagoya', country: 'Japan', relationType: 'friendly_cooperation', tier: null }),
    );
    expect([osaka, kyoto, nagoya].map((c) => [c.country, c.orgUnitId])).toEqual([
      ['JPN', A.districtId],
      ['JPN', A.districtId],
      ['JPN', A.districtId],
    ]);
    expect(kyoto).toMatchObject({ relationType: 'friendly_exchange', continent: 'AS', orgUnitName: expect.stringMatching(/区$/) });
    // The city office registers the city's own pairs and may register one for a district.
    expect((await created(cityStaff, pair({ orgUnitId: ctx.cityId }))).orgUnitId).toBe(ctx.cityId);
    expect((await created(cityStaff, pair({ orgUnitId: B.districtId }))).orgUnitId).toBe(B.districtId);
    // A district may not register one for another district, nor for one of its streets.
    for (const orgUnitId of [B.districtId, ctx.cityId, A.streetIds[0]]) {
      expect(expectErrorFrame(await opA.post('/api/exchanges/cities', pair({ orgUnitId, foreignCityZh: '神户' }))).fields?.[0].path).toBe('orgUnitId');
    }
    // The same local party, country and Chinese name is the same pair, however the country is written.
    const dup = expectErrorFrame(await opA.post('/api/exchanges/cities', pair({ country: 'Japan', foreignCityEn: 'Osaka City' })));
    expect(dup.fields).toEqual([{ path: 'foreignCityZh', message: '该友好城市关系已登记' }]);
    expect(expectErrorFrame(await opA.put(`/api/exchanges/cities/${kyoto.id}`, { ...pair(), version: kyoto.version })).fields?.[0].path).toBe('foreignCityZh');
    // Another country's 大阪 is not a duplicate.
    expect((await created(opA, pair({ country: 'USA', foreignCityEn: 'Osaka, TX' }))).country).toBe('USA');
    expect(expectErrorFrame(await opA.post('/api/exchanges/cities', pair({ foreignCityZh: '亚特兰蒂斯', country: 'Atlantis' }))).fields?.[0].path).toBe(
      'country',
    );
    expect((await admin.get(`/api/audit?entityType=friendship_city&entityId=${osaka.id}`)).json().items.map((a: { action: string }) => a.action)).toEqual([
      'friendshipCity.create',
    ]);
  });

  it('answers 409 to a stale version and archives with a reason', async () => {
    const c = await created(opA, pair({ foreignCityZh: '里昂', foreignCityEn: 'Lyon', country: '法国' }));
    const first = await opA.put(`/api/exchanges/cities/${c.id}`, {
      ...pair({ foreignCityZh: '里昂', foreignCityEn: 'Lyon', country: 'FRA', tier: '2' }),
      version: c.version,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, tier: '2', country: 'FRA' });
    const stale = await cityStaff.put(`/api/exchanges/cities/${c.id}`, {
      ...pair({ foreignCityZh: '里昂', foreignCityEn: 'Lyon', country: 'FRA', tier: '3' }),
      version: c.version,
    });
    expect(expectErrorFrame(stale).statusCode).toBe(409);
    expect((await opA.get(`/api/exchanges/cities/${c.id}`)).json().tier).toBe('2');
    expectErrorFrame(await opA.post(`/api/exchanges/cities/${c.id}/archive`, { version: 2, reason: ' ' }));
    expect((await opA.post(`/api/exchanges/cities/${c.id}/archive`, { version: 1, reason: '协议到期' })).statusCode).toBe(409);
    const archived = await opA.post(`/api/exchanges/cities/${c.id}/archive`, { version: 2, reason: '协议到期' });
    expect(archived.json()).toMatchObject({ archived: true, archiveReason: '协议到期', version: 3, can: { update: false, archive: false } });
    expect((await opA.get('/api/exchanges/cities?q=里昂')).json().total).toBe(0);
    expect((await opA.put(`/api/exchanges/cities/${c.id}`, { ...pair(), version: 3 })).statusCode).toBe(409);
    expect((await opA.post(`/api/exchanges/cities/${c.id}/history`, { kind: 'letter', occurredOn: today, title: '贺信' })).statusCode).toBe(409);
    // An archived pair no longer blocks registering the same pair again.
    await created(opA, pair({ foreignCityZh: '里昂', foreignCityEn: 'Lyon', country: 'FRA' }));
    expect((await audits(`entityType=friendship_city&entityId=${c.id}`)).map((a) => a.action)).toEqual([
      'friendshipCity.archive',
      'friendshipCity.update',
      'friendshipCity.create',
    ]);
  });

  it('computes years and the next round anniversary from today, and lists those coming within the window', async () => {
    const { op } = await office();
    const soonOn = yearsBefore(addDays(today, 10), 35);
    const soon = await created(op, pair({ foreignCityZh: '三十五年市', establishedOn: soonOn }));
    const laterOn = yearsBefore(today, 33);
    const later = await created(op, pair({ foreignCityZh: '三十三年市', establishedOn: laterOn }));
    const ended = await created(op, pair({ foreignCityZh: '终止市', establishedOn: soonOn, status: 'ended' }));
    const anniversary = `${Number(soonOn.slice(0, 4)) + 35}${soonOn.slice(4)}`;
    expect(soon).toMatchObject({ years: 34, nextAnniversary: { date: anniversary, years: 35 } });
    expect(later).toMatchObject({ years: 33, nextAnniversary: { date: `${Number(today.slice(0, 4)) + 2}${laterOn.slice(4)}`, years: 35 } });
    const res = await op.get('/api/exchanges/cities/anniversaries?withinDays=365');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual([
      expect.objectContaining({ cityId: soon.id, foreignCityZh: '三十五年市', years: 35, date: anniversary, establishedOn: soonOn }),
    ]);
    expect(res.json().map((a: { cityId: number }) => a.cityId)).not.toContain(ended.id);
    expect((await op.get('/api/exchanges/cities/anniversaries?withinDays=5')).json()).toEqual([]);
    // Over ten years, the 33-year pair's 35th comes too.
    expect(
      (await op.get('/api/exchanges/cities/anniversaries?withinDays=3660'))
        .json()
        .filter((a: { cityId: number }) => a.cityId === later.id)
        .map((a: { years: number }) => a.years),
    ).toEqual([35, 40]);
  });

  it('flags pairs without an exchange in N years as dormant, and the office setting changes N', async () => {
    const { tree, op } = await office();
    const tenYearsAgo = yearsBefore(today, 10);
    const quiet = await created(op, pair({ foreignCityZh: '沉寂市', establishedOn: tenYearsAgo }));
    const written = await created(op, pair({ foreignCityZh: '通信市', establishedOn: tenYearsAgo }));
    const visited = await created(op, pair({ foreignCityZh: '来访市', establishedOn: tenYearsAgo }));
    const cancelled = await created(op, pair({ foreignCityZh: '取消市', establishedOn: tenYearsAgo }));
    const young = await created(op, pair({ foreignCityZh: '新结市', establishedOn: yearsBefore(today, 1) }));
    expect([quiet, written, visited, cancelled, young].map((c) => c.dormant)).toEqual([true, true, true, true, false]);
    expect(quiet.lastExchangeOn).toBeNull();
    const history = await op.post(`/api/exchanges/cities/${written.id}/history`, { kind: 'letter', occurredOn: today, title: '市长互致贺信' });
    expect(history.statusCode, history.body).toBe(200);
    const visit = (friendshipCityId: number, status: string, startDate: string, organisation: string) =>
      op.post('/api/exchanges/visits', {
        type: 'government',
        status,
        startDate,
        endDate: startDate,
        countries: ['JPN'],
        organisation,
        peopleCount: 5,
        friendshipCityId,
      });
    const oneYearAgo = yearsBefore(today, 1);
    expect((await visit(visited.id, 'completed', oneYearAgo, '友城代表团')).statusCode).toBe(201);
    expect((await visit(cancelled.id, 'cancelled', oneYearAgo, '取消的代表团')).statusCode).toBe(201);
    const get = async (c: City) => (await op.get(`/api/exchanges/cities/${c.id}`)).json() as City;
    expect(await get(written)).toMatchObject({ dormant: false, lastExchangeOn: today });
    expect(await get(visited)).toMatchObject({ dormant: false, lastExchangeOn: oneYearAgo });
    expect(await get(cancelled)).toMatchObject({ dormant: true, lastExchangeOn: null });
    const ids = async (q: string) =>
      (await op.get(`/api/exchanges/cities?${q}`))
        .json()
        .items.map((c: City) => c.id)
        .sort((x: number, y: number) => x - y);
    expect(await ids('dormant=true')).toEqual([quiet.id, cancelled.id]);
    expect(await ids('dormant=false')).toEqual([written.id, visited.id, young.id]);
    expect((await op.get('/api/exchanges/cities/stats')).json()).toMatchObject({ total: 5, dormant: 2, target: null });

    // Settings: versioned, per office; a longer dormancy period wakes the quiet pairs up.
    expect((await op.get('/api/exchanges/settings')).json()).toEqual({ friendshipCityTarget: null, dormantYears: 3, version: 0 });
    const saved = await op.put('/api/exchanges/settings', { friendshipCityTarget: 8, dormantYears: 12, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ friendshipCityTarget: 8, dormantYears: 12, version: 1 });
    expect(expectErrorFrame(await op.put('/api/exchanges/settings', { friendshipCityTarget: 9, dormantYears: 2, version: 0 })).statusCode).toBe(409);
    expect((await op.get('/api/exchanges/cities/stats')).json()).toMatchObject({ total: 5, dormant: 0, target: 8 });
    expect(await ids('dormant=true')).toEqual([]);
    expect((await get(quiet)).dormant).toBe(false);
    expect((await op.put('/api/exchanges/settings', { friendshipCityTarget: 8, dormantYears: 1, version: 1 })).json().version).toBe(2);
    expect(await ids('dormant=true')).toEqual([quiet.id, cancelled.id]);
    expect((await opA.get('/api/exchanges/settings')).json()).toMatchObject({ dormantYears: 3, version: 0 });
    expect((await audits(`action=exchanges.settings&entityId=${tree.districtId}`)).length).toBe(2);

    // History: recorded exchanges and linked visits, newest first.
    await op.post(`/api/exchanges/cities/${visited.id}/history`, { kind: 'agreement', occurredOn: yearsBefore(today, 5), title: '签署经贸合作备忘录' });
    await op.post(`/api/exchanges/cities/${visited.id}/history`, { kind: 'visit_out', occurredOn: today, title: '市代表团回访' });
    const merged = (await op.get(`/api/exchanges/cities/${visited.id}/history`)).json();
    expect(merged.map((h: { source: string; title: string; occurredOn: string }) => [h.source, h.title, h.occurredOn])).toEqual([
      ['record', '市代表团回访', today],
      ['visit', '友城代表团', oneYearAgo],
      ['record', '签署经贸合作备忘录', yearsBefore(today, 5)],
    ]);
    expect((await audits(`entityType=friendship_city&entityId=${visited.id}&action=friendshipCity.exchange`)).length).toBe(2);
  });

  it('reports the register by country, continent, type and tier, with the year’s additions and the target', async () => {
    const { op } = await office();
    await created(op, pair({ foreignCityZh: '大阪', country: '日本', relationType: 'friendship', tier: '1', establishedOn: today }));
    await created(op, pair({ foreignCityZh: '札幌', country: 'JPN', relationType: 'friendship', tier: '1', establishedOn: '1995-01-01' }));
    await created(op, pair({ foreignCityZh: '里昂', country: '法国', relationType: 'friendly_exchange', tier: '2', establishedOn: '2005-03-01' }));
    await created(op, pair({ foreignCityZh: '圣保罗', country: 'Brazil', relationType: 'friendly_cooperation', tier: null, establishedOn: '2012-08-08' }));
    await created(op, pair({ foreignCityZh: '终止市', country: 'DEU', status: 'ended', establishedOn: '1990-01-01' }));
    const gone = await created(op, pair({ foreignCityZh: '归档市', country: 'ITA' }));
    await op.post(`/api/exchanges/cities/${gone.id}/archive`, { version: 1, reason: '录入错误' });
    await op.put('/api/exchanges/settings', { friendshipCityTarget: 10, dormantYears: 3, version: 0 });
    const res = await op.get('/api/exchanges/cities/stats');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      total: 4,
      ended: 1,
      addedThisYear: 1,
      target: 10,
      byCountry: [
        { key: 'JPN', count: 2 },
        { key: 'BRA', count: 1 },
        { key: 'FRA', count: 1 },
      ],
      byContinent: [
        { key: 'AS', count: 2 },
        { key: 'EU', count: 1 },
        { key: 'SA', count: 1 },
      ],
      byType: [
        { key: 'friendship', count: 2 },
        { key: 'friendly_cooperation', count: 1 },
        { key: 'friendly_exchange', count: 1 },
      ],
      byTier: [
        { key: '1', count: 2 },
        { key: '2', count: 1 },
        { key: 'none', count: 1 },
      ],
    });
    expect((await op.get('/api/exchanges/cities?continent=SA')).json().items.map((c: { foreignCityZh: string }) => c.foreignCityZh)).toEqual(['圣保罗']);
  });

  it('imports an office register, reports the bad rows, re-imports unchanged and exports what it holds', async () => {
    const { tree, op, districtName } = await office();
    const sheet = await buildWorkbook([
      ['序号', '外国城市（中文）', '外国城市（英文）', '国家', '关系类型', '缔结日期', '我方', '管理层级'],
      [1, '名古屋', 'Nagoya', '日本', '友好城市', '1991年6月10日', districtName, '一类'],
      [2, '里昂', 'Lyon', '法国', '友好交流城市', new Date(Date.UTC(2005, 2, 1)), '', '二类'],
      [3, '圣保罗', 'Sao Paulo', 'BRA', '友好合作城市', 38_000, districtName, ''],
      [4, '亚特兰蒂斯', 'Atlantis', '亚特兰蒂斯国', '友好城市', '2000-01-01', districtName, '一类'],
    ]);
    const upload = async (content: Buffer) => {
      const { payload, headers } = multipartFile(content, '友城名册.xlsx');
      const res = await op.post('/api/exchanges/cities/import', payload, headers);
      expect(res.statusCode, res.body).toBe(202);
      return waitForJob(op, res.json().id);
    };
    const job = await upload(sheet);
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.result).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, rejected: 1 });
    const report = await readWorkbook((await op.get(`/api/files/${job.result!.errorFileId}`)).rawPayload);
    expect(report[0].slice(0, 2)).toEqual(['行号', '原因']);
    expect(report).toHaveLength(2);
    expect(report[1][0]).toBe(5);
    expect(String(report[1][1])).toContain('无法识别的国家或地区：亚特兰蒂斯国');
    const items = (await op.get('/api/exchanges/cities?pageSize=200')).json().items as Array<Record<string, unknown>>;
    const pick = (c: Record<string, unknown>) => [c.foreignCityZh, c.country, c.relationType, c.establishedOn, c.tier, c.orgUnitId];
    expect(items.map(pick)).toEqual([
      ['名古屋', 'JPN', 'friendship', '1991-06-10', '1', tree.districtId],
      ['圣保罗', 'BRA', 'friendly_cooperation', '2004-01-14', null, tree.districtId],
      ['里昂', 'FRA', 'friendly_exchange', '2005-03-01', '2', tree.districtId],
    ]);
    expect((await upload(sheet)).result).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 1 });

    const exported = await op.get('/api/exchanges/cities/export.xlsx');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/spreadsheetml/);
    const rows = await readWorkbook(exported.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['外国城市（中文）', '国家', '缔结日期', '我方', '管理层级']));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['名古屋', '圣保罗', '里昂']);
    expect(rows[1]).toEqual(expect.arrayContaining(['Nagoya', '日本', '友好城市', '1991-06-10', districtName]));
    // What the office exports, it can import back without changing anything.
    expect((await upload(exported.rawPayload)).result).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 0 });

    const mine = async (query: string) => (await audits(query)).filter((a) => a.actorName === op.username).length;
    expect(await mine('entityType=friendship_city&action=friendshipCity.import.create')).toBe(3);
    expect(await mine('entityType=friendship_city&action=friendshipCity.export')).toBe(1);
    expect(await mine('entityType=job&action=friendshipCity.import')).toBe(3);
  });
});
