/** The invitation letter as the API sends it: the letter's facts, its invitees, where its close-out stands, and `can`. */
import type { CloseOutItem, Invitation, Invitee } from '@shared/contracts/services-invitation';
import { countryName } from '@shared/reference/countries';
import type { Actor } from '@server/platform/access/actor';
import type { CaseRow } from '../cases/cases.repository';
import type { CloseOutListRow, InvitationRow, InviteeRow } from './invitation.repository';
import { invitationPolicy } from './invitation.policy';
import { closeOutStatus, proofsNeeded } from './invitation.rules';

export function presentInvitee(row: InviteeRow, actor: Actor): Invitee {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    sex: row.sex,
    birthDate: row.birthDate,
    nationality: row.nationality,
    nationalityName: countryName(row.nationality, actor.locale),
    passportNo: row.passportNo,
    passportExpiry: row.passportExpiry,
    employer: row.employer,
    title: row.title,
    earlierVisas: row.earlierVisas,
    crossingsLastYear: row.crossingsLastYear,
  };
}

const FACTS = [
  'purpose',
  'cities',
  'entryDate',
  'visaType',
  'entries',
  'validityValue',
  'validityUnit',
  'stayDays',
  'visaCountry',
  'visaCity',
  'payer',
  'payerNote',
  'itinerary',
  'signerName',
  'signerTitle',
  'multipleEntryReason',
  'letterNumber',
  'issuedOn',
  'closeOutDueOn',
  'closedOutOn',
  'closeOutKind',
  'departedOn',
] as const;

export function presentInvitation(actor: Actor, c: CaseRow, letter: InvitationRow | null, invitees: InviteeRow[], today: string): Invitation {
  const facts = Object.fromEntries(FACTS.map((k) => [k, letter?.[k] ?? null])) as { [K in (typeof FACTS)[number]]: Invitation[K] };
  const state = { caseStatus: c.status, letterNumber: letter?.letterNumber ?? null, closedOutOn: letter?.closedOutOn ?? null };
  return {
    caseId: c.id,
    caseStatus: c.status,
    version: letter?.version ?? 0,
    ...facts,
    closeOutState: letter?.issuedOn ? closeOutStatus(letter, today).state : null,
    proofsNeeded: proofsNeeded(letter, invitees),
    invitees: invitees.map((p) => presentInvitee(p, actor)),
    can: invitationPolicy.can(actor, state),
  };
}

export function presentCloseOut(row: CloseOutListRow, today: string): CloseOutItem {
  return { ...row, ...closeOutStatus(row, today) };
}
