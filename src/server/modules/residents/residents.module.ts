import { defineModule } from '../../platform/modules';
import { residentRoutes } from './residents.routes';

const ledgerWork = ['residents.read', 'residents.write', 'residents.import', 'residents.export', 'residents.viewDocNumbers', 'stats.read'] as const;

/** The foreign residents ledger (境外人员台账): files, movements, imports, exports and the daily figures. */
export const residentsModule = defineModule({
  name: 'residents',
  routes: residentRoutes,
  permissions: ledgerWork,
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
