import type { CaseKindHooks } from '../cases/kinds';

/** What the legalization kind adds to the case machinery: filled in by its own work. */
export const legalizationHooks: CaseKindHooks = { kind: 'legalization', personsMayApply: true };
