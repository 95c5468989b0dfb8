/** Passport custody: every query of travel_passports. */
import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { escapeLike, inScope, inUnitSubtree, type Scope } from '@server/platform/access/scope';
import type { AuditAction } from '@server/platform/audit/events';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { clock } from '@server/clock';
import { travelPassports } from '../travel.table';

export type PassportRow = typeof travelPassports.$inferSelect;
const p = travelPassports;

export async function findPassport(db: Db, scope: Scope, id: number): Promise<PassportRow | null> {
  const [row] = await db
    .select()
    .from(p)
    .where(and(eq(p.id, id), inScope(p.orgUnitId, scope), isNull(p.archivedAt)));
  return row ?? null;
}

export interface PassportFilter {
  state?: string;
  orgUnitId?: number;
  q?: string;
}

/** A page of the scope's passports by holder, and the count of the whole list. */
export async function listPassports(db: Db, scope: Scope, f: PassportFilter, page: { page: number; pageSize: number }) {
  const where: SQL = and(
    inScope(p.orgUnitId, scope),
    isNull(p.archivedAt),
    f.state ? eq(p.state, f.state) : undefined,
    f.orgUnitId ? inUnitSubtree(p.orgUnitId, f.orgUnitId) : undefined,
    f.q
      ? or(ilike(p.holderName, `%${escapeLike(f.q)}%`), ilike(p.number, `${escapeLike(f.q.toUpperCase())}%`), ilike(p.heldBy, `%${escapeLike(f.q)}%`))
      : undefined,
  )!;
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(p)
      .where(where)
      .orderBy(asc(p.holderName), asc(p.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(p).where(where),
  ]);
  return { rows, total: Number(n) };
}

/** The scope's live passports among these numbers. */
export async function listPassportsByNumbers(db: Db, scope: Scope, numbers: string[]): Promise<PassportRow[]> {
  if (!numbers.length) return [];
  return db
    .select()
    .from(p)
    .where(and(inArray(p.number, numbers), inScope(p.orgUnitId, scope), isNull(p.archivedAt)));
}

/**
 * The passport registered under a number, wherever it is held: a number is one passport in the whole
 * installation, so this check is deliberately not scoped (it answers only "taken", never whose).
 */
export async function passportIdWithNumber(db: Db, number: string): Promise<number | null> {
  const [clash] = await db.select({ id: p.id }).from(p).where(eq(p.number, number));
  return clash?.id ?? null;
}

/** The trip's passports handed out by the office go back into custody; inside the transaction of the step. */
export async function returnTripPassports(tx: Db, actor: Actor, applicationId: number, on: string) {
  await tx
    .update(p)
    .set({ state: 'in_custody', heldBy: null, returnedOn: on, updatedAt: clock.now(), updatedBy: actor.userId })
    .where(and(eq(p.applicationId, applicationId), eq(p.state, 'issued')));
}

/** Registers a passport with its creator and its audit event, in one transaction. */
export function addPassport(db: Db, actor: Actor, values: Omit<typeof p.$inferInsert, 'createdBy' | 'updatedBy'>, action: AuditAction): Promise<PassportRow> {
  return insertAudited<PassportRow>(db, actor, p, values, action, 'travel_passport');
}

/** Saves changes made on `version` with its audit event, in one transaction (saveVersioned); a stale version is a 409. */
export function savePassport(
  db: Db,
  actor: Actor,
  current: PassportRow,
  version: number,
  changes: Partial<PassportRow>,
  action: AuditAction,
): Promise<PassportRow> {
  return saveVersioned(db, actor, p as never, current, version, changes, action, 'travel_passport');
}
