import { defineAuditEvents, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** The templates' audit events: the office's own text saved, and the text set back to the default. */
export const templateAuditEvents = defineAuditEvents({
  'serviceTemplate.edit': noDetail,
  'serviceTemplate.reset': noDetail,
});

declare module '../../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof templateAuditEvents> {}
}
