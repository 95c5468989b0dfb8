import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '@shared/contracts/auth';
import type { Locale } from '@shared/contracts/common';
import type { OrgKind } from '@shared/contracts/org';
import type { User } from '@shared/contracts/users';
import { unitName } from '@shared/labels/platform';
import type { Db } from '@server/db/client';
import { orgUnits, users } from '../platform.table';
import { changedFields, recordAudit } from '../audit/audit';
import { conflict, duplicateOf, fieldError, notFound, refusingDuplicates } from '../http/errors';
import { findOrgUnit, getOrgUnitById } from '../org/org.service';
import type { Actor } from '../access/actor';
import { ROLE_ORG_KINDS } from '../access/roles';
import { inScope, scopeOf } from '../access/scope';
import { clearAttempts, forgetDevices, lockedAccounts } from '../auth/login-guard';
import { assertStrongPassword } from '../auth/password-policy';
import { deleteUserSessions, hashPassword } from '../auth/sessions';

type UserRow = typeof users.$inferSelect;

function present(u: UserRow, orgName: string, locked: boolean): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    orgUnitId: u.orgUnitId,
    orgUnitName: orgName,
    locale: u.locale as Locale,
    disabled: u.disabled,
    locked,
    mustChangePassword: u.mustChangePassword,
    version: u.version,
  };
}

/** Users whose unit lies inside the administrator's own subtree. */
export async function listUsers(db: Db, actor: Actor): Promise<User[]> {
  const rows = await db
    .select({ u: users, zh: orgUnits.nameZh, en: orgUnits.nameEn })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(inScope(users.orgUnitId, scopeOf(actor)))
    .orderBy(asc(users.username));
  const locked = await lockedAccounts(
    db,
    rows.map((r) => r.u.username),
  );
  return rows.map((r) => present(r.u, unitName({ nameZh: r.zh, nameEn: r.en }, actor.locale), locked.has(r.u.username.toLowerCase())));
}

/**
 * The display names of users by id, for history that says who recorded a step. Any user's name, not only
 * those in the caller's subtree: the caller sees the record, and the clerk who wrote it may sit above them.
 */
export async function displayNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((u) => [u.id, u.name]));
}

async function findUser(db: Db, actor: Actor, id: number): Promise<UserRow> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), inScope(users.orgUnitId, scopeOf(actor))));
  if (!row) throw notFound();
  return row;
}

async function checkRoleFits(db: Db, actor: Actor, role: Role, orgUnitId: number) {
  const unit = await findOrgUnit(db, scopeOf(actor), orgUnitId);
  if (!unit) throw fieldError('orgUnitId', 'err.orgOutOfScope');
  if (!ROLE_ORG_KINDS[role].includes(unit.kind as OrgKind)) throw fieldError('role', 'err.roleScope');
  return unit;
}

async function presentOne(db: Db, actor: Actor, row: UserRow): Promise<User> {
  const unit = await getOrgUnitById(db, row.orgUnitId);
  const locked = await lockedAccounts(db, [row.username]);
  return present(row, unit ? unitName(unit, actor.locale) : '', locked.size > 0);
}

export async function createUser(
  db: Db,
  actor: Actor,
  /**
   * `password` as typed by an administrator (checked here, to be changed at first sign-in), or the hash of one the
   * user chose themselves and had checked against the policy then (a unit's registration): kept as it is.
   */
  input: { username: string; displayName: string; role: Role; orgUnitId: number; password: string | { hash: string }; locale: Locale },
): Promise<User> {
  await checkRoleFits(db, actor, input.role, input.orgUnitId);
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${input.username})`);
  const usernameTaken = () => duplicateOf('username', 'err.usernameTaken');
  if (taken) throw usernameTaken();
  const typed = typeof input.password === 'string' ? input.password : null;
  if (typed !== null) assertStrongPassword('password', typed, { username: input.username, displayName: input.displayName });
  const passwordHash = typed !== null ? await hashPassword(typed) : (input.password as { hash: string }).hash;
  return refusingDuplicates(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(users)
          .values({
            username: input.username,
            displayName: input.displayName,
            role: input.role,
            orgUnitId: input.orgUnitId,
            passwordHash,
            locale: input.locale,
            mustChangePassword: typed !== null,
          })
          .returning();
        const shown = await presentOne(tx, actor, row);
        await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: row.id, orgUnitId: row.orgUnitId, after: shown });
        return shown;
      }),
    { users_username_idx: usernameTaken },
  );
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: number,
  input: { version: number; displayName?: string; role?: Role; orgUnitId?: number; disabled?: boolean },
): Promise<User> {
  const current = await findUser(db, actor, id);
  if (input.disabled && id === actor.userId) throw fieldError('disabled', 'err.cannotDisableSelf');
  if (input.role !== undefined || input.orgUnitId !== undefined) {
    await checkRoleFits(db, actor, input.role ?? (current.role as Role), input.orgUnitId ?? current.orgUnitId);
  }
  const changes = {
    ...(input.displayName !== undefined && { displayName: input.displayName }),
    ...(input.role !== undefined && { role: input.role }),
    ...(input.orgUnitId !== undefined && { orgUnitId: input.orgUnitId }),
    ...(input.disabled !== undefined && { disabled: input.disabled }),
  };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ ...changes, version: sql`${users.version} + 1` })
      .where(and(eq(users.id, id), eq(users.version, input.version)))
      .returning();
    if (!row) throw conflict();
    // A new role, unit or a disabled account takes effect now, not at the next login.
    if (input.disabled || input.role !== undefined || input.orgUnitId !== undefined) await deleteUserSessions(tx, id);
    if (input.disabled) await forgetDevices(tx, id);
    const diff = changedFields(current as Record<string, unknown>, changes);
    await recordAudit(tx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      orgUnitId: row.orgUnitId,
      before: diff?.before,
      after: diff?.after,
    });
    return presentOne(tx, actor, row);
  });
}

export async function resetPassword(db: Db, actor: Actor, id: number, password: string): Promise<User> {
  const current = await findUser(db, actor, id);
  assertStrongPassword('password', password, { username: current.username, displayName: current.displayName });
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, version: sql`${users.version} + 1` })
      .where(eq(users.id, id))
      .returning();
    await clearAttempts(tx, row.username);
    await deleteUserSessions(tx, id);
    await forgetDevices(tx, id);
    await recordAudit(tx, actor, { action: 'user.passwordReset', entityType: 'user', entityId: id, orgUnitId: row.orgUnitId });
    return presentOne(tx, actor, row);
  });
}

export async function unlockUser(db: Db, actor: Actor, id: number): Promise<User> {
  const row = await findUser(db, actor, id);
  return db.transaction(async (tx) => {
    // Every source's lock and the account's wait end together.
    await clearAttempts(tx, row.username);
    await recordAudit(tx, actor, { action: 'user.unlock', entityType: 'user', entityId: id, orgUnitId: row.orgUnitId });
    return presentOne(tx, actor, row);
  });
}

/**
 * Creates the first administrator when no user exists. Without a configured password a random one is
 * generated, returned for printing once, and must be changed at first login.
 */
export async function ensureFirstAdmin(
  db: Db,
  opts: { username: string; password?: string; orgUnitId: number },
): Promise<{ username: string; password: string } | null> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (Number(n) > 0) return null;
  const password = opts.password ?? randomBytes(9).toString('base64url');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        username: opts.username,
        displayName: '系统管理员 Administrator',
        role: 'admin',
        orgUnitId: opts.orgUnitId,
        passwordHash: await hashPassword(password),
        mustChangePassword: !opts.password,
      })
      .returning();
    await recordAudit(tx, null, { action: 'user.create', entityType: 'user', entityId: row.id, orgUnitId: row.orgUnitId, detail: { bootstrap: true } });
  });
  return { username: opts.username, password };
}
