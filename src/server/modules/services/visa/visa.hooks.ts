import type { CaseKindHooks } from '../cases/kinds';

/** What the visa kind adds to the case machinery: filled in by its own work. */
export const visaHooks: CaseKindHooks = { kind: 'visa', personsMayApply: false };
