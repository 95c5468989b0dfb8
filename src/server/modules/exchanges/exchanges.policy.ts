import { can, type Actor } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse, type Rule } from '@server/platform/access/policy';

/** What the rules look at: whether the visit, event or pair is archived. */
export type Archivable = { archivedAt: Date | null };

/** Changing a live record: the module's write permission, and the record not archived. */
const live: Rule<Archivable> = (actor: Actor, r) => {
  if (!can(actor, 'exchanges.write')) return notPermitted;
  return r.archivedAt ? refuse(409, 'err.archived') : allowed;
};

const restorable: Rule<Archivable> = (actor, r) => {
  if (!can(actor, 'exchanges.write')) return notPermitted;
  return r.archivedAt ? allowed : refuse(409, 'err.notArchived');
};

const recordRules = { update: live, archive: live, restore: restorable, upload: live };

/**
 * What a user may do to a visit or an event: edit, archive, restore, attach a file (invitation, photos).
 * The services authorise every write with these rules and the presenter sends their answers to the page
 * as `can`, so a button shows exactly when the server would allow it. Data scope is applied by the query
 * that loaded the record.
 */
export const visitPolicy = definePolicy<Archivable, keyof typeof recordRules>(recordRules);
export const eventPolicy = definePolicy<Archivable, keyof typeof recordRules>(recordRules);

/** What a user may do to a friendship-city pair: the same as a visit, and add to its exchange history. */
export const cityPolicy = definePolicy<Archivable, keyof typeof recordRules | 'addExchange'>({ ...recordRules, addExchange: live });
