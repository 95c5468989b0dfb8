import { z } from 'zod';
import { defineAuditEvents, exportDetail, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** The legalization area's audit events and the detail each carries. */
export const legalizationAuditEvents = defineAuditEvents({
  'legalization.state.save': z.object({ iso3: z.string() }),
  'legalization.fee.save': z.object({ category: z.string(), urgency: z.string() }),
  'legalization.item.add': noDetail,
  'legalization.item.update': noDetail,
  'legalization.item.archive': z.object({ reason: z.string() }),
  'legalization.register.enter': z.object({ number: z.string(), caseId: z.number().int() }),
  'legalization.register.export': exportDetail,
});

declare module '../../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof legalizationAuditEvents> {}
}
