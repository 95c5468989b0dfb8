import { lazy } from 'react';
import { FileTextOutlined } from '@ant-design/icons';
import type { ServiceWebArea } from '../area';

const TemplatesPage = lazy(() => import('./TemplatesPage'));

/** The templates area's pages: the office's document templates, their editor and preview. */
export const templatesWeb: ServiceWebArea = {
  routes: [{ path: '/services/templates', page: TemplatesPage, permission: 'services.manage' }],
  menu: [
    { path: '/services/templates', label: 'svc.templates.menu', icon: <FileTextOutlined />, permission: 'services.manage', testid: 'menu-services-templates' },
  ],
};
