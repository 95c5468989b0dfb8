import { lazy } from 'react';
import { AlertOutlined, BookOutlined, FileTextOutlined, FundOutlined, IdcardOutlined, ScheduleOutlined, SendOutlined } from '@ant-design/icons';
import { defineStrings, type StringKeysOf } from '@web/ui/i18n';
import { defineWebModule } from '@web/ui/module';
import { travelOfficeEnUS } from './office/strings.en-US';
import { travelOfficeZhCN } from './office/strings.zh-CN';
import { travelEnUS } from './strings.en-US';
import { travelZhCN } from './strings.zh-CN';

const travelStrings = defineStrings({ ...travelZhCN, ...travelOfficeZhCN }, { ...travelEnUS, ...travelOfficeEnUS });
declare module '../../ui/i18n' {
  interface WebStrings extends StringKeysOf<typeof travelStrings> {}
}

const page = {
  list: lazy(() => import('./ApplicationsListPage')),
  form: lazy(() => import('./ApplicationFormPage')),
  detail: lazy(() => import('./ApplicationDetailPage')),
  // The travel office's pages: plans, follow-up, passports, statistics and the rules.
  plans: lazy(() => import('./office/PlansPage')),
  followUp: lazy(() => import('./office/FollowUpPage')),
  passports: lazy(() => import('./office/PassportsPage')),
  stats: lazy(() => import('./office/TravelStatsPage')),
  rules: lazy(() => import('./office/RulesPage')),
};

/** Outbound travel: applications and their approval, plans, follow-up, passports, figures and rules. */
export const travelWebModule = defineWebModule({
  name: 'travel',
  strings: travelStrings,
  routes: [
    { path: '/travel', redirect: '/travel/applications' },
    { path: '/travel/applications', permission: 'travel.read', page: page.list },
    { path: '/travel/applications/new', permission: 'travel.apply', page: page.form, key: 'new' },
    { path: '/travel/applications/:id', permission: 'travel.read', page: page.detail },
    { path: '/travel/applications/:id/edit', permission: 'travel.apply', page: page.form },
    { path: '/travel/plans', permission: 'travel.read', page: page.plans },
    { path: '/travel/follow-up', permission: 'travel.review', page: page.followUp },
    { path: '/travel/passports', permission: 'travel.read', page: page.passports },
    { path: '/travel/stats', permission: 'travel.read', page: page.stats },
    { path: '/travel/rules', permission: 'travel.read', page: page.rules },
  ],
  menu: {
    group: { key: 'travel', label: 'menu.travel', icon: <SendOutlined />, testid: 'menu-travel' },
    entries: [
      {
        path: '/travel/applications',
        label: 'menu.travelApplications',
        icon: <FileTextOutlined />,
        permission: 'travel.read',
        testid: 'menu-travel-applications',
      },
      { path: '/travel/plans', label: 'menu.travelPlans', icon: <ScheduleOutlined />, permission: 'travel.read', testid: 'menu-travel-plans' },
      { path: '/travel/follow-up', label: 'menu.travelFollowUp', icon: <AlertOutlined />, permission: 'travel.review', testid: 'menu-travel-follow-up' },
      { path: '/travel/passports', label: 'menu.travelPassports', icon: <IdcardOutlined />, permission: 'travel.read', testid: 'menu-travel-passports' },
      { path: '/travel/stats', label: 'menu.travelStats', icon: <FundOutlined />, permission: 'travel.read', testid: 'menu-travel-stats' },
      { path: '/travel/rules', label: 'menu.travelRules', icon: <BookOutlined />, permission: 'travel.read', testid: 'menu-travel-rules' },
    ],
  },
  // A unit's travel contact (unit_applicant) has only this module.
  home: [{ permission: 'travel.read', path: '/travel/applications' }],
});
