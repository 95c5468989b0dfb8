import type { CaseKindHooks } from '../cases/kinds';

/** What the invitation kind adds to the case machinery: filled in by its own work. */
export const invitationHooks: CaseKindHooks = { kind: 'invitation', personsMayApply: false };
