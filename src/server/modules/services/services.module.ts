import { SERVICES_PERMISSIONS } from '@shared/contracts/services';
import { defineModule } from '@server/platform/modules';
import * as serviceTables from './services.table';
import { joinFields, joinMessages, joinRecords } from './area';
import { casesArea } from './cases/cases.area';
import { invitationArea } from './invitation/invitation.area';
import { apecArea } from './apec/apec.area';
import { legalizationArea } from './legalization/legalization.area';
import { visaArea } from './visa/visa.area';
import { accountsArea } from './accounts/accounts.area';
import { templatesArea } from './templates/templates.area';
import { statsArea } from './stats/stats.area';

/** The areas of the window, each a folder shaped like a module; the case machinery first, the kinds after it. */
const AREAS = [casesArea, invitationArea, apecArea, legalizationArea, visaArea, accountsArea, templatesArea, statsArea];

const handling = ['services.read', 'services.handle', 'services.export'] as const;

/** The one-stop service window (一窗受理、最多跑一次、不见面审批): invitation letters, APEC cards, legalization and Apostille, visa agency. */
export const servicesModule = defineModule({
  name: 'services',
  tables: serviceTables,
  routes: async (app) => {
    for (const area of AREAS) if (area.routes) await app.register(area.routes);
  },
  permissions: SERVICES_PERMISSIONS,
  messages: joinMessages(AREAS),
  fields: joinFields(AREAS),
  auditEvents: joinRecords(AREAS, (a) => a.auditEvents),
  attachmentOwners: joinRecords(AREAS, (a) => a.attachmentOwners),
  grants: {
    admin: SERVICES_PERMISSIONS,
    // The window's staff handle cases and keep the office's settings (time limits, checklists, templates).
    office_staff: [...handling, 'services.manage'],
    district_operator: handling,
    // The office's head approves an extension of a time limit and reads the figures.
    leader: ['services.read', 'services.approve'],
    // A unit's contact files its unit's cases and sees nothing else (its scope is its unit).
    unit_applicant: ['services.read', 'services.apply'],
  },
});
