import { z } from 'zod';
import { defineAuditEvents, exportDetail, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** The APEC card's audit events and the detail each carries. */
export const apecAuditEvents = defineAuditEvents({
  'apecConditions.save': noDetail,
  'apecFiling.create': noDetail,
  'apecFiling.update': noDetail,
  'apecApplicant.create': noDetail,
  'apecApplicant.update': noDetail,
  'apecApplicant.archive': noDetail,
  'apecApplicant.ministry': z.object({ decision: z.string(), feeAmount: z.number() }),
  'apecApplicant.economies': z.object({ changes: z.array(z.object({ economy: z.string(), status: z.string() })) }),
  'apecCard.create': noDetail,
  'apecCard.cancel': z.object({ reason: z.string() }),
  /** The old card of a replacement or reissue; the new card's row has its own apecCard.create. */
  'apecCard.replace': z.object({ newCardId: z.number() }),
  'apecCard.reissue': z.object({ newCardId: z.number() }),
  'apecCard.custody': z.object({ direction: z.string(), onDate: z.string() }),
  'apecCard.export': exportDetail,
});

declare module '../../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof apecAuditEvents> {}
}
