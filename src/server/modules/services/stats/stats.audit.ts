import { defineAuditEvents, exportDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** The figures' audit events: the export of a cut. */
export const statsAuditEvents = defineAuditEvents({
  'serviceStats.export': exportDetail,
});

declare module '../../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof statsAuditEvents> {}
}
