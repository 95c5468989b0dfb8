import { defineArea } from '../area';
import { visaAuditEvents } from './visa.audit';
import { VISA_FIELDS } from './visa.fields';
import { visaMessages } from './visa.messages';
import { visaRoutes } from './visa.routes';

/** The visa agency for official passports: a batch's passports, their steps at the embassy, the trips they link. */
export const visaArea = defineArea({
  name: 'visa',
  routes: visaRoutes,
  messages: visaMessages,
  auditEvents: visaAuditEvents,
  fields: { '/visas': VISA_FIELDS },
});
