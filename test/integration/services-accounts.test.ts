/**
 * Unit accounts through HTTP: the public registration (no sign-in) with its checks, its files and their limits, the
 * status by token, the office's review in its tree, approval that makes a working login, rejection, duplicates,
 * and the per-network limit of the public forms.
 */
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRATION_FILE_MAX_BYTES } from '../../src/shared/contracts/services-accounts';
import { auditEvents, orgUnits, users } from '../../src/server/platform/platform.table';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame, multipartFile } from '../helpers/http';
import { anonymous, PDF, registerWithFiles, registrationBody, STRONG_PASSWORD } from '../helpers/registration';

const R = '/api/services/accounts/registrations';
let ctx: TestContext;
let A: Subtree;
let B: Subtree;
let cityStaff: Client;
let adminB: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  A = await makeSubtree(ctx);
  B = await makeSubtree(ctx);
  cityStaff = await signIn(ctx, 'office_staff', ctx.cityId);
  adminB = await signIn(ctx, 'admin', B.districtId);
});
afterAll(() => ctx?.close());

const post = (url: string, body: unknown, headers?: Record<string, string>) => anonymous(ctx.app, 'POST', url, body, headers);
const get = (url: string, headers?: Record<string, string>) => anonymous(ctx.app, 'GET', url, undefined, headers);
const upload = (token: string, kind: string, content: Buffer, name: string) => {
  const { payload, headers } = multipartFile(content, name, 'application/pdf');
  return post(`${R}/status/${token}/files/${kind}`, payload, headers);
};
const pending = async (client: Client) =>
  (await client.get(`${R}?state=pending`)).json() as Array<{ id: number; version: number; creditCode: string; username: string; can: Record<string, boolean> }>;

describe('the public registration', () => {
  it('lists the districts to anyone, names and ids only', async () => {
    const res = await get('/api/services/accounts/districts');
    expect(res.statusCode).toBe(200);
    const list = res.json() as Array<Record<string, unknown>>;
    expect(list.map((d) => d.id)).toEqual(expect.arrayContaining([A.districtId, B.districtId]));
    expect(list.map((d) => d.id)).not.toContain(A.streetIds[0]);
    expect(Object.keys(list[0]).sort()).toEqual(['id', 'nameEn', 'nameZh']);
  });

  it('refuses a wrong check digit, an impossible ID number, a weak password and a street for a district, naming each field', async () => {
    const body = registrationBody(A.districtId);
    const wrongCheck = body.creditCode.slice(0, 17) + (body.creditCode[17] === '0' ? '1' : '0');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ creditCode: wrongCheck }, 'creditCode', /校验/],
      [{ creditCode: '91330' }, 'creditCode', /18位/],
      [{ clerkIdNumber: '110105194912310021' }, 'clerkIdNumber', /校验/],
      [{ password: 'password123' }, 'password', /密码/],
      [{ districtId: A.streetIds[0] }, 'districtId', /区/],
      [{ email: 'not-mail' }, 'email', /邮箱/],
    ];
    for (const [over, field, text] of cases) {
      const res = await post(R, { ...body, ...over });
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      const message = expectErrorFrame(res).fields?.find((f) => f.path === field)?.message;
      expect(message, `${field}: ${res.body}`).toMatch(text);
    }
    const en = await post(R, { ...body, creditCode: wrongCheck }, { 'accept-language': 'en-US' });
    expect(expectErrorFrame(en, 'en-US').fields?.[0].message).toMatch(/credit code/i);
  });

  it('takes a registration without sign-in, its files with their limits, and shows its state by token', async () => {
    const body = registrationBody(A.districtId);
    const res = await post(R, body);
    expect(res.statusCode, res.body).toBe(201);
    const { token } = res.json() as { token: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // A text file named .pdf, a file over 5 MB, and a real PDF.
    expect((await upload(token, 'filing', Buffer.from('hello, not a pdf'), 'x.pdf')).statusCode).toBe(400);
    const big = Buffer.concat([PDF, Buffer.alloc(REGISTRATION_FILE_MAX_BYTES)]);
    expect((await upload(token, 'filing', big, 'big.pdf')).statusCode).toBe(413);
    const ok = await upload(token, 'filing', PDF, '备案表.pdf');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'pending', files: { filing: true, licence: false }, username: null });
    const status = await get(`${R}/status/${token}`);
    expect(status.json()).toMatchObject({ state: 'pending', unitNameZh: body.unitNameZh });
    // Nothing personal on the status page: no ID number, phone or email.
    expect(status.body).not.toContain(body.clerkIdNumber);
    expect(status.body).not.toContain(body.phone);
    expect((await get(`${R}/status/${'x'.repeat(32)}`)).statusCode).toBe(404);
    // The same credit code again, while the first is pending: refused in the office's words.
    const again = await post(R, registrationBody(A.districtId, { creditCode: body.creditCode }));
    expect(again.statusCode).toBe(409);
    expect(expectErrorFrame(again).message).toContain(body.creditCode);
  });
});

describe("the office's review", () => {
  it('shows a registration to the offices over its district only, and approves it into a working login', async () => {
    const body = registrationBody(A.districtId);
    const token = await registerWithFiles(ctx.app, A.districtId, body);
    const mine = (await pending(cityStaff)).find((r) => r.creditCode === body.creditCode)!;
    expect(mine).toBeDefined();
    expect(JSON.stringify(await pending(cityStaff))).not.toContain('passwordHash');
    expect((await pending(adminB)).some((r) => r.creditCode === body.creditCode)).toBe(false);
    // Its files open for the reviewers over its district, not for B's office.
    const files = ((await cityStaff.get(`${R}?state=pending`)).json() as Array<{ id: number; files: Array<{ id: number; kind: string }> }>).find(
      (r) => r.id === mine.id,
    )!.files;
    expect(files.map((f) => f.kind)).toEqual(['filing', 'licence']);
    const download = await cityStaff.get(`/api/attachments/${files[0].id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await adminB.get(`/api/attachments/${files[0].id}`)).statusCode).toBe(404);
    expect((await adminB.post(`${R}/${mine.id}/approve`, { version: mine.version })).statusCode).toBe(404);
    expect((await cityStaff.post(`${R}/${mine.id}/approve`, { version: mine.version + 1 })).statusCode).toBe(409);

    const res = await cityStaff.post(`${R}/${mine.id}/approve`, { version: mine.version });
    expect(res.statusCode, res.body).toBe(200);
    const approved = res.json() as { state: string; unitId: number; userId: number };
    expect(approved.state).toBe('approved');
    const [unit] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, approved.unitId));
    expect(unit).toMatchObject({ kind: 'unit', parentId: A.districtId, nameZh: body.unitNameZh });
    const [user] = await ctx.db.select().from(users).where(eq(users.id, approved.userId));
    expect(user).toMatchObject({ role: 'unit_applicant', orgUnitId: unit.id, username: body.username, mustChangePassword: false });

    // The clerk signs in with the password they chose, and is a unit's contact.
    const login = await post('/api/auth/login', { username: body.username, password: STRONG_PASSWORD });
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json().user).toMatchObject({ role: 'unit_applicant' });

    expect(await (await get(`${R}/status/${token}`)).json()).toMatchObject({ state: 'approved', username: body.username });
    expect((await cityStaff.post(`${R}/${mine.id}/approve`, { version: mine.version + 1 })).statusCode).toBe(409);
    expect((await upload(token, 'licence', PDF, 'late.pdf')).statusCode).toBe(409);
    const audit = await ctx.db.select().from(auditEvents).where(like(auditEvents.action, 'serviceRegistration.%'));
    expect(audit.filter((e) => e.entityId === String(mine.id)).map((e) => e.action)).toEqual(['serviceRegistration.submit', 'serviceRegistration.approve']);
  });

  it('refuses to approve before both files are in', async () => {
    const body = registrationBody(A.districtId);
    expect((await post(R, body)).statusCode).toBe(201);
    const row = (await pending(cityStaff)).find((r) => r.creditCode === body.creditCode)!;
    // The page shows the approval disabled, from the same rule the server applies.
    expect(row.can).toEqual({ approve: false, reject: true });
    const res = await cityStaff.post(`${R}/${row.id}/approve`, { version: row.version });
    expect(res.statusCode).toBe(409);
    expect(expectErrorFrame(res).message).toMatch(/备案表/);
  });

  it('rejects with a reason the applicant reads, and the credit code may register again', async () => {
    const body = registrationBody(B.districtId);
    const token = await registerWithFiles(ctx.app, B.districtId, body);
    const row = (await pending(adminB)).find((r) => r.creditCode === body.creditCode)!;
    expect((await adminB.post(`${R}/${row.id}/reject`, { version: row.version, reason: ' ' })).statusCode).toBe(400);
    const res = await adminB.post(`${R}/${row.id}/reject`, { version: row.version, reason: '营业执照照片不清晰，请重新注册' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await get(`${R}/status/${token}`)).json()).toMatchObject({ state: 'rejected', rejectReason: '营业执照照片不清晰，请重新注册', username: null });
    expect((await post(R, registrationBody(B.districtId, { creditCode: body.creditCode }))).statusCode).toBe(201);
    expect(((await adminB.get(`${R}?state=rejected`)).json() as unknown[]).length).toBe(1);
  });

  it('refuses an approval whose username was taken meanwhile, creating nothing', async () => {
    const taken = await signIn(ctx, 'district_operator', A.districtId);
    const body = registrationBody(A.districtId, { username: taken.username });
    await registerWithFiles(ctx.app, A.districtId, body);
    const row = (await pending(cityStaff)).find((r) => r.creditCode === body.creditCode)!;
    const res = await cityStaff.post(`${R}/${row.id}/approve`, { version: row.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().fields?.[0]?.path).toBe('username');
    expect(await ctx.db.select().from(orgUnits).where(eq(orgUnits.nameZh, body.unitNameZh))).toEqual([]);
    expect((await pending(cityStaff)).some((r) => r.id === row.id)).toBe(true);
  });
});

describe('the public forms are limited per network', () => {
  it('answers 429 past the limit', async () => {
    const limited = await createTestContext({ loginRateLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await limited.app.inject({ method: 'POST', url: R, payload: {} })).statusCode);
      expect(codes).toEqual([400, 400, 400, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
