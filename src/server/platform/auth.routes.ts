import { eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordSchema, loginSchema, sessionSchema, setLocaleSchema, type Me, type Role } from '../../shared/contracts/auth';
import type { Locale } from '../../shared/contracts/common';
import type { Db } from '../db/client';
import { orgUnits, users } from '../db/schema';
import { recordAudit } from './audit';
import { AppError, fieldError } from './errors';
import { actorOf } from './http';
import { ROLE_PERMISSIONS } from './permissions';
import { createSession, deleteSession, deleteUserSessions, hashPassword, SESSION_COOKIE, verifyPassword } from './sessions';
import { clock } from '../clock';

// Verifying against a real hash when the user does not exist keeps "no such user" as slow as "wrong password".
let dummyHash: Promise<string> | null = null;

async function loadMe(db: Db, userId: number): Promise<Me> {
  const [row] = await db.select({ user: users, orgZh: orgUnits.nameZh, orgEn: orgUnits.nameEn })
    .from(users).innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId)).where(eq(users.id, userId));
  const role = row.user.role as Role;
  const locale = row.user.locale as Locale;
  return {
    id: row.user.id, username: row.user.username, displayName: row.user.displayName, role,
    orgUnitId: row.user.orgUnitId, orgUnitName: locale === 'en-US' ? row.orgEn : row.orgZh, locale,
    mustChangePassword: row.user.mustChangePassword, permissions: [...ROLE_PERMISSIONS[role]],
  };
}

export const authRoutes: FastifyPluginAsyncZod<{ loginRateLimit: number }> = async (app, opts) => {
  const { db } = app.database;
  const cfg = app.config;

  app.post('/login', {
    config: { public: true, rateLimit: { max: opts.loginRateLimit, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], body: loginSchema, response: { 200: sessionSchema } },
  }, async (req, reply) => {
    const { username, password } = req.body;
    const [user] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
    if (!user) {
      dummyHash ??= hashPassword('not-a-real-password');
      await verifyPassword(await dummyHash, password);
      throw new AppError(401, 'err.badCredentials');
    }
    const actorRef = { userId: user.id, username: user.username, ip: req.ip };
    if (user.lockedUntil && user.lockedUntil > clock.now()) {
      throw new AppError(423, 'err.locked', { until: user.lockedUntil.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' });
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      const failures = user.failedLogins + 1;
      const lock = failures >= cfg.LOGIN_MAX_FAILURES;
      const lockedUntil = lock ? clock.fromNow(cfg.LOGIN_LOCK_MINUTES * 60_000) : null;
      await db.transaction(async (tx) => {
        await tx.update(users).set({ failedLogins: lock ? 0 : failures, lockedUntil }).where(eq(users.id, user.id));
        await recordAudit(tx, actorRef, { action: lock ? 'auth.locked' : 'auth.loginFailed', entityType: 'user', entityId: user.id, orgUnitId: user.orgUnitId });
      });
      if (lock) throw new AppError(423, 'err.locked', { until: lockedUntil!.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' });
      throw new AppError(401, 'err.badCredentials');
    }
    if (user.disabled) throw new AppError(403, 'err.disabled');
    const session = await db.transaction(async (tx) => {
      await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
      await recordAudit(tx, actorRef, { action: 'auth.login', entityType: 'user', entityId: user.id, orgUnitId: user.orgUnitId });
      return createSession(tx, user.id, cfg.SESSION_HOURS, { ip: req.ip, userAgent: req.headers['user-agent'] });
    });
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: cfg.COOKIE_SECURE, expires: session.expiresAt,
    });
    return { user: await loadMe(db, user.id), csrfToken: session.csrfToken, serverTime: clock.now().toISOString() };
  });

  app.post('/logout', { config: { public: true }, schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token && req.actor) {
      if (req.headers['x-csrf-token'] !== req.actor.csrfToken) throw new AppError(403, 'err.csrf');
      await deleteSession(db, token);
      await recordAudit(db, req.actor, { action: 'auth.logout', entityType: 'user', entityId: req.actor.userId, orgUnitId: req.actor.orgUnitId });
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.get('/me', { schema: { tags: ['auth'], response: { 200: sessionSchema } } }, async (req) => {
    const actor = actorOf(req);
    return { user: await loadMe(db, actor.userId), csrfToken: actor.csrfToken, serverTime: clock.now().toISOString() };
  });

  app.post('/password', { schema: { tags: ['auth'], body: changePasswordSchema, response: { 200: z.object({ ok: z.literal(true) }) } } }, async (req) => {
    const actor = actorOf(req);
    const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
    if (!(await verifyPassword(user.passwordHash, req.body.currentPassword))) throw fieldError('currentPassword', 'err.wrongPassword');
    if (req.body.currentPassword === req.body.newPassword) throw fieldError('newPassword', 'err.samePassword');
    const passwordHash = await hashPassword(req.body.newPassword);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1` }).where(eq(users.id, actor.userId));
      await recordAudit(tx, actor, { action: 'auth.passwordChanged', entityType: 'user', entityId: actor.userId, orgUnitId: actor.orgUnitId });
      // Other sessions of this user end: a changed password should lock out whoever had the old one.
      await deleteUserSessions(tx, actor.userId, req.cookies[SESSION_COOKIE]);
    });
    return { ok: true as const };
  });

  app.put('/locale', { schema: { tags: ['auth'], body: setLocaleSchema, response: { 200: sessionSchema } } }, async (req) => {
    const actor = actorOf(req);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ locale: req.body.locale }).where(eq(users.id, actor.userId));
      await recordAudit(tx, actor, { action: 'user.localeChanged', entityType: 'user', entityId: actor.userId, orgUnitId: actor.orgUnitId, after: { locale: req.body.locale } });
    });
    return { user: await loadMe(db, actor.userId), csrfToken: actor.csrfToken, serverTime: clock.now().toISOString() };
  });
};
