import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@server/db/client';
import { changedFields, recordAudit, type AuditEntry } from '../audit/audit';
import type { AuditAction, AuditEventTypes } from '../audit/events';
import { conflict } from '../http/errors';
import type { Actor } from '../access/actor';
import { clock } from '@server/clock';

/** A table with the columns every editable, archivable record of a module has. */
type VersionedTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
  updatedBy: PgColumn;
  orgUnitId: PgColumn;
  archivedAt: PgColumn;
  archiveReason: PgColumn;
};

export interface SaveOptions<Row, Detail = unknown> {
  /** Recorded with the audit event, e.g. the movement an edit made; of the type the action declares. */
  detail?: Detail;
  /** More writes that belong to the same change (history rows), done in the same transaction. */
  alsoInTransaction?: (tx: Db, row: Row) => Promise<void>;
}

/**
 * Saves changes made on `version` with an audit event of the changed fields, in one transaction.
 * A stale version writes nothing and answers 409: two people can never silently overwrite each other.
 */
export async function saveVersioned<Row extends Record<string, unknown>, A extends AuditAction = AuditAction>(
  db: Db,
  actor: Actor,
  table: VersionedTable,
  current: Row,
  version: number,
  changes: Partial<Row>,
  action: A,
  entityType: string,
  options: SaveOptions<Row, AuditEventTypes[A]> = {},
): Promise<Row> {
  return db.transaction(async (tx) => {
    const [row] = (await tx
      .update(table)
      .set({ ...changes, version: sql`${table.version} + 1`, updatedAt: clock.now(), updatedBy: actor.userId } as never)
      .where(and(eq(table.id, current.id as number), eq(table.version, version)))
      .returning()) as unknown as Row[];
    if (!row) throw conflict();
    await options.alsoInTransaction?.(tx, row);
    const diff = changedFields(current, changes);
    // The action and its detail were checked together at the call (A); the entry only carries them.
    await recordAudit(tx, actor, {
      action,
      entityType,
      entityId: current.id as number,
      orgUnitId: row.orgUnitId as number,
      before: diff?.before,
      after: diff?.after,
      detail: options.detail,
    } as AuditEntry);
    return row;
  });
}

/** Inserts a record with its creator and an audit event of what was created. */
export async function insertAudited<Row extends Record<string, unknown>>(
  db: Db,
  actor: Actor,
  table: PgTable,
  values: Record<string, unknown>,
  action: AuditAction,
  entityType: string,
): Promise<Row> {
  return db.transaction(async (tx) => {
    const [row] = (await tx
      .insert(table)
      .values({ ...values, createdBy: actor.userId, updatedBy: actor.userId } as never)
      .returning()) as unknown as Row[];
    await recordAudit(tx, actor, { action, entityType, entityId: row.id as number, orgUnitId: row.orgUnitId as number, after: values } as AuditEntry);
    return row;
  });
}
