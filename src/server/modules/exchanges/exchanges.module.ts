import { defineModule } from '../../platform/modules';
import { exchangeAttachmentOwners, exchangeRoutes } from './exchanges.routes';

const exchangesWork = ['exchanges.read', 'exchanges.write', 'exchanges.import', 'exchanges.export'] as const;

/** Incoming exchanges (来访接待), events and friendship cities (友好城市): the offices' work, not the streets'. */
export const exchangesModule = defineModule({
  name: 'exchanges',
  routes: exchangeRoutes,
  permissions: exchangesWork,
  grants: { admin: exchangesWork, office_staff: exchangesWork, district_operator: exchangesWork, leader: ['exchanges.read'] },
  attachmentOwners: exchangeAttachmentOwners,
});
