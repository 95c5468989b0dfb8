import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../src/server/clock';
import { addDays } from '../../src/shared/reference/dates';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame, multipartFile, readWorkbook } from '../helpers/http';

let ctx: TestContext;
let treeA: Subtree;
let treeB: Subtree;
let cityStaff: Client;
let districtA: Client;
let districtB: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  treeA = await makeSubtree(ctx);
  treeB = await makeSubtree(ctx);
  cityStaff = await signIn(ctx, 'office_staff', ctx.cityId);
  districtA = await signIn(ctx, 'district_operator', treeA.districtId);
  districtB = await signIn(ctx, 'district_operator', treeB.districtId);
});
afterAll(async () => {
  await ctx?.close();
});

const visit = (over: Record<string, unknown> = {}) => ({
  type: 'government',
  status: 'completed',
  startDate: '2026-03-10',
  endDate: '2026-03-12',
  countries: ['韩国'],
  organisation: '大韩民国京畿道代表团',
  headName: '金某',
  headTitle: '副知事',
  headRank: '副部级',
  peopleCount: 8,
  purpose: '友好访问',
  programme: [{ date: '2026-03-10', item: '会见市领导', place: '市政府' }],
  agreementsSigned: 1,
  ...over,
});

describe('visits', () => {
  it('records a visit with its countries as ISO codes, owned by the recording office', async () => {
    const res = await districtA.post('/api/exchanges/visits', visit({ countries: ['韩国', 'Japan', 'usa'] }));
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v.countries).toEqual(['KOR', 'JPN', 'USA']);
    expect(v.orgUnitId).toBe(treeA.districtId);
    expect(v.can).toEqual({ update: true, archive: true, restore: false, upload: true });
    const audit = await (await signIn(ctx, 'admin', ctx.cityId)).get(`/api/audit?entityType=visit&entityId=${v.id}`);
    expect(audit.json().items[0].action).toBe('visit.create');
  });

  it('refuses bad input with field messages, in the user language', async () => {
    const bad = await districtA.post('/api/exchanges/visits', visit({ endDate: '2026-03-01', countries: ['纳尼亚'] }));
    const body = expectErrorFrame(bad);
    expect(body.fields?.map((f) => f.path)).toEqual(expect.arrayContaining(['endDate']));
    const en = await districtA.post('/api/exchanges/visits', visit({ peopleCount: 0 }), { 'accept-language': 'en' });
    expect(en.statusCode).toBe(400);
    const unknownCountry = await districtA.post('/api/exchanges/visits', visit({ countries: ['纳尼亚'] }));
    expect(expectErrorFrame(unknownCountry).fields?.[0].path).toBe('countries.0');
    const streetUnit = await districtA.post('/api/exchanges/visits', visit({ orgUnitId: treeA.streetIds[0] }));
    expect(expectErrorFrame(streetUnit).fields?.[0].path).toBe('orgUnitId');
  });

  it('answers 409 to a stale version and keeps the first save', async () => {
    const v = (await districtA.post('/api/exchanges/visits', visit())).json();
    const first = await districtA.put(`/api/exchanges/visits/${v.id}`, { ...visit({ peopleCount: 9 }), version: v.version });
    expect(first.statusCode).toBe(200);
    const stale = await cityStaff.put(`/api/exchanges/visits/${v.id}`, { ...visit({ peopleCount: 3 }), version: v.version });
    expect(stale.statusCode).toBe(409);
    expect((await districtA.get(`/api/exchanges/visits/${v.id}`)).json().peopleCount).toBe(9);
  });

  it('keeps a record with its office when the city edits it without naming the office', async () => {
    const v = (await districtA.post('/api/exchanges/visits', visit())).json();
    const edited = await cityStaff.put(`/api/exchanges/visits/${v.id}`, { ...visit({ purpose: '市外办补录' }), version: v.version });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ orgUnitId: treeA.districtId, purpose: '市外办补录' });
  });

  it('keeps districts apart: another district gets 404, the city sees both', async () => {
    const b = (await districtB.post('/api/exchanges/visits', visit({ organisation: 'B区专属来访' }))).json();
    expect((await districtA.get(`/api/exchanges/visits/${b.id}`)).statusCode).toBe(404);
    expect((await districtA.put(`/api/exchanges/visits/${b.id}`, { ...visit(), version: b.version })).statusCode).toBe(404);
    expect((await districtA.get('/api/exchanges/visits?pageSize=200')).body).not.toContain('B区专属来访');
    expect((await cityStaff.get('/api/exchanges/visits?q=B区专属')).json().total).toBe(1);
    const streetUser = await signIn(ctx, 'street_operator', treeA.streetIds[0]);
    expect((await streetUser.get('/api/exchanges/visits')).statusCode).toBe(403);
  });

  it('archives with a reason instead of deleting', async () => {
    const v = (await districtA.post('/api/exchanges/visits', visit({ organisation: '待归档团组' }))).json();
    expect((await districtA.post(`/api/exchanges/visits/${v.id}/archive`, { version: v.version, reason: '' })).statusCode).toBe(400);
    const archived = await districtA.post(`/api/exchanges/visits/${v.id}/archive`, { version: v.version, reason: '重复录入' });
    expect(archived.json()).toMatchObject({ archived: true, archiveReason: '重复录入', can: { update: false } });
    expect((await districtA.get('/api/exchanges/visits?q=待归档')).json().total).toBe(0);
    expect((await districtA.get('/api/exchanges/visits?q=待归档&archived=true')).json().total).toBe(1);
    const restored = await districtA.post(`/api/exchanges/visits/${v.id}/restore`, { version: archived.json().version });
    expect(restored.json()).toMatchObject({ archived: false, archiveReason: null, can: { update: true } });
    expect((await districtA.post(`/api/exchanges/visits/${v.id}/restore`, { version: restored.json().version })).statusCode).toBe(409);
  });

  it('tells the page what the server allows: no file for an archived record (409), nothing to change for a reader', async () => {
    const v = (await districtA.post('/api/exchanges/visits', visit({ organisation: '归档后附件团组' }))).json();
    const archived = (await districtA.post(`/api/exchanges/visits/${v.id}/archive`, { version: v.version, reason: '取消' })).json();
    expect(archived.can).toEqual({ update: false, archive: false, restore: true, upload: false });
    const { payload, headers } = multipartFile(Buffer.from('%PDF-1.4 late'), '迟到的邀请函.pdf', 'application/pdf');
    const up = await districtA.post(`/api/exchanges/visits/${v.id}/attachments`, payload, headers);
    expect(up.statusCode).toBe(409);
    expect(expectErrorFrame(up).code).toBe('err.archived');
    const leader = await signIn(ctx, 'leader', ctx.cityId);
    const seen = (await leader.get(`/api/exchanges/visits/${v.id}`)).json();
    expect(seen.can).toEqual({ update: false, archive: false, restore: false, upload: false });
  });

  it('counts 批 and 人次 by type, country and month against the same period a year earlier', async () => {
    const stats0 = await signIn(ctx, 'office_staff', ctx.cityId);
    const tree = await makeSubtree(ctx);
    const office = await signIn(ctx, 'district_operator', tree.districtId);
    await office.post('/api/exchanges/visits', visit({ startDate: '2025-02-03', endDate: '2025-02-04', peopleCount: 5, countries: ['JPN'] }));
    await office.post('/api/exchanges/visits', visit({ startDate: '2026-02-03', endDate: '2026-02-04', peopleCount: 6, countries: ['JPN', 'KOR'] }));
    await office.post('/api/exchanges/visits', visit({ type: 'media', startDate: '2026-05-20', endDate: '2026-05-21', peopleCount: 3, countries: ['USA'] }));
    await office.post('/api/exchanges/visits', visit({ startDate: '2026-04-01', endDate: '2026-04-01', status: 'cancelled', peopleCount: 50 }));
    const res = await office.get('/api/exchanges/visits/stats?from=2026-01-01&to=2026-06-30');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ previousFrom: '2025-01-01', previousTo: '2025-06-30' });
    expect(s.total).toEqual({ batches: 2, people: 9, prevBatches: 1, prevPeople: 5 });
    expect(s.byType.find((t: { type: string }) => t.type === 'government')).toMatchObject({ batches: 1, people: 6, prevBatches: 1, prevPeople: 5 });
    expect(s.byCountry.find((c: { code: string }) => c.code === 'JPN')).toMatchObject({ batches: 1, people: 6, prevBatches: 1 });
    expect(s.byMonth).toHaveLength(6);
    expect(s.byMonth[1]).toEqual({ month: '2026-02', batches: 1, people: 6, prevBatches: 1, prevPeople: 5 });
    expect((await office.get('/api/exchanges/visits/stats?from=2026-06-30&to=2026-01-01')).statusCode).toBe(400);
    // A period longer than a year keeps each month apart from the same month of the other year.
    const long = (await office.get('/api/exchanges/visits/stats?from=2025-01-01&to=2026-06-30')).json();
    expect(long.byMonth).toHaveLength(18);
    expect(long.byMonth.find((m: { month: string }) => m.month === '2025-02')).toMatchObject({ batches: 1, people: 5 });
    expect(long.byMonth.find((m: { month: string }) => m.month === '2026-02')).toMatchObject({ batches: 1, people: 6, prevBatches: 1 });
    // The city's figures include the district's.
    const city = (await stats0.get('/api/exchanges/visits/stats?from=2026-01-01&to=2026-06-30')).json();
    expect(city.total.batches).toBeGreaterThanOrEqual(2);
  });

  it('lists the upcoming visits for the calendar, soonest first, cancelled left out', async () => {
    const tree = await makeSubtree(ctx);
    const office = await signIn(ctx, 'district_operator', tree.districtId);
    const today = clock.today();
    await office.post(
      '/api/exchanges/visits',
      visit({ status: 'planned', startDate: addDays(today, 20), endDate: addDays(today, 21), organisation: '晚到团' }),
    );
    await office.post('/api/exchanges/visits', visit({ status: 'planned', startDate: addDays(today, 3), endDate: addDays(today, 4), organisation: '早到团' }));
    await office.post(
      '/api/exchanges/visits',
      visit({ status: 'cancelled', startDate: addDays(today, 5), endDate: addDays(today, 5), organisation: '取消团' }),
    );
    await office.post(
      '/api/exchanges/visits',
      visit({ status: 'planned', startDate: addDays(today, 90), endDate: addDays(today, 91), organisation: '远期团' }),
    );
    const res = await office.get('/api/exchanges/visits/upcoming?days=60');
    expect(res.json().map((v: { organisation: string }) => v.organisation)).toEqual(['早到团', '晚到团']);
  });

  it('exports exactly the filtered visits and audits the export', async () => {
    const tree = await makeSubtree(ctx);
    const office = await signIn(ctx, 'district_operator', tree.districtId);
    await office.post('/api/exchanges/visits', visit({ type: 'media', organisation: '某国媒体团' }));
    await office.post('/api/exchanges/visits', visit({ type: 'university', organisation: '某大学代表团' }));
    const res = await office.get('/api/exchanges/visits/export.xlsx?type=media');
    expect(res.statusCode).toBe(200);
    const rows = await readWorkbook(res.rawPayload);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('某国媒体团');
    expect(rows[0]).toContain('来访单位');
  });

  it('keeps attachments with the visit, downloadable only within scope', async () => {
    const v = (await districtA.post('/api/exchanges/visits', visit())).json();
    const { payload, headers } = multipartFile(Buffer.from('%PDF-1.4 invitation'), '邀请函.pdf', 'application/pdf');
    const up = await districtA.post(`/api/exchanges/visits/${v.id}/attachments`, payload, headers);
    expect(up.statusCode, up.body).toBe(201);
    const list = (await districtA.get(`/api/exchanges/visits/${v.id}/attachments`)).json();
    expect(list).toEqual([expect.objectContaining({ name: '邀请函.pdf', size: 19 })]);
    const file = await districtA.get(`/api/attachments/${up.json().id}`);
    expect(file.body).toBe('%PDF-1.4 invitation');
    expect((await districtB.get(`/api/attachments/${up.json().id}`)).statusCode).toBe(404);
    expect((await districtB.get(`/api/exchanges/visits/${v.id}/attachments`)).statusCode).toBe(404);
  });
});

describe('events', () => {
  it('records an event, links visits to it and counts guests in the period figures', async () => {
    const tree = await makeSubtree(ctx);
    const office = await signIn(ctx, 'district_operator', tree.districtId);
    const ev = await office.post('/api/exchanges/events', {
      kind: 'festival',
      name: '国际友城文化节',
      startDate: '2026-09-01',
      endDate: '2026-09-03',
      guestsCount: 120,
      countries: ['法国', 'DEU'],
      consulsCount: 6,
      mediaCount: 12,
      mediaOutlets: ['路透社'],
      agreementsSigned: 3,
    });
    expect(ev.statusCode, ev.body).toBe(201);
    expect(ev.json().countries).toEqual(['FRA', 'DEU']);
    const v = await office.post('/api/exchanges/visits', visit({ startDate: '2026-09-01', endDate: '2026-09-02', eventId: ev.json().id }));
    expect(v.json().eventName).toBe('国际友城文化节');
    expect((await office.get(`/api/exchanges/events/${ev.json().id}`)).json().visitIds).toEqual([v.json().id]);
    const linked = (await office.get(`/api/exchanges/visits?eventId=${ev.json().id}`)).json();
    expect(linked.items.map((x: { id: number }) => x.id)).toEqual([v.json().id]);
    const stats = (await office.get('/api/exchanges/visits/stats?from=2026-07-01&to=2026-12-31')).json();
    expect(stats.events).toMatchObject({ count: 1, guests: 120, consuls: 6, media: 12 });
    const other = await signIn(ctx, 'district_operator', treeB.districtId);
    expect((await other.get(`/api/exchanges/events/${ev.json().id}`)).statusCode).toBe(404);
    // A visit cannot be linked to another district's event.
    const cross = await other.post('/api/exchanges/visits', visit({ eventId: ev.json().id }));
    expect(expectErrorFrame(cross).fields?.[0].path).toBe('eventId');
  });
});
