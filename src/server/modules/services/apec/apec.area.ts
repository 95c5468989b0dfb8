import { defineArea } from '../area';
import { apecAuditEvents } from './apec.audit';
import { APEC_FIELDS } from './apec.fields';
import { apecMessages } from './apec.messages';
import { apecAttachmentOwners, apecRoutes } from './apec.routes';

/** The APEC business travel card: filings and the city's conditions, applicants, the Ministry, the economies, the cards. */
export const apecArea = defineArea({
  name: 'apec',
  routes: apecRoutes,
  messages: apecMessages,
  auditEvents: apecAuditEvents,
  fields: { apec: APEC_FIELDS },
  attachmentOwners: apecAttachmentOwners,
});
