import { can } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse, type Rule } from '@server/platform/access/policy';

/** What the rules look at: the case's status and where the letter stands. */
export interface LetterState {
  caseStatus: string;
  letterNumber: string | null;
  closedOutOn: string | null;
}

const EDITABLE = new Set(['draft', 'noticed']);
const DECIDED = new Set(['issued', 'closed']);

/**
 * The unit fills in its letter while it is a draft or answers a one-time notice. The window fills in only a draft it
 * files for a unit at the counter; once submitted the office reads the letter and never rewrites the unit's words.
 */
const edit: Rule<LetterState> = (actor, r) => {
  if (can(actor, 'services.apply')) return EDITABLE.has(r.caseStatus) ? allowed : refuse(409, 'svc.invitation.notEditable');
  if (can(actor, 'services.handle')) return r.caseStatus === 'draft' ? allowed : refuse(409, 'svc.invitation.notEditable');
  return notPermitted;
};

/** The issued letter is downloaded by the unit and by the office alike. */
const download: Rule<LetterState> = (actor, r) => {
  if (!can(actor, 'services.read')) return notPermitted;
  return DECIDED.has(r.caseStatus) && r.letterNumber ? allowed : refuse(409, 'svc.invitation.notIssued');
};

/** The unit reports the departure or the cancellation; the window may record it when the unit reports by phone. */
const closeOut: Rule<LetterState> = (actor, r) => {
  if (!can(actor, 'services.apply') && !can(actor, 'services.handle')) return notPermitted;
  if (!DECIDED.has(r.caseStatus) || !r.letterNumber) return refuse(409, 'svc.invitation.notIssued');
  return r.closedOutOn ? refuse(409, 'svc.invitation.closedOut') : allowed;
};

/**
 * What a user may do to an invitation letter. The service authorises every write with these rules and the presenter
 * sends their answers as `can`, so the panel shows a button exactly when the server would allow it. Scope is applied
 * by the query that loaded the case.
 */
export const invitationPolicy = definePolicy<LetterState, 'edit' | 'download' | 'closeOut'>({ edit, download, closeOut });
