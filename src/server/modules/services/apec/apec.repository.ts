/** The APEC card's SQL: every read takes the caller's Scope, except the few the case's hooks make (listed in the shape test). */
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { escapeLike, inScope, type Scope } from '@server/platform/access/scope';
import type { AuditAction, AuditEventTypes } from '@server/platform/audit/events';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { clock } from '@server/clock';
import {
  serviceApecApplicants as applicants,
  serviceApecCardCustody as custody,
  serviceApecCards as cards,
  serviceApecConditions as conditions,
  serviceApecEconomyStatuses as economies,
  serviceApecFilings as filings,
} from './apec.table';

export type ConditionsRow = typeof conditions.$inferSelect;
export type FilingRow = typeof filings.$inferSelect;
export type ApplicantRow = typeof applicants.$inferSelect;
export type EconomyRow = typeof economies.$inferSelect;
export type CardRow = typeof cards.$inferSelect;
export type CustodyRow = typeof custody.$inferSelect;
type Values<T extends { $inferInsert: unknown }> = Omit<T['$inferInsert'], 'id' | 'createdBy' | 'updatedBy'>;

// Conditions
/** The conditions kept by any of these offices: the hooks and the filing check walk up from a unit to its city. */
export async function conditionsOfOffices(db: Db, officeIds: number[]): Promise<ConditionsRow[]> {
  if (!officeIds.length) return [];
  return db
    .select()
    .from(conditions)
    .where(and(inArray(conditions.orgUnitId, officeIds), isNull(conditions.archivedAt)));
}
export const addConditions = (db: Db, actor: Actor, values: Values<typeof conditions>) =>
  insertAudited<ConditionsRow>(db, actor, conditions, values, 'apecConditions.save', 'service_apec_conditions');
export const saveConditions = (db: Db, actor: Actor, current: ConditionsRow, version: number, changes: Partial<ConditionsRow>) =>
  saveVersioned<ConditionsRow>(db, actor, conditions, current, version, changes, 'apecConditions.save', 'service_apec_conditions');

// Filings
export async function findFiling(db: Db, scope: Scope, unitId: number): Promise<FilingRow | null> {
  const [row] = await db
    .select()
    .from(filings)
    .where(and(eq(filings.orgUnitId, unitId), inScope(filings.orgUnitId, scope)));
  return row ?? null;
}
/** The filing of a case's unit, read by the case's hooks inside the workflow's transaction (the case was read in scope). */
export async function filingOfUnit(db: Db, unitId: number): Promise<FilingRow | null> {
  const [row] = await db.select().from(filings).where(eq(filings.orgUnitId, unitId));
  return row ?? null;
}
export async function listFilings(db: Db, scope: Scope): Promise<FilingRow[]> {
  return db.select().from(filings).where(inScope(filings.orgUnitId, scope)).orderBy(asc(filings.orgUnitId)).limit(2000);
}
export const addFiling = (db: Db, actor: Actor, values: Values<typeof filings>) =>
  insertAudited<FilingRow>(db, actor, filings, values, 'apecFiling.create', 'service_apec_filing');
export const saveFiling = (db: Db, actor: Actor, current: FilingRow, version: number, changes: Partial<FilingRow>) =>
  saveVersioned<FilingRow>(db, actor, filings, current, version, changes, 'apecFiling.update', 'service_apec_filing');

// Applicants and their economies
export async function listApplicants(db: Db, scope: Scope, caseId: number): Promise<ApplicantRow[]> {
  return db
    .select()
    .from(applicants)
    .where(and(eq(applicants.caseId, caseId), isNull(applicants.archivedAt), inScope(applicants.orgUnitId, scope)))
    .orderBy(asc(applicants.id));
}
/** A case's live applicants, read by its hooks inside the workflow's transaction (the case was read in scope). */
export async function applicantsOfCase(db: Db, caseId: number): Promise<ApplicantRow[]> {
  return db
    .select()
    .from(applicants)
    .where(and(eq(applicants.caseId, caseId), isNull(applicants.archivedAt)))
    .orderBy(asc(applicants.id));
}
export async function findApplicant(db: Db, scope: Scope, caseId: number, id: number): Promise<ApplicantRow | null> {
  const [row] = await db
    .select()
    .from(applicants)
    .where(and(eq(applicants.id, id), eq(applicants.caseId, caseId), isNull(applicants.archivedAt), inScope(applicants.orgUnitId, scope)));
  return row ?? null;
}
export async function findApplicantById(db: Db, scope: Scope, id: number): Promise<ApplicantRow | null> {
  const [row] = await db
    .select()
    .from(applicants)
    .where(and(eq(applicants.id, id), inScope(applicants.orgUnitId, scope)));
  return row ?? null;
}
export const addApplicant = (db: Db, actor: Actor, values: Values<typeof applicants>) =>
  insertAudited<ApplicantRow>(db, actor, applicants, values, 'apecApplicant.create', 'service_apec_applicant');
export function saveApplicant<A extends AuditAction>(
  db: Db,
  actor: Actor,
  current: ApplicantRow,
  version: number,
  changes: Partial<ApplicantRow>,
  action: A,
  also?: { detail?: AuditEventTypes[A]; alsoInTransaction?: (tx: Db, row: ApplicantRow) => Promise<void> },
) {
  return saveVersioned<ApplicantRow, A>(db, actor, applicants, current, version, changes, action, 'service_apec_applicant', also);
}
export async function listEconomies(db: Db, scope: Scope, applicantIds: number[]): Promise<EconomyRow[]> {
  if (!applicantIds.length) return [];
  return db
    .select()
    .from(economies)
    .where(and(inArray(economies.applicantId, applicantIds), inScope(economies.orgUnitId, scope)))
    .orderBy(asc(economies.id));
}
export async function insertEconomies(tx: Db, rows: Array<Omit<typeof economies.$inferInsert, 'id'>>): Promise<void> {
  if (rows.length) await tx.insert(economies).values(rows).onConflictDoNothing();
}
export async function updateEconomy(tx: Db, actor: Actor, applicantId: number, economy: string, status: string, decidedOn: string | null): Promise<void> {
  await tx
    .update(economies)
    .set({ status, decidedOn, updatedAt: clock.now(), updatedBy: actor.userId })
    .where(and(eq(economies.applicantId, applicantId), eq(economies.economy, economy)));
}

// Cards
export interface CardFilter {
  state?: 'valid' | 'expiring' | 'cancelled';
  unitId?: number;
  q?: string;
  today: string;
  expiringUntil: string;
}
function cardWhere(scope: Scope, f: CardFilter): SQL {
  const q = f.q ? `%${escapeLike(f.q)}%` : null;
  return and(
    inScope(cards.orgUnitId, scope),
    f.unitId ? eq(cards.orgUnitId, f.unitId) : undefined,
    f.state === 'valid' ? and(eq(cards.state, 'valid'), gte(cards.validTo, f.today)) : undefined,
    f.state === 'expiring' ? and(eq(cards.state, 'valid'), gte(cards.validTo, f.today), lte(cards.validTo, f.expiringUntil)) : undefined,
    f.state === 'cancelled' ? ne(cards.state, 'valid') : undefined,
    q ? or(ilike(cards.number, q), ilike(cards.passportNumber, q), ilike(applicants.name, q)) : undefined,
  )!;
}
const cardWithHolder = { card: cards, holderName: applicants.name };
export async function listCards(db: Db, scope: Scope, f: CardFilter, page: { page: number; pageSize: number }) {
  const where = cardWhere(scope, f);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select(cardWithHolder)
      .from(cards)
      .innerJoin(applicants, eq(applicants.id, cards.applicantId))
      .where(where)
      .orderBy(desc(cards.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(cards).innerJoin(applicants, eq(applicants.id, cards.applicantId)).where(where),
  ]);
  return { rows, total: Number(n) };
}
export async function listAllCards(db: Db, scope: Scope, f: CardFilter, limit = 50_000) {
  return db
    .select(cardWithHolder)
    .from(cards)
    .innerJoin(applicants, eq(applicants.id, cards.applicantId))
    .where(cardWhere(scope, f))
    .orderBy(desc(cards.id))
    .limit(limit);
}
export async function listCardsOfApplicants(db: Db, scope: Scope, applicantIds: number[]) {
  if (!applicantIds.length) return [];
  return db
    .select(cardWithHolder)
    .from(cards)
    .innerJoin(applicants, eq(applicants.id, cards.applicantId))
    .where(and(inArray(cards.applicantId, applicantIds), inScope(cards.orgUnitId, scope)))
    .orderBy(asc(cards.id));
}
export async function findCard(db: Db, scope: Scope, id: number) {
  const [row] = await db
    .select(cardWithHolder)
    .from(cards)
    .innerJoin(applicants, eq(applicants.id, cards.applicantId))
    .where(and(eq(cards.id, id), inScope(cards.orgUnitId, scope)));
  return row ?? null;
}
/** Whether a card already has a successor (a card is replaced or reissued once; the new card carries on). */
export async function findSuccessor(db: Db, scope: Scope, cardId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: cards.id })
    .from(cards)
    .where(and(eq(cards.previousCardId, cardId), inScope(cards.orgUnitId, scope)));
  return !!row;
}
export async function listCustody(db: Db, scope: Scope, cardIds: number[]): Promise<CustodyRow[]> {
  if (!cardIds.length) return [];
  return db
    .select()
    .from(custody)
    .where(and(inArray(custody.cardId, cardIds), inScope(custody.orgUnitId, scope)))
    .orderBy(asc(custody.onDate), asc(custody.id));
}
export const addCard = (db: Db, actor: Actor, values: Values<typeof cards>) =>
  insertAudited<CardRow>(db, actor, cards, values, 'apecCard.create', 'service_apec_card');
export function saveCard<A extends AuditAction>(
  db: Db,
  actor: Actor,
  current: CardRow,
  version: number,
  changes: Partial<CardRow>,
  action: A,
  also?: { detail?: AuditEventTypes[A]; alsoInTransaction?: (tx: Db, row: CardRow) => Promise<void> },
) {
  return saveVersioned<CardRow, A>(db, actor, cards, current, version, changes, action, 'service_apec_card', also);
}
export async function insertCustody(tx: Db, actor: Actor, values: Omit<typeof custody.$inferInsert, 'id' | 'createdBy'>): Promise<void> {
  await tx.insert(custody).values({ ...values, createdBy: actor.userId });
}
