import { lazy } from 'react';
import { ClockCircleOutlined, FolderOpenOutlined, InboxOutlined, SettingOutlined } from '@ant-design/icons';
import type { ServiceWebArea } from '../area';

/** The case machinery's pages: the office's queue, a unit's own cases, one case, and the window's settings. */
export const casesWeb: ServiceWebArea = {
  routes: [
    { path: '/services/queue', page: lazy(() => import('./QueuePage')), permission: 'services.handle' },
    { path: '/services/my-cases', page: lazy(() => import('./MyCasesPage')), permission: 'services.apply' },
    { path: '/services/extensions', page: lazy(() => import('./ExtensionsPage')), permission: 'services.approve' },
    { path: '/services/cases/:id', page: lazy(() => import('./CaseDetailPage')), permission: 'services.read' },
    { path: '/services/settings', page: lazy(() => import('./SettingsPage')), permission: 'services.manage' },
  ],
  menu: [
    { path: '/services/queue', label: 'svc.cases.menu.queue', icon: <InboxOutlined />, permission: 'services.handle', testid: 'menu-services-queue' },
    {
      path: '/services/extensions',
      label: 'svc.cases.menu.extensions',
      icon: <ClockCircleOutlined />,
      permission: 'services.approve',
      testid: 'menu-services-extensions',
    },
    { path: '/services/my-cases', label: 'svc.cases.menu.mine', icon: <FolderOpenOutlined />, permission: 'services.apply', testid: 'menu-services-mine' },
    {
      path: '/services/settings',
      label: 'svc.cases.menu.settings',
      icon: <SettingOutlined />,
      permission: 'services.manage',
      testid: 'menu-services-settings',
    },
  ],
  home: [
    { permission: 'services.handle', path: '/services/queue' },
    { permission: 'services.apply', path: '/services/my-cases' },
  ],
};
