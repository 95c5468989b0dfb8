import { defineArea } from '../area';
import { templateAuditEvents } from './templates.audit';
import { templateFields } from './templates.fields';
import { templateMessages } from './templates.messages';
import { templateRoutes } from './templates.routes';

/** The window's document templates (受理通知书, 一次性告知书, 不予受理告知书, 邀请函) and the forms a case prints with them. */
export const templatesArea = defineArea({
  name: 'templates',
  routes: templateRoutes,
  messages: templateMessages,
  auditEvents: templateAuditEvents,
  fields: templateFields,
});
