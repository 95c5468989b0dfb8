/**
 * Issue 8 §3 "nothing lost": a partial sheet updates only its columns, a later row for the same record is
 * applied rather than dropped, and every record an import creates or changes has its own audit event.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/platform/platform.table';
import { residentMovements, residents } from '../../src/server/modules/residents/residents.table';
import { friendshipCities } from '../../src/server/modules/exchanges/exchanges.table';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { buildWorkbook, importSheet, multipartFile, readWorkbook, waitForJob } from '../helpers/http';

let ctx: TestContext;
let label: string;
let T: Subtree;
let op: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  label = `全${randomBytes(3).toString('hex')}`;
  T = await makeSubtree(ctx, label);
  op = await signIn(ctx, 'district_operator', T.districtId);
});
afterAll(async () => {
  await ctx?.close();
});

const FULL = [
  '英文姓',
  '英文名',
  '中文姓名',
  '性别',
  '出生日期',
  '国籍',
  '证件号码',
  '签证类型',
  '入境日期',
  '工作单位',
  '联系电话',
  '备注',
  '区县',
  '街道',
  '社区',
  '详细地址',
];
const byDoc = async (docs: string[]) => new Map((await ctx.db.select().from(residents).where(inArray(residents.docNumber, docs))).map((r) => [r.docNumber, r]));
const importAudits = async (ids: number[]) =>
  ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'resident'), inArray(auditEvents.entityId, ids.map(String))));

describe('a partial residents sheet', () => {
  const d = () => `${label}区`;
  it('an address-update sheet of five columns changes the address and nothing else', async () => {
    const full = await importSheet(
      op,
      await buildWorkbook([
        FULL,
        [
          'KIM',
          'MINSU',
          '金民洙',
          '男',
          '1990-03-01',
          '韩国',
          'PA100001',
          'Z',
          '2026-01-15',
          '某某科技',
          '13800000001',
          '老住户',
          d(),
          `${label}甲街道`,
          `${label}一社区`,
          '一号楼',
        ],
        [
          'SATO',
          'KEN',
          '佐藤健',
          '男',
          '1979-05-05',
          '日本',
          'PA100002',
          'X1',
          '2026-02-01',
          '某某大学',
          '13800000002',
          '留学生',
          d(),
          `${label}乙街道`,
          `${label}三社区`,
          '二号楼',
        ],
      ]),
    );
    expect(full.result).toMatchObject({ inserted: 2, rejected: 0 });
    const before = await byDoc(['PA100001', 'PA100002']);

    const job = await importSheet(
      op,
      await buildWorkbook([
        ['证件号码', '国籍', '街道', '社区', '详细地址'],
        ['PA100001', '韩国', `${label}甲街道`, `${label}二社区`, '七号楼 702'],
        ['PA100002', '日本', `${label}乙街道`, `${label}三社区`, '二号楼'],
      ]),
    );
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.result).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, rejected: 0 });
    const after = await byDoc(['PA100001', 'PA100002']);
    const kim = after.get('PA100001')!;
    expect(kim).toMatchObject({ orgUnitId: T.communityIds[1], addressDetail: '七号楼 702', version: 2 });
    // Everything the sheet had no column for is as it was.
    const kept = ['surname', 'givenNames', 'nameZh', 'sex', 'birthDate', 'visaType', 'arrivalDate', 'employer', 'phone', 'notes', 'nameSort'] as const;
    for (const k of kept) expect(kim[k], k).toEqual(before.get('PA100001')![k]);
    expect(after.get('PA100002')).toEqual(before.get('PA100002'));

    const [audit] = (await importAudits([kim.id])).filter((a) => a.action === 'resident.import.update');
    expect(audit.before).toEqual({ orgUnitId: T.communityIds[0], addressDetail: '一号楼' });
    expect(audit.after).toEqual({ orgUnitId: T.communityIds[1], addressDetail: '七号楼 702' });
    expect(audit.detail).toEqual({ jobId: job.id, row: 2 });
  });

  it('a sheet of arrival dates alone records the arrival where the person lives', async () => {
    const job = await importSheet(
      op,
      await buildWorkbook([
        ['证件号码', '国籍', '入境日期'],
        ['PA100002', '日本', '2026-03-05'],
      ]),
    );
    expect(job.result).toMatchObject({ updated: 1, rejected: 0 });
    const sato = (await byDoc(['PA100002'])).get('PA100002')!;
    const [arrival] = await ctx.db
      .select()
      .from(residentMovements)
      .where(and(eq(residentMovements.residentId, sato.id), eq(residentMovements.kind, 'arrival'), eq(residentMovements.occurredOn, '2026-03-05')));
    expect(arrival).toMatchObject({ toOrgUnitId: T.communityIds[2] });
  });

  it('a new person in a partial sheet still needs the required fields, named in the reason', async () => {
    const job = await importSheet(
      op,
      await buildWorkbook([
        ['证件号码', '国籍', '联系电话'],
        ['PA100001', '韩国', '13900000009'],
        ['PA100003', '美国', '13900000003'],
      ]),
    );
    expect(job.result).toMatchObject({ inserted: 0, updated: 1, rejected: 1 });
    const report = await readWorkbook((await op.get(`/api/files/${job.result!.errorFileId}`)).rawPayload);
    // A district operator's new person needs a street or community: the sheet has no such column.
    expect(report.slice(1).map((r) => [r[0], r[1]])).toEqual([[3, '请选择街道或社区作为居住区域']]);
    const kim = (await byDoc(['PA100001'])).get('PA100001')!;
    expect(kim).toMatchObject({ phone: '13900000009', surname: 'KIM', addressDetail: '七号楼 702', orgUnitId: T.communityIds[1] });
  });

  it('the rules across fields are checked against the file as it will be', async () => {
    // Departure before the stored arrival (2026-01-15): rejected, although the sheet has no arrival column.
    const job = await importSheet(
      op,
      await buildWorkbook([
        ['证件号码', '国籍', '离境日期'],
        ['PA100001', '韩国', '2026-01-01'],
      ]),
    );
    expect(job.result).toMatchObject({ updated: 0, rejected: 1 });
    expect((await byDoc(['PA100001'])).get('PA100001')!.departureDate).toBeNull();
  });
});

describe('two rows of one sheet for the same document', () => {
  it('the later row is applied as an update of the earlier; an identical one changes nothing', async () => {
    const head = ['证件号码', '国籍', '英文姓名', '联系电话', '街道', '社区'];
    const job = await importSheet(
      op,
      await buildWorkbook([
        head,
        ['PD200001', '法国', 'DUPONT MARIE', '111', `${label}甲街道`, `${label}一社区`],
        ['PD200002', '法国', 'MARTIN PAUL', '222', `${label}甲街道`, `${label}一社区`],
        ['PD200001', 'France', 'DUPONT MARIE', '333', `${label}甲街道`, `${label}二社区`],
        ['PD200002', '法国', 'MARTIN PAUL', '222', `${label}甲街道`, `${label}一社区`],
      ]),
    );
    expect(job.result).toMatchObject({ inserted: 2, updated: 1, unchanged: 1, rejected: 0 });
    const rows = await byDoc(['PD200001', 'PD200002']);
    expect(rows.get('PD200001')).toMatchObject({ phone: '333', orgUnitId: T.communityIds[1], surname: 'DUPONT', version: 2 });
    expect(rows.get('PD200002')).toMatchObject({ phone: '222', version: 1 });

    // One event per file created, one per change, each with what it did.
    const audits = await importAudits([rows.get('PD200001')!.id, rows.get('PD200002')!.id]);
    expect(audits.map((a) => [a.entityId, a.action, (a.detail as { row: number }).row]).sort()).toEqual(
      [
        [String(rows.get('PD200001')!.id), 'resident.import.create', 2],
        [String(rows.get('PD200001')!.id), 'resident.import.update', 4],
        [String(rows.get('PD200002')!.id), 'resident.import.create', 3],
      ].sort(),
    );
    const created = audits.find((a) => a.action === 'resident.import.create' && a.entityId === String(rows.get('PD200002')!.id))!;
    expect(created.after).toMatchObject({ docNumber: 'PD200002', nationality: 'FRA', surname: 'MARTIN', phone: '222', orgUnitId: T.communityIds[0] });
    expect(created.actorId).toBe(op.userId);
    const update = audits.find((a) => a.action === 'resident.import.update')!;
    expect(update.before).toEqual({ phone: '111', orgUnitId: T.communityIds[0] });
    expect(update.after).toEqual({ phone: '333', orgUnitId: T.communityIds[1] });
  });
});

describe('a partial friendship-city sheet', () => {
  const upload = async (client: Client, content: Buffer) => {
    const { payload, headers } = multipartFile(content, '友城.xlsx');
    const res = await client.post('/api/exchanges/cities/import', payload, headers);
    expect(res.statusCode, res.body).toBe(202);
    return waitForJob(client, res.json().id);
  };

  it('updates only the columns the sheet has; a later row for the same pair updates the earlier', async () => {
    const staff = await signIn(ctx, 'district_operator', T.districtId);
    const first = await upload(
      staff,
      await buildWorkbook([
        ['外国城市（中文）', '外国城市（英文）', '国家', '省/州', '关系类型', '缔结日期', '管理层级', '合作领域', '备注'],
        ['福冈', 'Fukuoka', '日本', '福冈县', '友好城市', '1990-05-01', '一类', '教育、旅游', '老友城'],
      ]),
    );
    expect(first.result).toMatchObject({ inserted: 1, rejected: 0 });
    const [before] = await ctx.db
      .select()
      .from(friendshipCities)
      .where(and(eq(friendshipCities.orgUnitId, T.districtId), eq(friendshipCities.foreignCityZh, '福冈')));

    const job = await upload(
      staff,
      await buildWorkbook([
        ['外国城市（中文）', '国家', '备注'],
        ['福冈', '日本', '2026 年互访'],
        ['福冈', 'JPN', '2026 年互访；签署备忘录（市长率团）'],
        ['清迈', '泰国', '新结好'],
      ]),
    );
    expect(job.result).toMatchObject({ inserted: 0, updated: 2, unchanged: 0, rejected: 1 });
    const [after] = await ctx.db.select().from(friendshipCities).where(eq(friendshipCities.id, before.id));
    // Free text is stored as typed: full-width punctuation stays.
    expect(after.notes).toBe('2026 年互访；签署备忘录（市长率团）');
    for (const k of ['foreignCityEn', 'provinceState', 'relationType', 'establishedOn', 'tier', 'industries', 'status'] as const)
      expect(after[k], k).toEqual(before[k]);
    // A new pair still needs its date of establishment.
    const report = await readWorkbook((await staff.get(`/api/files/${job.result!.errorFileId}`)).rawPayload);
    expect(report[1][0]).toBe(4);
    expect(String(report[1][1])).toMatch(/^缔结日期: /);

    const audits = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'friendship_city'), eq(auditEvents.entityId, String(before.id))));
    expect(audits.map((a) => a.action)).toEqual(['friendshipCity.import.create', 'friendshipCity.import.update', 'friendshipCity.import.update']);
    expect(audits[1]).toMatchObject({ before: { notes: '老友城' }, after: { notes: '2026 年互访' }, detail: { jobId: job.id, row: 2 } });
  });

  it('finds a pair named with full-width brackets again, as the form stored it', async () => {
    const staff = await signIn(ctx, 'district_operator', T.districtId);
    const made = await staff.post('/api/exchanges/cities', {
      orgUnitId: T.districtId,
      foreignCityZh: '圣地亚哥（智利）',
      foreignCityEn: 'Santiago',
      country: 'CHL',
      relationType: 'friendship',
      establishedOn: '2001-04-01',
    });
    expect(made.statusCode, made.body).toBe(201);
    const job = await upload(
      staff,
      await buildWorkbook([
        ['外国城市（中文）', '国家', '备注'],
        ['圣地亚哥（智利）', '智利', '南美第一个'],
      ]),
    );
    expect(job.result).toMatchObject({ inserted: 0, updated: 1, rejected: 0 });
    const pairs = await ctx.db
      .select()
      .from(friendshipCities)
      .where(and(eq(friendshipCities.orgUnitId, T.districtId), eq(friendshipCities.country, 'CHL')));
    expect(pairs.map((p) => [p.foreignCityZh, p.notes, p.version])).toEqual([['圣地亚哥（智利）', '南美第一个', 2]]);
  });
});
