import { lazy } from 'react';
import { ApartmentOutlined, AuditOutlined, CalendarOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { defineStrings, type StringKeysOf } from '@web/ui/i18n';
import { defineWebModule } from '@web/ui/module';
import { calendarEnUS } from './calendar.strings.en-US';
import { calendarZhCN } from './calendar.strings.zh-CN';
import { adminEnUS } from './strings.en-US';
import { adminZhCN } from './strings.zh-CN';

const adminStrings = defineStrings({ ...adminZhCN, ...calendarZhCN }, { ...adminEnUS, ...calendarEnUS });
declare module '../../ui/i18n' {
  interface WebStrings extends StringKeysOf<typeof adminStrings> {}
}

const page = {
  users: lazy(() => import('./UsersPage')),
  org: lazy(() => import('./OrgPage')),
  calendar: lazy(() => import('./CalendarPage')),
  audit: lazy(() => import('./AuditPage')),
};

/** The platform's administration pages: users, the org tree, the working calendar and the audit log. */
export const adminWebModule = defineWebModule({
  name: 'admin',
  strings: adminStrings,
  routes: [
    { path: '/admin/audit', permission: 'audit.read', page: page.audit },
    { path: '/admin/users', permission: 'users.manage', page: page.users },
    { path: '/admin/org', permission: 'org.manage', page: page.org },
    { path: '/admin/calendar', permission: 'calendar.manage', page: page.calendar },
  ],
  menu: {
    group: { key: 'admin', label: 'menu.admin', icon: <SettingOutlined />, testid: 'menu-admin' },
    entries: [
      { path: '/admin/users', label: 'menu.users', icon: <UserOutlined />, permission: 'users.manage', testid: 'menu-users' },
      { path: '/admin/org', label: 'menu.org', icon: <ApartmentOutlined />, permission: 'org.manage', testid: 'menu-org' },
      { path: '/admin/calendar', label: 'menu.calendar', icon: <CalendarOutlined />, permission: 'calendar.manage', testid: 'menu-calendar' },
      { path: '/admin/audit', label: 'menu.audit', icon: <AuditOutlined />, permission: 'audit.read', testid: 'menu-audit' },
    ],
  },
  home: [
    { permission: 'users.manage', path: '/admin/users' },
    { permission: 'audit.read', path: '/admin/audit' },
  ],
});
