import { defineAuditEvents, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** The visa agency's audit events: a passport's line and each of its steps. */
export const visaAuditEvents = defineAuditEvents({
  'visa.passport.add': noDetail,
  'visa.passport.update': noDetail,
  'visa.passport.archive': noDetail,
  'visa.passport.send': noDetail,
  'visa.passport.result': noDetail,
  'visa.passport.return': noDetail,
  'visa.passport.notice': noDetail,
  'visa.passport.notAccept': noDetail,
});

declare module '../../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof visaAuditEvents> {}
}
