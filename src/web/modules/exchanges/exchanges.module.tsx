import { lazy } from 'react';
import { BarChartOutlined, CalendarOutlined, FlagOutlined, GiftOutlined, GlobalOutlined, SolutionOutlined, TrophyOutlined } from '@ant-design/icons';
import { defineStrings, type StringKeysOf } from '@web/ui/i18n';
import { defineWebModule } from '@web/ui/module';
import { exchangesEnUS } from './strings.en-US';
import { exchangesZhCN } from './strings.zh-CN';

const exchangesStrings = defineStrings(exchangesZhCN, exchangesEnUS);
declare module '../../ui/i18n' {
  interface WebStrings extends StringKeysOf<typeof exchangesStrings> {}
}

const page = {
  visits: lazy(() => import('./VisitsListPage')),
  visitForm: lazy(() => import('./VisitFormPage')),
  visit: lazy(() => import('./VisitDetailPage')),
  events: lazy(() => import('./EventsListPage')),
  eventForm: lazy(() => import('./EventFormPage')),
  event: lazy(() => import('./EventDetailPage')),
  calendar: lazy(() => import('./CalendarPage')),
  stats: lazy(() => import('./ExchangeStatsPage')),
  cities: lazy(() => import('./CitiesListPage')),
  cityForm: lazy(() => import('./CityFormPage')),
  city: lazy(() => import('./CityDetailPage')),
  cityStats: lazy(() => import('./CityStatsPage')),
  cityImport: lazy(() => import('./CityImportPage')),
  anniversaries: lazy(() => import('./AnniversariesPage')),
};

/** Incoming visits, events and friendship cities. */
export const exchangesWebModule = defineWebModule({
  name: 'exchanges',
  strings: exchangesStrings,
  routes: [
    { path: '/exchanges', redirect: '/exchanges/visits' },
    { path: '/exchanges/visits', permission: 'exchanges.read', page: page.visits },
    { path: '/exchanges/visits/new', permission: 'exchanges.write', page: page.visitForm, key: 'new' },
    { path: '/exchanges/visits/:id', permission: 'exchanges.read', page: page.visit },
    { path: '/exchanges/visits/:id/edit', permission: 'exchanges.write', page: page.visitForm },
    { path: '/exchanges/events', permission: 'exchanges.read', page: page.events },
    { path: '/exchanges/events/new', permission: 'exchanges.write', page: page.eventForm, key: 'new' },
    { path: '/exchanges/events/:id', permission: 'exchanges.read', page: page.event },
    { path: '/exchanges/events/:id/edit', permission: 'exchanges.write', page: page.eventForm },
    { path: '/exchanges/calendar', permission: 'exchanges.read', page: page.calendar },
    { path: '/exchanges/stats', permission: 'exchanges.read', page: page.stats },
    { path: '/exchanges/cities', permission: 'exchanges.read', page: page.cities },
    { path: '/exchanges/cities/new', permission: 'exchanges.write', page: page.cityForm, key: 'new' },
    { path: '/exchanges/cities/stats', permission: 'exchanges.read', page: page.cityStats },
    { path: '/exchanges/cities/import', permission: 'exchanges.import', page: page.cityImport },
    { path: '/exchanges/cities/:id', permission: 'exchanges.read', page: page.city },
    { path: '/exchanges/cities/:id/edit', permission: 'exchanges.write', page: page.cityForm },
    { path: '/exchanges/anniversaries', permission: 'exchanges.read', page: page.anniversaries },
  ],
  menu: {
    group: { key: 'exchanges', label: 'menu.exchanges', icon: <FlagOutlined />, testid: 'menu-exchanges' },
    entries: [
      { path: '/exchanges/visits', label: 'menu.exVisits', icon: <SolutionOutlined />, permission: 'exchanges.read', testid: 'menu-ex-visits' },
      { path: '/exchanges/events', label: 'menu.exEvents', icon: <TrophyOutlined />, permission: 'exchanges.read', testid: 'menu-ex-events' },
      { path: '/exchanges/calendar', label: 'menu.exCalendar', icon: <CalendarOutlined />, permission: 'exchanges.read', testid: 'menu-ex-calendar' },
      { path: '/exchanges/stats', label: 'menu.exStats', icon: <BarChartOutlined />, permission: 'exchanges.read', testid: 'menu-ex-stats' },
      { path: '/exchanges/cities', label: 'menu.exCities', icon: <GlobalOutlined />, permission: 'exchanges.read', testid: 'menu-ex-cities' },
      {
        path: '/exchanges/anniversaries',
        label: 'menu.exAnniversaries',
        icon: <GiftOutlined />,
        permission: 'exchanges.read',
        testid: 'menu-ex-anniversaries',
      },
    ],
  },
  home: [{ permission: 'exchanges.read', path: '/exchanges/visits' }],
});
