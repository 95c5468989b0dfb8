import { EXCHANGES_PERMISSIONS } from '@shared/contracts/exchanges';
import { defineModule } from '@server/platform/modules';
import { EXCHANGE_FIELDS, EXCHANGE_FIELDS_BY_KIND } from './exchanges.fields';
import * as exchangeTables from './exchanges.table';
import { exchangeAuditEvents } from './exchanges.audit';
import { exchangeMessages } from './exchanges.messages';
import { exchangeAttachmentOwners, exchangeRoutes } from './exchanges.routes';

const exchangesWork = EXCHANGES_PERMISSIONS;

/** Incoming exchanges (来访接待), events and friendship cities (友好城市): the offices' work, not the streets'. */
export const exchangesModule = defineModule({
  name: 'exchanges',
  tables: exchangeTables,
  routes: exchangeRoutes,
  permissions: EXCHANGES_PERMISSIONS,
  messages: exchangeMessages,
  fields: {
    '': EXCHANGE_FIELDS,
    ...Object.fromEntries(Object.entries(EXCHANGE_FIELDS_BY_KIND).map(([kind, labels]) => [kind, { ...EXCHANGE_FIELDS, ...labels }])),
  },
  auditEvents: exchangeAuditEvents,
  grants: { admin: exchangesWork, office_staff: exchangesWork, district_operator: exchangesWork, leader: ['exchanges.read'] },
  attachmentOwners: exchangeAttachmentOwners,
});
