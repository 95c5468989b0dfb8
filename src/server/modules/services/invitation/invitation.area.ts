import { defineArea } from '../area';
import { invitationAuditEvents } from './invitation.audit';
import { INVITATION_FIELDS } from './invitation.fields';
import { invitationMessages } from './invitation.messages';
import { invitationRoutes } from './invitation.routes';

/** Invitation letters for foreigners (被授权单位邀请函): the letter's facts, invitees, number, download and close-out. */
export const invitationArea = defineArea({
  name: 'invitation',
  routes: invitationRoutes,
  messages: invitationMessages,
  auditEvents: invitationAuditEvents,
  fields: { invitations: INVITATION_FIELDS },
});
