/**
 * The visa agency's passports: a batch's lines, their steps at the embassy and back, and the approved trips a line
 * may link. Every read goes through the case (findCase scopes it); every change refreshes the case's figures in the
 * same transaction, so the window's figures never drift from the passports.
 */
import type { z } from 'zod';
import type {
  VisaPassportInput,
  visaArchiveSchema,
  visaNotAcceptSchema,
  visaNoticeSchema,
  visaResultSchema,
  visaReturnSchema,
  visaSendSchema,
} from '@shared/contracts/services-visa';
import type { CaseStatus } from '@shared/contracts/services';
import { toAlpha3 } from '@shared/reference/countries';
import type { Db } from '@server/db/client';
import { can, type Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import type { AuditAction } from '@server/platform/audit/events';
import { workingCalendar } from '@server/platform/calendar/calendar.service';
import type { WorkingCalendar } from '@server/platform/calendar/calendar';
import { AppError, fieldError, notFound } from '@server/platform/http/errors';
import { clock } from '@server/clock';
import { approvedTrips, custodyPassportsByNumber, findApprovedTrip, findCustodyPassport } from '@server/modules/travel/travel.module';
import { refreshFigures } from '../cases/cases.service';
import { caseForKind } from '../cases/cases.workflow';
import type { CaseRow } from '../cases/cases.repository';
import * as repo from './visa.repository';
import type { VisaPassportRow } from './visa.repository';
import { visaHooks } from './visa.hooks';
import { batchEditable, visaPassportPolicy, type PassportFacts } from './visa.policy';
import { correctionLapsed } from './visa.rules';

/** A visa case the caller may see; another kind's case is not found here. */
export const findVisaCase = (db: Db, actor: Actor, caseId: number): Promise<CaseRow> => caseForKind(db, actor, caseId, 'visa');

/** What the policy decides a passport's steps on; the calendar is read once by the caller for a whole list. */
export function factsOf(cal: WorkingCalendar, row: CaseRow, p: VisaPassportRow): PassportFacts {
  return {
    status: p.status as PassportFacts['status'],
    archived: !!p.archivedAt,
    caseStatus: row.status as CaseStatus,
    lapsed: correctionLapsed(cal, p, clock.today()),
    noticed: !!p.noticedOn,
  };
}

export async function casePassports(db: Db, actor: Actor, caseId: number) {
  const row = await findVisaCase(db, actor, caseId);
  return { row, passports: await repo.listPassports(db, scopeOf(actor), row.id) };
}

async function loadPassport(db: Db, actor: Actor, caseId: number, pid: number) {
  const row = await findVisaCase(db, actor, caseId);
  const p = await repo.findPassport(db, scopeOf(actor), row.id, pid);
  if (!p) throw notFound();
  return { row, p, facts: factsOf(await workingCalendar(db), row, p) };
}

/** The country as alpha-3, the trip approved and in scope, the custody passport in scope: else a refusal naming the field. */
async function checkedValues(db: Db, actor: Actor, input: VisaPassportInput) {
  const country = toAlpha3(input.country);
  if (!country) throw fieldError('country', 'err.unknownCountry', { value: input.country });
  if (input.travelApplicationId != null && !(await findApprovedTrip(db, actor, input.travelApplicationId)))
    throw fieldError('travelApplicationId', 'svc.visa.tripNotApproved');
  if (input.travelPassportId != null) {
    const held = await findCustodyPassport(db, actor, input.travelPassportId);
    if (!held) throw fieldError('travelPassportId', 'err.notFound');
    if (held.number !== input.passportNumber) throw fieldError('travelPassportId', 'svc.visa.custodyNumberDiffers', { number: held.number });
  }
  return { ...input, country };
}

const figures = (row: CaseRow) => (tx: Db) => refreshFigures(tx, visaHooks, row);

export async function addPassport(db: Db, actor: Actor, caseId: number, input: VisaPassportInput): Promise<VisaPassportRow> {
  const row = await findVisaCase(db, actor, caseId);
  if (!can(actor, 'services.handle') && !can(actor, 'services.apply')) throw new AppError(403, 'err.forbidden');
  if (!batchEditable(actor, row.status as CaseStatus)) throw new AppError(409, 'svc.visa.caseNotEditable');
  const values = await checkedValues(db, actor, input);
  return db.transaction(async (tx) => {
    const p = await repo.addPassport(tx, actor, { ...values, caseId: row.id, orgUnitId: row.orgUnitId, status: 'received' });
    await refreshFigures(tx, visaHooks, row);
    return p;
  });
}

export async function updatePassport(db: Db, actor: Actor, caseId: number, pid: number, input: VisaPassportInput & { version: number }) {
  const { row, p, facts } = await loadPassport(db, actor, caseId, pid);
  visaPassportPolicy.authorize(actor, 'update', facts);
  const { version, ...rest } = input;
  // An edit after the one-time notice is the correction the notice asked for.
  const corrected = p.noticedOn && !p.correctedOn ? { correctedOn: clock.today() } : {};
  return repo.savePassport(db, actor, p, version, { ...(await checkedValues(db, actor, rest)), ...corrected }, 'visa.passport.update', figures(row));
}

type Step = 'archive' | 'send' | 'result' | 'return' | 'notice' | 'notAccept';
async function stepPassport(db: Db, actor: Actor, caseId: number, pid: number, step: Step, version: number, changes: Partial<VisaPassportRow>) {
  const { row, p, facts } = await loadPassport(db, actor, caseId, pid);
  visaPassportPolicy.authorize(actor, step, facts);
  const action = `visa.passport.${step}` as AuditAction;
  return repo.savePassport(db, actor, p, version, changes, action, figures(row));
}

const onOrToday = (on: string | undefined, path = 'on') => {
  const today = clock.today();
  if (on && on > today) throw fieldError(path, 'svc.visa.dateInFuture');
  return on ?? today;
};

export const archivePassport = (db: Db, actor: Actor, caseId: number, pid: number, b: z.output<typeof visaArchiveSchema>) =>
  stepPassport(db, actor, caseId, pid, 'archive', b.version, { archivedAt: clock.now(), archiveReason: b.reason });

export const sendPassport = (db: Db, actor: Actor, caseId: number, pid: number, b: z.output<typeof visaSendSchema>) =>
  stepPassport(db, actor, caseId, pid, 'send', b.version, { status: 'sent', sentOn: onOrToday(b.on) });

export async function recordResult(db: Db, actor: Actor, caseId: number, pid: number, b: z.output<typeof visaResultSchema>) {
  const on = onOrToday(b.on);
  const { p } = await loadPassport(db, actor, caseId, pid);
  if (p.sentOn && on < p.sentOn) throw fieldError('on', 'svc.visa.beforeSent', { date: p.sentOn });
  return stepPassport(db, actor, caseId, pid, 'result', b.version, { status: b.outcome, resultOn: on, resultNote: b.note });
}

export async function returnPassport(db: Db, actor: Actor, caseId: number, pid: number, b: z.output<typeof visaReturnSchema>) {
  const on = onOrToday(b.on);
  const { p } = await loadPassport(db, actor, caseId, pid);
  if (p.resultOn && on < p.resultOn) throw fieldError('on', 'svc.visa.beforeResult', { date: p.resultOn });
  return stepPassport(db, actor, caseId, pid, 'return', b.version, { status: 'returned', returnedOn: on, clerkName: b.clerkName });
}

export const noticePassport = (db: Db, actor: Actor, caseId: number, pid: number, b: z.output<typeof visaNoticeSchema>) =>
  stepPassport(db, actor, caseId, pid, 'notice', b.version, { noticedOn: clock.today(), noticeNote: b.note });

export const notAcceptPassport = (db: Db, actor: Actor, caseId: number, pid: number, b: z.output<typeof visaNotAcceptSchema>) =>
  stepPassport(db, actor, caseId, pid, 'notAccept', b.version, { status: 'not_accepted', notAcceptedReason: b.reason });

/** The approved trips the caller may link, each member with the passport the office holds under their number. */
export async function linkableTrips(db: Db, actor: Actor, q: string | undefined) {
  const trips = await approvedTrips(db, actor, q);
  const held = await custodyPassportsByNumber(
    db,
    actor,
    trips.flatMap((t) => t.members.map((m) => m.passportNumber ?? '')),
  );
  return trips.map((t) => ({
    id: t.id,
    task: t.task,
    departDate: t.departDate,
    returnDate: t.returnDate,
    countries: t.countries,
    members: t.members.map((m) => ({
      name: m.name,
      passportNumber: m.passportNumber ?? null,
      travelPassportId: m.passportNumber ? (held.get(m.passportNumber)?.id ?? null) : null,
    })),
  }));
}
