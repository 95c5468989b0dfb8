/** What a caller may do with a legalization case's documents: one set of rules for the check and for the page's `can`. */
import { can, type Actor } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse } from '@server/platform/access/policy';

/** What the rules need of the case a document belongs to. */
export interface ItemCase {
  kind: string;
  status: string;
}

/** The applicant changes the documents while the case is a draft or answers a one-time notice; the window until it decides. */
const APPLICANT_OPEN = new Set(['draft', 'noticed']);
const WINDOW_OPEN = new Set(['draft', 'submitted', 'noticed', 'accepted']);

function mayChange(actor: Actor, c: ItemCase) {
  if (c.kind !== 'legalization') return refuse(400, 'svc.legalization.notLegalization');
  if (can(actor, 'services.handle')) return WINDOW_OPEN.has(c.status) ? allowed : refuse(409, 'svc.legalization.notEditable');
  if (can(actor, 'services.apply')) return APPLICANT_OPEN.has(c.status) ? allowed : refuse(409, 'svc.legalization.notEditable');
  return notPermitted;
}

export const itemPolicy = definePolicy<ItemCase, 'add' | 'update' | 'archive'>({
  add: mayChange,
  update: mayChange,
  archive: mayChange,
});
