import { z } from 'zod';
import { OVERDUE_KINDS, STEP_KINDS } from '@shared/contracts/travel';
import { defineAuditEvents, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** A workflow step: the comment given with it, and what the step decided (members removed, days cut, approver level …). */
const step = z.looseObject({ comment: z.string().nullable() });
type StepAction = `travelApplication.${(typeof STEP_KINDS)[number]}`;

/** Outbound travel's audit events and the detail each carries. */
export const travelAuditEvents = defineAuditEvents({
  ...(Object.fromEntries(STEP_KINDS.map((kind) => [`travelApplication.${kind}`, step])) as Record<StepAction, typeof step>),
  // Creating an application is audited with its input (after), not as a step.
  'travelApplication.create': step.optional(),
  'travelApplication.update': noDetail,
  'travelApplication.publicityNotice': noDetail,
  'travelApplication.approvalForm': noDetail,
  'travelApplication.batchList': z.looseObject({ rows: z.number().int().nonnegative() }),
  'travelPassport.create': noDetail,
  'travelPassport.update': noDetail,
  'travelPassport.issue': noDetail,
  'travelPassport.return': noDetail,
  'travelPlan.create': noDetail,
  // The plan's items as saved (they live in their own table, so before/after do not show them).
  'travelPlan.update': z.object({ items: z.array(z.looseObject({ title: z.string() })) }),
  'travelRule.create': noDetail,
  'travelRule.update': noDetail,
  'travelReminder.send': z.object({ kind: z.enum(OVERDUE_KINDS), dueOn: z.string() }),
  'travelReminder.acknowledge': z.object({ reminderId: z.number().int() }),
});

declare module '../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof travelAuditEvents> {}
}
