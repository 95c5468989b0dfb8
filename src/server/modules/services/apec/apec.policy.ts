import { can, type Actor } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse, type Rule } from '@server/platform/access/policy';

/** What the rules look at: the case's status (its kind's facts follow the shared workflow). */
export type ApecCaseFacts = { status: string };

/** The unit's applicants change while the case is the unit's (a draft, or answering a one-time notice). */
const OPEN_TO_APPLICANT = new Set(['draft', 'noticed']);
/** "Issue" at the window is the office's forwarding to the Ministry: the Ministry's answer comes after it. */
const FORWARDED = new Set(['issued', 'closed']);

const applicants: Rule<ApecCaseFacts> = (actor, c) => {
  if (!can(actor, 'services.apply') && !can(actor, 'services.handle')) return notPermitted;
  return OPEN_TO_APPLICANT.has(c.status) ? allowed : refuse(409, 'svc.apec.notEditable');
};
const afterForwarding: Rule<ApecCaseFacts> = (actor, c) => {
  if (!can(actor, 'services.handle')) return notPermitted;
  return FORWARDED.has(c.status) ? allowed : refuse(409, 'svc.apec.notForwarded');
};

/**
 * What a user may do with an APEC case's own facts: the applicants (the unit, or the window for it, before
 * submission; the unit's submission is the enterprise's review), then the Ministry's decision, the economies
 * and the cards (the window, after it has forwarded the case).
 */
export const apecCasePolicy = definePolicy<ApecCaseFacts, 'editApplicants' | 'ministry' | 'cards'>({
  editApplicants: applicants,
  ministry: afterForwarding,
  cards: afterForwarding,
});

/** A unit files for itself; the window files for a unit of its subtree (the query that read the unit scoped it). */
export const filingPolicy = definePolicy<unknown, 'edit'>({
  edit: (actor: Actor) => (can(actor, 'services.apply') || can(actor, 'services.handle') ? allowed : notPermitted),
});

/** The office's card work (custody, cancellation, replacement, reissue) on a card of its subtree. */
export const cardPolicy = definePolicy<{ state: string }, 'change'>({
  change: (actor, card) => {
    if (!can(actor, 'services.handle')) return notPermitted;
    return card.state === 'valid' ? allowed : refuse(409, 'svc.apec.cardNotValid');
  },
});
