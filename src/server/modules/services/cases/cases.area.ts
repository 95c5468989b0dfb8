import { defineArea } from '../area';
import { caseAuditEvents } from './cases.audit';
import { caseMessages } from './cases.messages';

/** The case machinery shared by every kind: opening, the steps and their clock, the queue, checklists and settings. */
export const casesArea = defineArea({ name: 'cases', messages: caseMessages, auditEvents: caseAuditEvents });
