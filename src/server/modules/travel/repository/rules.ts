/**
 * Rule versions: every query of travel_rules. The rules are one set for the whole installation (every office
 * applies the same limits), so these reads take no scope; only the root office's administrator edits them.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { RuleInput } from '@shared/contracts/travel';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import type { AuditAction } from '@server/platform/audit/events';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { orgUnits } from '@server/platform/platform.table';
import { travelRules } from '../travel.table';

export type RuleRow = typeof travelRules.$inferSelect;

/** The root of the org tree: the office the rules belong to. */
export async function rootUnitId(db: Db): Promise<number | null> {
  const [root] = await db.select({ id: orgUnits.id }).from(orgUnits).where(isNull(orgUnits.parentId)).orderBy(asc(orgUnits.id)).limit(1);
  return root?.id ?? null;
}

/** Every stored version, by kind and effective date. */
export async function allRules(db: Db): Promise<RuleRow[]> {
  return db.select().from(travelRules).orderBy(asc(travelRules.kind), asc(travelRules.effectiveFrom));
}

/** Stores the versions a new installation starts with, under the root office; a concurrent seed is ignored. */
export async function seedRules(db: Db, rules: RuleInput[], orgUnitId: number) {
  await db
    .insert(travelRules)
    .values(rules.map((r) => ({ ...r, orgUnitId })))
    .onConflictDoNothing();
}

export async function findRule(db: Db, id: number): Promise<RuleRow | null> {
  const [row] = await db.select().from(travelRules).where(eq(travelRules.id, id));
  return row ?? null;
}

/** Whether a version of the kind already takes effect on that date. */
export async function ruleDateTaken(db: Db, kind: string, effectiveFrom: string): Promise<boolean> {
  const [clash] = await db
    .select({ id: travelRules.id })
    .from(travelRules)
    .where(and(eq(travelRules.kind, kind), eq(travelRules.effectiveFrom, effectiveFrom)));
  return !!clash;
}

/** Stores a new version with its creator and its audit event, in one transaction. */
export function addRule(db: Db, actor: Actor, values: Omit<typeof travelRules.$inferInsert, 'createdBy' | 'updatedBy'>, action: AuditAction): Promise<RuleRow> {
  return insertAudited<RuleRow>(db, actor, travelRules, values, action, 'travel_rule');
}

/** Saves changes made on `version` with its audit event, in one transaction (saveVersioned); a stale version is a 409. */
export function saveRule(db: Db, actor: Actor, current: RuleRow, version: number, changes: Partial<RuleRow>, action: AuditAction): Promise<RuleRow> {
  return saveVersioned(db, actor, travelRules as never, current, version, changes, action, 'travel_rule');
}
