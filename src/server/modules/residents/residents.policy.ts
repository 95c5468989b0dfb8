
import { can, type Actor } from '../../platform/access/actor';

type Status = { status: string };

// Record-level rules; data scope is already applied by the query that loaded the record.
export const mayUpdate = (actor: Actor, r: Status) => can(actor, 'residents.write') && r.status !== 'archived';
export const mayArchive = (actor: Actor, r: Status) => can(actor, 'residents.write') && r.status !== 'archived';
export const mayRestore = (actor: Actor, r: Status) => can(actor, 'residents.write') && r.status === 'archived';
export const mayAddMovement = mayUpdate;
export const maySeeDocNumbers = (actor: Actor) => can(actor, 'residents.viewDocNumbers');
/** A role that sees numbers masked may not search by them either: hit or miss would tell it the number. */
export const searchRights = (actor: Actor) => ({ byNumber: maySeeDocNumbers(actor) });

/** Keeps enough of a document number to recognise it on paper, not enough to use it: E1*****78. */
export function maskDocNumber(n: string): string {
  if (n.length <= 4) return '*'.repeat(n.length);
  return n.slice(0, 2) + '*'.repeat(n.length - 4) + n.slice(-2);
}
