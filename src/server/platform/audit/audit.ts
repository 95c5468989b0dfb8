import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { bulkInsert } from '../db/bulk';
import { auditEvents } from '../platform.table';
import type { Actor } from '../access/actor';
import { checkAuditDetail, type AuditAction, type AuditEventTypes } from './events';

/** One audit event: a declared action (events.ts) with its detail of the declared type. */
export type AuditEntry<A extends AuditAction = AuditAction> = A extends AuditAction
  ? {
      action: A;
      entityType: string;
      entityId?: string | number | null;
      orgUnitId?: number | null;
      before?: unknown;
      after?: unknown;
      detail?: AuditEventTypes[A];
    }
  : never;

/** Who acted; a failed sign-in for an unknown name has no user, only the address it came from. */
export type AuditActor = Pick<Actor, 'ip'> & { userId: number | null; username: string | null };

function auditRow(actor: AuditActor | null, entry: AuditEntry, at: Date) {
  checkAuditDetail(entry.action, entry.detail);
  return {
    at,
    actorId: actor?.userId ?? null,
    actorName: actor?.username ?? null,
    ip: actor?.ip ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    orgUnitId: entry.orgUnitId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    detail: entry.detail ?? null,
  };
}

/** Writes an audit event; call it with the transaction that makes the change, so both land or neither. */
export async function recordAudit<A extends AuditAction>(tx: Db, actor: AuditActor | null, entry: AuditEntry<A>): Promise<void> {
  await tx.insert(auditEvents).values(auditRow(actor, entry as AuditEntry, clock.now()));
}

/** Only the fields that changed, so an audit row shows what an edit did rather than two whole records. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}

/**
 * Writes many audit events with one statement (an import's batch: one event per file it created or
 * changed); call it with the transaction that made the changes, like recordAudit.
 */
export async function recordAuditMany(tx: Db, actor: AuditActor | null, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const at = clock.now();
  await bulkInsert(
    tx,
    auditEvents,
    entries.map((entry) => auditRow(actor, entry, at)),
    ['at', 'actorId', 'actorName', 'ip', 'action', 'entityType', 'entityId', 'orgUnitId', 'before', 'after', 'detail'],
    ['id'],
  );
}
