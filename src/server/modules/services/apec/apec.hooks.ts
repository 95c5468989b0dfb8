import type { CaseKindHooks } from '../cases/kinds';

/** What the apec kind adds to the case machinery: filled in by its own work. */
export const apecHooks: CaseKindHooks = { kind: 'apec', personsMayApply: false };
