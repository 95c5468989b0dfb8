import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { orgUnits, sessions, users } from '../platform.table';
import type { Role } from '@shared/contracts/auth';
import type { Locale } from '@shared/contracts/common';
import type { Actor } from '../access/actor';
import { permissionsOf } from '../access/roles';

export const SESSION_COOKIE = 'waishi_session';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes): slow for an attacker, fine for a login.
const ARGON2 = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON2);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password).catch(() => false);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Creates a session; the cookie carries a random token, the database only its hash. */
export async function createSession(db: Db, userId: number, hours: number, meta: { ip: string; userAgent?: string }) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = clock.fromNow(hours * 3600_000);
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    csrfToken,
    expiresAt,
    createdAt: clock.now(),
    lastSeenAt: clock.now(),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300),
  });
  // Expired sessions are swept here rather than by a timer, so no process needs a scheduler.
  await db.delete(sessions).where(lt(sessions.expiresAt, clock.now()));
  return { token, csrfToken, expiresAt };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

export async function deleteUserSessions(db: Db, userId: number, exceptToken?: string): Promise<void> {
  const keep = exceptToken ? sql` and ${sessions.tokenHash} <> ${sha256(exceptToken)}` : sql``;
  await db.execute(sql`delete from ${sessions} where ${sessions.userId} = ${userId}${keep}`);
}

/** The actor behind a session token, or null when the token is unknown, expired or the user disabled. */
export async function actorForToken(db: Db, token: string, ip: string, hours: number): Promise<Actor | null> {
  const tokenHash = sha256(token);
  const [row] = await db
    .select({
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      orgUnitId: users.orgUnitId,
      locale: users.locale,
      disabled: users.disabled,
      path: orgUnits.path,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, clock.now())));
  if (!row || row.disabled) return null;
  // Sliding expiry, written at most once a minute so reads stay reads.
  if (clock.nowMs() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: clock.now(), expiresAt: clock.fromNow(hours * 3600_000) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const role = row.role as Role;
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role,
    orgUnitId: row.orgUnitId,
    scopePath: row.path,
    permissions: new Set(permissionsOf(role)),
    locale: row.locale as Locale,
    csrfToken: row.csrfToken,
    ip,
    mustChangePassword: row.mustChangePassword,
  };
}
