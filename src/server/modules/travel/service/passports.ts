/** Passport custody: the office registers the passports it holds, hands them out for trips and takes them back. */
import type { z } from 'zod';
import type {
  passportInputSchema,
  passportIssueSchema,
  passportListQuerySchema,
  passportReturnSchema,
  passportSchema,
  passportUpdateSchema,
} from '@shared/contracts/travel';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { duplicateOf, fieldError, notFound, refusingDuplicates } from '@server/platform/http/errors';
import { findOrgUnit, orgUnitNames } from '@server/platform/org/org.service';
import * as repo from '../repository/passports';
import type { PassportRow } from '../repository/passports';
import { passportPolicy } from '../travel.policy';
import { toPassport } from '../travel.presenter';
import { findApplication } from './applications';

type Passport = z.infer<typeof passportSchema>;

export async function findPassport(db: Db, actor: Actor, id: number): Promise<PassportRow> {
  const row = await repo.findPassport(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

export async function presentPassports(db: Db, actor: Actor, rows: PassportRow[]): Promise<Passport[]> {
  const names = await orgUnitNames(
    db,
    rows.map((r) => r.orgUnitId),
    actor.locale,
  );
  return rows.map((r) => toPassport(actor, r, names.get(r.orgUnitId) ?? ''));
}

export const presentPassport = async (db: Db, actor: Actor, row: PassportRow) => (await presentPassports(db, actor, [row]))[0];

export async function listPassports(db: Db, actor: Actor, q: z.output<typeof passportListQuerySchema>) {
  const { rows, total } = await repo.listPassports(db, scopeOf(actor), q, q);
  return { items: await presentPassports(db, actor, rows), total, page: q.page, pageSize: q.pageSize };
}

const numberTaken = (number: string) => duplicateOf('number', 'err.passportDuplicate', { number });
/** The check below answers the usual case; the unique index answers two registrations of one number at once. */
const oneNumber = (number: string) => ({ travel_passports_number_idx: () => numberTaken(number) });

async function assertNumberFree(db: Db, number: string, exceptId?: number) {
  const clash = await repo.passportIdWithNumber(db, number);
  if (clash != null && clash !== exceptId) throw numberTaken(number);
}

/** Registers a passport into the custody of the office, held for a unit of the caller's tree. */
export async function createPassport(db: Db, actor: Actor, input: z.output<typeof passportInputSchema>): Promise<PassportRow> {
  const unit = await findOrgUnit(db, scopeOf(actor), input.orgUnitId ?? actor.orgUnitId);
  if (!unit) throw fieldError('orgUnitId', 'err.orgOutOfScope');
  await assertNumberFree(db, input.number);
  const { orgUnitId, ...rest } = input;
  void orgUnitId;
  return refusingDuplicates(
    () => repo.addPassport(db, actor, { ...rest, orgUnitId: unit.id, state: 'in_custody' }, 'travelPassport.create'),
    oneNumber(input.number),
  );
}

export async function updatePassport(db: Db, actor: Actor, id: number, input: z.output<typeof passportUpdateSchema>): Promise<PassportRow> {
  const current = await findPassport(db, actor, id);
  passportPolicy.authorize(actor, 'update', current);
  await assertNumberFree(db, input.number, id);
  const { version, ...changes } = input;
  return refusingDuplicates(() => repo.savePassport(db, actor, current, version, changes, 'travelPassport.update'), oneNumber(input.number));
}

/** Hands a passport to its holder (for a trip of the caller's tree, when given); it is due back with that trip's passports. */
export async function issuePassport(db: Db, actor: Actor, id: number, input: z.output<typeof passportIssueSchema>): Promise<PassportRow> {
  const current = await findPassport(db, actor, id);
  passportPolicy.authorize(actor, 'issue', current);
  let dueBack: string | null = null;
  if (input.applicationId) {
    const app = await findApplication(db, actor, input.applicationId).catch(() => {
      throw fieldError('applicationId', 'err.linkOutOfScope');
    });
    dueBack = app.passportsDue;
  }
  return repo.savePassport(
    db,
    actor,
    current,
    input.version,
    {
      state: 'issued',
      heldBy: input.to,
      issuedOn: input.on,
      returnedOn: null,
      applicationId: input.applicationId,
      dueBack,
    },
    'travelPassport.issue',
  );
}

export async function returnPassport(db: Db, actor: Actor, id: number, input: z.output<typeof passportReturnSchema>): Promise<PassportRow> {
  const current = await findPassport(db, actor, id);
  passportPolicy.authorize(actor, 'return', current);
  if (current.issuedOn && input.on < current.issuedOn) throw fieldError('on', 'err.dateRange');
  return repo.savePassport(
    db,
    actor,
    current,
    input.version,
    { state: 'in_custody', heldBy: null, returnedOn: input.on, dueBack: null },
    'travelPassport.return',
  );
}
