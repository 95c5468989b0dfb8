/** What the rule check reads besides the application: the units' plans, plan items and who else draws on them. */
import { and, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import { inScope, type Scope } from '@server/platform/access/scope';
import { DEAD_STATUSES } from '../travel.check';
import { travelApplications, travelPlanItems, travelPlans } from '../travel.table';

/**
 * For a batch of (unit, year, plan item) subjects in three queries: the units' plans of those years, the
 * live plan items drawn on, and the applications past draft already drawing on them.
 */
export async function planFacts(db: Db, scope: Scope, subjects: Array<{ orgUnitId: number; year: number; planItemId: number | null }>) {
  const pairs = subjects.map((s) => sql`(${s.orgUnitId}, ${s.year})`);
  const plans = await db
    .select({ id: travelPlans.id, orgUnitId: travelPlans.orgUnitId, year: travelPlans.year })
    .from(travelPlans)
    .where(
      and(
        sql`(${travelPlans.orgUnitId}, ${travelPlans.year}) in (${sql.join(pairs, sql`, `)})`,
        isNull(travelPlans.archivedAt),
        inScope(travelPlans.orgUnitId, scope),
      ),
    );
  const itemIds = [...new Set(subjects.map((s) => s.planItemId).filter((x): x is number => x != null))];
  const items = itemIds.length
    ? await db
        .select()
        .from(travelPlanItems)
        .where(and(inArray(travelPlanItems.id, itemIds), isNull(travelPlanItems.removedAt), inScope(travelPlanItems.orgUnitId, scope)))
    : [];
  const users = itemIds.length
    ? await db
        .select({ id: travelApplications.id, planItemId: travelApplications.planItemId })
        .from(travelApplications)
        .where(
          and(
            inArray(travelApplications.planItemId, itemIds),
            notInArray(travelApplications.status, [...DEAD_STATUSES, 'draft']),
            inScope(travelApplications.orgUnitId, scope),
          ),
        )
    : [];
  return { plans, items, users };
}
