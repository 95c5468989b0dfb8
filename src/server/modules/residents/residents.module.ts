import { RESIDENTS_PERMISSIONS } from '@shared/contracts/residents';
import { defineModule } from '@server/platform/modules';
import { RESIDENT_FIELDS } from './residents.fields';
import * as residentTables from './residents.table';
import { residentAuditEvents } from './residents.audit';
import { residentMessages } from './residents.messages';
import { residentRoutes } from './residents.routes';

const ledgerWork = RESIDENTS_PERMISSIONS;

/** The foreign residents ledger (境外人员台账): files, movements, imports, exports and the daily figures. */
export const residentsModule = defineModule({
  name: 'residents',
  tables: residentTables,
  routes: residentRoutes,
  permissions: RESIDENTS_PERMISSIONS,
  messages: residentMessages,
  fields: { '': RESIDENT_FIELDS },
  auditEvents: residentAuditEvents,
  grants: {
    admin: ledgerWork,
    office_staff: ledgerWork,
    district_operator: ledgerWork,
    // Streets and communities keep the ledger too: they register the people who live there.
    street_operator: ledgerWork,
    // Leaders read figures and files but need no one's passport number.
    leader: ['residents.read', 'stats.read'],
  },
});

/** The ledger's MRZ reader, for other modules that take passport fields from a paste (the invitation letter's invitees). */
export { readMrz } from './residents.service';
