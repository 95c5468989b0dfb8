/** Annual plans and their items: every query of travel_plans and travel_plan_items. */
import { and, asc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { inScope, inUnitSubtree, type Scope } from '@server/platform/access/scope';
import type { AuditAction, AuditEventTypes } from '@server/platform/audit/events';
import { insertAudited, saveVersioned, type SaveOptions } from '@server/platform/db/records';
import { clock } from '@server/clock';
import { DEAD_STATUSES } from '../travel.check';
import { travelApplications, travelPlanItems, travelPlans } from '../travel.table';

export type PlanRow = typeof travelPlans.$inferSelect;
export type PlanItemRow = typeof travelPlanItems.$inferSelect;
export type PlanItemValues = Pick<PlanItemRow, 'title' | 'countries' | 'people' | 'days' | 'month' | 'budget'>;

const p = travelPlans;
const item = travelPlanItems;

export async function findPlan(db: Db, scope: Scope, id: number): Promise<PlanRow | null> {
  const [row] = await db
    .select()
    .from(p)
    .where(and(eq(p.id, id), inScope(p.orgUnitId, scope), isNull(p.archivedAt)));
  return row ?? null;
}

export async function listPlans(db: Db, scope: Scope, f: { year?: number; orgUnitId?: number }): Promise<PlanRow[]> {
  return db
    .select()
    .from(p)
    .where(
      and(
        inScope(p.orgUnitId, scope),
        isNull(p.archivedAt),
        f.year ? eq(p.year, f.year) : undefined,
        f.orgUnitId ? inUnitSubtree(p.orgUnitId, f.orgUnitId) : undefined,
      ),
    )
    .orderBy(asc(p.year), asc(p.orgUnitId))
    .limit(1000);
}

/** Whether the unit already has a plan for the year (one per unit and year; archived ones count). */
export async function planExists(db: Db, orgUnitId: number, year: number): Promise<boolean> {
  const [clash] = await db
    .select({ id: p.id })
    .from(p)
    .where(and(eq(p.orgUnitId, orgUnitId), eq(p.year, year)));
  return !!clash;
}

/** The live items of these plans, in the order they were added. */
export async function itemsOfPlans(db: Db, scope: Scope, planIds: number[]): Promise<PlanItemRow[]> {
  if (!planIds.length) return [];
  return db
    .select()
    .from(item)
    .where(and(inArray(item.planId, planIds), isNull(item.removedAt), inScope(item.orgUnitId, scope)))
    .orderBy(asc(item.id));
}

/** The live applications drawing on these items, with their members (a plan's figures count them). */
export async function usesOfItems(db: Db, scope: Scope, itemIds: number[]) {
  if (!itemIds.length) return [];
  const a = travelApplications;
  return db
    .select({ id: a.id, planItemId: a.planItemId, members: a.members })
    .from(a)
    .where(and(inArray(a.planItemId, itemIds), notInArray(a.status, DEAD_STATUSES), isNull(a.archivedAt), inScope(a.orgUnitId, scope)));
}

/** Whether `planItemId` is a live item of the unit's own plans. */
export async function isOwnPlanItem(db: Db, scope: Scope, orgUnitId: number, planItemId: number): Promise<boolean> {
  const [found] = await db
    .select({ id: item.id })
    .from(item)
    .where(and(eq(item.id, planItemId), eq(item.orgUnitId, orgUnitId), isNull(item.removedAt), inScope(item.orgUnitId, scope)));
  return !!found;
}

/** The plan's live items, inside the transaction that rewrites them. */
export async function liveItemsOfPlan(tx: Db, planId: number): Promise<PlanItemRow[]> {
  return tx
    .select()
    .from(item)
    .where(and(eq(item.planId, planId), isNull(item.removedAt)));
}

/** The first of these items a live application draws on (archived applications included: they still hold it). */
export async function firstUsedItem(tx: Db, itemIds: number[]): Promise<number | null> {
  const a = travelApplications;
  const [used] = await tx
    .select({ planItemId: a.planItemId })
    .from(a)
    .where(and(inArray(a.planItemId, itemIds), notInArray(a.status, DEAD_STATUSES)))
    .limit(1);
  return used?.planItemId ?? null;
}

export async function removeItems(tx: Db, itemIds: number[]) {
  await tx.update(item).set({ removedAt: clock.now() }).where(inArray(item.id, itemIds));
}

export async function updateItem(tx: Db, id: number, values: PlanItemValues) {
  await tx.update(item).set(values).where(eq(item.id, id));
}

export async function insertItem(tx: Db, plan: Pick<PlanRow, 'id' | 'orgUnitId'>, values: PlanItemValues) {
  await tx.insert(item).values({ ...values, planId: plan.id, orgUnitId: plan.orgUnitId });
}

/**
 * Stores a plan with its creator and its audit event; inside the caller's transaction when given one. The items
 * are no column of the plan: they are written by insertItem and ride along only to be recorded in the event.
 */
export function addPlan(
  db: Db,
  actor: Actor,
  values: Omit<typeof p.$inferInsert, 'createdBy' | 'updatedBy'> & { items: PlanItemValues[] },
  action: AuditAction,
): Promise<PlanRow> {
  return insertAudited<PlanRow>(db, actor, p, values, action, 'travel_plan');
}

/** Saves changes made on `version` with its audit event, in one transaction (saveVersioned); a stale version is a 409. */
export function savePlan<A extends AuditAction>(
  db: Db,
  actor: Actor,
  current: PlanRow,
  version: number,
  changes: Partial<PlanRow>,
  action: A,
  options?: SaveOptions<PlanRow, AuditEventTypes[A]>,
): Promise<PlanRow> {
  return saveVersioned<PlanRow, A>(db, actor, p as never, current, version, changes, action, 'travel_plan', options);
}
