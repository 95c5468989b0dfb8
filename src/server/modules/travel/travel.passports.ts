import { and, asc, count, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  passportInputSchema, passportIssueSchema, passportListQuerySchema, passportReturnSchema, passportSchema, passportUpdateSchema,
} from '../../../shared/contracts/travel';
import type { Db } from '../../db/client';
import { AppError, duplicateOf, fieldError, notFound, refusingDuplicates } from '../../platform/http/errors';
import { findOrgUnit, orgUnitNames } from '../../platform/org/org.service';
import type { Actor } from '../../platform/access/actor';
import { insertAudited, saveVersioned } from '../../platform/db/records';
import { escapeLike, inScope, scopeOf, inUnitSubtree } from '../../platform/access/scope';
import { findApplication } from './travel.applications';
import { travelPassports } from './travel.table';

type PassportRow = typeof travelPassports.$inferSelect;
type Passport = z.infer<typeof passportSchema>;

export async function findPassport(db: Db, actor: Actor, id: number): Promise<PassportRow> {
  const [row] = await db.select().from(travelPassports)
    .where(and(eq(travelPassports.id, id), inScope(travelPassports.orgUnitId, scopeOf(actor)), isNull(travelPassports.archivedAt)));
  if (!row) throw notFound();
  return row;
}

export async function presentPassports(db: Db, actor: Actor, rows: PassportRow[]): Promise<Passport[]> {
  const names = await orgUnitNames(db, rows.map((r) => r.orgUnitId), actor.locale);
  return rows.map((r) => ({
    id: r.id, orgUnitId: r.orgUnitId, orgUnitName: names.get(r.orgUnitId) ?? '', holderName: r.holderName, passportType: r.passportType as Passport['passportType'],
    number: r.number, expiry: r.expiry, state: r.state as Passport['state'], heldBy: r.heldBy, issuedOn: r.issuedOn, returnedOn: r.returnedOn,
    applicationId: r.applicationId, dueBack: r.dueBack, notes: r.notes, version: r.version, updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function listPassports(db: Db, actor: Actor, q: z.output<typeof passportListQuerySchema>) {
  const p = travelPassports;
  const where: SQL = and(
    inScope(p.orgUnitId, scopeOf(actor)), isNull(p.archivedAt), q.state ? eq(p.state, q.state) : undefined,
    q.orgUnitId ? inUnitSubtree(p.orgUnitId, q.orgUnitId) : undefined,
    q.q ? or(ilike(p.holderName, `%${escapeLike(q.q)}%`), ilike(p.number, `${escapeLike(q.q.toUpperCase())}%`), ilike(p.heldBy, `%${escapeLike(q.q)}%`)) : undefined,
  )!;
  const [rows, [{ n }]] = await Promise.all([
    db.select().from(p).where(where).orderBy(asc(p.holderName), asc(p.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(p).where(where),
  ]);
  return { items: await presentPassports(db, actor, rows), total: Number(n), page: q.page, pageSize: q.pageSize };
}

async function assertNumberFree(db: Db, number: string, exceptId?: number) {
  const [clash] = await db.select({ id: travelPassports.id }).from(travelPassports).where(eq(travelPassports.number, number));
  if (clash && clash.id !== exceptId) throw numberTaken(number);
}

const numberTaken = (number: string) => duplicateOf('number', 'err.passportDuplicate', { number });
/** The check above answers the usual case; the unique index answers two registrations of one number at once. */
const oneNumber = (number: string) => ({ travel_passports_number_idx: () => numberTaken(number) });

/** Registers a passport into the custody of the office, held for a unit of the caller's tree. */
export async function createPassport(db: Db, actor: Actor, input: z.output<typeof passportInputSchema>): Promise<PassportRow> {
  const unit = await findOrgUnit(db, scopeOf(actor), input.orgUnitId ?? actor.orgUnitId);
  if (!unit) throw fieldError('orgUnitId', 'err.orgOutOfScope');
  await assertNumberFree(db, input.number);
  const { orgUnitId, ...rest } = input;
  void orgUnitId;
  return refusingDuplicates(
    () => insertAudited<PassportRow>(db, actor, travelPassports, { ...rest, orgUnitId: unit.id, state: 'in_custody' }, 'travelPassport.create', 'travel_passport'),
    oneNumber(input.number),
  );
}

export async function updatePassport(db: Db, actor: Actor, id: number, input: z.output<typeof passportUpdateSchema>): Promise<PassportRow> {
  const current = await findPassport(db, actor, id);
  await assertNumberFree(db, input.number, id);
  const { version, ...changes } = input;
  return refusingDuplicates(() => saveVersioned(db, actor, travelPassports as never, current, version, changes, 'travelPassport.update', 'travel_passport'), oneNumber(input.number));
}

/** Hands a passport to its holder (for a trip of the caller's tree, when given); it is due back with that trip's passports. */
export async function issuePassport(db: Db, actor: Actor, id: number, input: z.output<typeof passportIssueSchema>): Promise<PassportRow> {
  const current = await findPassport(db, actor, id);
  if (current.state !== 'in_custody') throw new AppError(409, 'err.passportState');
  let dueBack: string | null = null;
  if (input.applicationId) {
    const app = await findApplication(db, actor, input.applicationId).catch(() => { throw fieldError('applicationId', 'err.linkOutOfScope'); });
    dueBack = app.passportsDue;
  }
  return saveVersioned(db, actor, travelPassports as never, current, input.version, {
    state: 'issued', heldBy: input.to, issuedOn: input.on, returnedOn: null, applicationId: input.applicationId, dueBack,
  }, 'travelPassport.issue', 'travel_passport');
}

export async function returnPassport(db: Db, actor: Actor, id: number, input: z.output<typeof passportReturnSchema>): Promise<PassportRow> {
  const current = await findPassport(db, actor, id);
  if (current.state !== 'issued') throw new AppError(409, 'err.passportState');
  if (current.issuedOn && input.on < current.issuedOn) throw fieldError('on', 'err.dateRange');
  return saveVersioned(db, actor, travelPassports as never, current, input.version, { state: 'in_custody', heldBy: null, returnedOn: input.on, dueBack: null },
    'travelPassport.return', 'travel_passport');
}

