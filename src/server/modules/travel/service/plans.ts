/** Annual plans (年度出访计划): a unit's trips for a year, which its applications draw on. */
import type { z } from 'zod';
import type { Plan, planInputSchema, planListQuerySchema, planUpdateSchema } from '@shared/contracts/travel';
import { toAlpha3 } from '@shared/reference/countries';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { AppError, fieldError, notFound, refusingDuplicates } from '@server/platform/http/errors';
import { orgUnitNames } from '@server/platform/org/org.service';
import * as repo from '../repository/plans';
import type { PlanRow } from '../repository/plans';
import { planPolicy } from '../travel.policy';
import { toPlan } from '../travel.presenter';
import { applyingUnit } from './applications';

type ItemInput = z.output<typeof planInputSchema>['items'][number];

function normalizeItems(items: ItemInput[]) {
  return items.map((item, i) => ({
    ...item,
    countries: [
      ...new Set(
        item.countries.map((c, j) => {
          const code = toAlpha3(c);
          if (!code) throw fieldError(`items.${i}.countries.${j}`, 'err.unknownCountry', { value: c });
          return code;
        }),
      ),
    ],
  }));
}

export async function findPlan(db: Db, actor: Actor, id: number): Promise<PlanRow> {
  const row = await repo.findPlan(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

/** The plans with their items and what the applications use of them. */
export async function presentPlans(db: Db, actor: Actor, rows: PlanRow[]): Promise<Plan[]> {
  if (!rows.length) return [];
  const scope = scopeOf(actor);
  const [names, items] = await Promise.all([
    orgUnitNames(
      db,
      rows.map((r) => r.orgUnitId),
      actor.locale,
    ),
    repo.itemsOfPlans(
      db,
      scope,
      rows.map((r) => r.id),
    ),
  ]);
  const uses = await repo.usesOfItems(
    db,
    scope,
    items.map((i) => i.id),
  );
  return rows.map((r) => toPlan(actor, r, names.get(r.orgUnitId) ?? '', items, uses));
}

export const presentPlan = async (db: Db, actor: Actor, row: PlanRow) => (await presentPlans(db, actor, [row]))[0];

export async function listPlans(db: Db, actor: Actor, q: z.output<typeof planListQuerySchema>): Promise<Plan[]> {
  return presentPlans(db, actor, await repo.listPlans(db, scopeOf(actor), q));
}

/** The plan's items as given: kept items updated, new ones added, dropped ones removed unless an application draws on them. */
async function writeItems(tx: Db, plan: PlanRow, items: ReturnType<typeof normalizeItems>) {
  const existing = await repo.liveItemsOfPlan(tx, plan.id);
  const kept = new Set(items.map((i) => i.id).filter(Boolean));
  const dropped = existing.filter((e) => !kept.has(e.id));
  if (dropped.length) {
    const used = await repo.firstUsedItem(
      tx,
      dropped.map((d) => d.id),
    );
    if (used != null) throw new AppError(409, 'err.travelPlanItemUsed', { title: dropped.find((d) => d.id === used)!.title });
    await repo.removeItems(
      tx,
      dropped.map((d) => d.id),
    );
  }
  for (const [i, item] of items.entries()) {
    const values = { title: item.title, countries: item.countries, people: item.people, days: item.days, month: item.month, budget: Math.round(item.budget) };
    if (item.id) {
      if (!existing.some((e) => e.id === item.id)) throw fieldError(`items.${i}.id`, 'err.notFound');
      await repo.updateItem(tx, item.id, values);
    } else {
      await repo.insertItem(tx, plan, values);
    }
  }
}

/** A unit's plan for a year (one per unit and year). */
export async function createPlan(db: Db, actor: Actor, input: z.output<typeof planInputSchema>): Promise<PlanRow> {
  const unitId = await applyingUnit(db, actor, input.orgUnitId);
  const items = normalizeItems(input.items);
  const exists = () => new AppError(409, 'err.travelPlanExists', { year: input.year });
  if (await repo.planExists(db, unitId, input.year)) throw exists();
  // Two people creating the same unit's plan at once: the unique index decides, the loser is told.
  return refusingDuplicates(
    () =>
      db.transaction(async (tx) => {
        const plan = await repo.addPlan(tx, actor, { orgUnitId: unitId, year: input.year, notes: input.notes, items }, 'travelPlan.create');
        await writeItems(tx, plan, items);
        return plan;
      }),
    { travel_plans_unit_year_idx: exists },
  );
}

/** An edit of the plan's notes and items, made on `version`. */
export async function updatePlan(db: Db, actor: Actor, id: number, input: z.output<typeof planUpdateSchema>): Promise<PlanRow> {
  const current = await findPlan(db, actor, id);
  planPolicy.authorize(actor, 'update', current);
  const items = normalizeItems(input.items);
  return repo.savePlan(db, actor, current, input.version, { notes: input.notes } as Partial<PlanRow>, 'travelPlan.update', {
    detail: { items },
    alsoInTransaction: (tx, row) => writeItems(tx, row as PlanRow, items),
  });
}
