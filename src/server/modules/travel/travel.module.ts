import { TRAVEL_PERMISSIONS } from '@shared/contracts/travel';
import { defineModule } from '@server/platform/modules';
import { TRAVEL_FIELDS } from './travel.fields';
import * as travelTables from './travel.table';
import { travelAuditEvents } from './travel.audit';
import { travelMessages } from './travel.messages';
import { travelAttachmentOwners, travelRoutes } from './travel.routes';

// Offices review outbound trips of the units in their tree; units apply; leaders give the approvals their rank requires.
const travelReview = ['travel.read', 'travel.review', 'travel.export'] as const;

/** Outbound travel (因公出国境): plans, applications, approvals, passports, follow-up and the rules. */
export const travelModule = defineModule({
  name: 'travel',
  tables: travelTables,
  routes: travelRoutes,
  permissions: TRAVEL_PERMISSIONS,
  messages: travelMessages,
  fields: { '': TRAVEL_FIELDS },
  auditEvents: travelAuditEvents,
  grants: {
    admin: [...travelReview, 'travel.rules'],
    office_staff: travelReview,
    district_operator: travelReview,
    leader: ['travel.read', 'travel.approve'],
    // A unit's contact person (外事联络员) files its own trips and sees nothing else.
    unit_applicant: ['travel.read', 'travel.apply'],
  },
  attachmentOwners: travelAttachmentOwners,
});

/** What other modules read of travel (the service window's visa agency links approved trips and passports in custody), scoped. */
export { approvedTripIds, approvedTrips, custodyPassportsByNumber, findApprovedTrip, findCustodyPassport } from './service/links';
