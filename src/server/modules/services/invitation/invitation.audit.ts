import { z } from 'zod';
import { defineAuditEvents, noDetail, type AuditDetailsOf } from '@server/platform/audit/events';

/** The invitation letter's audit events and the detail each carries. */
export const invitationAuditEvents = defineAuditEvents({
  'invitation.create': noDetail,
  'invitation.update': noDetail,
  'invitation.invitee.add': z.object({ caseId: z.number().int(), fromMrz: z.boolean() }),
  'invitation.invitee.update': z.object({ caseId: z.number().int() }),
  'invitation.invitee.remove': z.object({ caseId: z.number().int() }),
  'invitation.issue': z.object({ caseId: z.number().int(), letterNumber: z.string() }),
  'invitation.closeOut': z.object({ caseId: z.number().int(), kind: z.enum(['left', 'cancelled']), late: z.boolean() }),
  'invitation.download': z.object({ caseId: z.number().int(), letterNumber: z.string() }),
});

declare module '../../../platform/audit/events' {
  interface AuditEventTypes extends AuditDetailsOf<typeof invitationAuditEvents> {}
}
