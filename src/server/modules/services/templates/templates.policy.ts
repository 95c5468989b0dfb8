import { can, type Actor } from '@server/platform/access/actor';
import { allowed, definePolicy, notPermitted, refuse, type Rule } from '@server/platform/access/policy';

/** The root of the org tree has a path of one segment ("/1/"): the city's office, whose texts every office prints. */
const atRootOffice = (actor: Actor) => actor.scopePath.split('/').filter(Boolean).length === 1;

/** The templates are one set for the installation: the city office's managers edit them, a district cannot. */
const edit: Rule<null> = (actor) => {
  if (!can(actor, 'services.manage')) return notPermitted;
  return atRootOffice(actor) ? allowed : refuse(403, 'svc.templates.rootOnly');
};

export const templatePolicy = definePolicy<null, 'edit'>({ edit });
