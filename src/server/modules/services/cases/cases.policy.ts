/**
 * What a user may do to a case at its stage. The workflow authorises every step with these rules and the presenter
 * sends their answers to the page as `can`, so a button shows exactly when the server would take the step. Scope is
 * applied by the query that loaded the case (a unit's contact sees only their unit's cases).
 *
 * Status machine: draft → submitted → (noticed ⇄ answer) → accepted → issued | refused → closed; a notice may also
 * come during review (accepted → noticed → accepted); withdrawn from any open status.
 */
import type { CaseAction } from '@shared/contracts/services-cases';
import { can, type Actor } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse, type Rule } from '@server/platform/access/policy';

export interface CaseFacts {
  status: string;
  /** An extension asked for and not yet approved. */
  pendingExtension: boolean;
}

/** Not at this stage: the case moved on (or never got there); the page should reload it. */
export const wrongStage = (r: Pick<CaseFacts, 'status'>) => refuse(409, 'svc.case.wrongStatus', { status: r.status });

const applies = (a: Actor) => can(a, 'services.apply');
const handles = (a: Actor) => can(a, 'services.handle');
const at = (r: CaseFacts, ...statuses: string[]) => statuses.includes(r.status);

/** A rule: who may (by permission) and at which stages. */
const rule =
  (who: (a: Actor) => boolean, ...statuses: string[]): Rule<CaseFacts> =>
  (actor, r) =>
    !who(actor) ? notPermitted : at(r, ...statuses) ? allowed : wrongStage(r);

const appliesOrHandles = (a: Actor) => applies(a) || handles(a);

export const casePolicy = definePolicy<CaseFacts, CaseAction>({
  edit: rule(appliesOrHandles, 'draft'),
  // The unit submits its own draft; the window submits a case it filed for a person or a unit at the counter.
  submit: rule(appliesOrHandles, 'draft'),
  accept: rule(handles, 'submitted'),
  notice: rule(handles, 'submitted', 'accepted'),
  // The unit answers online; the window records an answer handed in at the counter.
  answer: rule(appliesOrHandles, 'noticed'),
  extend: (actor, r) =>
    !handles(actor) ? notPermitted : !at(r, 'accepted') ? wrongStage(r) : r.pendingExtension ? refuse(409, 'svc.case.extensionPending') : allowed,
  approveExtension: (actor, r) =>
    !can(actor, 'services.approve')
      ? notPermitted
      : !r.pendingExtension
        ? refuse(409, 'svc.case.noExtension')
        : at(r, 'accepted', 'noticed')
          ? allowed
          : wrongStage(r),
  assign: rule(handles, 'submitted', 'noticed', 'accepted'),
  issue: rule(handles, 'accepted'),
  refuse: rule(handles, 'submitted', 'accepted'),
  // A unit takes back its own draft or submission; the office may end any open case, with a reason.
  withdraw: (actor, r) => {
    if (handles(actor)) return at(r, 'draft', 'submitted', 'noticed', 'accepted') ? allowed : wrongStage(r);
    if (applies(actor)) return at(r, 'draft', 'submitted') ? allowed : wrongStage(r);
    return notPermitted;
  },
  close: rule(handles, 'issued', 'refused'),
  // The unit hands in files until the window accepts; the window adds what is handed in at the counter while it works.
  upload: (actor, r) => {
    if (handles(actor)) return at(r, 'draft', 'submitted', 'noticed', 'accepted') ? allowed : wrongStage(r);
    if (applies(actor)) return at(r, 'draft', 'submitted', 'noticed') ? allowed : wrongStage(r);
    return notPermitted;
  },
  checkDocument: rule(handles, 'submitted', 'noticed', 'accepted'),
});
