/**
 * The invitation letter's rules, pure so they are tested at their boundaries: what stops a submission, the letter's
 * number, and the close-out (销签) dates.
 */
import { MAX_INVITEES, type CloseOutState } from '@shared/contracts/services-invitation';
import { addDays, daysBetween } from '@shared/reference/dates';
import type { KindProblem } from '../cases/kinds';
import { INVITATION_FIELDS } from './invitation.fields';

/**
 * The planned entry date must be at least this many calendar days ahead at submission. The office promises the
 * letter in up to 5 working days (常州), which is a calendar week, and the invitee still has to apply for the visa
 * with it before travelling; a letter that can only arrive after the entry date is of no use to anyone.
 */
export const MIN_LEAD_DAYS = 7;

/** The close-out is due this many calendar days after the invitees leave or the visit is cancelled. */
export const CLOSE_OUT_DAYS = 30;

/** Due within this many days: the unit is reminded. */
export const REMINDER_DAYS = 7;

/** Multiple-entry visas need at least this many entries and exits of China last year. */
export const MIN_CROSSINGS_FOR_MULTIPLE = 4;

export interface LetterFacts {
  purpose: string | null;
  cities: string | null;
  entryDate: string | null;
  visaType: string | null;
  entries: string | null;
  validityValue: number | null;
  validityUnit: string | null;
  stayDays: number | null;
  visaCountry: string | null;
  visaCity: string | null;
  payer: string | null;
  signerName: string | null;
  signerTitle: string | null;
  multipleEntryReason: string | null;
}

export interface InviteeFacts {
  name: string;
  nationality: string;
  passportExpiry: string;
  earlierVisas: boolean;
  crossingsLastYear: number | null;
}

const REQUIRED: ReadonlyArray<keyof LetterFacts> = [
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
  'signerName',
  'signerTitle',
];

/** Everything that stops the unit's submission, all at once, so it is corrected in one go. */
export function letterProblems(facts: LetterFacts | null, invitees: readonly InviteeFacts[], today: string): KindProblem[] {
  const problems: KindProblem[] = [];
  if (!facts) problems.push({ key: 'svc.invitation.noFacts' });
  for (const f of facts ? REQUIRED : []) {
    if (facts![f] == null) problems.push({ key: 'err.required', params: { field: INVITATION_FIELDS[f]! }, path: f });
  }
  if (!invitees.length) problems.push({ key: 'svc.invitation.noInvitee', path: 'invitees' });
  if (invitees.length > MAX_INVITEES) problems.push({ key: 'svc.invitation.tooMany', params: { max: MAX_INVITEES, count: invitees.length }, path: 'invitees' });
  const entry = facts?.entryDate;
  if (entry) {
    if (entry < today) problems.push({ key: 'svc.invitation.entryPast', params: { date: entry }, path: 'entryDate' });
    else if (daysBetween(today, entry) < MIN_LEAD_DAYS)
      problems.push({ key: 'svc.invitation.entryTooSoon', params: { date: entry, days: MIN_LEAD_DAYS }, path: 'entryDate' });
    const until = addDays(entry, facts.stayDays ?? 0);
    for (const p of invitees) {
      if (p.passportExpiry < until)
        problems.push({ key: 'svc.invitation.passportExpires', params: { name: p.name, expiry: p.passportExpiry, until }, path: 'invitees' });
    }
  }
  if (facts?.entries === 'multiple') {
    if (!facts.multipleEntryReason) problems.push({ key: 'svc.invitation.multipleReason', path: 'multipleEntryReason' });
    for (const p of invitees) {
      if (!p.earlierVisas || (p.crossingsLastYear ?? 0) < MIN_CROSSINGS_FOR_MULTIPLE) {
        problems.push({ key: 'svc.invitation.multipleHistory', params: { name: p.name, min: MIN_CROSSINGS_FOR_MULTIPLE }, path: 'invitees' });
      }
    }
  }
  return problems;
}

/** The proofs the checklist asks for because of the facts: a residence proof where the visa is not applied for at home. */
export function proofsNeeded(facts: Pick<LetterFacts, 'visaCountry' | 'entries'> | null, invitees: readonly Pick<InviteeFacts, 'nationality'>[]) {
  const out: Array<'residence' | 'multipleEntry'> = [];
  if (facts?.visaCountry && invitees.some((p) => p.nationality !== facts.visaCountry)) out.push('residence');
  if (facts?.entries === 'multiple') out.push('multipleEntry');
  return out;
}

/** The letter's number, e.g. 2026邀字第007号: the year of issue and the office's sequence in that year. */
export function letterNumber(year: number, seq: number): string {
  return `${year}邀字第${String(seq).padStart(3, '0')}号`;
}

/** The close-out's due date before the unit reports: 30 days after the planned departure (entry + longest stay). */
export function plannedCloseOutDue(entryDate: string, stayDays: number): string {
  return addDays(entryDate, stayDays + CLOSE_OUT_DAYS);
}

/** The close-out's due date once the departure (or the cancellation) is known. */
export function closeOutDue(leftOrCancelledOn: string): string {
  return addDays(leftOrCancelledOn, CLOSE_OUT_DAYS);
}

export interface CloseOutStatus {
  state: CloseOutState;
  daysLeft: number | null;
  reminder: boolean;
}

/** Where a letter's close-out stands today: done, overdue (red) from the day after the due date, or due (reminded in its last week). */
export function closeOutStatus(row: { closeOutDueOn: string | null; closedOutOn: string | null }, today: string): CloseOutStatus {
  if (row.closedOutOn) return { state: 'done', daysLeft: null, reminder: false };
  if (!row.closeOutDueOn) return { state: 'due', daysLeft: null, reminder: false };
  const daysLeft = daysBetween(today, row.closeOutDueOn);
  if (daysLeft < 0) return { state: 'overdue', daysLeft, reminder: false };
  return { state: 'due', daysLeft, reminder: daysLeft <= REMINDER_DAYS };
}
