import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { changePasswordSchema, loginSchema, sessionSchema, setLocaleSchema, type Me, type Role } from '@shared/contracts/auth';
import type { Locale } from '@shared/contracts/common';
import { unitName } from '@shared/labels/platform';
import type { Db } from '@server/db/client';
import { orgUnits, users } from '../platform.table';
import { recordAudit } from '../audit/audit';
import { AppError, fieldError } from '../http/errors';
import { actorOf } from '../http/http';
import {
  attemptKey,
  clientNetwork,
  cookieSecure,
  DEVICE_COOKIE,
  forgetDevices,
  officeTime,
  recordFailure,
  recordSuccess,
  rememberDevice,
  reserveCheck,
} from './login-guard';
import { assertStrongPassword } from './password-policy';
import { permissionsOf } from '../access/roles';
import { createSession, deleteSession, deleteUserSessions, hashPassword, SESSION_COOKIE, verifyPassword } from './sessions';
import { clock } from '@server/clock';

// Verifying against a real hash when the user does not exist keeps "no such user" as slow as "wrong password".
const dummyHash = hashPassword(randomBytes(16).toString('hex'));

async function loadMe(db: Db, userId: number): Promise<Me> {
  const [row] = await db
    .select({ user: users, orgZh: orgUnits.nameZh, orgEn: orgUnits.nameEn })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(eq(users.id, userId));
  const role = row.user.role as Role;
  const locale = row.user.locale as Locale;
  return {
    id: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    role,
    orgUnitId: row.user.orgUnitId,
    orgUnitName: unitName({ nameZh: row.orgZh, nameEn: row.orgEn }, locale),
    locale,
    mustChangePassword: row.user.mustChangePassword,
    permissions: [...permissionsOf(role)],
  };
}

export const authRoutes: FastifyPluginAsyncZod<{ loginRateLimit: number }> = async (app, opts) => {
  const { db } = app.database;
  const cfg = app.config;

  // Sign-in and change-password share one per-address limit, counted in PostgreSQL across processes.
  const rateLimit = {
    max: opts.loginRateLimit,
    timeWindow: '1 minute',
    groupId: 'password-checks',
    keyGenerator: (req: FastifyRequest) => clientNetwork(req.ip),
  };

  app.post(
    '/login',
    {
      config: { public: true, rateLimit },
      schema: { tags: ['auth'], body: loginSchema, response: { 200: sessionSchema } },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const key = await attemptKey(db, req, username);
      const reserved = await reserveCheck(db, cfg, key);
      const [user] = await db
        .select()
        .from(users)
        .where(sql`lower(${users.username}) = lower(${username})`);
      // Unknown user, disabled account and wrong password do the same work and get the same answer.
      const verified = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
      if (!user || user.disabled || !verified) {
        const lockedUntil = await db.transaction(async (tx) => {
          const locked = await recordFailure(tx, cfg, key, reserved);
          await recordAudit(
            tx,
            { userId: user?.id ?? null, username: user?.username ?? null, ip: req.ip },
            {
              action: locked ? 'auth.locked' : 'auth.loginFailed',
              entityType: 'user',
              entityId: user?.id ?? null,
              orgUnitId: user?.orgUnitId ?? null,
              detail: {
                username: username.slice(0, 64),
                reason: !user ? 'unknownUser' : user.disabled ? 'disabled' : 'wrongPassword',
                source: key.knownDevice ? 'knownDevice' : 'address',
              },
            },
          );
          return locked;
        });
        if (lockedUntil) throw new AppError(423, 'err.locked', { until: officeTime(lockedUntil) });
        throw new AppError(401, 'err.badCredentials');
      }
      const actorRef = { userId: user.id, username: user.username, ip: req.ip };
      const secure = cookieSecure(cfg, req);
      const session = await db.transaction(async (tx) => {
        await recordSuccess(tx, key);
        await recordAudit(tx, actorRef, {
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          orgUnitId: user.orgUnitId,
          detail: { knownDevice: key.knownDevice },
        });
        await rememberDevice(tx, req, reply, user.id, cfg.KNOWN_DEVICE_DAYS, secure);
        return createSession(tx, user.id, cfg.SESSION_HOURS, { ip: req.ip, userAgent: req.headers['user-agent'] });
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        expires: session.expiresAt,
      });
      return { user: await loadMe(db, user.id), csrfToken: session.csrfToken, serverTime: clock.now().toISOString() };
    },
  );

  app.post('/logout', { config: { public: true }, schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token && req.actor) {
      if (req.headers['x-csrf-token'] !== req.actor.csrfToken) throw new AppError(403, 'err.csrf');
      await deleteSession(db, token);
      await recordAudit(db, req.actor, { action: 'auth.logout', entityType: 'user', entityId: req.actor.userId, orgUnitId: req.actor.orgUnitId });
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/', secure: cookieSecure(cfg, req) });
    return reply.code(204).send();
  });

  app.get('/me', { schema: { tags: ['auth'], response: { 200: sessionSchema } } }, async (req) => {
    const actor = actorOf(req);
    return { user: await loadMe(db, actor.userId), csrfToken: actor.csrfToken, serverTime: clock.now().toISOString() };
  });

  app.post(
    '/password',
    {
      config: { rateLimit },
      schema: { tags: ['auth'], body: changePasswordSchema, response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async (req) => {
      const actor = actorOf(req);
      // A wrong current password counts like a failed sign-in: a stolen session cannot guess it at leisure.
      const key = await attemptKey(db, req, actor.username);
      const reserved = await reserveCheck(db, cfg, key);
      const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
      if (!(await verifyPassword(user.passwordHash, req.body.currentPassword))) {
        const lockedUntil = await db.transaction(async (tx) => {
          const locked = await recordFailure(tx, cfg, key, reserved);
          await recordAudit(tx, actor, {
            action: locked ? 'auth.locked' : 'auth.passwordCheckFailed',
            entityType: 'user',
            entityId: actor.userId,
            orgUnitId: actor.orgUnitId,
          });
          return locked;
        });
        if (lockedUntil) throw new AppError(423, 'err.locked', { until: officeTime(lockedUntil) });
        throw fieldError('currentPassword', 'err.wrongPassword');
      }
      await recordSuccess(db, key);
      if (req.body.currentPassword === req.body.newPassword) throw fieldError('newPassword', 'err.samePassword');
      assertStrongPassword('newPassword', req.body.newPassword, { username: user.username, displayName: user.displayName });
      const passwordHash = await hashPassword(req.body.newPassword);
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1` })
          .where(eq(users.id, actor.userId));
        await recordAudit(tx, actor, { action: 'auth.passwordChanged', entityType: 'user', entityId: actor.userId, orgUnitId: actor.orgUnitId });
        // Other sessions of this user end: a changed password should lock out whoever had the old one.
        await deleteUserSessions(tx, actor.userId, req.cookies[SESSION_COOKIE]);
        await forgetDevices(tx, actor.userId, req.cookies[DEVICE_COOKIE]);
      });
      return { ok: true as const };
    },
  );

  app.put('/locale', { schema: { tags: ['auth'], body: setLocaleSchema, response: { 200: sessionSchema } } }, async (req) => {
    const actor = actorOf(req);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ locale: req.body.locale }).where(eq(users.id, actor.userId));
      await recordAudit(tx, actor, {
        action: 'user.localeChanged',
        entityType: 'user',
        entityId: actor.userId,
        orgUnitId: actor.orgUnitId,
        after: { locale: req.body.locale },
      });
    });
    return { user: await loadMe(db, actor.userId), csrfToken: actor.csrfToken, serverTime: clock.now().toISOString() };
  });
};
