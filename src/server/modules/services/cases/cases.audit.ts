import { defineAuditEvents, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** The case machinery's audit events and the detail each carries. */
export const caseAuditEvents = defineAuditEvents({
  'serviceCase.create': noDetail,
});

declare module '../../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof caseAuditEvents> {}
}
