/** The legalization area's SQL: the office's rows of the states and fees, a case's documents, the register. */
import { and, asc, desc, eq, gte, ilike, isNull, lte, max, or, sql, type SQL } from 'drizzle-orm';
import type { RegisterQuery } from '@shared/contracts/services-legalization';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { escapeLike, inScope, type Scope } from '@server/platform/access/scope';
import { recordAudit, recordAuditMany } from '@server/platform/audit/audit';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { clock } from '@server/clock';
import { serviceLegalizationFees, serviceLegalizationItems, serviceLegalizationRegister, serviceLegalizationStates } from './legalization.table';

export type StateRow = typeof serviceLegalizationStates.$inferSelect;
export type FeeRow = typeof serviceLegalizationFees.$inferSelect;
export type ItemRow = typeof serviceLegalizationItems.$inferSelect;
export type RegisterRow = typeof serviceLegalizationRegister.$inferSelect;
type StateValues = Pick<StateRow, 'apostilleFrom' | 'objection' | 'embassyStep' | 'note' | 'source'>;

/** The office's rows of the table of states (the whole installation's: one Convention, one table). */
export function listStateRows(db: Db): Promise<StateRow[]> {
  return db.select().from(serviceLegalizationStates).orderBy(asc(serviceLegalizationStates.iso3));
}

export async function findStateRow(db: Db, iso3: string): Promise<StateRow | null> {
  const [row] = await db.select().from(serviceLegalizationStates).where(eq(serviceLegalizationStates.iso3, iso3));
  return row ?? null;
}

/** A state's first row (it replaces the code's default), audited under the editor's office. */
export async function insertStateRow(db: Db, actor: Actor, iso3: string, values: StateValues, before: unknown): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(serviceLegalizationStates).values({ iso3, ...values, createdBy: actor.userId, updatedBy: actor.userId });
    await recordAudit(tx, actor, {
      action: 'legalization.state.save',
      entityType: 'legalization_state',
      entityId: null,
      orgUnitId: actor.orgUnitId,
      before,
      after: values,
      detail: { iso3 },
    });
  });
}

/** The state's row changed on `version`; false when someone saved in between. */
export async function updateStateRow(db: Db, actor: Actor, iso3: string, version: number, values: StateValues, before: unknown): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(serviceLegalizationStates)
      .set({ ...values, version: sql`${serviceLegalizationStates.version} + 1`, updatedAt: clock.now(), updatedBy: actor.userId })
      .where(and(eq(serviceLegalizationStates.iso3, iso3), eq(serviceLegalizationStates.version, version)))
      .returning();
    if (!row) return false;
    await recordAudit(tx, actor, {
      action: 'legalization.state.save',
      entityType: 'legalization_state',
      entityId: null,
      orgUnitId: actor.orgUnitId,
      before,
      after: values,
      detail: { iso3 },
    });
    return true;
  });
}

/** The fees the office has set (the installation's, like the Ministry's schedule they follow). */
export function listFeeRows(db: Db): Promise<FeeRow[]> {
  return db.select().from(serviceLegalizationFees);
}

export interface FeeChange {
  category: string;
  urgency: string;
  amount: number;
  version: number;
  before: number;
}

/** The fees as changed, all or none: a stale version of any of them writes nothing and answers false. */
export async function saveFeeRows(db: Db, actor: Actor, changes: FeeChange[]): Promise<boolean> {
  return db
    .transaction(async (tx) => {
      for (const c of changes) {
        const key = and(eq(serviceLegalizationFees.category, c.category), eq(serviceLegalizationFees.urgency, c.urgency));
        if (c.version === 0) {
          const [row] = await tx
            .insert(serviceLegalizationFees)
            .values({ category: c.category, urgency: c.urgency, amount: String(c.amount), createdBy: actor.userId, updatedBy: actor.userId })
            .onConflictDoNothing()
            .returning();
          if (!row) throw new StaleFee();
        } else {
          const [row] = await tx
            .update(serviceLegalizationFees)
            .set({ amount: String(c.amount), version: sql`${serviceLegalizationFees.version} + 1`, updatedAt: clock.now(), updatedBy: actor.userId })
            .where(and(key, eq(serviceLegalizationFees.version, c.version)))
            .returning();
          if (!row) throw new StaleFee();
        }
        await recordAudit(tx, actor, {
          action: 'legalization.fee.save',
          entityType: 'legalization_fee',
          entityId: null,
          orgUnitId: actor.orgUnitId,
          before: { amount: c.before },
          after: { amount: c.amount },
          detail: { category: c.category, urgency: c.urgency },
        });
      }
      return true;
    })
    .catch((err: unknown) => {
      if (err instanceof StaleFee) return false;
      throw err;
    });
}
class StaleFee extends Error {}

/** The live documents of a case of the caller's subtree, in the order they were entered. */
export function listItems(db: Db, scope: Scope, caseId: number): Promise<ItemRow[]> {
  return db
    .select()
    .from(serviceLegalizationItems)
    .where(and(eq(serviceLegalizationItems.caseId, caseId), isNull(serviceLegalizationItems.archivedAt), inScope(serviceLegalizationItems.orgUnitId, scope)))
    .orderBy(asc(serviceLegalizationItems.id));
}

/** The live documents of a case the workflow has already read in scope (its hooks run inside the step's transaction). */
export function caseItems(db: Db, caseId: number): Promise<ItemRow[]> {
  return db
    .select()
    .from(serviceLegalizationItems)
    .where(and(eq(serviceLegalizationItems.caseId, caseId), isNull(serviceLegalizationItems.archivedAt)))
    .orderBy(asc(serviceLegalizationItems.id));
}

export async function findItem(db: Db, scope: Scope, caseId: number, itemId: number): Promise<ItemRow | null> {
  const [row] = await db
    .select()
    .from(serviceLegalizationItems)
    .where(
      and(
        eq(serviceLegalizationItems.id, itemId),
        eq(serviceLegalizationItems.caseId, caseId),
        isNull(serviceLegalizationItems.archivedAt),
        inScope(serviceLegalizationItems.orgUnitId, scope),
      ),
    );
  return row ?? null;
}

export function insertItem(db: Db, actor: Actor, values: Omit<typeof serviceLegalizationItems.$inferInsert, 'id'>): Promise<ItemRow> {
  return insertAudited<ItemRow>(db, actor, serviceLegalizationItems, values, 'legalization.item.add', 'legalization_item');
}

export function updateItem(
  db: Db,
  actor: Actor,
  row: ItemRow,
  version: number,
  changes: Partial<ItemRow>,
  after?: (tx: Db) => Promise<void>,
): Promise<ItemRow> {
  return saveVersioned(db, actor, serviceLegalizationItems, row, version, changes, 'legalization.item.update', 'legalization_item', {
    alsoInTransaction: after && ((tx) => after(tx)),
  });
}

export function updateItemArchived(db: Db, actor: Actor, row: ItemRow, version: number, reason: string, after?: (tx: Db) => Promise<void>): Promise<ItemRow> {
  return saveVersioned(
    db,
    actor,
    serviceLegalizationItems,
    row,
    version,
    { archivedAt: clock.now(), archiveReason: reason },
    'legalization.item.archive',
    'legalization_item',
    {
      detail: { reason },
      alsoInTransaction: after && ((tx) => after(tx)),
    },
  );
}

export type RegisterInsert = Omit<typeof serviceLegalizationRegister.$inferInsert, 'id' | 'number' | 'seq' | 'year'>;

/**
 * Enters documents into the register, each with the next number of its route and year (A2026-000123). The lock
 * makes two issues at the same moment take turns, so no number is given twice and none is skipped.
 */
export async function insertRegisterEntries(tx: Db, actor: Actor, entries: RegisterInsert[]): Promise<RegisterRow[]> {
  if (!entries.length) return [];
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('service_legalization_register'))`);
  const out: RegisterRow[] = [];
  for (const e of entries) {
    const year = Number(e.issuedOn.slice(0, 4));
    const [last] = await tx
      .select({ seq: max(serviceLegalizationRegister.seq) })
      .from(serviceLegalizationRegister)
      .where(and(eq(serviceLegalizationRegister.route, e.route), eq(serviceLegalizationRegister.year, year)));
    const seq = (last?.seq ?? 0) + 1;
    const number = `${e.route === 'apostille' ? 'A' : 'L'}${year}-${String(seq).padStart(6, '0')}`;
    const [row] = await tx
      .insert(serviceLegalizationRegister)
      .values({ ...e, number, year, seq, createdBy: actor.userId, updatedBy: actor.userId })
      .returning();
    out.push(row!);
  }
  await recordAuditMany(
    tx,
    actor,
    out.map((r) => ({
      action: 'legalization.register.enter' as const,
      entityType: 'legalization_register',
      entityId: r.id,
      orgUnitId: r.orgUnitId,
      after: { number: r.number, itemId: r.itemId },
      detail: { number: r.number, caseId: r.caseId },
    })),
  );
  return out;
}

/** The register numbers of a case's documents, by document. */
export async function listRegisterOfCase(db: Db, scope: Scope, caseId: number): Promise<Map<number, string>> {
  const rows = await db
    .select({ itemId: serviceLegalizationRegister.itemId, number: serviceLegalizationRegister.number })
    .from(serviceLegalizationRegister)
    .where(and(eq(serviceLegalizationRegister.caseId, caseId), inScope(serviceLegalizationRegister.orgUnitId, scope)));
  return new Map(rows.map((r) => [r.itemId, r.number]));
}

const MAX_REGISTER_ROWS = 5000;

/** The register of the caller's subtree as filtered, newest first, with each entry's document. */
export function listRegister(db: Db, scope: Scope, q: RegisterQuery) {
  const r = serviceLegalizationRegister;
  const i = serviceLegalizationItems;
  const where: SQL[] = [inScope(r.orgUnitId, scope)];
  if (q.route) where.push(eq(r.route, q.route));
  if (q.from) where.push(gte(r.issuedOn, q.from));
  if (q.to) where.push(lte(r.issuedOn, q.to));
  if (q.country) where.push(eq(i.countryOfUse, q.country));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(r.number, like), ilike(r.applicantName, like), ilike(i.issuer, like), ilike(r.caseNumber, like))!);
  }
  return db
    .select({ entry: r, item: i })
    .from(r)
    .innerJoin(i, eq(i.id, r.itemId))
    .where(and(...where))
    .orderBy(desc(r.issuedOn), desc(r.id))
    .limit(MAX_REGISTER_ROWS);
}

/** An issued number, for the public check (the e-Register): anyone may ask, and only the register's own facts are read. */
export async function findRegisterNumber(db: Db, number: string): Promise<RegisterRow | null> {
  const [row] = await db.select().from(serviceLegalizationRegister).where(eq(serviceLegalizationRegister.number, number));
  return row ?? null;
}
