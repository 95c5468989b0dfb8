import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { auditEvents, users } from '../../src/server/platform/platform.table';
import { Client, createTestContext, makeSubtree, signIn, TEST_PASSWORD, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame } from '../helpers/http';

let ctx: TestContext;
let tree: Subtree;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  tree = await makeSubtree(ctx);
  admin = await signIn(ctx, 'admin', ctx.cityId);
});
afterAll(async () => {
  await ctx?.close();
});

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

/** A fresh client for an existing user, from a real login. */
async function loginClient(username: string, userId: number, password = TEST_PASSWORD): Promise<Client> {
  const res = await login(username, password);
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'waishi_session')!;
  return new Client(ctx.app, `${cookie.name}=${cookie.value}`, res.json().csrfToken, userId, username);
}

describe('login', () => {
  it('signs in with the right password: HttpOnly cookie, CSRF token and the user', async () => {
    const u = await signIn(ctx, 'district_operator', tree.districtId);
    const res = await login(u.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'waishi_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(res.json().user).toMatchObject({ id: u.userId, username: u.username, role: 'district_operator', orgUnitId: tree.districtId });
    expect(res.body).not.toMatch(/argon2|passwordHash/i);
    // The username is matched case-insensitively.
    expect((await login(u.username.toUpperCase(), TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a wrong password with 401 in Chinese by default and in English on request', async () => {
    const u = await signIn(ctx, 'leader', tree.districtId);
    const zh = await login(u.username, 'wrong-password-1');
    expect(zh.statusCode).toBe(401);
    expect(expectErrorFrame(zh).message).toBe('用户名或密码错误');
    const en = await login(u.username, 'wrong-password-1', { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.statusCode).toBe(401);
    expect(expectErrorFrame(en, 'en-US').message).toBe('Wrong username or password');
    // An unknown user gets exactly the same answer.
    const unknown = await login('no_such_user_x', 'whatever-123');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().message).toBe('用户名或密码错误');
  });

  it('locks the account after 5 failures (423 even with the right password) until an admin unlocks it', async () => {
    const u = await signIn(ctx, 'street_operator', tree.streetIds[0]);
    for (let i = 1; i <= 4; i++) expect((await login(u.username, `bad-${i}-password`)).statusCode).toBe(401);
    const fifth = await login(u.username, 'bad-5-password');
    expect(fifth.statusCode).toBe(423);
    expect(expectErrorFrame(fifth).message).toContain('该账号在此已锁定至');
    const right = await login(u.username, TEST_PASSWORD, { 'accept-language': 'en' });
    expect(right.statusCode).toBe(423);
    expect(right.json().message).toContain('locked here until');
    const listed = (await admin.get('/api/users')).json().find((x: { id: number }) => x.id === u.userId);
    expect(listed.locked).toBe(true);
    const [locked] = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.locked'));
    expect(locked.entityId).toBe(String(u.userId));

    const unlock = await admin.post(`/api/users/${u.userId}/unlock`);
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json().locked).toBe(false);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('rate-limits login attempts with a localised 429', async () => {
    // A second app on the same database, with a login limit of 3 a minute.
    const limited = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database: ctx.database, logger: false, loginRateLimit: 3 });
    await limited.ready();
    try {
      // The limit is per client address and shared by every app on the database: this test has its own address.
      const attempt = (headers: Record<string, string> = {}) =>
        limited.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'nobody_here', password: 'x-wrong-pass' },
          headers,
          remoteAddress: '198.51.100.77',
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const fourth = await attempt();
      expect(fourth.statusCode).toBe(429);
      expect(expectErrorFrame(fourth).message).toBe('请求过于频繁，请稍后再试');
      const en = await attempt({ 'accept-language': 'en-US' });
      expect(en.statusCode).toBe(429);
      expect(expectErrorFrame(en, 'en-US').message).toBe('Too many requests; please try again later');
    } finally {
      await limited.close();
    }
  });
});

describe('session', () => {
  it('logout ends the session: /me answers 401 afterwards', async () => {
    const u = await signIn(ctx, 'office_staff', ctx.cityId);
    expect((await u.get('/api/auth/me')).statusCode).toBe(200);
    const out = await u.post('/api/auth/logout');
    expect(out.statusCode).toBe(204);
    const me = await u.get('/api/auth/me');
    expect(me.statusCode).toBe(401);
    expect(expectErrorFrame(me).code).toBe('err.unauthenticated');
  });

  it('changes the password: wrong current 400 on the field; success ends every other session of the user', async () => {
    const u = await signIn(ctx, 'district_operator', tree.districtId);
    const other = await loginClient(u.username, u.userId);
    const wrong = await u.post('/api/auth/password', { currentPassword: 'not-my-password', newPassword: 'A-new-password-1' });
    expect(wrong.statusCode).toBe(400);
    expect(expectErrorFrame(wrong).fields).toEqual([{ path: 'currentPassword', message: '当前密码不正确' }]);
    const weak = await u.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'password12' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toEqual([{ path: 'newPassword', message: '密码太弱：这是常见密码或与常见密码相近' }]);
    const short = await u.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().fields).toEqual([{ path: 'newPassword', message: '新密码至少 10 个字符' }]);
    const same = await u.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(same.json().fields[0].path).toBe('newPassword');

    const ok = await u.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'A-new-password-1' });
    expect(ok.statusCode).toBe(200);
    expect((await u.get('/api/auth/me')).statusCode).toBe(200);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(u.username, 'A-new-password-1')).statusCode).toBe(200);

    const [row] = await ctx.db.select().from(users).where(eq(users.id, u.userId));
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain('A-new-password-1');
  });

  it('stores argon2id hashes for users an admin creates', async () => {
    const res = await admin.post('/api/users', {
      username: `hash_${Date.now()}`,
      displayName: 'H',
      role: 'leader',
      orgUnitId: tree.districtId,
      password: 'Long-enough-pw-1',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain('argon2');
    const [row] = await ctx.db.select().from(users).where(eq(users.id, res.json().id));
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
  });

  it('remembers the chosen language: /me returns it and errors switch language', async () => {
    const u = await signIn(ctx, 'street_operator', tree.streetIds[1]);
    expect((await u.get('/api/residents/2147480000')).json().message).toBe('记录不存在或不在您的管辖范围内');
    const set = await u.request('PUT', '/api/auth/locale', { locale: 'en-US' });
    expect(set.statusCode).toBe(200);
    expect(set.json().user.locale).toBe('en-US');
    expect((await u.get('/api/auth/me')).json().user.locale).toBe('en-US');
    // The user's choice wins over the browser's header.
    const nf = await u.get('/api/residents/2147480000', { 'accept-language': 'zh-CN' });
    expect(nf.statusCode).toBe(404);
    expect(expectErrorFrame(nf, 'en-US').message).toBe('The record does not exist or is outside your area');
    const bad = await u.request('PUT', '/api/auth/locale', { locale: 'fr-FR' });
    expect(bad.statusCode).toBe(400);
    expectErrorFrame(bad, 'en-US');
    const relog = await login(u.username, TEST_PASSWORD);
    expect(relog.json().user.locale).toBe('en-US');
  });
});

describe('CSRF and disabled accounts', () => {
  it('refuses a state-changing request with the cookie but without or with a wrong CSRF token', async () => {
    const u = await signIn(ctx, 'district_operator', tree.districtId);
    const body = { orgUnitId: tree.communityIds[0], nationality: 'USA', docType: 'passport', docNumber: 'CSRF000001' };
    const none = await ctx.app.inject({ method: 'POST', url: '/api/residents', payload: body, headers: { cookie: u.cookie } });
    expect(none.statusCode).toBe(403);
    expect(expectErrorFrame(none).code).toBe('err.csrf');
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/residents', payload: body, headers: { cookie: u.cookie, 'x-csrf-token': 'forged' } });
    expect(wrong.statusCode).toBe(403);
    // Another user's token does not work either.
    const stolen = await ctx.app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      payload: { locale: 'en-US' },
      headers: { cookie: u.cookie, 'x-csrf-token': admin.csrf },
    });
    expect(stolen.statusCode).toBe(403);
    const logout = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: u.cookie } });
    expect(logout.statusCode).toBe(403);
    expect((await u.get('/api/auth/me')).json().user.locale).toBe('zh-CN');
    expect((await u.get('/api/residents?q=CSRF000001')).json().total).toBe(0);
  });

  it('a disabled user loses the session at once and cannot sign in again', async () => {
    const u = await signIn(ctx, 'leader', tree.districtId);
    expect((await u.get('/api/auth/me')).statusCode).toBe(200);
    const res = await admin.patch(`/api/users/${u.userId}`, { version: 1, disabled: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().disabled).toBe(true);
    expect((await u.get('/api/auth/me')).statusCode).toBe(401);
    // The right password of a disabled account reveals nothing: the same answer as a wrong one.
    const again = await login(u.username, TEST_PASSWORD);
    expect(again.statusCode).toBe(401);
    expect(expectErrorFrame(again).message).toBe('用户名或密码错误');
    expect((await login(u.username, 'Wrong-password-9')).statusCode).toBe(401);
  });

  it('an admin cannot disable their own account', async () => {
    const res = await admin.patch(`/api/users/${admin.userId}`, { version: 1, disabled: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].path).toBe('disabled');
    expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
  });
});
