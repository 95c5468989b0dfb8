import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Plan, planInputSchema, planListQuerySchema, planUpdateSchema } from '../../../shared/contracts/travel';
import { toAlpha3 } from '../../../shared/reference/countries';
import type { Db } from '../../db/client';
import { AppError, fieldError, notFound, refusingDuplicates } from '../../platform/http/errors';
import { orgUnitNames } from '../../platform/org/org.service';
import { can, type Actor } from '../../platform/access/actor';
import { insertAudited, saveVersioned } from '../../platform/db/records';
import { inScope, scopeOf, inUnitSubtree } from '../../platform/access/scope';
import { applyingUnit } from './travel.applications';
import { DEAD_STATUSES } from './travel.check';
import { travelApplications, travelPlanItems, travelPlans } from './travel.table';
import { clock } from '../../clock';

type PlanRow = typeof travelPlans.$inferSelect;
type ItemInput = z.output<typeof planInputSchema>['items'][number];

function normalizeItems(items: ItemInput[]) {
  return items.map((item, i) => ({
    ...item,
    countries: [...new Set(item.countries.map((c, j) => {
      const code = toAlpha3(c);
      if (!code) throw fieldError(`items.${i}.countries.${j}`, 'err.unknownCountry', { value: c });
      return code;
    }))],
  }));
}

export async function findPlan(db: Db, actor: Actor, id: number): Promise<PlanRow> {
  const [row] = await db.select().from(travelPlans).where(and(eq(travelPlans.id, id), inScope(travelPlans.orgUnitId, scopeOf(actor)), isNull(travelPlans.archivedAt)));
  if (!row) throw notFound();
  return row;
}

export async function presentPlans(db: Db, actor: Actor, rows: PlanRow[]): Promise<Plan[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [names, items] = await Promise.all([
    orgUnitNames(db, rows.map((r) => r.orgUnitId), actor.locale),
    db.select().from(travelPlanItems).where(and(inArray(travelPlanItems.planId, ids), isNull(travelPlanItems.removedAt))).orderBy(asc(travelPlanItems.id)),
  ]);
  const uses = items.length ? await db.select({ id: travelApplications.id, planItemId: travelApplications.planItemId, members: travelApplications.members })
    .from(travelApplications).where(and(inArray(travelApplications.planItemId, items.map((i) => i.id)), notInArray(travelApplications.status, DEAD_STATUSES), isNull(travelApplications.archivedAt))) : [];
  return rows.map((r) => {
    const own = items.filter((i) => i.planId === r.id).map((i) => {
      const usedBy = uses.filter((u) => u.planItemId === i.id);
      return { id: i.id, title: i.title, countries: i.countries, people: i.people, days: i.days, month: i.month, budget: i.budget, usedBy: usedBy.map((u) => u.id), usedPeople: usedBy.reduce((s, u) => s + (u.members as unknown[]).length, 0) };
    });
    return {
      id: r.id, orgUnitId: r.orgUnitId, orgUnitName: names.get(r.orgUnitId) ?? '', year: r.year, notes: r.notes,
      items: own.map(({ usedPeople, ...i }) => { void usedPeople; return i; }),
      totals: {
        trips: own.length, people: own.reduce((s, i) => s + i.people, 0), budget: own.reduce((s, i) => s + i.budget, 0),
        usedTrips: own.filter((i) => i.usedBy.length).length, usedPeople: own.reduce((s, i) => s + i.usedPeople, 0),
      },
      version: r.version, updatedAt: r.updatedAt.toISOString(), can: { update: can(actor, 'travel.apply') },
    };
  });
}

export async function listPlans(db: Db, actor: Actor, q: z.output<typeof planListQuerySchema>): Promise<Plan[]> {
  const rows = await db.select().from(travelPlans).where(and(
    inScope(travelPlans.orgUnitId, scopeOf(actor)), isNull(travelPlans.archivedAt), q.year ? eq(travelPlans.year, q.year) : undefined,
    q.orgUnitId ? inUnitSubtree(travelPlans.orgUnitId, q.orgUnitId) : undefined,
  )).orderBy(asc(travelPlans.year), asc(travelPlans.orgUnitId)).limit(1000);
  return presentPlans(db, actor, rows);
}

async function writeItems(tx: Db, plan: PlanRow, items: ReturnType<typeof normalizeItems>) {
  const existing = await tx.select().from(travelPlanItems).where(and(eq(travelPlanItems.planId, plan.id), isNull(travelPlanItems.removedAt)));
  const kept = new Set(items.map((i) => i.id).filter(Boolean));
  const dropped = existing.filter((e) => !kept.has(e.id));
  if (dropped.length) {
    const [used] = await tx.select({ planItemId: travelApplications.planItemId }).from(travelApplications)
      .where(and(inArray(travelApplications.planItemId, dropped.map((d) => d.id)), notInArray(travelApplications.status, DEAD_STATUSES))).limit(1);
    if (used) throw new AppError(409, 'err.travelPlanItemUsed', { title: dropped.find((d) => d.id === used.planItemId)!.title });
    await tx.update(travelPlanItems).set({ removedAt: clock.now() }).where(inArray(travelPlanItems.id, dropped.map((d) => d.id)));
  }
  for (const [i, item] of items.entries()) {
    const values = { title: item.title, countries: item.countries, people: item.people, days: item.days, month: item.month, budget: Math.round(item.budget) };
    if (item.id) {
      if (!existing.some((e) => e.id === item.id)) throw fieldError(`items.${i}.id`, 'err.notFound');
      await tx.update(travelPlanItems).set(values).where(eq(travelPlanItems.id, item.id));
    } else {
      await tx.insert(travelPlanItems).values({ ...values, planId: plan.id, orgUnitId: plan.orgUnitId });
    }
  }
}

/** A unit's plan for a year (one per unit and year). */
export async function createPlan(db: Db, actor: Actor, input: z.output<typeof planInputSchema>): Promise<PlanRow> {
  const unitId = await applyingUnit(db, actor, input.orgUnitId);
  const items = normalizeItems(input.items);
  const [clash] = await db.select({ id: travelPlans.id }).from(travelPlans).where(and(eq(travelPlans.orgUnitId, unitId), eq(travelPlans.year, input.year)));
  const exists = () => new AppError(409, 'err.travelPlanExists', { year: input.year });
  if (clash) throw exists();
  // Two people creating the same unit's plan at once: the unique index decides, the loser is told.
  return refusingDuplicates(() => db.transaction(async (tx) => {
    const plan = await insertAudited<PlanRow>(tx, actor, travelPlans, { orgUnitId: unitId, year: input.year, notes: input.notes, items }, 'travelPlan.create', 'travel_plan');
    await writeItems(tx, plan, items);
    return plan;
  }), { travel_plans_unit_year_idx: exists });
}

export async function updatePlan(db: Db, actor: Actor, id: number, input: z.output<typeof planUpdateSchema>): Promise<PlanRow> {
  const current = await findPlan(db, actor, id);
  const items = normalizeItems(input.items);
  return saveVersioned(db, actor, travelPlans as never, current, input.version, { notes: input.notes } as Partial<PlanRow>, 'travelPlan.update', 'travel_plan', {
    detail: { items },
    alsoInTransaction: (tx, row) => writeItems(tx, row as PlanRow, items),
  });
}
