import { z } from 'zod';
import { MOVEMENT_KINDS } from '@shared/contracts/residents';
import { defineAuditEvents, exportDetail, importJobDetail, importRowDetail, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** What a movement records beside the changed fields: the movement itself (kind, day, from and to). */
const movement = z.looseObject({ kind: z.enum(MOVEMENT_KINDS), occurredOn: z.string() });

/** The ledger's audit events and the detail each carries. */
export const residentAuditEvents = defineAuditEvents({
  'resident.create': noDetail,
  'resident.update': noDetail,
  'resident.archive': noDetail,
  'resident.restore': noDetail,
  ...(Object.fromEntries(MOVEMENT_KINDS.map((kind) => [`resident.movement.${kind}`, movement])) as Record<
    `resident.movement.${(typeof MOVEMENT_KINDS)[number]}`,
    typeof movement
  >),
  'resident.import': importJobDetail,
  'resident.import.create': importRowDetail,
  'resident.import.update': importRowDetail,
  'resident.export': exportDetail.omit({ rows: true }).extend({ maskedDocNumbers: z.boolean() }),
  'resident.dailyReport.export': z.object({ date: z.string() }),
});

declare module '../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof residentAuditEvents> {}
}
