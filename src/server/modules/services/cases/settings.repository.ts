/**
 * The SQL of the window's settings: each kind's time limits and its documents checklist. They are the office's data
 * for the whole installation (one set per kind, like the travel rules), so the reads take no Scope.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { serviceChecklistItems, serviceKindSettings } from './cases.table';

export type KindSettingsRow = typeof serviceKindSettings.$inferSelect;
export type ChecklistItemRow = typeof serviceChecklistItems.$inferSelect;

export async function findKindSettings(db: Db, kind: string): Promise<KindSettingsRow | null> {
  const [row] = await db.select().from(serviceKindSettings).where(eq(serviceKindSettings.kind, kind));
  return row ?? null;
}

/** The code's defaults for a kind that has no row yet; a row someone already wrote wins. */
export async function seedKindSettings(db: Db, values: typeof serviceKindSettings.$inferInsert): Promise<void> {
  await db.insert(serviceKindSettings).values(values).onConflictDoNothing();
}

/** A kind's checklist in its order; the archived items too when asked (the settings page shows them). */
export async function listChecklistItems(db: Db, kind: string, withArchived = false): Promise<ChecklistItemRow[]> {
  return db
    .select()
    .from(serviceChecklistItems)
    .where(and(eq(serviceChecklistItems.kind, kind), withArchived ? undefined : isNull(serviceChecklistItems.archivedAt)))
    .orderBy(asc(serviceChecklistItems.position), asc(serviceChecklistItems.id));
}

/**
 * A kind's default checklist, written only while the kind has no item at all (archived ones included), under an
 * advisory lock on the kind so two first readers do not both seed it.
 */
export async function seedChecklistItems(db: Db, kind: string, rows: Array<typeof serviceChecklistItems.$inferInsert>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`service_checklist:${kind}`}))`);
    const [any] = await tx.select({ id: serviceChecklistItems.id }).from(serviceChecklistItems).where(eq(serviceChecklistItems.kind, kind)).limit(1);
    if (!any && rows.length) await tx.insert(serviceChecklistItems).values(rows);
  });
}

/** The kind's limits changed on the version the caller saw; null when it is stale. */
export async function updateKindSettings(
  db: Db,
  kind: string,
  version: number,
  changes: Partial<KindSettingsRow>,
  userId: number,
): Promise<KindSettingsRow | null> {
  const [row] = await db
    .update(serviceKindSettings)
    .set({ ...changes, version: sql`${serviceKindSettings.version} + 1`, updatedBy: userId, updatedAt: clock.now() })
    .where(and(eq(serviceKindSettings.kind, kind), eq(serviceKindSettings.version, version)))
    .returning();
  return row ?? null;
}

export async function findChecklistItem(db: Db, id: number): Promise<ChecklistItemRow | null> {
  const [row] = await db.select().from(serviceChecklistItems).where(eq(serviceChecklistItems.id, id));
  return row ?? null;
}

export async function insertChecklistItem(db: Db, values: typeof serviceChecklistItems.$inferInsert): Promise<ChecklistItemRow> {
  const [row] = await db.insert(serviceChecklistItems).values(values).returning();
  return row;
}

/** An item changed (or archived) on the version the caller saw; null when it is stale. */
export async function updateChecklistItem(
  db: Db,
  id: number,
  version: number,
  changes: Partial<ChecklistItemRow>,
  userId: number,
): Promise<ChecklistItemRow | null> {
  const [row] = await db
    .update(serviceChecklistItems)
    .set({ ...changes, version: sql`${serviceChecklistItems.version} + 1`, updatedBy: userId, updatedAt: clock.now() })
    .where(and(eq(serviceChecklistItems.id, id), eq(serviceChecklistItems.version, version)))
    .returning();
  return row ?? null;
}
