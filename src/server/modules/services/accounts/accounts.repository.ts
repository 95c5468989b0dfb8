/** The registrations' SQL: the office's reads take its Scope; the applicant's one read goes by the secret token. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { inScope, type Scope } from '@server/platform/access/scope';
import type { AuditActor } from '@server/platform/audit/audit';
import { recordAudit } from '@server/platform/audit/audit';
import type { AuditAction, AuditEventTypes } from '@server/platform/audit/events';
import { saveVersioned } from '@server/platform/db/records';
import { AppError } from '@server/platform/http/errors';
import { attachments } from '@server/platform/platform.table';
import { serviceUnitRegistrations as regs } from './accounts.table';

export type RegistrationRow = typeof regs.$inferSelect;
export type RegistrationInsert = typeof regs.$inferInsert;
export const REGISTRATION_ENTITY = 'serviceUnitRegistration';

export async function findRegistration(db: Db, scope: Scope, id: number): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(regs)
    .where(and(eq(regs.id, id), inScope(regs.orgUnitId, scope)));
  return row ?? null;
}

export async function listRegistrations(db: Db, scope: Scope, state: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(regs)
    .where(and(eq(regs.state, state), inScope(regs.orgUnitId, scope)))
    .orderBy(desc(regs.createdAt), desc(regs.id))
    .limit(500);
}

/** The applicant's own registration, found by the hash of the token only they were given. */
export async function findRegistrationByToken(db: Db, tokenHash: string): Promise<RegistrationRow | null> {
  const [row] = await db.select().from(regs).where(eq(regs.tokenHash, tokenHash));
  return row ?? null;
}

/** The files of registrations read in scope, by their attachment ids. */
export async function listRegistrationFiles(db: Db, scope: Scope, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ id: attachments.id, name: attachments.name, size: attachments.size })
    .from(attachments)
    .where(and(inArray(attachments.id, ids), eq(attachments.entityType, REGISTRATION_ENTITY), inScope(attachments.orgUnitId, scope)));
}

/** Stores a registration from the public page and its audit event (the actor is the address it came from). */
export async function addRegistration(db: Db, who: AuditActor, values: Omit<RegistrationInsert, 'id'>): Promise<RegistrationRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(regs).values(values).returning();
    const { passwordHash: _hidden, tokenHash: _token, ...shown } = values;
    await recordAudit(tx, who, {
      action: 'serviceRegistration.submit',
      entityType: REGISTRATION_ENTITY,
      entityId: row.id,
      orgUnitId: row.orgUnitId,
      after: shown,
    });
    return row;
  });
}

/**
 * Stores an uploaded file against a pending registration and points the registration at it, counting the upload;
 * the registration must still be pending with uploads left (checked in the update itself, so two at once cannot pass).
 */
export async function addRegistrationFile(
  db: Db,
  who: AuditActor,
  row: RegistrationRow,
  kind: 'filing' | 'licence',
  file: { name: string; contentType: string; content: Buffer },
  maxUploads: number,
): Promise<void> {
  return db.transaction(async (tx) => {
    const [att] = await tx
      .insert(attachments)
      .values({
        entityType: REGISTRATION_ENTITY,
        entityId: row.id,
        orgUnitId: row.orgUnitId,
        name: file.name,
        contentType: file.contentType,
        size: file.content.length,
        content: file.content,
      })
      .returning({ id: attachments.id });
    const [updated] = await tx
      .update(regs)
      .set(kind === 'filing' ? { filingId: att.id, uploads: sql`${regs.uploads} + 1` } : { licenceId: att.id, uploads: sql`${regs.uploads} + 1` })
      .where(and(eq(regs.id, row.id), eq(regs.state, 'pending'), sql`${regs.uploads} < ${maxUploads}`))
      .returning({ id: regs.id });
    if (!updated) throw new AppError(409, 'svc.accounts.uploadClosed');
    await recordAudit(tx, who, {
      action: 'attachment.add',
      entityType: REGISTRATION_ENTITY,
      entityId: row.id,
      orgUnitId: row.orgUnitId,
      detail: { name: file.name, size: file.content.length },
    });
  });
}

/** The office's answer saved on `version` with its audit event (saveVersioned); a stale version is a 409. */
export function saveRegistration<A extends AuditAction>(
  db: Db,
  actor: Actor,
  current: RegistrationRow,
  version: number,
  changes: Partial<RegistrationRow>,
  action: A,
  detail?: AuditEventTypes[A],
): Promise<RegistrationRow> {
  return saveVersioned<RegistrationRow, A>(db, actor, regs, current, version, changes, action, REGISTRATION_ENTITY, { detail });
}

/** The approved registration of a unit of the caller's subtree (a unit's contact reaches its own unit's), or null. */
export async function findApprovedRegistrationOfUnit(db: Db, scope: Scope, unitId: number): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(regs)
    .where(and(eq(regs.unitId, unitId), eq(regs.state, 'approved'), inScope(regs.unitId, scope)))
    .orderBy(desc(regs.id))
    .limit(1);
  return row ?? null;
}
