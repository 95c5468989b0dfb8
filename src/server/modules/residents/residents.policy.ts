import { can, type Actor } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse } from '@server/platform/access/policy';

type Status = { status: string };

const writable = (actor: Actor, r: Status) => {
  if (!can(actor, 'residents.write')) return notPermitted;
  return r.status === 'archived' ? refuse(409, 'err.archived') : allowed;
};

/**
 * What a user may do to a resident's file. The service authorises every write with these rules and the
 * presenter sends their answers to the page as `can`, so the two never disagree. Data scope is already
 * applied by the query that loaded the record.
 */
export const residentPolicy = definePolicy<Status, 'update' | 'archive' | 'restore' | 'addMovement'>({
  update: writable,
  archive: writable,
  restore: (actor, r) => {
    if (!can(actor, 'residents.write')) return notPermitted;
    return r.status === 'archived' ? allowed : refuse(409, 'err.notArchived');
  },
  addMovement: writable,
});

export const maySeeDocNumbers = (actor: Actor) => can(actor, 'residents.viewDocNumbers');
/** A role that sees numbers masked may not search by them either: hit or miss would tell it the number. */
export const searchRights = (actor: Actor) => ({ byNumber: maySeeDocNumbers(actor) });

/** Keeps enough of a document number to recognise it on paper, not enough to use it: E1*****78. */
export function maskDocNumber(n: string): string {
  if (n.length <= 4) return '*'.repeat(n.length);
  return n.slice(0, 2) + '*'.repeat(n.length - 4) + n.slice(-2);
}
