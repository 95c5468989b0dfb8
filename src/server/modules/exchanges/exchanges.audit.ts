import { defineAuditEvents, exportDetail, importJobDetail, importRowDetail, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

const recordEvents = <K extends string>(kind: K) =>
  ({
    [`${kind}.create`]: noDetail,
    [`${kind}.update`]: noDetail,
    [`${kind}.archive`]: noDetail,
    [`${kind}.restore`]: noDetail,
    [`${kind}.export`]: exportDetail,
  }) as Record<`${K}.${'create' | 'update' | 'archive' | 'restore'}`, typeof noDetail> & Record<`${K}.export`, typeof exportDetail>;

/** The exchanges' audit events (visits, events, friendship cities) and the detail each carries. */
export const exchangeAuditEvents = defineAuditEvents({
  ...recordEvents('visit'),
  ...recordEvents('event'),
  ...recordEvents('friendshipCity'),
  'friendshipCity.exchange': noDetail,
  'friendshipCity.import': importJobDetail,
  'friendshipCity.import.create': importRowDetail,
  'friendshipCity.import.update': importRowDetail,
  'exchanges.settings': noDetail,
});

declare module '../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof exchangeAuditEvents> {}
}
