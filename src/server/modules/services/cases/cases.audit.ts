import { z } from 'zod';
import { defineAuditEvents, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** Every step says why (when it was given) and the due date the clock gave after it. */
const step = z.looseObject({ reason: z.string().nullable(), dueOn: z.string().nullable() });

/** The case machinery's audit events and the detail each carries. */
export const caseAuditEvents = defineAuditEvents({
  'serviceCase.create': noDetail,
  'serviceCase.update': noDetail,
  'serviceCase.submit': step.extend({ number: z.string() }),
  'serviceCase.accept': step,
  'serviceCase.notice': step.extend({ missingItemIds: z.array(z.number().int()), text: z.string().nullable() }),
  'serviceCase.answer': step,
  'serviceCase.extend': step.extend({ days: z.number().int() }),
  'serviceCase.approveExtension': step.extend({ days: z.number().int() }),
  'serviceCase.assign': step.extend({ assigneeId: z.number().int() }),
  'serviceCase.issue': step,
  'serviceCase.refuse': step,
  'serviceCase.withdraw': step,
  'serviceCase.close': step,
  'serviceSettings.update': z.object({ kind: z.string() }),
  'serviceChecklist.create': z.object({ kind: z.string() }),
  'serviceChecklist.update': z.object({ kind: z.string() }),
  'serviceChecklist.archive': z.object({ kind: z.string(), reason: z.string() }),
  // A file handed in against a checklist item, and the window's check of it.
  'serviceCase.document': z.object({ itemId: z.number().int(), name: z.string(), size: z.number().int() }),
  'serviceCase.documentCheck': z.object({ documentId: z.number().int() }),
  // The queue's filter as the export was asked for, and how many cases the file holds.
  'serviceCase.export': z.object({ filter: z.record(z.string(), z.unknown()), rows: z.number().int() }),
});

declare module '../../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof caseAuditEvents> {}
}
