import { z } from 'zod';
import { defineAuditEvents, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** The unit accounts' audit events: a registration from the public page, and the office's answer to it. */
export const accountAuditEvents = defineAuditEvents({
  'serviceRegistration.submit': noDetail,
  'serviceRegistration.approve': z.object({ unitId: z.number().int(), userId: z.number().int() }),
  'serviceRegistration.reject': noDetail,
});

declare module '../../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof accountAuditEvents> {}
}
