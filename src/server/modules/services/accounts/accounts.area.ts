import { defineArea } from '../area';
import { accountAuditEvents } from './accounts.audit';
import { accountFields } from './accounts.fields';
import { accountMessages } from './accounts.messages';
import { REGISTRATION_ENTITY } from './accounts.repository';
import { accountRoutes } from './accounts.routes';
import { registrationForFile } from './accounts.service';

/** Unit accounts: a unit's registration on the public page and the office's review of it. */
export const accountsArea = defineArea({
  name: 'accounts',
  routes: accountRoutes,
  messages: accountMessages,
  auditEvents: accountAuditEvents,
  fields: accountFields,
  // The reviewers open the filing form and the licence through the platform's attachment download.
  attachmentOwners: { [REGISTRATION_ENTITY]: { permission: 'services.manage', find: registrationForFile } },
});
