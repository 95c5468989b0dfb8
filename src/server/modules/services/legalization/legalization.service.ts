/** The legalization kind's rules: the table of states and the fees as data, a case's documents, the register and its public check. */
import type { Urgency } from '@shared/contracts/services';
import {
  DOCUMENT_TYPE_RULES,
  type LegalizationFee,
  type LegalizationFeeSummary,
  type LegalizationItemInput,
  type LegalizationState,
  type LegalizationStateUpdate,
  type PublicApostille,
  type RegisterQuery,
} from '@shared/contracts/services-legalization';
import { DOCUMENT_CATEGORIES } from '@shared/contracts/services-legalization';
import { URGENCIES } from '@shared/contracts/services';
import type { Locale } from '@shared/contracts/common';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { AppError, conflict, fieldError, notFound } from '@server/platform/http/errors';
import { workingCalendar } from '@server/platform/calendar/calendar.service';
import { clock } from '@server/clock';
import { findCase, refreshFigures } from '../cases/cases.service';
import { caseForKind } from '../cases/cases.workflow';
import * as repo from './legalization.repository';
import { itemPolicy } from './legalization.policy';
import { legalizationHooks, routeDate } from './legalization.hooks';
import { feeTable, mergeStates, readyOn } from './legalization.rules';
import { presentItems, type ItemContext } from './legalization.presenter';

type CaseRow = Awaited<ReturnType<typeof findCase>>;

/** The table of states as it stands: the code's defaults with the office's rows over them. */
export async function listStates(db: Db): Promise<LegalizationState[]> {
  return mergeStates(await repo.listStateRows(db));
}

/** Saves a state's row made on `version` (0 while it is the code's default or new); someone's save in between is a 409. */
export async function saveState(db: Db, actor: Actor, iso3: string, input: LegalizationStateUpdate): Promise<LegalizationState> {
  const current = (await listStates(db)).find((s) => s.iso3 === iso3) ?? null;
  if ((current?.version ?? 0) !== input.version) throw conflict();
  const values = {
    apostilleFrom: input.apostilleFrom,
    objection: input.objection,
    embassyStep: input.embassyStep,
    note: input.note ?? null,
    source: input.source,
  };
  const before = current && {
    apostilleFrom: current.apostilleFrom,
    objection: current.objection,
    embassyStep: current.embassyStep,
    note: current.note,
    source: current.source,
  };
  if (input.version === 0) {
    if (await repo.findStateRow(db, iso3)) throw conflict();
    await repo.insertStateRow(db, actor, iso3, values, before);
  } else if (!(await repo.updateStateRow(db, actor, iso3, input.version, values, before))) throw conflict();
  return (await listStates(db)).find((s) => s.iso3 === iso3)!;
}

/** Every fee by category and urgency, with the version to edit it on. */
export async function listFees(db: Db): Promise<LegalizationFee[]> {
  const fees = feeTable(await repo.listFeeRows(db));
  return DOCUMENT_CATEGORIES.flatMap((category) =>
    URGENCIES.map((urgency) => ({ category, urgency, amount: fees.amount(category, urgency), version: fees.version(category, urgency) })),
  );
}

/** Saves the fees given, all or none; a stale version of any is a 409. */
export async function saveFees(db: Db, actor: Actor, input: LegalizationFee[]): Promise<LegalizationFee[]> {
  const keys = input.map((f) => `${f.category}/${f.urgency}`);
  if (new Set(keys).size !== keys.length) throw fieldError('fees', 'svc.legalization.feeDuplicate');
  const current = feeTable(await repo.listFeeRows(db));
  const changes = input.map((f) => ({ ...f, before: current.amount(f.category, f.urgency) }));
  if (changes.some((c) => current.version(c.category, c.urgency) !== c.version)) throw conflict();
  if (!(await repo.saveFeeRows(db, actor, changes))) throw conflict();
  return listFees(db);
}

/** A legalization case the caller may see, else 404 (another kind's case too, as every kind's routes answer). */
const legalizationCase = (db: Db, actor: Actor, caseId: number): Promise<CaseRow> => caseForKind(db, actor, caseId, 'legalization');

async function contextOf(db: Db, row: CaseRow): Promise<ItemContext> {
  return { states: await listStates(db), fees: feeTable(await repo.listFeeRows(db)), on: routeDate(row), urgency: row.urgency as Urgency };
}

/** A case's documents with their route and fee, and what the caller may do with them. */
export async function caseItems(db: Db, actor: Actor, caseId: number) {
  const row = await legalizationCase(db, actor, caseId);
  const items = await repo.listItems(db, scopeOf(actor), row.id);
  return presentItems(actor, row, items, await repo.listRegisterOfCase(db, scopeOf(actor), row.id), await contextOf(db, row));
}

function checkIssued(issuedOn: string | undefined) {
  if (issuedOn && issuedOn > clock.today()) throw fieldError('issuedOn', 'svc.legalization.issuedFuture');
}

/** Adds a document to a case still open to changes; the case's figures follow in the same transaction. */
export async function addItem(db: Db, actor: Actor, caseId: number, input: LegalizationItemInput) {
  const row = await legalizationCase(db, actor, caseId);
  itemPolicy.authorize(actor, 'add', row);
  checkIssued(input.issuedOn);
  await db.transaction(async (tx) => {
    await repo.insertItem(tx, actor, { ...input, holderName: input.holderName ?? null, note: input.note ?? null, caseId: row.id, orgUnitId: row.orgUnitId });
    await refreshFigures(tx, legalizationHooks, row);
  });
  return caseItems(db, actor, caseId);
}

async function itemOf(db: Db, actor: Actor, caseId: number, itemId: number) {
  const row = await legalizationCase(db, actor, caseId);
  const item = await repo.findItem(db, scopeOf(actor), row.id, itemId);
  if (!item) throw notFound();
  return { row, item };
}

/** Changes a document made on `version`. */
export async function updateItem(db: Db, actor: Actor, caseId: number, itemId: number, input: Partial<LegalizationItemInput> & { version: number }) {
  const { row, item } = await itemOf(db, actor, caseId, itemId);
  itemPolicy.authorize(actor, 'update', row);
  checkIssued(input.issuedOn);
  const { version, ...changes } = input;
  await repo.updateItem(db, actor, item, version, changes, (tx) => refreshFigures(tx, legalizationHooks, row));
  return caseItems(db, actor, caseId);
}

/** Archives a document with a reason (nothing is deleted); the figures follow. */
export async function archiveItem(db: Db, actor: Actor, caseId: number, itemId: number, version: number, reason: string) {
  const { row, item } = await itemOf(db, actor, caseId, itemId);
  itemPolicy.authorize(actor, 'archive', row);
  await repo.updateItemArchived(db, actor, item, version, reason, (tx) => refreshFigures(tx, legalizationHooks, row));
  return caseItems(db, actor, caseId);
}

/** The fee of a case by category (per document, by the case's urgency) and the day its result is ready. */
export async function feeSummary(db: Db, actor: Actor, caseId: number): Promise<LegalizationFeeSummary> {
  const row = await legalizationCase(db, actor, caseId);
  const items = await repo.listItems(db, scopeOf(actor), row.id);
  const fees = feeTable(await repo.listFeeRows(db));
  const urgency = row.urgency as Urgency;
  const lines = DOCUMENT_CATEGORIES.map((category) => {
    const count = items.filter((i) => DOCUMENT_TYPE_RULES[i.docType as keyof typeof DOCUMENT_TYPE_RULES]?.category === category).length;
    const unitFee = fees.amount(category, urgency);
    return { category, items: count, unitFee, amount: count * unitFee };
  });
  return {
    urgency,
    lines,
    total: lines.reduce((s, l) => s + l.amount, 0),
    readyOn: row.acceptedOn ? readyOn(await workingCalendar(db), row.acceptedOn, urgency) : null,
  };
}

/** The register of the caller's subtree as filtered. */
export async function listRegister(db: Db, actor: Actor, q: RegisterQuery) {
  return repo.listRegister(db, scopeOf(actor), q);
}

/** What the public check shows of an issued number: the register's facts only, in the caller's language; else 404. */
export async function publicApostille(db: Db, number: string, locale: Locale): Promise<PublicApostille> {
  const row = await repo.findRegisterNumber(db, number);
  if (!row) throw new AppError(404, 'svc.legalization.numberNotFound');
  const en = locale === 'en-US';
  return {
    number: row.number,
    route: row.route as PublicApostille['route'],
    issuedOn: row.issuedOn,
    signerName: row.signerName,
    signerCapacity: en ? row.signerCapacityEn : row.signerCapacity,
    authority: en ? row.authorityEn || row.authority : row.authority,
  };
}
