import { defineModule } from '../../platform/modules';
import { travelAttachmentOwners, travelRoutes } from './travel.routes';

// Offices review outbound trips of the units in their tree; units apply; leaders give the approvals their rank requires.
const travelReview = ['travel.read', 'travel.review', 'travel.export'] as const;

/** Outbound travel (因公出国境): plans, applications, approvals, passports, follow-up and the rules. */
export const travelModule = defineModule({
  name: 'travel',
  routes: travelRoutes,
  permissions: ['travel.read', 'travel.apply', 'travel.review', 'travel.approve', 'travel.export', 'travel.rules'],
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
