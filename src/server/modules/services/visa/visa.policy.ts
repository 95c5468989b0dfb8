import type { CaseStatus } from '@shared/contracts/services';
import { can, type Actor } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse, type Rule } from '@server/platform/access/policy';
import type { VisaPassportStatus } from '@shared/contracts/services-visa';
import { APPLICANT_EDITS, EMBASSY_STEPS, NEXT, RETURN_STEPS, WINDOW_EDITS } from './visa.rules';

/** What the rules look at: the passport, the status of its case, and whether its correction time has lapsed. */
export interface PassportFacts {
  status: VisaPassportStatus;
  archived: boolean;
  caseStatus: CaseStatus;
  lapsed: boolean;
  /** The one-time correction notice was already given. */
  noticed: boolean;
}

/** Whether the actor may change the batch's lines now: a unit's contact while the batch is theirs, the window until decided. */
const editsBatch = (actor: Actor, caseStatus: CaseStatus) =>
  can(actor, 'services.handle') ? WINDOW_EDITS.includes(caseStatus) : can(actor, 'services.apply') && APPLICANT_EDITS.includes(caseStatus);

export const batchEditable = (actor: Actor, caseStatus: CaseStatus): boolean => editsBatch(actor, caseStatus);

const line: Rule<PassportFacts> = (actor, f) => {
  if (!can(actor, 'services.handle') && !can(actor, 'services.apply')) return notPermitted;
  if (f.archived) return refuse(409, 'err.archived');
  if (f.status !== 'received') return refuse(409, 'svc.visa.passportMoved');
  return editsBatch(actor, f.caseStatus) ? allowed : refuse(409, 'svc.visa.caseNotEditable');
};

const step =
  (to: VisaPassportStatus, inCase: readonly CaseStatus[], extra?: (f: PassportFacts) => boolean): Rule<PassportFacts> =>
  (actor, f) => {
    if (!can(actor, 'services.handle')) return notPermitted;
    if (f.archived) return refuse(409, 'err.archived');
    if (!inCase.includes(f.caseStatus)) return refuse(409, 'svc.visa.caseNotAtStep');
    if (!NEXT[f.status].includes(to)) return refuse(409, 'svc.visa.passportMoved');
    if (extra && !extra(f)) return refuse(409, 'svc.visa.correctionNotLapsed');
    return allowed;
  };

/**
 * What a user may do to one passport of a batch. The service authorises every write with these rules and the
 * presenter sends their answers as `can`, so the panel shows a step exactly when the server would take it.
 */
export const visaPassportPolicy = definePolicy<PassportFacts, 'update' | 'archive' | 'send' | 'result' | 'return' | 'notice' | 'notAccept'>({
  update: line,
  archive: line,
  send: step('sent', EMBASSY_STEPS),
  result: step('issued', EMBASSY_STEPS),
  return: step('returned', RETURN_STEPS),
  notice: (actor, f) => (!can(actor, 'services.handle') ? notPermitted : f.noticed ? refuse(409, 'svc.visa.alreadyNoticed') : line(actor, f)),
  notAccept: step('not_accepted', WINDOW_EDITS, (f) => f.lapsed),
});
