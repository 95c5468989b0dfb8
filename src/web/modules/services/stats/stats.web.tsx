import { lazy } from 'react';
import { BarChartOutlined } from '@ant-design/icons';
import type { ServiceWebArea } from '../area';

const StatsPage = lazy(() => import('./StatsPage'));

/** The window's figures: one page, for whoever reads the window's cases. */
export const statsWeb: ServiceWebArea = {
  routes: [{ path: '/services/stats', permission: 'services.read', page: StatsPage }],
  menu: [{ path: '/services/stats', label: 'svc.stats.menu', icon: <BarChartOutlined />, permission: 'services.read', testid: 'menu-services-stats' }],
};
