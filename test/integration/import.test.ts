import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentMovements, residents } from '../../src/server/modules/residents/residents.table';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { buildWorkbook, expectErrorFrame, importSheet, multipartFile, readWorkbook } from '../helpers/http';

let ctx: TestContext;
let label: string;
let T: Subtree;
let otherLabel: string;
let op: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  label = `导${randomBytes(3).toString('hex')}`;
  otherLabel = `外${randomBytes(3).toString('hex')}`;
  T = await makeSubtree(ctx, label);
  await makeSubtree(ctx, otherLabel);
  op = await signIn(ctx, 'district_operator', T.districtId);
});
afterAll(async () => {
  await ctx?.close();
});

const HEADER = ['序号', '英文姓名', '中文姓名', '国籍', '证件号码', '出生日期', '入境日期', '区县', '街道', '社区', '详细地址'];
const excelSerial = (ymd: string) => Date.UTC(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10)) / 86_400_000 + 25569;

/** A messy office ledger: title row, Chinese headers, every date form, full-width numbers, country names in many forms. */
function messySheet(prefix: string, overrides: { communityOfFirst?: string; addressOfFirst?: string } = {}) {
  const d = `${label}区`;
  const s1 = `${label}甲街道`;
  const s2 = `${label}乙街道`;
  const good = [
    [
      1,
      'KIM MINSU',
      '金民洙',
      '韩国',
      `Ｍ${prefix}０１`,
      '1990年3月1日',
      new Date(Date.UTC(2026, 9, 1)),
      d,
      s1,
      overrides.communityOfFirst ?? `${label}一社区`,
      overrides.addressOfFirst ?? '一号楼',
    ],
    [2, 'LEE JIWOO', null, '大韩民国', `M${prefix}02`, '2020.3.1', excelSerial('2026-08-15'), d, s1, `${label}二社区`, null],
    [3, 'PARK SOYEON', null, 'Republic of Korea', `M${prefix}03`, new Date(Date.UTC(1985, 11, 31)), '2026年7月2日', d, s2, `${label}三社区`, null],
    [4, 'SATO KEN', '佐藤健', 'JPN', `TK${prefix}04`, excelSerial('1979-05-05'), '2026-06-30', d, s2, `${label}四社区`, '二号楼 301'],
    [5, 'DOE JOHN', null, '美国', `US ${prefix}05`, '1970.1.2', '2026.11.1', d, s1, null, null],
  ];
  const bad = [
    [6, 'NOBODY KNOWS', null, 'Atlantis', `XX${prefix}06`, '1990-01-01', new Date(Date.UTC(2026, 0, 1)), d, s1, `${label}一社区`, null],
    [7, 'BAD DATE', null, '德国', `DE${prefix}07`, '2020年2月30日', '2026-01-01', d, s1, `${label}一社区`, null],
    [8, 'NO COUNTRY', null, null, `NC${prefix}08`, '1990-03-01', '2026-01-01', d, s1, `${label}二社区`, null],
    [9, 'FAR AWAY', null, '法国', `FR${prefix}09`, '1990-03-01', '2026-01-01', `${otherLabel}区`, `${otherLabel}甲街道`, `${otherLabel}一社区`, null],
  ];
  return [['某区境外人员台账（2026年11月）'], HEADER, ...good, [], ...bad];
}
const countPersons = async () => (await ctx.db.select({ id: residents.id }).from(residents)).length;

describe('import of an office ledger', () => {
  const prefix = '1000';
  let firstDoc: string;

  it('imports the good rows, normalised, and reports every bad row with its row number and reason', async () => {
    const job = await importSheet(op, await buildWorkbook(messySheet(prefix)), '台账.xlsx');
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.result).toMatchObject({ inserted: 5, updated: 0, unchanged: 0, rejected: 4 });
    firstDoc = `M${prefix}01`;

    const rows = await ctx.db
      .select()
      .from(residents)
      .where(inArray(residents.docNumber, [`M${prefix}01`, `M${prefix}02`, `M${prefix}03`, `TK${prefix}04`, `US${prefix}05`]));
    const byDoc = new Map(rows.map((x) => [x.docNumber, x]));
    expect(byDoc.size).toBe(5);
    expect(byDoc.get(`M${prefix}01`)).toMatchObject({
      surname: 'KIM',
      givenNames: 'MINSU',
      nameZh: '金民洙',
      nationality: 'KOR',
      birthDate: '1990-03-01',
      arrivalDate: '2026-10-01',
      orgUnitId: T.communityIds[0],
      addressDetail: '一号楼',
    });
    expect(byDoc.get(`M${prefix}02`)).toMatchObject({ nationality: 'KOR', birthDate: '2020-03-01', arrivalDate: '2026-08-15', orgUnitId: T.communityIds[1] });
    expect(byDoc.get(`M${prefix}03`)).toMatchObject({ nationality: 'KOR', birthDate: '1985-12-31', arrivalDate: '2026-07-02', orgUnitId: T.communityIds[2] });
    expect(byDoc.get(`TK${prefix}04`)).toMatchObject({ nationality: 'JPN', birthDate: '1979-05-05', arrivalDate: '2026-06-30', orgUnitId: T.communityIds[3] });
    // No community given: filed under the street.
    expect(byDoc.get(`US${prefix}05`)).toMatchObject({ nationality: 'USA', birthDate: '1970-01-02', arrivalDate: '2026-11-01', orgUnitId: T.streetIds[0] });

    const report = await op.get(`/api/files/${job.result!.errorFileId}`);
    expect(report.statusCode).toBe(200);
    const sheet = await readWorkbook(report.rawPayload);
    expect(sheet[0].slice(0, 3)).toEqual(['行号', '原因', '序号']);
    const reasons = new Map(sheet.slice(1).map((row) => [row[0] as number, String(row[1])]));
    expect([...reasons.keys()]).toEqual([9, 10, 11, 12]);
    expect(reasons.get(9)).toContain('Atlantis');
    expect(reasons.get(10)).toContain('出生日期');
    expect(reasons.get(11)).toBe('国籍必填');
    expect(reasons.get(12)).toBe(`找不到区县“${otherLabel}区”`);
    // The office's own row comes back too, so it can be fixed and re-imported.
    expect(sheet.find((row) => row[0] === 9)!.slice(2, 6)).toEqual([6, 'NOBODY KNOWS', undefined, 'Atlantis']);
    // A date cell comes back as the date it showed, not as the serial number stored in the file.
    expect(sheet.find((row) => row[0] === 9)![8]).toBe('2026-01-01');
    // Nothing of the rejected rows was stored.
    expect(
      await ctx.db
        .select()
        .from(residents)
        .where(inArray(residents.docNumber, [`XX${prefix}06`, `DE${prefix}07`, `FR${prefix}09`])),
    ).toEqual([]);
    const first = byDoc.get(firstDoc)!;
    const moves = await ctx.db.select().from(residentMovements).where(eq(residentMovements.residentId, first.id));
    expect(moves.map((m) => m.kind)).toEqual(['arrival']);
  });

  it('re-importing the same sheet changes nothing', async () => {
    const before = await countPersons();
    const [row] = await ctx.db.select().from(residents).where(eq(residents.docNumber, firstDoc));
    const job = await importSheet(op, await buildWorkbook(messySheet(prefix)));
    expect(job.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, rejected: 4 });
    expect(await countPersons()).toBe(before);
    const [after] = await ctx.db.select().from(residents).where(eq(residents.docNumber, firstDoc));
    expect(after.version).toBe(row.version);
    expect(after.updatedAt.getTime()).toBe(row.updatedAt.getTime());
  });

  it('a changed address on re-import updates the file and adds a movement', async () => {
    const job = await importSheet(op, await buildWorkbook(messySheet(prefix, { communityOfFirst: `${label}二社区`, addressOfFirst: '七号楼' })));
    expect(job.result).toMatchObject({ inserted: 0, updated: 1, unchanged: 4, rejected: 4 });
    const [row] = await ctx.db.select().from(residents).where(eq(residents.docNumber, firstDoc));
    expect(row).toMatchObject({ orgUnitId: T.communityIds[1], addressDetail: '七号楼', version: 2 });
    const moves = await ctx.db.select().from(residentMovements).where(eq(residentMovements.residentId, row.id));
    expect(moves.map((m) => m.kind).sort()).toEqual(['address_change', 'arrival']);
    expect(moves.find((m) => m.kind === 'address_change')).toMatchObject({ fromOrgUnitId: T.communityIds[0], toOrgUnitId: T.communityIds[1] });
    const audit = (await (await signIn(ctx, 'admin', ctx.cityId)).get('/api/audit?action=resident.import&entityType=job')).json();
    expect(audit.total).toBe(3);
    expect(audit.items[0].detail).toMatchObject({ updated: 1, unchanged: 4, rejected: 4 });
  });

  it('an export of the ledger imports back with everything unchanged', async () => {
    const exported = await op.get('/api/residents/export.xlsx?status=all');
    expect(exported.statusCode).toBe(200);
    const rows = await readWorkbook(exported.rawPayload);
    expect(rows.length - 1).toBe(5);
    const before = await countPersons();
    const job = await importSheet(op, exported.rawPayload, 'export.xlsx');
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, rejected: 0, errorFileId: null });
    expect(await countPersons()).toBe(before);
  });
});

describe('import by a street operator and outside its scope', () => {
  it('files residents of a sheet without area columns under the operator’s own street', async () => {
    const street = await signIn(ctx, 'street_operator', T.streetIds[1]);
    const sheet = await buildWorkbook([
      ['证件号码', '国籍', '英文姓名', '出生日期'],
      ['Ｓ２００００１', '日本', 'YAMADA TARO', '1980年1月1日'],
      ['S200002', 'Germany', 'SCHMIDT ANNA', 29221],
    ]);
    const job = await importSheet(street, sheet);
    expect(job.result).toMatchObject({ inserted: 2, rejected: 0 });
    const rows = await ctx.db
      .select()
      .from(residents)
      .where(inArray(residents.docNumber, ['S200001', 'S200002']));
    expect(rows.map((x) => x.orgUnitId)).toEqual([T.streetIds[1], T.streetIds[1]]);
    expect(rows.find((x) => x.docNumber === 'S200002')).toMatchObject({ nationality: 'DEU', birthDate: '1980-01-01' });
  });

  it('rejects a row whose area, or whose existing file, lies outside the importer’s scope', async () => {
    const street = await signIn(ctx, 'street_operator', T.streetIds[0]);
    const sheet = await buildWorkbook([
      ['证件号码', '国籍', '英文姓名', '街道', '社区'],
      ['S300001', '韩国', 'KIM ONE', `${label}乙街道`, `${label}三社区`],
      ['S200001', '日本', 'YAMADA TARO', `${label}甲街道`, `${label}一社区`],
      ['S300003', '韩国', 'KIM THREE', `${label}甲街道`, `${label}一社区`],
    ]);
    const job = await importSheet(street, sheet);
    expect(job.result).toMatchObject({ inserted: 1, updated: 0, rejected: 2 });
    const reasons = (await readWorkbook((await street.get(`/api/files/${job.result!.errorFileId}`)).rawPayload)).slice(1).map((r) => [r[0], r[1]]);
    expect(reasons).toEqual([
      [2, `找不到街道“${label}乙街道”`],
      [3, '证件号码 S200001 已登记为另一人的档案'],
    ]);
    const [moved] = await ctx.db.select().from(residents).where(eq(residents.docNumber, 'S200001'));
    expect(moved.orgUnitId).toBe(T.streetIds[1]);
    expect(await ctx.db.select().from(residents).where(eq(residents.docNumber, 'S300001'))).toEqual([]);
    // The report belongs to its importer only.
    expect((await op.get(`/api/files/${job.result!.errorFileId}`)).statusCode).toBe(404);
  });
});

describe('files that are not ledgers', () => {
  it('refuses a non-xlsx upload and a request without a file with 400', async () => {
    const { payload, headers } = multipartFile(Buffer.from('a,b\n1,2\n'), 'ledger.csv', 'text/csv');
    const res = await op.post('/api/residents/import', payload, headers);
    expect(res.statusCode).toBe(400);
    expect(expectErrorFrame(res).message).toBe('只接受 Excel .xlsx 文件');
    const json = await op.post('/api/residents/import', { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json().message).toBe('请上传 .xlsx 文件');
  });

  it('fails the job with a clear message for a sheet without a header, or a file that is not a workbook', async () => {
    const before = await countPersons();
    const noHeader = await importSheet(op, await buildWorkbook([['随便写点什么'], ['A', 'B', 'C'], [1, 2, 3]]));
    expect(noHeader.status).toBe('failed');
    expect(noHeader.error).toBe('表中找不到表头行（需要至少包含“证件号码”和“国籍”列）');
    const garbage = await importSheet(op, Buffer.from('this is not a zip file at all'), 'fake.xlsx');
    expect(garbage.status).toBe('failed');
    expect(garbage.error).toMatch(/^无法读取该 Excel 文件/);
    expect(await countPersons()).toBe(before);
  });

  it('a job is visible only to the user who started it', async () => {
    const job = await importSheet(
      op,
      await buildWorkbook([
        ['证件号码', '国籍'],
        ['J0000001', 'KOR'],
      ]),
    );
    expect(job.result).toMatchObject({ inserted: 0, rejected: 1 });
    const other = await signIn(ctx, 'district_operator', T.districtId);
    expect((await other.get(`/api/jobs/${job.id}`)).statusCode).toBe(404);
  });
});
