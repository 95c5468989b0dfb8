import { defineArea } from '../area';
import { legalizationAuditEvents } from './legalization.audit';
import { LEGALIZATION_FIELDS } from './legalization.fields';
import { legalizationMessages } from './legalization.messages';
import { legalizationRoutes } from './legalization.routes';

/** Consular legalization and Apostille: the table of states, the documents of a case, the register and its public check. */
export const legalizationArea = defineArea({
  name: 'legalization',
  routes: legalizationRoutes,
  messages: legalizationMessages,
  auditEvents: legalizationAuditEvents,
  fields: LEGALIZATION_FIELDS,
});
