import { defineArea } from '../area';
import { statsAuditEvents } from './stats.audit';
import { STATS_FIELDS } from './stats.fields';
import { statsRoutes } from './stats.routes';

/** The window's figures: cases, pieces and persons by kind, unit and country against last year, and the summary sentence. */
export const statsArea = defineArea({ name: 'stats', routes: statsRoutes, auditEvents: statsAuditEvents, fields: { '/stats': STATS_FIELDS } });
