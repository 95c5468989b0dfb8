import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, makeSubtree, residentBody, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame } from '../helpers/http';

let ctx: TestContext;
let A: Subtree;
let B: Subtree;
let admin: Client;
let adminA: Client;
let adminB: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  A = await makeSubtree(ctx);
  B = await makeSubtree(ctx);
  admin = await signIn(ctx, 'admin', ctx.cityId);
  adminA = await signIn(ctx, 'admin', A.districtId);
  adminB = await signIn(ctx, 'admin', B.districtId);
});
afterAll(async () => {
  await ctx?.close();
});

let n = 0;
const newUser = (over: Record<string, unknown> = {}) => ({
  username: `user.${Date.now().toString(36)}-${++n}`,
  displayName: `测试用户${n}`,
  role: 'district_operator',
  orgUnitId: A.districtId,
  password: 'Long-enough-pw-1',
  ...over,
});

type AuditItem = { action: string; entityType: string; entityId: string | null; actorName: string | null; after: unknown };
async function audit(client: Client, query: string): Promise<{ items: AuditItem[]; total: number }> {
  const res = await client.get(`/api/audit?${query.includes('pageSize=') ? query : `pageSize=200&${query}`}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('users', () => {
  it('an admin creates a user, who can sign in and must change the password', async () => {
    const body = newUser({ role: 'street_operator', orgUnitId: A.streetIds[0] });
    const res = await admin.post('/api/users', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      username: body.username,
      role: 'street_operator',
      orgUnitId: A.streetIds[0],
      mustChangePassword: true,
      disabled: false,
      version: 1,
    });
    expect(res.body).not.toMatch(/passwordHash|argon2|Long-enough/);
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: body.username, password: body.password } });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
    const events = await audit(admin, `action=user.create&entityType=user&entityId=${res.json().id}`);
    expect(events.total).toBe(1);
    expect(events.items[0].actorName).toBe(admin.username);
    expect(JSON.stringify(events.items[0].after)).not.toMatch(/argon2/);
  });

  it('refuses a role that does not fit the unit level, a taken username and a short password, on the field', async () => {
    const roleMismatch = await admin.post('/api/users', newUser({ role: 'street_operator', orgUnitId: A.districtId }));
    expect(roleMismatch.statusCode).toBe(400);
    expect(expectErrorFrame(roleMismatch).fields).toEqual([{ path: 'role', message: '该角色与所属单位层级不匹配' }]);
    const operatorAtCity = await admin.post('/api/users', newUser({ role: 'district_operator', orgUnitId: ctx.cityId }));
    expect(operatorAtCity.json().fields[0].path).toBe('role');

    const first = newUser();
    expect((await admin.post('/api/users', first)).statusCode).toBe(201);
    const dup = await admin.post('/api/users', newUser({ username: first.username.toUpperCase() }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields).toEqual([{ path: 'username', message: '用户名已存在' }]);

    const short = await admin.post('/api/users', newUser({ password: 'short' }));
    expect(short.statusCode).toBe(400);
    expect(short.json().fields).toEqual([{ path: 'password', message: '密码至少 10 个字符' }]);
    const badName = await admin.post('/api/users', newUser({ username: '用户 名' }));
    expect(badName.json().fields[0]).toEqual({ path: 'username', message: '用户名只能包含字母、数字、点、下划线和连字符' });
    const outside = await adminA.post('/api/users', newUser({ orgUnitId: B.districtId }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields[0]).toEqual({ path: 'orgUnitId', message: '所选区域不在您的管辖范围内' });
  });

  it('non-admins get 403 on every /api/users route', async () => {
    for (const [role, unit] of [
      ['office_staff', ctx.cityId],
      ['district_operator', A.districtId],
      ['leader', A.districtId],
    ] as const) {
      const c = await signIn(ctx, role, unit);
      expect((await c.get('/api/users')).statusCode).toBe(403);
      const post = await c.post('/api/users', newUser());
      expect(post.statusCode).toBe(403);
      expect(expectErrorFrame(post).message).toBe('您没有执行此操作的权限');
      expect((await c.post(`/api/users/${adminA.userId}/unlock`)).statusCode).toBe(403);
    }
  });

  it('a district admin sees and manages only users in its own subtree', async () => {
    const inA = (await admin.post('/api/users', newUser({ orgUnitId: A.districtId }))).json();
    const inB = (await admin.post('/api/users', newUser({ orgUnitId: B.districtId }))).json();
    const listA = (await adminA.get('/api/users')).json() as Array<{ id: number; orgUnitId: number }>;
    expect(listA.map((u) => u.id)).toContain(inA.id);
    expect(listA.map((u) => u.id)).not.toContain(inB.id);
    expect(listA.map((u) => u.id)).not.toContain(adminB.userId);
    const aUnits = new Set([A.districtId, ...A.streetIds, ...A.communityIds]);
    expect(listA.every((u) => aUnits.has(u.orgUnitId))).toBe(true);
    const all = (await admin.get('/api/users')).json() as Array<{ id: number }>;
    expect(all.map((u) => u.id)).toEqual(expect.arrayContaining([inA.id, inB.id, adminA.userId, adminB.userId]));

    expect((await adminA.patch(`/api/users/${inB.id}`, { version: 1, displayName: 'x' })).statusCode).toBe(404);
    expect((await adminA.post(`/api/users/${inB.id}/reset-password`, { password: 'Another-pass-1' })).statusCode).toBe(404);
    expect((await adminA.post(`/api/users/${inB.id}/unlock`)).statusCode).toBe(404);
    const renamed = await adminA.patch(`/api/users/${inA.id}`, { version: 1, displayName: '新名字' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ displayName: '新名字', version: 2 });
    const stale = await adminA.patch(`/api/users/${inA.id}`, { version: 1, displayName: '再改' });
    expect(stale.statusCode).toBe(409);
    expect(expectErrorFrame(stale).message).toBe('此记录已被他人修改，请刷新后再改');
    const moveOut = await adminA.patch(`/api/users/${inA.id}`, { version: 2, orgUnitId: B.districtId });
    expect(moveOut.statusCode).toBe(400);
    const reset = await adminA.post(`/api/users/${inA.id}/reset-password`, { password: 'Reset-password-1' });
    expect(reset.statusCode).toBe(200);
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: inA.username, password: 'Reset-password-1' } });
    expect(login.statusCode).toBe(200);
  });
});

describe('org units', () => {
  it('the tree holds only the caller’s own subtree', async () => {
    const ids = async (c: Client) => ((await c.get('/api/org/tree')).json() as Array<{ id: number }>).map((u) => u.id).sort((a, b) => a - b);
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const op = await signIn(ctx, 'district_operator', A.districtId);
    expect(await ids(op)).toEqual(sorted([A.districtId, ...A.streetIds, ...A.communityIds]));
    const street = await signIn(ctx, 'street_operator', B.streetIds[1]);
    expect(await ids(street)).toEqual(sorted([B.streetIds[1], B.communityIds[2], B.communityIds[3]]));
    const cityIds = await ids(admin);
    expect(cityIds).toEqual(expect.arrayContaining([ctx.cityId, A.districtId, B.districtId, ...B.communityIds]));
    const tree = (await op.get('/api/org/tree')).json() as Array<{ id: number; depth: number }>;
    expect(tree[0]).toMatchObject({ id: A.districtId, depth: 1 });
  });

  it('creates and renames units with optimistic locking, inside the scope only', async () => {
    const created = await adminA.post('/api/org/units', { parentId: A.streetIds[0], kind: 'community', nameZh: '新建社区' });
    expect(created.statusCode, created.body).toBe(201);
    const unit = created.json();
    expect(unit).toMatchObject({ parentId: A.streetIds[0], kind: 'community', depth: 3, version: 1, nameZh: '新建社区' });
    expect(unit.nameEn.length).toBeGreaterThan(0);
    expect(((await adminA.get('/api/org/tree')).json() as Array<{ id: number }>).map((u) => u.id)).toContain(unit.id);

    const renamed = await adminA.patch(`/api/org/units/${unit.id}`, { version: 1, nameZh: '更名社区' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ nameZh: '更名社区', version: 2 });
    const stale = await adminA.patch(`/api/org/units/${unit.id}`, { version: 1, nameZh: '覆盖' });
    expect(stale.statusCode).toBe(409);
    expectErrorFrame(stale);
    const tree = (await admin.get('/api/org/tree')).json() as Array<{ id: number; nameZh: string }>;
    expect(tree.find((u) => u.id === unit.id)!.nameZh).toBe('更名社区');

    const underB = await adminA.post('/api/org/units', { parentId: B.streetIds[0], kind: 'community', nameZh: '越界社区' });
    expect(underB.statusCode).toBe(400);
    expect(underB.json().message).toBe('上级单位不存在或不在您的管辖范围内');
    expect((await adminA.patch(`/api/org/units/${B.communityIds[0]}`, { version: 1, nameZh: '越界' })).statusCode).toBe(404);
    expect((await adminA.patch(`/api/org/units/${A.districtId}`, { version: 1, archived: true })).statusCode).toBe(400);
    const op = await signIn(ctx, 'district_operator', A.districtId);
    expect((await op.post('/api/org/units', { parentId: A.streetIds[0], kind: 'community', nameZh: 'x' })).statusCode).toBe(403);

    const events = await audit(adminA, `entityType=org_unit&entityId=${unit.id}`);
    expect(events.items.map((e) => e.action).sort()).toEqual(['org.create', 'org.update']);
    const updates = await audit(adminA, `action=org.update&entityId=${unit.id}`);
    expect(updates.total).toBe(1);
    expect(updates.items[0]).toMatchObject({ entityType: 'org_unit', actorName: adminA.username });
  });
});

describe('audit', () => {
  it('is not readable without audit permission', async () => {
    for (const [role, unit] of [
      ['office_staff', ctx.cityId],
      ['district_operator', A.districtId],
      ['street_operator', A.streetIds[0]],
      ['leader', ctx.cityId],
    ] as const) {
      const c = await signIn(ctx, role, unit);
      const res = await c.get('/api/audit');
      expect(res.statusCode).toBe(403);
      expectErrorFrame(res);
    }
  });

  it('a district admin sees its own district’s events, never another district’s', async () => {
    const opA = await signIn(ctx, 'district_operator', A.districtId);
    const opB = await signIn(ctx, 'district_operator', B.districtId);
    const rA = (await opA.post('/api/residents', residentBody(A.communityIds[0]))).json();
    const rB = (await opB.post('/api/residents', residentBody(B.communityIds[0]))).json();
    expect(rA.id && rB.id).toBeTruthy();

    const seenByA = await audit(adminA, 'entityType=resident');
    expect(seenByA.items.map((e) => e.entityId)).toContain(String(rA.id));
    expect(seenByA.items.map((e) => e.entityId)).not.toContain(String(rB.id));
    expect((await audit(adminA, `entityType=resident&entityId=${rB.id}`)).total).toBe(0);
    const everything = await audit(adminA, 'pageSize=200');
    expect(everything.items.some((e) => e.actorName === opB.username || e.actorName === adminB.username)).toBe(false);
    expect(JSON.stringify(everything)).not.toContain(rB.docNumber);
    const byActor = await audit(adminA, `actor=${encodeURIComponent(opB.username)}`);
    expect(byActor.total).toBe(0);

    const seenByCity = await audit(admin, `entityType=resident&entityId=${rB.id}`);
    expect(seenByCity.items.map((e) => e.action)).toEqual(['resident.create']);
    const seenByB = await audit(adminB, `action=resident.create`);
    expect(seenByB.items.map((e) => e.entityId)).toEqual([String(rB.id)]);
  });

  it('filters by date range and pages', async () => {
    const all = await audit(admin, 'pageSize=200');
    expect(all.total).toBeGreaterThan(3);
    const p1 = (await admin.get('/api/audit?pageSize=2&page=1')).json();
    const p2 = (await admin.get('/api/audit?pageSize=2&page=2')).json();
    expect(p1.total).toBe(all.total);
    expect(p1.items).toHaveLength(2);
    expect(p2.items[0].id).toBeLessThan(p1.items[1].id);
    expect((await audit(admin, 'from=2000-01-01&to=2000-12-31')).total).toBe(0);
  });
});
