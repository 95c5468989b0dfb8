import { defineArea } from '../area';
import { caseAuditEvents } from './cases.audit';
import { CASE_FIELDS } from './cases.fields';
import { caseMessages } from './cases.messages';
import { caseRoutes } from './cases.routes';
import { findCase } from './cases.service';

/** The case machinery shared by every kind: opening, the steps and their clock, the queue, checklists and settings. */
export const casesArea = defineArea({
  name: 'cases',
  routes: caseRoutes,
  messages: caseMessages,
  auditEvents: caseAuditEvents,
  fields: { cases: CASE_FIELDS, settings: CASE_FIELDS, 'checklist-items': CASE_FIELDS },
  // A case's files are read by whoever may read the case now.
  attachmentOwners: { service_case: { permission: 'services.read', find: findCase } },
});
