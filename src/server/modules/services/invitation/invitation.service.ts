/**
 * The invitation letter's facts and invitees, filled in by the unit while its case is a draft (or answers a
 * one-time notice), the letter's download once issued, and its close-out (销签). The case itself is read through
 * the cases' service (findCase scopes it); the figures are recomputed in the transaction of every change.
 */
import {
  MAX_INVITEES,
  type inviteeMrzSchema,
  type inviteeRemoveSchema,
  type inviteeUpdateSchema,
  type invitationFactsInputSchema,
  type closeOutInputSchema,
  type CloseOutState,
} from '@shared/contracts/services-invitation';
import type { z } from 'zod';
import { toAlpha3 } from '@shared/reference/countries';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { AppError, fieldError, notFound } from '@server/platform/http/errors';
import { getOrgUnitById } from '@server/platform/org/org.service';
import { readMrz } from '@server/modules/residents/residents.module';
import { unitAddress } from '../accounts/accounts.service';
import { refreshFigures } from '../cases/cases.service';
import { caseForKind } from '../cases/cases.workflow';
import type { CaseRow } from '../cases/cases.repository';
import { invitationHooks } from './invitation.hooks';
import { invitationPolicy, type LetterState } from './invitation.policy';
import * as repo from './invitation.repository';
import type { InvitationRow, InviteeRow } from './invitation.repository';
import { letterDocx, type LetterLocale } from './invitation.letter';
import { closeOutDue } from './invitation.rules';

type FactsInput = z.output<typeof invitationFactsInputSchema>;
type InviteeValues = Omit<z.output<typeof inviteeUpdateSchema>, 'version'>;

/** An invitation case of the caller's subtree, else 404 (another kind's case has no letter). */
const invitationCase = (db: Db, actor: Actor, caseId: number): Promise<CaseRow> => caseForKind(db, actor, caseId, 'invitation');

const stateOf = (c: CaseRow, letter: InvitationRow | null): LetterState => ({
  caseStatus: c.status,
  letterNumber: letter?.letterNumber ?? null,
  closedOutOn: letter?.closedOutOn ?? null,
});

export interface LetterView {
  c: CaseRow;
  letter: InvitationRow | null;
  invitees: InviteeRow[];
}

/** The case's letter as it stands: its facts (none before the first save) and its live invitees. */
export async function getInvitation(db: Db, actor: Actor, caseId: number): Promise<LetterView> {
  const c = await invitationCase(db, actor, caseId);
  const scope = scopeOf(actor);
  return { c, letter: await repo.findInvitation(db, scope, caseId), invitees: await repo.listInvitees(db, scope, caseId) };
}

function countryCode(path: string, value: string | null): string | null {
  if (value == null) return null;
  const code = toAlpha3(value);
  if (!code) throw fieldError(path, 'err.unknownCountry', { value });
  return code;
}

/** Saves the letter's facts on `version` (0 the first time); a stale version is a 409. */
export async function saveFacts(db: Db, actor: Actor, caseId: number, input: FactsInput): Promise<LetterView> {
  const c = await invitationCase(db, actor, caseId);
  const scope = scopeOf(actor);
  const letter = await repo.findInvitation(db, scope, caseId);
  invitationPolicy.authorize(actor, 'edit', stateOf(c, letter));
  const { version, ...facts } = input;
  const values = { ...facts, visaCountry: countryCode('visaCountry', facts.visaCountry) };
  if (!letter) {
    if (version !== 0) throw new AppError(409, 'err.conflict');
    await repo.insertInvitation(db, actor, { caseId, orgUnitId: c.orgUnitId, ...values });
  } else {
    await repo.saveInvitation(db, actor, letter, version, values, 'invitation.update');
  }
  return getInvitation(db, actor, caseId);
}

function inviteeValues(input: InviteeValues) {
  return { ...input, nationality: countryCode('nationality', input.nationality)! };
}

/** Adds an invitee while the letter is editable; the sixth is refused in the office's words. */
export async function addInvitee(db: Db, actor: Actor, caseId: number, input: InviteeValues, fromMrz = false): Promise<InviteeRow> {
  const c = await invitationCase(db, actor, caseId);
  const scope = scopeOf(actor);
  invitationPolicy.authorize(actor, 'edit', stateOf(c, await repo.findInvitation(db, scope, caseId)));
  const values = inviteeValues(input);
  return db.transaction(async (tx) => {
    if ((await repo.listInvitees(tx, scope, caseId)).length >= MAX_INVITEES) throw new AppError(400, 'svc.invitation.full', { max: MAX_INVITEES });
    const row = await repo.addInvitee(tx, actor, { caseId, orgUnitId: c.orgUnitId, ...values }, fromMrz);
    await refreshFigures(tx, invitationHooks, c);
    return row;
  });
}

async function editableInvitee(db: Db, actor: Actor, caseId: number, inviteeId: number) {
  const c = await invitationCase(db, actor, caseId);
  const scope = scopeOf(actor);
  const row = await repo.findInvitee(db, scope, caseId, inviteeId);
  if (!row) throw notFound();
  invitationPolicy.authorize(actor, 'edit', stateOf(c, await repo.findInvitation(db, scope, caseId)));
  return { c, row };
}

export async function updateInvitee(db: Db, actor: Actor, caseId: number, inviteeId: number, input: z.output<typeof inviteeUpdateSchema>): Promise<InviteeRow> {
  const { c, row } = await editableInvitee(db, actor, caseId, inviteeId);
  const { version, ...rest } = input;
  const values = inviteeValues(rest);
  return db.transaction(async (tx) => {
    const saved = await repo.saveInvitee(tx, actor, row, version, values, 'invitation.invitee.update');
    await refreshFigures(tx, invitationHooks, c);
    return saved;
  });
}

/** Takes an invitee off the draft letter with a reason; the row stays, archived. */
export async function removeInvitee(db: Db, actor: Actor, caseId: number, inviteeId: number, input: z.output<typeof inviteeRemoveSchema>): Promise<InviteeRow> {
  const { c, row } = await editableInvitee(db, actor, caseId, inviteeId);
  return db.transaction(async (tx) => {
    const saved = await repo.saveInvitee(tx, actor, row, input.version, { archivedAt: clock.now(), archiveReason: input.reason }, 'invitation.invitee.remove');
    await refreshFigures(tx, invitationHooks, c);
    return saved;
  });
}

/**
 * Reads a passport's MRZ with the residents ledger's reader into the invitee's passport fields; with `add`, adds the
 * invitee it names at once (a field the MRZ did not give is then a 400 on that field).
 */
export async function readInviteeMrz(db: Db, actor: Actor, caseId: number, input: z.output<typeof inviteeMrzSchema>) {
  const c = await invitationCase(db, actor, caseId);
  if (input.add) invitationPolicy.authorize(actor, 'edit', stateOf(c, await repo.findInvitation(db, scopeOf(actor), caseId)));
  const result = readMrz(input.text, actor);
  const f = result.fields;
  const fields = {
    name: [f.surname, f.givenNames].filter(Boolean).join(' '),
    sex: f.sex,
    birthDate: f.birthDate,
    nationality: f.nationality,
    passportNo: f.documentNumber,
    passportExpiry: f.expiryDate,
  };
  const problems = result.errors.map((e) => (actor.locale === 'en-US' ? e.message_en : e.message_zh));
  if (!input.add) return { valid: result.valid, fields, problems, invitee: null };
  if (!fields.name) throw fieldError('text', 'svc.invitation.mrzNoName');
  if (!result.valid || !fields.birthDate || !fields.passportExpiry) throw new AppError(400, 'err.mrz', { detail: problems.join('; ') || 'MRZ' });
  const values: InviteeValues = {
    ...fields,
    birthDate: fields.birthDate,
    passportExpiry: fields.passportExpiry,
    employer: input.employer,
    title: input.title,
    earlierVisas: false,
    crossingsLastYear: null,
  };
  const invitee = await addInvitee(db, actor, caseId, values, true);
  return { valid: result.valid, fields, problems, invitee };
}

/** The issued letter as .docx, for the unit and the office alike; each download is audited. */
export async function letterFile(db: Db, actor: Actor, caseId: number, locale: LetterLocale): Promise<{ name: string; content: Buffer }> {
  const view = await getInvitation(db, actor, caseId);
  invitationPolicy.authorize(actor, 'download', stateOf(view.c, view.letter));
  const letter = view.letter!;
  const unit = view.c.unitId ? await getOrgUnitById(db, view.c.unitId) : null;
  const content = await letterDocx(
    db,
    {
      c: view.c,
      letter,
      invitees: view.invitees,
      unit: {
        nameZh: unit?.nameZh ?? view.c.applicantName,
        nameEn: unit?.nameEn ?? '',
        address: view.c.unitId ? await unitAddress(db, actor, view.c.unitId) : '',
      },
    },
    locale,
  );
  await repo.addDownloadAudit(db, actor, letter);
  return { name: `邀请函-${letter.letterNumber}.docx`, content };
}

/**
 * The close-out (销签): the invitees have left on `departedOn`, or the visit was cancelled (today). The due date is
 * then 30 days from that day, and a report after it is recorded as late.
 */
export async function closeOut(db: Db, actor: Actor, caseId: number, input: z.output<typeof closeOutInputSchema>): Promise<LetterView> {
  const view = await getInvitation(db, actor, caseId);
  invitationPolicy.authorize(actor, 'closeOut', stateOf(view.c, view.letter));
  const letter = view.letter!;
  const today = clock.today();
  if (input.departedOn && input.departedOn > today) throw fieldError('departedOn', 'svc.invitation.departedFuture');
  if (input.departedOn && letter.issuedOn && input.departedOn < letter.issuedOn) throw fieldError('departedOn', 'svc.invitation.departedBeforeEntry');
  const kind = input.departedOn ? 'left' : 'cancelled';
  const due = closeOutDue(input.departedOn ?? today);
  await repo.saveInvitation(
    db,
    actor,
    letter,
    input.version,
    { closeOutKind: kind, departedOn: input.departedOn ?? null, closeOutDueOn: due, closedOutOn: today },
    'invitation.closeOut',
    { caseId, kind, late: today > due },
  );
  return getInvitation(db, actor, caseId);
}

/** The issued letters of the caller's subtree by close-out state (a unit's contact sees its own unit's). */
export function closeOutPage(db: Db, actor: Actor, q: { state: CloseOutState; page: number; pageSize: number }) {
  return repo.listCloseOuts(db, scopeOf(actor), q.state, clock.today(), q);
}
