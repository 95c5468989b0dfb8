import { lazy } from 'react';
import { CloudUploadOutlined, DashboardOutlined, TeamOutlined } from '@ant-design/icons';
import { defineStrings, type StringKeysOf } from '@web/ui/i18n';
import { defineWebModule } from '@web/ui/module';
import { residentsEnUS } from './strings.en-US';
import { residentsZhCN } from './strings.zh-CN';

const residentsStrings = defineStrings(residentsZhCN, residentsEnUS);
declare module '../../ui/i18n' {
  interface WebStrings extends StringKeysOf<typeof residentsStrings> {}
}

const page = {
  dashboard: lazy(() => import('./dashboard/DashboardPage')),
  list: lazy(() => import('./ResidentsListPage')),
  form: lazy(() => import('./ResidentFormPage')),
  detail: lazy(() => import('./ResidentDetailPage')),
  import: lazy(() => import('./ImportPage')),
};

/** The ledger's pages: the dashboard of daily figures, the list, a file, its form and the sheet import. */
export const residentsWebModule = defineWebModule({
  name: 'residents',
  strings: residentsStrings,
  routes: [
    { path: '/dashboard', permission: 'stats.read', page: page.dashboard },
    { path: '/residents', permission: 'residents.read', page: page.list },
    { path: '/residents/new', permission: 'residents.write', page: page.form },
    { path: '/residents/import', permission: 'residents.import', page: page.import },
    { path: '/residents/:id', permission: 'residents.read', page: page.detail },
    { path: '/residents/:id/edit', permission: 'residents.write', page: page.form },
  ],
  menu: {
    entries: [
      { path: '/dashboard', label: 'menu.dashboard', icon: <DashboardOutlined />, permission: 'stats.read', testid: 'menu-dashboard' },
      { path: '/residents', label: 'menu.residents', icon: <TeamOutlined />, permission: 'residents.read', testid: 'menu-residents' },
      { path: '/residents/import', label: 'menu.residentsImport', icon: <CloudUploadOutlined />, permission: 'residents.import', testid: 'menu-import' },
    ],
  },
  home: [
    { permission: 'stats.read', path: '/dashboard' },
    { permission: 'residents.read', path: '/residents' },
  ],
});
