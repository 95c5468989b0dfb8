import { and, eq } from 'drizzle-orm';
import { clock } from '../../src/server/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentMovements, residents } from '../../src/server/modules/residents/residents.table';
import { addDays } from '../../src/shared/reference/dates';
import { createTestContext, makeSubtree, residentBody, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame } from '../helpers/http';

let ctx: TestContext;
let T: Subtree;
let other: Subtree;
let op: Client;
let admin: Client;
const today = clock.today();
beforeAll(async () => {
  ctx = await createTestContext();
  T = await makeSubtree(ctx);
  other = await makeSubtree(ctx);
  op = await signIn(ctx, 'district_operator', T.districtId);
  admin = await signIn(ctx, 'admin', ctx.cityId);
});
afterAll(async () => {
  await ctx?.close();
});

async function create(over: Record<string, unknown> = {}) {
  const res = await op.post('/api/residents', residentBody(T.communityIds[0], { arrivalDate: addDays(today, -30), ...over }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const rowsWithDoc = (docNumber: string) => ctx.db.select().from(residents).where(eq(residents.docNumber, docNumber));
const movementsOf = async (id: number) =>
  (await op.get(`/api/residents/${id}/movements`)).json() as Array<{
    kind: string;
    fromOrgUnitId: number | null;
    toOrgUnitId: number | null;
    occurredOn: string;
  }>;

describe('create', () => {
  it('accepts the nationality in the forms people write and stores ISO alpha-3', async () => {
    for (const form of ['韩国', 'South Korea', 'KOR', 'kr', '大韩民国', 'Republic of Korea']) {
      const r = await create({ nationality: form });
      expect(r.nationality, form).toBe('KOR');
      expect(r.docIssuingCountry).toBe('KOR');
    }
  });

  it('normalises a full-width document number and keeps one person per document', async () => {
    const r = await create({ nationality: '日本', docNumber: 'ＴＫ１２３ ４５６７' });
    expect(r.docNumber).toBe('TK1234567');
    const dup = await op.post('/api/residents', residentBody(T.communityIds[1], { nationality: 'JPN', docNumber: 'tk-1234567' }));
    // A duplicate is a 409 (as when two clerks open the file at once), pinned to the field.
    expect(dup.statusCode).toBe(409);
    expect(expectErrorFrame(dup).fields).toEqual([{ path: 'docNumber', message: '证件号码 TK1234567 已登记为另一人的档案' }]);
    expect(await rowsWithDoc('TK1234567')).toHaveLength(1);
    // The same number from another issuing country is another document.
    const otherCountry = await op.post('/api/residents', residentBody(T.communityIds[1], { nationality: 'USA', docNumber: 'TK1234567' }));
    expect(otherCountry.statusCode).toBe(201);
    expect(await rowsWithDoc('TK1234567')).toHaveLength(2);
  });

  it('rejects bad fields with field-level messages', async () => {
    const unknown = await op.post('/api/residents', residentBody(T.communityIds[0], { nationality: 'Atlantis' }));
    expect(unknown.statusCode).toBe(400);
    expect(expectErrorFrame(unknown).fields).toEqual([{ path: 'nationality', message: '无法识别的国家或地区：Atlantis' }]);
    const impossible = await op.post('/api/residents', residentBody(T.communityIds[0], { birthDate: '2020-02-30' }));
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().fields).toEqual([{ path: 'birthDate', message: '出生日期：日期格式应为 YYYY-MM-DD 且为有效日期' }]);
    const order = await op.post('/api/residents', residentBody(T.communityIds[0], { visaIssueDate: '2026-05-01', visaExpiry: '2026-04-01' }));
    expect(order.statusCode).toBe(400);
    expect(order.json().fields.map((f: { path: string }) => f.path)).toEqual(['visaExpiry']);
    const departBeforeArrival = await op.post('/api/residents', residentBody(T.communityIds[0], { arrivalDate: '2026-05-01', departureDate: '2026-04-01' }));
    expect(departBeforeArrival.json().fields[0].path).toBe('departureDate');
    const notArea = await op.post('/api/residents', residentBody(T.districtId));
    expect(notArea.json().fields).toEqual([{ path: 'orgUnitId', message: '请选择街道或社区作为居住区域' }]);
    const outOfScope = await op.post('/api/residents', residentBody(other.communityIds[0]));
    expect(outOfScope.json().fields).toEqual([{ path: 'orgUnitId', message: '所选区域不在您的管辖范围内' }]);
    const visa = await op.post('/api/residents', residentBody(T.communityIds[0], { visaType: 'QQ9' }));
    expect(visa.json().fields[0].path).toBe('visaType');
  });
});

describe('read and edit', () => {
  it('GET /:id returns the file with its area path and what the user may do', async () => {
    const r = await create({ nameZh: '李雪', employer: '某大学' });
    const res = await op.get(`/api/residents/${r.id}`);
    expect(res.statusCode).toBe(200);
    const file = res.json();
    expect(file).toMatchObject({ id: r.id, nameZh: '李雪', employer: '某大学', status: 'active', version: 1, docNumberMasked: false });
    expect(file.areaPath.map((a: { id: number }) => a.id)).toEqual([T.districtId, T.streetIds[0], T.communityIds[0]]);
    expect(file.can).toEqual({ update: true, archive: true, restore: false, addMovement: true });
    expect((await op.get('/api/residents/2147483000')).statusCode).toBe(404);
  });

  it('PUT with the current version saves and increments it; a stale version is 409 and overwrites nothing', async () => {
    const r = await create({ employer: 'First Co' });
    const { id, version, createdAt, updatedAt, areaPath, can, docNumberMasked, status, archiveReason, ...editable } = r;
    void createdAt;
    void updatedAt;
    void areaPath;
    void can;
    void docNumberMasked;
    void status;
    void archiveReason;
    const first = await op.put(`/api/residents/${id}`, { ...editable, version, employer: 'Second Co' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ employer: 'Second Co', version: version + 1 });
    // A second person saving the form they opened at the old version.
    const stale = await op.put(`/api/residents/${id}`, { ...editable, version, employer: 'Third Co' });
    expect(stale.statusCode).toBe(409);
    expect(expectErrorFrame(stale).code).toBe('err.conflict');
    const [row] = await ctx.db.select().from(residents).where(eq(residents.id, id));
    expect(row).toMatchObject({ employer: 'Second Co', version: version + 1 });
    const events = (await admin.get(`/api/audit?entityType=resident&entityId=${id}`)).json();
    expect(events.items.map((e: { action: string }) => e.action)).toEqual(['resident.update', 'resident.create']);
    expect(events.items[0].before).toEqual({ employer: 'First Co' });
    expect(events.items[0].after).toEqual({ employer: 'Second Co' });
  });

  it('an address change on the form leaves an address_change movement', async () => {
    const r = await create({ addressDetail: '一号楼' });
    const { id, version, createdAt, updatedAt, areaPath, can, docNumberMasked, status, archiveReason, ...editable } = r;
    void createdAt;
    void updatedAt;
    void areaPath;
    void can;
    void docNumberMasked;
    void status;
    void archiveReason;
    const res = await op.put(`/api/residents/${id}`, { ...editable, version, orgUnitId: T.communityIds[3], addressDetail: '九号楼' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().areaPath.map((a: { id: number }) => a.id)).toEqual([T.districtId, T.streetIds[1], T.communityIds[3]]);
    const moves = await movementsOf(id);
    const change = moves.find((m) => m.kind === 'address_change')!;
    expect(change).toMatchObject({ fromOrgUnitId: T.communityIds[0], toOrgUnitId: T.communityIds[3], occurredOn: today });
    expect(moves.map((m) => m.kind).sort()).toEqual(['address_change', 'arrival']);
    const out = await op.put(`/api/residents/${id}`, { ...editable, version: version + 1, orgUnitId: other.communityIds[0] });
    expect(out.statusCode).toBe(400);
    expect(out.json().fields[0].path).toBe('orgUnitId');
  });
});

describe('movements', () => {
  it('departure, arrival and registration bring the file in line, in the timeline', async () => {
    const r = await create({ accommodationRegistered: false });
    const dep = await op.post(`/api/residents/${r.id}/movements`, { version: 1, kind: 'departure', occurredOn: today, note: '回国' });
    expect(dep.statusCode, dep.body).toBe(200);
    expect(dep.json()).toMatchObject({ status: 'departed', departureDate: today, version: 2 });
    expect((await op.get('/api/residents?status=active&q=' + r.docNumber)).json().total).toBe(0);
    expect((await op.get('/api/residents?status=departed&q=' + r.docNumber)).json().total).toBe(1);
    const arr = await op.post(`/api/residents/${r.id}/movements`, { version: 2, kind: 'arrival', occurredOn: today, arrivalPort: '浦东机场' });
    expect(arr.json()).toMatchObject({ status: 'active', arrivalDate: today, departureDate: null, arrivalPort: '浦东机场', version: 3 });
    const reg = await op.post(`/api/residents/${r.id}/movements`, { version: 3, kind: 'registration', occurredOn: today });
    expect(reg.json()).toMatchObject({ accommodationRegistered: true, accommodationRegisteredOn: today, version: 4 });
    const stale = await op.post(`/api/residents/${r.id}/movements`, { version: 3, kind: 'departure', occurredOn: today });
    expect(stale.statusCode).toBe(409);
    const kinds = (await movementsOf(r.id)).map((m) => m.kind);
    expect(kinds.sort()).toEqual(['arrival', 'arrival', 'departure', 'registration']);
  });

  it('an address change needs an area inside the scope', async () => {
    const r = await create();
    const missing = await op.post(`/api/residents/${r.id}/movements`, { version: 1, kind: 'address_change', occurredOn: today });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual([{ path: 'toOrgUnitId', message: '地址变更需要选择新的居住区域' }]);
    const outside = await op.post(`/api/residents/${r.id}/movements`, {
      version: 1,
      kind: 'address_change',
      occurredOn: today,
      toOrgUnitId: other.communityIds[1],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields).toEqual([{ path: 'toOrgUnitId', message: '所选区域不在您的管辖范围内' }]);
    const ok = await op.post(`/api/residents/${r.id}/movements`, {
      version: 1,
      kind: 'address_change',
      occurredOn: today,
      toOrgUnitId: T.communityIds[2],
      addressRoom: '301',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ orgUnitId: T.communityIds[2], addressRoom: '301' });
    const rows = await ctx.db
      .select()
      .from(residentMovements)
      .where(and(eq(residentMovements.residentId, r.id), eq(residentMovements.kind, 'address_change')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fromOrgUnitId: T.communityIds[0], toOrgUnitId: T.communityIds[2] });
  });
});

describe('archive and restore', () => {
  it('archives only with a reason; an archived file cannot be edited until restored', async () => {
    const r = await create();
    const noReason = await op.post(`/api/residents/${r.id}/archive`, { version: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(expectErrorFrame(noReason).fields![0].path).toBe('reason');
    const tooShort = await op.post(`/api/residents/${r.id}/archive`, { version: 1, reason: ' x ' });
    expect(tooShort.json().fields).toEqual([{ path: 'reason', message: '请填写原因（至少 2 个字）' }]);
    const archived = await op.post(`/api/residents/${r.id}/archive`, { version: 1, reason: '已离境回国' });
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({ status: 'archived', archiveReason: '已离境回国', version: 2, can: { update: false, restore: true } });

    const { id, version, createdAt, updatedAt, areaPath, can, docNumberMasked, status, archiveReason, ...editable } = archived.json();
    void createdAt;
    void updatedAt;
    void areaPath;
    void can;
    void docNumberMasked;
    void status;
    void archiveReason;
    const edit = await op.put(`/api/residents/${id}`, { ...editable, version, employer: 'Nope' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toBe('档案已归档，恢复后才能修改');
    expect((await op.post(`/api/residents/${id}/movements`, { version, kind: 'registration', occurredOn: today })).statusCode).toBe(409);
    expect((await op.post(`/api/residents/${id}/archive`, { version, reason: '再次归档' })).statusCode).toBe(409);
    expect((await op.get(`/api/residents?q=${r.docNumber}`)).json().total).toBe(0);
    expect((await op.get(`/api/residents?status=archived&q=${r.docNumber}`)).json().total).toBe(1);
    // Never deleted: the row is still there.
    expect(await rowsWithDoc(r.docNumber)).toHaveLength(1);

    const restored = await op.post(`/api/residents/${id}/restore`, { version });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ status: 'active', archiveReason: null, version: version + 1 });
    const notArchived = await op.post(`/api/residents/${id}/restore`, { version: version + 1 });
    expect(notArchived.statusCode).toBe(409);
    expect(notArchived.json().message).toBe('档案未归档');
    const actions = (await admin.get(`/api/audit?entityType=resident&entityId=${id}`)).json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['resident.restore', 'resident.archive', 'resident.create']);
  });
});
