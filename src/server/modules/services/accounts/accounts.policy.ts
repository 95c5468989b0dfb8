import { can, type Actor } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse, type Rule } from '@server/platform/access/policy';

/** What the review looks at: the registration's state and whether both files have arrived. */
export type Reviewable = { state: string; filingId: number | null; licenceId: number | null };

/**
 * Approving creates an org unit and an account, so it is the managers' (services.manage), and only for a pending
 * registration with both files; rejecting needs no files (a registration may be refused for the lack of them).
 * Which registrations a manager sees is the scope of the query that loaded it (the district lies in their tree).
 */
const pending: Rule<Reviewable> = (actor: Actor, r) => {
  if (!can(actor, 'services.manage')) return notPermitted;
  return r.state === 'pending' ? allowed : refuse(409, 'svc.accounts.notPending');
};
const approve: Rule<Reviewable> = (actor, r) => {
  const base = pending(actor, r);
  if (base !== true) return base;
  return r.filingId && r.licenceId ? allowed : refuse(409, 'svc.accounts.filesMissing');
};

export const registrationPolicy = definePolicy<Reviewable, 'approve' | 'reject'>({ approve, reject: pending });
