/**
 * Issue 8 §5, "words a clerk understands", through HTTP: refusals name the field as the office does, the
 * permits of Hong Kong / Macao / Taiwan residents, Chinese nationals refused, 中国台湾 with a passport flagged,
 * exports in the sheet's language, and exchanges exports that hold exactly what the list filter shows.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits } from '../../src/server/platform/platform.table';
import { createTestContext, makeSubtree, residentBody, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { buildWorkbook, expectErrorFrame, importSheet, readWorkbook } from '../helpers/http';

let ctx: TestContext;
let T: Subtree;
let label: string;
let zh: Client;
let en: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  label = `词${Math.random().toString(36).slice(2, 8)}`;
  T = await makeSubtree(ctx, label);
  await ctx.db.update(orgUnits).set({ nameEn: 'Sunrise Community' }).where(eq(orgUnits.id, T.communityIds[0]));
  await ctx.db.update(orgUnits).set({ nameEn: 'North Hill Subdistrict' }).where(eq(orgUnits.id, T.streetIds[0]));
  zh = await signIn(ctx, 'district_operator', T.districtId, 'zh-CN');
  en = await signIn(ctx, 'district_operator', T.districtId, 'en-US');
});
afterAll(async () => {
  await ctx?.close();
});

const fieldMessage = (res: { json: () => { fields?: Array<{ path: string; message: string }> } }, path: string) =>
  res.json().fields?.find((f) => f.path === path)?.message;

describe('refusals name the field as the office does', () => {
  it('an empty document number is required, in both languages', async () => {
    const a = await zh.post('/api/residents', residentBody(T.communityIds[0], { docNumber: '' }));
    expect(a.statusCode).toBe(400);
    expect(fieldMessage(expectErrorFrame(a) && a, 'docNumber')).toBe('证件号码必填');
    const b = await en.post('/api/residents', residentBody(T.communityIds[0], { docNumber: '' }));
    expect(fieldMessage(expectErrorFrame(b, 'en-US') && b, 'docNumber')).toBe('Document number is required');
    const { docNumber: _gone, ...missing } = residentBody(T.communityIds[0]);
    expect(fieldMessage(await zh.post('/api/residents', missing), 'docNumber')).toBe('证件号码必填');
    expect(fieldMessage(await zh.post('/api/residents', residentBody(T.communityIds[0], { sex: 'W' })), 'sex')).toBe('性别应为以下之一：男、女、未知');
  });

  it('names dates of a wrong order by their labels', async () => {
    const res = await zh.post('/api/residents', residentBody(T.communityIds[0], { visaIssueDate: '2026-05-01', visaExpiry: '2026-04-01' }));
    expect(fieldMessage(res, 'visaExpiry')).toBe('签证有效期不能早于签发日期');
  });
});

describe('residents of Hong Kong, Macao and Taiwan', () => {
  it("refuses a Chinese nationality on the foreigners' ledger with a reason", async () => {
    const res = await zh.post('/api/residents', residentBody(T.communityIds[0], { nationality: '中国' }));
    expect(res.statusCode).toBe(400);
    expect(fieldMessage(res, 'nationality')).toMatch(
      /^中国籍人员不在境外人员台账登记范围；港澳台居民请选择国籍\/地区 中国香港\/中国澳门\/中国台湾 并使用通行证$/,
    );
  });

  it('files the permits with their number formats', async () => {
    const hk = await zh.post(
      '/api/residents',
      residentBody(T.communityIds[0], { nationality: '中国香港', docType: 'hk_macao_permit', docNumber: 'H87654321' }),
    );
    expect(hk.statusCode, hk.body).toBe(201);
    expect(hk.json()).toMatchObject({ nationality: 'HKG', docType: 'hk_macao_permit', reviewFlags: [] });
    const bad = await zh.post(
      '/api/residents',
      residentBody(T.communityIds[0], { nationality: '中国澳门', docType: 'hk_macao_permit', docNumber: '87654321' }),
    );
    expect(fieldMessage(bad, 'docNumber')).toMatch(/^港澳居民来往内地通行证号码格式不正确/);
    const tw = await zh.post('/api/residents', residentBody(T.communityIds[0], { nationality: '台湾', docType: 'taiwan_permit', docNumber: '07654321' }));
    expect(tw.statusCode, tw.body).toBe(201);
  });

  it('accepts 中国台湾 with an ordinary passport but flags it for review, on the record and in the list', async () => {
    const res = await zh.post('/api/residents', residentBody(T.communityIds[1], { nationality: '中国台湾', docNumber: '312345678', surname: 'Lin' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().reviewFlags).toEqual(['taiwanPassport']);
    expect((await zh.get(`/api/residents/${res.json().id}`)).json().reviewFlags).toEqual(['taiwanPassport']);
    const list = (await zh.get('/api/residents?nationality=TWN')).json().items as Array<{ id: number; reviewFlags: string[] }>;
    expect(list.find((r) => r.id === res.json().id)?.reviewFlags).toEqual(['taiwanPassport']);
    expect(list.find((r) => r.id !== res.json().id)?.reviewFlags).toEqual([]);
  });
});

describe('import reasons', () => {
  it("use the office's labels and name the unknown street", async () => {
    const sheet = await buildWorkbook([
      ['证件号码', '国籍', '英文姓名', '街道', '社区', '签证签发日期', '签证有效期至', '备注'],
      ['W0000001', '韩国', 'KIM ONE', '西湖街道', null, null, null, null],
      ['W0000002', '韩国', 'KIM TWO', `${label}甲街道`, `${label}一社区`, '2026-05-01', '2026-04-01', null],
      ['W0000003', '中国', 'ZHANG SAN', `${label}甲街道`, `${label}一社区`, null, null, null],
      [null, '韩国', 'KIM FOUR', `${label}甲街道`, `${label}一社区`, null, null, null],
      ['W0000005', '韩国', 'KIM FIVE', `${label}甲街道`, `${label}一社区`, '二〇二〇年三月十一日', null, '已核实（见附件）：住所变更！'],
    ]);
    const job = await importSheet(zh, sheet);
    expect(job.result).toMatchObject({ inserted: 1, rejected: 4 });
    const reasons = (await readWorkbook((await zh.get(`/api/files/${job.result!.errorFileId}`)).rawPayload)).slice(1).map((r) => [r[0], r[1]]);
    expect(reasons).toEqual([
      [2, '找不到街道“西湖街道”'],
      [3, '签证有效期不能早于签发日期'],
      [4, expect.stringMatching(/^中国籍人员不在境外人员台账登记范围/)],
      [5, '证件号码必填'],
    ]);
    const [kim] = (await zh.get('/api/residents?q=W0000005')).json().items;
    const file = (await zh.get(`/api/residents/${kim.id}`)).json();
    expect(file).toMatchObject({ visaIssueDate: '2020-03-11', notes: '已核实（见附件）：住所变更！' });
  });
});

describe("the ledger export in the sheet's language", () => {
  it('shows labels, never codes, and English area names on the English sheet', async () => {
    await zh.post('/api/residents', residentBody(T.communityIds[0], { docNumber: 'EXP0001', nationality: 'KOR', sex: 'M', surname: 'Export' }));
    const cell = (rows: unknown[][], header: string) => rows[1]![(rows[0] as string[]).indexOf(header)];
    const zhRows = await readWorkbook((await zh.get('/api/residents/export.xlsx?q=EXP0001')).rawPayload);
    expect(zhRows).toHaveLength(2);
    expect(cell(zhRows, '证件类型')).toBe('普通护照');
    expect(cell(zhRows, '性别')).toBe('男');
    expect(cell(zhRows, '签证/居留许可类型')).toBe('Z字签证（工作）');
    expect(cell(zhRows, '状态')).toBe('在住');
    expect(cell(zhRows, '社区')).toBe(`${label}一社区`);
    const enRows = await readWorkbook((await en.get('/api/residents/export.xlsx?q=EXP0001')).rawPayload);
    expect(cell(enRows, 'Document type')).toBe('Ordinary passport');
    expect(cell(enRows, 'Sex')).toBe('Male');
    expect(cell(enRows, 'Status')).toBe('Present');
    expect(cell(enRows, 'Community')).toBe('Sunrise Community');
    expect(cell(enRows, 'Subdistrict')).toBe('North Hill Subdistrict');
    expect(JSON.stringify(enRows)).not.toMatch(/"passport"|"M"/);
  });
});

describe('exchanges exports hold exactly what the list filter shows', () => {
  const rowsOf = async (url: string) => (await readWorkbook((await zh.get(url)).rawPayload)).slice(1);

  it('visits', async () => {
    const v = (organisation: string, type: string) => ({
      type,
      status: 'completed',
      startDate: '2026-03-10',
      endDate: '2026-03-12',
      countries: ['韩国'],
      organisation,
      peopleCount: 3,
    });
    for (const body of [v(`${label}访团甲`, 'government'), v(`${label}访团乙`, 'media')])
      expect((await zh.post('/api/exchanges/visits', body)).statusCode).toBe(201);
    expect(await rowsOf(`/api/exchanges/visits/export.xlsx?q=${encodeURIComponent(label)}`)).toHaveLength(2);
    const one = await rowsOf(`/api/exchanges/visits/export.xlsx?q=${encodeURIComponent(label)}&type=media`);
    expect(one).toHaveLength(1);
    expect(JSON.stringify(one)).toContain(`${label}访团乙`);
  });

  it('events', async () => {
    const e = (name: string, kind: string) => ({ kind, name, startDate: '2026-09-01', endDate: '2026-09-03', countries: ['法国'] });
    for (const body of [e(`${label}文化节`, 'festival'), e(`${label}论坛`, 'forum')])
      expect((await zh.post('/api/exchanges/events', body)).statusCode).toBe(201);
    const list = (await zh.get(`/api/exchanges/events?q=${encodeURIComponent(label)}&kind=forum`)).json();
    const one = await rowsOf(`/api/exchanges/events/export.xlsx?q=${encodeURIComponent(label)}&kind=forum`);
    expect(one).toHaveLength(list.total);
    expect(one).toHaveLength(1);
    expect(JSON.stringify(one)).toContain(`${label}论坛`);
    expect(JSON.stringify(one)).toContain('论坛');
    expect(await rowsOf(`/api/exchanges/events/export.xlsx?q=${encodeURIComponent(label)}`)).toHaveLength(2);
  });

  it('friendship cities', async () => {
    const c = (foreignCityZh: string, country: string) => ({
      foreignCityZh,
      foreignCityEn: foreignCityZh,
      country,
      relationType: 'friendship',
      establishedOn: '2001-05-01',
    });
    for (const body of [c(`${label}大阪`, '日本'), c(`${label}釜山`, '韩国')]) expect((await zh.post('/api/exchanges/cities', body)).statusCode).toBe(201);
    expect(await rowsOf(`/api/exchanges/cities/export.xlsx?q=${encodeURIComponent(label)}`)).toHaveLength(2);
    const one = await rowsOf(`/api/exchanges/cities/export.xlsx?q=${encodeURIComponent(label)}&country=KOR`);
    expect(one).toHaveLength(1);
    expect(JSON.stringify(one)).toContain(`${label}釜山`);
  });
});
