import type { CaseKind } from '@shared/contracts/services';
import type { CaseKindHooks } from './cases/kinds';
import { invitationHooks } from './invitation/invitation.hooks';
import { apecHooks } from './apec/apec.hooks';
import { legalizationHooks } from './legalization/legalization.hooks';
import { visaHooks } from './visa/visa.hooks';

/** Every kind's hooks, by kind: the workflow looks a case's kind up here. */
export const KIND_HOOKS: Readonly<Record<CaseKind, CaseKindHooks>> = {
  invitation: invitationHooks,
  apec: apecHooks,
  legalization: legalizationHooks,
  visa: visaHooks,
};
