/**
 * What a user may do to an application, a plan or the rules. The services authorise every step with these
 * rules and the presenter sends their answers to the page as `can`, so a button shows exactly when the
 * server would take the step. Data scope is already applied by the query that loaded the record.
 */
import type { ApplicationStatus } from '@shared/contracts/travel';
import { can, type Actor } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse, type Rule } from '@server/platform/access/policy';

/** What the application rules look at: the row's state and, for a forwarded one, where it was forwarded from. */
export interface ApplicationFacts {
  status: string;
  orgUnitId: number;
  actualReturn: string | null;
  passportsReturnedOn: string | null;
  reportFiledOn: string | null;
  /** The path of the office that forwarded it upward (null when it never was). */
  forwarderPath: string | null;
  /** The path of the root office: only it records a decision taken outside the tree. */
  rootPath: string;
}

const EDITABLE: ApplicationStatus[] = ['draft', 'returned'];
const editable = (r: ApplicationFacts) => EDITABLE.includes(r.status as ApplicationStatus);
const travelled = (r: ApplicationFacts) => r.status === 'approved' && !!r.actualReturn;
/** Not at this stage: the application moved on (or was never there); the page should reload it. */
export const wrongStage = (r: Pick<ApplicationFacts, 'status'>) => refuse(409, 'err.travelStatus', { status: r.status });

const applies = (actor: Actor) => can(actor, 'travel.apply');
const reviews = (actor: Actor) => can(actor, 'travel.review');
/** The unit reports its own trip's return and report; the office may record them for it. */
const followsUp = (actor: Actor) => applies(actor) || reviews(actor);

/** Whether the caller's office sits above the office that forwarded the application (so it takes it over). */
export function aboveForwarder(actor: Pick<Actor, 'scopePath'>, forwarderPath: string | null): boolean {
  if (!forwarderPath) return false;
  return forwarderPath.startsWith(actor.scopePath) && forwarderPath !== actor.scopePath;
}

export const REVIEW_ACTIONS = ['approve', 'return', 'refuse', 'forward', 'recordDecision'] as const;
export type ReviewPolicyAction = (typeof REVIEW_ACTIONS)[number];

/**
 * The office's review steps open at this stage: a submitted application is reviewed by an office of the tree
 * above the unit; a forwarded one is taken over by the office above the forwarding office, and the root
 * office that forwarded it outside the tree records the decision it receives.
 */
function reviewStepsOpen(actor: Actor, r: ApplicationFacts): readonly ReviewPolicyAction[] {
  if (r.status === 'submitted') return ['approve', 'return', 'refuse', 'forward'];
  if (r.status !== 'forwarded') return [];
  if (aboveForwarder(actor, r.forwarderPath)) return REVIEW_ACTIONS;
  if (r.forwarderPath === actor.scopePath && actor.scopePath === r.rootPath) return ['recordDecision'];
  return [];
}

/** A review step: an office never reviews its own unit's application. */
const reviewStep =
  (action: ReviewPolicyAction): Rule<ApplicationFacts> =>
  (actor, r) => {
    if (!reviews(actor)) return notPermitted;
    if (actor.orgUnitId === r.orgUnitId) return refuse(403, 'err.travelSelfReview');
    return reviewStepsOpen(actor, r).includes(action) ? allowed : wrongStage(r);
  };
const reviewRules = Object.fromEntries(REVIEW_ACTIONS.map((a) => [a, reviewStep(a)])) as Record<ReviewPolicyAction, Rule<ApplicationFacts>>;

export const applicationPolicy = definePolicy<
  ApplicationFacts,
  | 'edit'
  | 'submit'
  | 'withdraw'
  | 'cancel'
  | 'review'
  | ReviewPolicyAction
  | 'decide'
  | 'recordReturn'
  | 'passportsReturned'
  | 'fileReport'
  | 'uploadAttachment'
>({
  edit: (actor, r) => (!applies(actor) ? notPermitted : editable(r) ? allowed : wrongStage(r)),
  submit: (actor, r) => (!applies(actor) ? notPermitted : editable(r) ? allowed : wrongStage(r)),
  withdraw: (actor, r) => (!applies(actor) ? notPermitted : r.status === 'submitted' ? allowed : wrongStage(r)),
  /** Before the trip: a draft, a returned one, or an approved trip not yet travelled. */
  cancel: (actor, r) => {
    if (!applies(actor)) return notPermitted;
    return editable(r) || (r.status === 'approved' && !r.actualReturn) ? allowed : wrongStage(r);
  },
  /** Any review step open to the caller: the page's review button. */
  review: (actor, r) => {
    const decisions = REVIEW_ACTIONS.map((a) => reviewRules[a](actor, r));
    return decisions.includes(allowed) ? allowed : decisions[0];
  },
  ...reviewRules,
  /** A leader's approval where the delegation's ranks require one. */
  decide: (actor, r) => (!can(actor, 'travel.approve') ? notPermitted : r.status === 'leader_review' ? allowed : wrongStage(r)),
  recordReturn: (actor, r) => (!followsUp(actor) ? notPermitted : r.status === 'approved' ? allowed : wrongStage(r)),
  passportsReturned: (actor, r) => (!reviews(actor) ? notPermitted : travelled(r) && !r.passportsReturnedOn ? allowed : wrongStage(r)),
  fileReport: (actor, r) => (!followsUp(actor) ? notPermitted : travelled(r) && !r.reportFiledOn ? allowed : wrongStage(r)),
  /** Invitation letters, scans of the approval, the report: whoever takes part in the workflow, at any stage. */
  uploadAttachment: (actor) => (followsUp(actor) ? allowed : notPermitted),
});

/** A unit's annual plan: its contact person keeps it; the offices above read it. */
export const planPolicy = definePolicy<unknown, 'update'>({
  update: (actor) => (applies(actor) ? allowed : notPermitted),
});

/** The rules are one set for the whole installation: only an administrator of the root office edits them. */
export const rulePolicy = definePolicy<{ rootUnitId: number | null }, 'edit'>({
  edit: (actor, r) => {
    if (!can(actor, 'travel.rules')) return notPermitted;
    return actor.scopePath.split('/').filter(Boolean).length === 1 && r.rootUnitId === actor.orgUnitId ? allowed : notPermitted;
  },
});

/** Passport custody: the office registers, hands out and takes back the passports it holds. */
export const passportPolicy = definePolicy<{ state: string }, 'update' | 'issue' | 'return'>({
  update: (actor) => (reviews(actor) ? allowed : notPermitted),
  issue: (actor, p) => (!reviews(actor) ? notPermitted : p.state === 'in_custody' ? allowed : refuse(409, 'err.passportState')),
  return: (actor, p) => (!reviews(actor) ? notPermitted : p.state === 'issued' ? allowed : refuse(409, 'err.passportState')),
});
