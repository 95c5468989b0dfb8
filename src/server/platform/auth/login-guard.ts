import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clock } from '@server/clock';
import type { Config } from '@server/config';
import type { Db } from '@server/db/client';
import { formatOfficeDateTime } from '@shared/reference/dates';
import { AppError } from '../http/errors';

/**
 * How password guessing is slowed without handing anyone a switch that locks a colleague out
 * (docs/platform.md, "Sign-in and sessions"):
 * - Every password check (sign-in and change-password) first reserves a try for (account, source)
 *   in one atomic SQL upsert, before argon2 runs: however many guesses arrive at once, only
 *   LOGIN_MAX_FAILURES of them are ever checked, then that source is locked for LOGIN_LOCK_MINUTES (423).
 *   The source is the browser's known-device token for that account if it has one, else the client's
 *   address (request.ip, which honours only configured proxies).
 * - Failures from sources that are not known devices also count against the account as a whole; past
 *   LOGIN_ACCOUNT_FAILURES each further check from such a source waits a doubling delay (429), so
 *   an attacker rotating addresses gets a few guesses an hour. A known device skips that wait: the
 *   right password from a browser that signed in before always gets through.
 */

export const DEVICE_COOKIE = 'waishi_device';
const ACCOUNT_SOURCE = '*';
const ACCOUNT_BASE_DELAY_MS = 30_000;
/** Failures older than this no longer count towards the account-wide delay. */
const ACCOUNT_MEMORY_MS = 24 * 3600_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const iso = (d: Date) => d.toISOString();

/** An instant as the office reads it: 2026-12-02 15:59 (Asia/Shanghai), whatever the host's zone. */
export const officeTime = formatOfficeDateTime;

export interface AttemptKey {
  /** The lower-cased user name as typed: an unknown name is counted exactly like a known one. */
  account: string;
  source: string;
  knownDevice: boolean;
}

type Limits = Pick<Config, 'LOGIN_MAX_FAILURES' | 'LOGIN_LOCK_MINUTES' | 'LOGIN_ACCOUNT_FAILURES'>;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * The network a client address stands for: an IPv4 address itself, an IPv6 address by its /64 (one
 * subscriber's whole allocation: counting each of its 2^64 addresses apart would make a lock-out moot).
 */
export function clientNetwork(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (g || '0').toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The source of a password check for `account`: its known device (from the cookie) or the client's address. */
export async function attemptKey(db: Db, req: FastifyRequest, username: string): Promise<AttemptKey> {
  const account = username.trim().toLowerCase();
  const token = req.cookies[DEVICE_COOKIE];
  if (token && token.length <= 100) {
    const tokenHash = sha256(token);
    const found = rowsOf<{ ok: number }>(
      await db.execute(sql`select 1 as ok from known_devices d join users u on u.id = d.user_id
      where d.token_hash = ${tokenHash} and lower(u.username) = ${account} and d.expires_at > ${iso(clock.now())}::timestamptz`),
    );
    if (found.length) return { account, source: `device:${tokenHash.slice(0, 32)}`, knownDevice: true };
  }
  return { account, source: `ip:${clientNetwork(req.ip)}`, knownDevice: false };
}

/**
 * Counts a try against the account as a whole, before any hashing, in one statement: however many sources
 * guess at once, only LOGIN_ACCOUNT_FAILURES tries are checked before the account waits (30 s, doubling up
 * to LOGIN_LOCK_MINUTES), and the try that reaches the limit sets the wait for everyone after it. The right
 * password clears the count (recordSuccess). A try refused while the account waits is not counted.
 */
async function reserveAccountCheck(db: Db, limits: Limits, account: string, now: Date): Promise<void> {
  const at = sql`${iso(now)}::timestamptz`;
  const forgetBefore = new Date(now.getTime() - ACCOUNT_MEMORY_MS);
  const next = sql`(case when a.last_failure_at <= ${iso(forgetBefore)}::timestamptz then 1 else a.failures + 1 end)`;
  const delayMs = sql`least(${ACCOUNT_BASE_DELAY_MS} * power(2, least(${next} - ${limits.LOGIN_ACCOUNT_FAILURES}, 20)), ${limits.LOGIN_LOCK_MINUTES * 60_000})`;
  await db.transaction(async (tx) => {
    // The row lock makes concurrent tries queue here: each sees the wait the one before it set. The row is
    // made first (counting nothing yet), so even the very first tries at once have a row to queue on.
    await tx.execute(sql`insert into login_attempts (account, source, failures, last_failure_at)
      values (${account}, ${ACCOUNT_SOURCE}, 0, ${at}) on conflict (account, source) do nothing`);
    const [prev] = rowsOf<{ locked_until: Date | null }>(
      await tx.execute(sql`select locked_until from login_attempts
      where account = ${account} and source = ${ACCOUNT_SOURCE} for update`),
    );
    if (prev?.locked_until && new Date(prev.locked_until) > now) {
      throw new AppError(429, 'err.loginThrottled', { until: officeTime(new Date(prev.locked_until)) });
    }
    await tx.execute(sql`
      update login_attempts as a set
        failures = ${next},
        locked_until = case when ${next} >= ${limits.LOGIN_ACCOUNT_FAILURES} then ${at} + ${delayMs} * interval '1 millisecond' else null end,
        last_failure_at = ${at}
      where account = ${account} and source = ${ACCOUNT_SOURCE}`);
  });
}

/**
 * Reserves one password check for the key, or refuses before any hashing: 423 while this source is locked,
 * 429 while the account waits (unless the source is a known device). Call before verifying.
 */
export async function reserveCheck(db: Db, limits: Limits, key: AttemptKey): Promise<{ failures: number }> {
  const now = clock.now();
  const windowStart = new Date(now.getTime() - limits.LOGIN_LOCK_MINUTES * 60_000);
  const lockUntil = new Date(now.getTime() + limits.LOGIN_LOCK_MINUTES * 60_000);
  // One statement, so concurrent checks each see their own count. A lock that has run out, or failures
  // older than the lock period, start a fresh count; a try beyond the allowance (others still being
  // checked) locks the source at once.
  const [row] = rowsOf<{ failures: number; locked_until: Date | null }>(
    await db.execute(sql`
    insert into login_attempts as a (account, source, failures, last_failure_at)
    values (${key.account}, ${key.source}, 1, ${iso(now)}::timestamptz)
    on conflict (account, source) do update set
      failures = case when a.locked_until <= ${iso(now)}::timestamptz or a.last_failure_at <= ${iso(windowStart)}::timestamptz
                      then 1 else a.failures + 1 end,
      locked_until = case when a.locked_until <= ${iso(now)}::timestamptz or a.last_failure_at <= ${iso(windowStart)}::timestamptz then null
                          when a.failures + 1 > ${limits.LOGIN_MAX_FAILURES} then coalesce(a.locked_until, ${iso(lockUntil)}::timestamptz)
                          else a.locked_until end,
      last_failure_at = ${iso(now)}::timestamptz
    returning failures, locked_until`),
  );
  if (row.locked_until && new Date(row.locked_until) > now) {
    throw new AppError(423, 'err.locked', { until: officeTime(new Date(row.locked_until)) });
  }
  // After the source's own count, so a try its lock refuses does not add to the account's.
  if (!key.knownDevice) await reserveAccountCheck(db, limits, key.account, now);
  return { failures: Number(row.failures) };
}

/**
 * Books a failed check (the try, and for sources that are not known devices the account's try, were
 * already counted by reserveCheck): locks the source when it was the last allowed one. Returns the lock's
 * end when this failure locked the source. Call in the audit's transaction.
 */
export async function recordFailure(tx: Db, limits: Limits, key: AttemptKey, reserved: { failures: number }): Promise<Date | null> {
  const now = clock.now();
  let locked: Date | null = null;
  if (reserved.failures >= limits.LOGIN_MAX_FAILURES) {
    const until = new Date(now.getTime() + limits.LOGIN_LOCK_MINUTES * 60_000);
    const [row] = rowsOf<{ locked_until: Date }>(
      await tx.execute(sql`update login_attempts set locked_until = coalesce(locked_until, ${iso(until)}::timestamptz)
      where account = ${key.account} and source = ${key.source} returning locked_until`),
    );
    locked = row ? new Date(row.locked_until) : until;
  }
  return locked;
}

/**
 * The right password: this source starts afresh. The account's count is cleared only when the check came
 * through the account's wait (not from a known device), so signing in on one's own browser during an attack
 * does not hand the attacker a fresh set of guesses.
 */
export async function recordSuccess(tx: Db, key: AttemptKey): Promise<void> {
  const sources = key.knownDevice ? [key.source] : [key.source, ACCOUNT_SOURCE];
  await tx.execute(sql`delete from login_attempts where account = ${key.account} and source = any(${sql.param(sources)}::text[])`);
  // Old rows are swept here rather than by a timer, as sessions are.
  const old = new Date(clock.nowMs() - ACCOUNT_MEMORY_MS);
  await tx.execute(sql`delete from login_attempts where last_failure_at < ${iso(old)}::timestamptz
    and (locked_until is null or locked_until < ${iso(clock.now())}::timestamptz)`);
}

/**
 * Forgets the browsers that signed in as the user (a password changed or reset, an account disabled):
 * whoever had the old password must not keep a known device's head start. `keepToken` spares the browser
 * that made the change.
 */
export async function forgetDevices(tx: Db, userId: number, keepToken?: string): Promise<void> {
  const keep = keepToken ? sha256(keepToken) : '';
  await tx.execute(sql`delete from known_devices where user_id = ${userId} and token_hash <> ${keep}`);
}

/** Clears every count for an account (an administrator's unlock or password reset). */
export async function clearAttempts(tx: Db, username: string): Promise<void> {
  await tx.execute(sql`delete from login_attempts where account = ${username.trim().toLowerCase()}`);
}

/** Whether any source of the account is locked or the account is waiting: what the user list shows as "locked". */
export async function lockedAccounts(db: Db, usernames: string[]): Promise<Set<string>> {
  if (!usernames.length) return new Set();
  const rows = rowsOf<{ account: string }>(
    await db.execute(sql`select distinct account from login_attempts
    where account = any(${sql.param(usernames.map((u) => u.toLowerCase()))}::text[]) and locked_until > ${iso(clock.now())}::timestamptz`),
  );
  return new Set(rows.map((r) => r.account));
}

/**
 * Makes this browser a known device of the user: the cookie keeps its random token (one per browser,
 * shared by the accounts signed in on it), the table its hash with an expiry.
 */
export async function rememberDevice(tx: Db, req: FastifyRequest, reply: FastifyReply, userId: number, days: number, secure: boolean): Promise<void> {
  const existing = req.cookies[DEVICE_COOKIE];
  const token = existing && /^[\w-]{43}$/.test(existing) ? existing : randomBytes(32).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + days * 86400_000);
  await tx.execute(sql`insert into known_devices (token_hash, user_id, created_at, expires_at)
    values (${sha256(token)}, ${userId}, ${iso(now)}::timestamptz, ${iso(expiresAt)}::timestamptz)
    on conflict (token_hash, user_id) do update set expires_at = excluded.expires_at`);
  await tx.execute(sql`delete from known_devices where expires_at < ${iso(now)}::timestamptz`);
  reply.setCookie(DEVICE_COOKIE, token, { path: '/api/auth', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

/** Whether the session cookie is Secure: always, never, or (auto) when the request came over HTTPS. */
export function cookieSecure(cfg: Pick<Config, 'COOKIE_SECURE'>, req: FastifyRequest): boolean {
  if (cfg.COOKIE_SECURE === 'auto') return req.protocol === 'https';
  return cfg.COOKIE_SECURE === 'true';
}
