/** The APEC card's facts before the card: the city's conditions, the enterprise's filing, the applicants, the Ministry and the economies. */
import type { z } from 'zod';
import {
  PRECLEARING_ECONOMIES,
  type applicantInputSchema,
  type conditionsUpdateSchema,
  type economiesInputSchema,
  type filingUpdateSchema,
  type ministryInputSchema,
} from '@shared/contracts/services-apec';
import type { FastifyRequest } from 'fastify';
import type { Db } from '@server/db/client';
import { saveAttachment } from '@server/platform/files/attachments';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { AppError, conflict, fieldError, notFound } from '@server/platform/http/errors';
import { findOrgUnit } from '@server/platform/org/org.service';
import { findCase, refreshFigures } from '../cases/cases.service';
import type { CaseRow } from '../cases/cases.repository';
import { effectiveConditions } from './apec.conditions';
import { apecHooks } from './apec.hooks';
import { apecCasePolicy, filingPolicy } from './apec.policy';
import * as repo from './apec.repository';
import { clock } from '@server/clock';

type ApplicantInput = z.output<typeof applicantInputSchema>;

/** The conditions that govern the caller's office, its own row or the one it inherits (version 0: not its own yet). */
export async function getConditions(db: Db, actor: Actor) {
  const { row, conditions } = await effectiveConditions(db, actor.orgUnitId);
  const own = row?.orgUnitId === actor.orgUnitId;
  return { ...conditions, officeId: actor.orgUnitId, version: own ? row.version : 0 };
}

/** Saves the caller's office's own conditions: version 0 creates them, a later version edits them. */
export async function saveConditions(db: Db, actor: Actor, input: z.output<typeof conditionsUpdateSchema>) {
  const { version, ...values } = input;
  const { row } = await effectiveConditions(db, actor.orgUnitId);
  const own = row?.orgUnitId === actor.orgUnitId ? row : null;
  if (!own) {
    if (version !== 0) throw conflict();
    await repo.addConditions(db, actor, { ...values, source: values.source ?? null, orgUnitId: actor.orgUnitId });
  } else await repo.saveConditions(db, actor, own, version, { ...values, source: values.source ?? null });
  return getConditions(db, actor);
}

/** A unit of the caller's scope (a unit's own contact: only their unit), else 404. */
async function unitInScope(db: Db, actor: Actor, unitId: number) {
  const unit = await findOrgUnit(db, scopeOf(actor), unitId);
  if (!unit || unit.kind !== 'unit') throw notFound();
  return unit;
}

export async function getFiling(db: Db, actor: Actor, unitId: number) {
  const unit = await unitInScope(db, actor, unitId);
  return { unit, filing: await repo.findFiling(db, scopeOf(actor), unit.id) };
}

export const filingsInScope = (db: Db, actor: Actor) => repo.listFilings(db, scopeOf(actor));

/** Files (version 0) or edits the unit's record; a stale version is a 409. */
export async function saveFiling(db: Db, actor: Actor, unitId: number, input: z.output<typeof filingUpdateSchema>) {
  const { unit, filing } = await getFiling(db, actor, unitId);
  filingPolicy.authorize(actor, 'edit', null);
  const { version, ...rest } = input;
  const values = { ...rest, customsCode: rest.customsCode ?? null };
  if (!filing) {
    if (version !== 0) throw conflict();
    await repo.addFiling(db, actor, { ...values, orgUnitId: unit.id });
  } else await repo.saveFiling(db, actor, filing, version, values);
  return getFiling(db, actor, unitId);
}

/** An APEC case the caller may see, else 404. */
export async function apecCase(db: Db, actor: Actor, caseId: number): Promise<CaseRow> {
  const row = await findCase(db, actor, caseId);
  if (row.kind !== 'apec') throw notFound();
  return row;
}

async function applicantOf(db: Db, actor: Actor, caseId: number, applicantId: number) {
  const row = await apecCase(db, actor, caseId);
  const applicant = await repo.findApplicant(db, scopeOf(actor), row.id, applicantId);
  if (!applicant) throw notFound();
  return { row, applicant };
}

const applicantValues = (input: ApplicantInput) => ({
  ...input,
  passportNumber: input.passportNumber.toUpperCase(),
  idNumber: input.idNumber.toUpperCase(),
});

export async function addApplicant(db: Db, actor: Actor, caseId: number, input: ApplicantInput) {
  const row = await apecCase(db, actor, caseId);
  apecCasePolicy.authorize(actor, 'editApplicants', row);
  return db.transaction(async (tx) => {
    const a = await repo.addApplicant(tx, actor, { ...applicantValues(input), caseId: row.id, orgUnitId: row.orgUnitId });
    await refreshFigures(tx, apecHooks, row);
    return a;
  });
}

export async function updateApplicant(db: Db, actor: Actor, caseId: number, applicantId: number, input: ApplicantInput & { version: number }) {
  const { row, applicant } = await applicantOf(db, actor, caseId, applicantId);
  apecCasePolicy.authorize(actor, 'editApplicants', row);
  const { version, ...rest } = input;
  return repo.saveApplicant(db, actor, applicant, version, applicantValues(rest), 'apecApplicant.update');
}

/** Takes an applicant off the case before submission (archived with the reason, never deleted). */
export async function archiveApplicant(db: Db, actor: Actor, caseId: number, applicantId: number, input: { version: number; reason: string }) {
  const { row, applicant } = await applicantOf(db, actor, caseId, applicantId);
  apecCasePolicy.authorize(actor, 'editApplicants', row);
  return repo.saveApplicant(db, actor, applicant, input.version, { archivedAt: clock.now(), archiveReason: input.reason }, 'apecApplicant.archive', {
    alsoInTransaction: (tx) => refreshFigures(tx, apecHooks, row),
  });
}

/**
 * The Ministry's decision on one applicant, with the fee paid to the Ministry (720 yuan a card unless given). An
 * approval opens a pending status for each economy that pre-clears; a decision is not changed once a card exists.
 */
export async function recordMinistry(db: Db, actor: Actor, caseId: number, applicantId: number, input: z.output<typeof ministryInputSchema>) {
  const { row, applicant } = await applicantOf(db, actor, caseId, applicantId);
  apecCasePolicy.authorize(actor, 'ministry', row);
  const cards = await repo.listCardsOfApplicants(db, scopeOf(actor), [applicant.id]);
  if (cards.length) throw new AppError(409, 'svc.apec.hasCard');
  const changes = { ministryDecision: input.decision, ministryDecidedOn: input.decidedOn, feePaidOn: input.feePaidOn, feeAmount: input.feeAmount };
  return repo.saveApplicant(db, actor, applicant, input.version, changes, 'apecApplicant.ministry', {
    detail: { decision: input.decision, feeAmount: input.feeAmount },
    alsoInTransaction: async (tx, a) => {
      if (input.decision !== 'approved') return;
      await repo.insertEconomies(
        tx,
        PRECLEARING_ECONOMIES.map((economy) => ({ applicantId: a.id, orgUnitId: a.orgUnitId, economy, status: 'pending', updatedBy: actor.userId })),
      );
    },
  });
}

/** Each economy's answer for one applicant, as it arrives; saved on the applicant's version. */
export async function saveEconomies(db: Db, actor: Actor, caseId: number, applicantId: number, input: z.output<typeof economiesInputSchema>) {
  const { row, applicant } = await applicantOf(db, actor, caseId, applicantId);
  apecCasePolicy.authorize(actor, 'cards', row);
  if (applicant.ministryDecision !== 'approved') throw new AppError(409, 'svc.apec.notApproved');
  input.items.forEach((item, i) => {
    if (item.economy === 'CN') throw fieldError(`items.${i}.economy`, 'svc.apec.issuingEconomy');
  });
  const changes = input.items.map((i) => ({ economy: i.economy, status: i.status }));
  return repo.saveApplicant(db, actor, applicant, input.version, {}, 'apecApplicant.economies', {
    detail: { changes },
    alsoInTransaction: async (tx) => {
      for (const i of input.items) await repo.updateEconomy(tx, actor, applicant.id, i.economy, i.status, i.decidedOn ?? null);
    },
  });
}

/**
 * The applicant's photo (JPG, 3:4): stored as an attachment of the applicant and linked to them, while the unit may
 * still change its applicants. A new photo replaces the link; the old file stays with its audit.
 */
export async function attachPhoto(db: Db, actor: Actor, caseId: number, applicantId: number, req: FastifyRequest) {
  const { row, applicant } = await applicantOf(db, actor, caseId, applicantId);
  apecCasePolicy.authorize(actor, 'editApplicants', row);
  return db.transaction(async (tx) => {
    const file = await saveAttachment(tx, actor, { entityType: APPLICANT_ENTITY, entityId: applicant.id, orgUnitId: applicant.orgUnitId }, req);
    if (!/^image\/jpe?g$/.test(file.contentType)) throw fieldError('file', 'svc.apec.photoJpg');
    await repo.saveApplicant(tx, actor, applicant, applicant.version, { photoAttachmentId: file.id }, 'apecApplicant.update');
    return file;
  });
}

/** The applicant an attachment belongs to, for the download route: whoever may read the applicant's case now. */
export const APPLICANT_ENTITY = 'service_apec_applicant';
export async function applicantForDownload(db: Db, actor: Actor, applicantId: number) {
  const a = await repo.findApplicantById(db, scopeOf(actor), applicantId);
  if (!a) throw notFound();
  return applicantOf(db, actor, a.caseId, a.id);
}

export { applicantOf };
