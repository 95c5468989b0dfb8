import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { advanceClock, clock, setClock } from '../../src/server/clock';
import { addDays } from '../../src/shared/reference/dates';
import { loadConfig } from '../../src/server/config';
import { auditEvents, knownDevices, loginAttempts } from '../../src/server/platform/platform.table';
import { createTestContext, makeSubtree, setTestClock, signIn, TEST_PASSWORD, type Client, type Subtree, type TestContext } from '../helpers/app';
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
// Back to the suite's clock (not the machine's): sessions made at TEST_CLOCK stay valid for the next test.
afterEach(() => setTestClock());
const yesterday = () => addDays(clock.today(), -1);

let lastOctet = 10;
/** A client address no other test uses. */
const newAddress = () => `203.0.113.${lastOctet++}`;

function login(username: string, password: string, opts: { ip?: string; headers?: Record<string, string>; app?: FastifyInstance } = {}) {
  return (opts.app ?? ctx.app).inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: opts.headers,
    remoteAddress: opts.ip ?? '127.0.0.1',
  });
}
const cookieOf = (res: Awaited<ReturnType<typeof login>>, name: string) => res.cookies.find((c) => c.name === name);

async function otherApp(env: Record<string, string>, loginRateLimit = 10_000): Promise<FastifyInstance> {
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', ...env }), database: ctx.database, logger: false, loginRateLimit });
  await app.ready();
  return app;
}

const failedChecks = async (userId: number) =>
  (
    await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, String(userId)), inArray(auditEvents.action, ['auth.loginFailed', 'auth.locked', 'auth.passwordCheckFailed'])))
  ).length;

describe('first password', () => {
  it('until a generated password is changed, only me, change-password and logout answer', async () => {
    const username = `fresh_${lastOctet}_admin`;
    const created = await admin.post('/api/users', {
      username,
      displayName: 'Fresh',
      role: 'admin',
      orgUnitId: tree.districtId,
      password: 'Initial-Secret-42',
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await login(username, 'Initial-Secret-42');
    expect(res.statusCode).toBe(200);
    expect(res.json().user.mustChangePassword).toBe(true);
    const cookie = `waishi_session=${cookieOf(res, 'waishi_session')!.value}`;
    const headers = { cookie, 'x-csrf-token': res.json().csrfToken as string };
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, extra: Record<string, string> = {}) =>
      ctx.app.inject({ method, url, payload, headers: { ...headers, ...extra } });

    // The generated administrator could create users through the API before: now a clear 403.
    const create = await call('POST', '/api/users', {
      username: `made_by_${username}`,
      displayName: 'X',
      role: 'leader',
      orgUnitId: tree.districtId,
      password: 'Another-Secret-42',
    });
    expect(create.statusCode).toBe(403);
    expect(expectErrorFrame(create).code).toBe('err.mustChangePassword');
    expect(create.json().message).toBe('请先修改初始密码，然后才能继续使用');
    const list = await call('GET', '/api/users');
    expect(list.statusCode).toBe(403);
    expect(list.json().code).toBe('err.mustChangePassword');
    expect((await call('GET', '/api/residents')).statusCode).toBe(403);
    expect((await call('PUT', '/api/auth/locale', { locale: 'en-US' })).statusCode).toBe(403);
    expect((await call('GET', '/api/auth/me')).statusCode).toBe(200);

    const changed = await call('POST', '/api/auth/password', { currentPassword: 'Initial-Secret-42', newPassword: 'Chosen-Secret-77' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await call('GET', '/api/users')).statusCode).toBe(200);
    expect((await call('POST', '/api/auth/logout')).statusCode).toBe(204);
  });
});

describe('guessing passwords', () => {
  it('30 guesses at once: exactly 5 are checked, the rest and the right one answer 423', async () => {
    const u = await signIn(ctx, 'leader', tree.districtId);
    const ip = newAddress();
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 29 ? TEST_PASSWORD : `Wrong-guess-${i}`));
    const answers = await Promise.all(guesses.map((pw) => login(u.username, pw, { ip })));
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 423)).toHaveLength(26);
    expect(statuses[29]).toBe(423);
    expect(await failedChecks(u.userId)).toBe(5);
    const [row] = await ctx.db
      .select()
      .from(loginAttempts)
      .where(and(eq(loginAttempts.account, u.username.toLowerCase()), eq(loginAttempts.source, `ip:${ip}`)));
    expect(row.failures).toBe(30);
  });

  it('a lock holds one source only: the right password gets in from another address and from a known device', async () => {
    // The day before the suite's clock, so that no session made earlier in the file has run out meanwhile.
    const day = yesterday();
    setClock(`${day}T15:44:00+08:00`, { frozen: true });
    const u = await signIn(ctx, 'admin', ctx.cityId);
    const office = newAddress();
    // The administrator signed in from this browser before, behind the office's one address.
    const earlier = await login(u.username, TEST_PASSWORD, { ip: office });
    const device = cookieOf(earlier, 'waishi_device')!;
    expect(device.httpOnly).toBe(true);
    expect(device.path).toBe('/api/auth');

    const attacker = newAddress();
    for (let i = 1; i <= 4; i++) expect((await login(u.username, `Bad-guess-${i}`, { ip: attacker })).statusCode).toBe(401);
    const locked = await login(u.username, 'Bad-guess-5', { ip: attacker });
    expect(locked.statusCode).toBe(423);
    // 15:44 + 15 minutes, as the office reads it (Asia/Shanghai), whatever the machine's zone.
    expect(expectErrorFrame(locked).message).toContain(`${day} 15:59`);
    expect((await login(u.username, TEST_PASSWORD, { ip: attacker })).statusCode).toBe(423);
    expect((await login(u.username, TEST_PASSWORD, { ip: newAddress() })).statusCode).toBe(200);

    // Now the guesses come from the office's own address: the browser that signed in before still gets in.
    for (let i = 1; i <= 5; i++) await login(u.username, `Bad-office-${i}`, { ip: office });
    expect((await login(u.username, TEST_PASSWORD, { ip: office })).statusCode).toBe(423);
    const known = await login(u.username, TEST_PASSWORD, { ip: office, headers: { cookie: `waishi_device=${device.value}` } });
    expect(known.statusCode).toBe(200);
    // A device cookie of another account, or a made-up one, is just the address.
    expect((await login(u.username, TEST_PASSWORD, { ip: office, headers: { cookie: 'waishi_device=made-up' } })).statusCode).toBe(423);

    // The lock runs out after 15 minutes of the app's clock.
    advanceClock(14 * 60_000);
    expect((await login(u.username, TEST_PASSWORD, { ip: attacker })).statusCode).toBe(423);
    advanceClock(60_000 + 1);
    expect((await login(u.username, TEST_PASSWORD, { ip: attacker })).statusCode).toBe(200);
  });

  it('guesses sprayed at once from many networks are checked no more than the account allows', async () => {
    const u = await signIn(ctx, 'office_staff', ctx.cityId);
    const sprayed = await Promise.all(Array.from({ length: 16 }, (_, i) => login(u.username, `Spray-at-once-${i}`, { ip: newAddress() })));
    const statuses = sprayed.map((r) => r.statusCode).sort();
    expect(statuses.filter((c) => c === 401)).toHaveLength(10);
    expect(statuses.filter((c) => c === 429)).toHaveLength(6);
    expect(await failedChecks(u.userId)).toBe(10);
  });

  it('counts an IPv6 client by its /64: rotating addresses within it is one source', async () => {
    const u = await signIn(ctx, 'office_staff', ctx.cityId);
    const answers = [];
    for (let i = 1; i <= 6; i++) answers.push((await login(u.username, `Six-guess-${i}`, { ip: `2001:db8:abcd:12::${i.toString(16)}` })).statusCode);
    expect(answers).toEqual([401, 401, 401, 401, 423, 423]);
    expect((await login(u.username, TEST_PASSWORD, { ip: '2001:db8:abcd:12:ffff::1' })).statusCode).toBe(423);
    expect((await login(u.username, TEST_PASSWORD, { ip: '2001:db8:abcd:13::1' })).statusCode).toBe(200);
  });

  it('a changed or reset password ends the head start of every other browser that signed in', async () => {
    const u = await signIn(ctx, 'office_staff', ctx.cityId);
    const other = await login(u.username, TEST_PASSWORD, { ip: newAddress() });
    const otherDevice = `waishi_device=${cookieOf(other, 'waishi_device')!.value}`;
    const mine = await login(u.username, TEST_PASSWORD, { ip: newAddress() });
    const myDevice = `waishi_device=${cookieOf(mine, 'waishi_device')!.value}`;
    const session = mine.cookies.find((c) => c.name === 'waishi_session')!;
    const changed = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      remoteAddress: newAddress(),
      headers: { cookie: `waishi_session=${session.value}; ${myDevice}`, 'x-csrf-token': mine.json().csrfToken },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Another-Horse-27' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const devices = await ctx.db.select().from(knownDevices).where(eq(knownDevices.userId, u.userId));
    expect(devices).toHaveLength(1);
    // The other browser's cookie is now just its address: locked there after five guesses like anyone.
    const office = newAddress();
    for (let i = 1; i <= 5; i++) await login(u.username, `After-change-${i}`, { ip: office, headers: { cookie: otherDevice } });
    expect((await login(u.username, 'Another-Horse-27', { ip: office, headers: { cookie: otherDevice } })).statusCode).toBe(423);
    expect((await login(u.username, 'Another-Horse-27', { ip: office, headers: { cookie: myDevice } })).statusCode).toBe(200);
    const admin = await signIn(ctx, 'admin', ctx.cityId);
    expect((await admin.post(`/api/users/${u.userId}/reset-password`, { password: 'Reset-Horse-8831' })).statusCode).toBe(200);
    expect(await ctx.db.select().from(knownDevices).where(eq(knownDevices.userId, u.userId))).toEqual([]);
  });

  it('guesses from many addresses slow the account down (429) but a known device signs in at once', async () => {
    const day = yesterday();
    setClock(`${day}T10:00:00+08:00`, { frozen: true });
    const u = await signIn(ctx, 'office_staff', ctx.cityId);
    const mine = await login(u.username, TEST_PASSWORD, { ip: newAddress() });
    const device = `waishi_device=${cookieOf(mine, 'waishi_device')!.value}`;
    // 4 guesses from each of 3 addresses: the 10th failure starts a 30-second wait for every new source.
    const answers = [];
    for (let s = 0; s < 3; s++) {
      const ip = newAddress();
      for (let i = 0; i < 4; i++) answers.push((await login(u.username, `Spray-${s}-${i}-x`, { ip })).statusCode);
    }
    expect(answers.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(answers.slice(10)).toEqual([429, 429]);
    const waiting = await login(u.username, TEST_PASSWORD, { ip: newAddress(), headers: { 'accept-language': 'en' } });
    expect(waiting.statusCode).toBe(429);
    expect(expectErrorFrame(waiting, 'en-US').code).toBe('err.loginThrottled');
    expect(waiting.json().message).toContain(`${day} 10:00`);
    expect((await login(u.username, TEST_PASSWORD, { ip: newAddress(), headers: { cookie: device } })).statusCode).toBe(200);
    // A waiting account is listed as locked; only 10 passwords were checked.
    expect((await admin.get('/api/users')).json().find((x: { id: number }) => x.id === u.userId).locked).toBe(true);
    expect(await failedChecks(u.userId)).toBe(10);
    advanceClock(30_001);
    expect((await login(u.username, TEST_PASSWORD, { ip: newAddress() })).statusCode).toBe(200);
  });

  it('a wrong current password on change-password counts like a failed sign-in and locks', async () => {
    const u = await signIn(ctx, 'district_operator', tree.districtId, 'en-US');
    for (let i = 1; i <= 4; i++) {
      const res = await u.post('/api/auth/password', { currentPassword: `Not-mine-${i}`, newPassword: 'Brand-new-pass-8' });
      expect(res.statusCode).toBe(400);
    }
    const fifth = await u.post('/api/auth/password', { currentPassword: 'Not-mine-5', newPassword: 'Brand-new-pass-8' });
    expect(fifth.statusCode).toBe(423);
    expect(expectErrorFrame(fifth, 'en-US').code).toBe('err.locked');
    // The right one is not checked any more from here, and signing in from here is locked too.
    expect((await u.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-pass-8' })).statusCode).toBe(423);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(423);
    expect(await failedChecks(u.userId)).toBe(5);
  });

  it('unknown user, disabled account (right or wrong password) and wrong password get the same answer', async () => {
    const active = await signIn(ctx, 'leader', tree.districtId);
    const disabled = await signIn(ctx, 'leader', tree.districtId);
    expect((await admin.patch(`/api/users/${disabled.userId}`, { version: 1, disabled: true })).statusCode).toBe(200);
    const ip = newAddress();
    const answers = [
      await login(active.username, 'Wrong-password-1', { ip }),
      await login(disabled.username, TEST_PASSWORD, { ip }),
      await login(disabled.username, 'Wrong-password-1', { ip }),
      await login('no_such_user_here', TEST_PASSWORD, { ip }),
    ];
    for (const a of answers) {
      expect(a.statusCode).toBe(401);
      expect(a.body).toBe(answers[0].body);
    }
    // An unknown name is counted and locked like a real one, so locking does not reveal which names exist.
    for (let i = 0; i < 4; i++) await login('no_such_user_here', `Guess-${i}-abc`, { ip });
    expect((await login('no_such_user_here', 'Guess-5-abc', { ip })).statusCode).toBe(423);
    // The audit shows the administrator why each failed, which the caller never learns.
    const reasons = (
      await ctx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.ip, ip), inArray(auditEvents.action, ['auth.loginFailed'])))
    )
      .slice(0, 4)
      .map((e) => (e.detail as { reason: string }).reason);
    expect(reasons).toEqual(['wrongPassword', 'disabled', 'disabled', 'unknownUser']);
  });
});

describe('proxies, processes and cookies', () => {
  it('X-Forwarded-For is ignored unless it comes from a configured proxy; the audit has the real address', async () => {
    const u = await signIn(ctx, 'street_operator', tree.streetIds[0]);
    const ip = newAddress();
    // Rotating a forged header changes nothing: the 5th guess from this address locks it.
    for (let i = 1; i <= 4; i++) {
      expect((await login(u.username, `Forged-${i}-pass`, { ip, headers: { 'x-forwarded-for': `192.0.2.${i}` } })).statusCode).toBe(401);
    }
    expect((await login(u.username, 'Forged-5-pass', { ip, headers: { 'x-forwarded-for': '192.0.2.5' } })).statusCode).toBe(423);
    const ips = (
      await ctx.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, String(u.userId)))
    )
      .filter((e) => e.action !== 'auth.login')
      .map((e) => e.ip);
    expect(new Set(ips)).toEqual(new Set([ip]));

    const proxied = await otherApp({ TRUST_PROXY: '10.9.0.1,10.8.0.0/16' });
    try {
      const v = await signIn(ctx, 'street_operator', tree.streetIds[1]);
      await login(v.username, 'Via-proxy-wrong', { app: proxied, ip: '10.9.0.1', headers: { 'x-forwarded-for': '198.18.0.9' } });
      await login(v.username, 'Via-proxy-wrong', { app: proxied, ip: '10.8.3.4', headers: { 'x-forwarded-for': '198.18.0.10' } });
      await login(v.username, 'Not-a-proxy-wrong', { app: proxied, ip: '10.7.0.1', headers: { 'x-forwarded-for': '198.18.0.11' } });
      const seen = (
        await ctx.db
          .select()
          .from(auditEvents)
          .where(eq(auditEvents.entityId, String(v.userId)))
      )
        .filter((e) => e.action === 'auth.loginFailed')
        .map((e) => e.ip);
      expect(seen).toEqual(['198.18.0.9', '198.18.0.10', '10.7.0.1']);
    } finally {
      await proxied.close();
    }
  });

  it('the address rate limit is counted in the database: two apps on one database share it', async () => {
    const [a, b] = [await otherApp({}, 3), await otherApp({}, 3)];
    try {
      setClock(`${yesterday()}T12:00:00+08:00`, { frozen: true });
      const ip = newAddress();
      const statuses = [];
      for (const app of [a, b, a, b]) statuses.push((await login('nobody_at_all', 'Some-guess-123', { app, ip })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect((await login('nobody_at_all', 'Some-guess-123', { app: a, ip: newAddress() })).statusCode).toBe(401);
      advanceClock(60_001);
      expect((await login('nobody_at_all', 'Some-guess-123', { app: b, ip })).statusCode).toBe(401);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('the session cookie is Secure over HTTPS from a trusted proxy, or when COOKIE_SECURE=true', async () => {
    const u = await signIn(ctx, 'leader', tree.districtId);
    const secureOf = (res: Awaited<ReturnType<typeof login>>) => cookieOf(res, 'waishi_session')?.secure ?? false;
    const https = { 'x-forwarded-proto': 'https' };
    // Default (auto) on plain HTTP: not Secure, and a forged header from anyone does not change that.
    expect(secureOf(await login(u.username, TEST_PASSWORD))).toBe(false);
    expect(secureOf(await login(u.username, TEST_PASSWORD, { headers: https }))).toBe(false);
    const proxied = await otherApp({ TRUST_PROXY: '1' });
    const forced = await otherApp({ COOKIE_SECURE: 'true' });
    try {
      const viaProxy = await login(u.username, TEST_PASSWORD, { app: proxied, headers: https });
      expect(secureOf(viaProxy)).toBe(true);
      expect(cookieOf(viaProxy, 'waishi_device')!.secure).toBe(true);
      expect(secureOf(await login(u.username, TEST_PASSWORD, { app: proxied }))).toBe(false);
      expect(secureOf(await login(u.username, TEST_PASSWORD, { app: forced }))).toBe(true);
    } finally {
      await proxied.close();
      await forced.close();
    }
  });
});

describe('password strength on the server', () => {
  it('refuses weak passwords for new users, resets and changes, with the reason in the caller language', async () => {
    const mk = (password: string, username = `strong_${lastOctet++}`) =>
      admin.post('/api/users', { username, displayName: 'Wang Fang', role: 'leader', orgUnitId: tree.districtId, password });
    for (const [pw, message] of [
      ['aaaaaaaaaa', '密码太弱：重复的字符或片段（如 aaa、abcabc）很容易被猜到'],
      ['1234567890', '密码太弱：这是常见密码或与常见密码相近'],
      ['password12', '密码太弱：这是常见密码或与常见密码相近'],
    ] as const) {
      const res = await mk(pw);
      expect(res.statusCode, pw).toBe(400);
      expect(res.json().fields).toEqual([{ path: 'password', message }]);
    }
    const own = await mk('leader_own_name1', 'leader_own_name1');
    expect(own.json().fields[0].message).toContain('用户名');
    const ok = await mk('Quiet-Harbour-31');
    expect(ok.statusCode, ok.body).toBe(201);
    const reset = await admin.post(`/api/users/${ok.json().id}/reset-password`, { password: 'qwertyuiop' }, { 'accept-language': 'en' });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().fields[0].path).toBe('password');

    const en = await signIn(ctx, 'leader', tree.districtId, 'en-US');
    const weak = await en.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: `${en.username}!` });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toEqual([
      { path: 'newPassword', message: 'Too weak: do not use your username, your name or words about the office (such as waishi)' },
    ]);
  });
});
