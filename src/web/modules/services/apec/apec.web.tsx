import { lazy } from 'react';
import { IdcardOutlined, SolutionOutlined } from '@ant-design/icons';
import type { ServiceWebArea } from '../area';

/** The APEC card's pages: the enterprises' filings with the city's conditions, and the card register. */
export const apecWeb: ServiceWebArea = {
  routes: [
    { path: '/services/apec/filings', page: lazy(() => import('./FilingsPage')), permission: 'services.read' },
    { path: '/services/apec/cards', page: lazy(() => import('./CardsPage')), permission: 'services.read' },
  ],
  menu: [
    { path: '/services/apec/filings', label: 'svc.apec.menu.filings', icon: <SolutionOutlined />, permission: 'services.read', testid: 'menu-apec-filings' },
    { path: '/services/apec/cards', label: 'svc.apec.menu.cards', icon: <IdcardOutlined />, permission: 'services.read', testid: 'menu-apec-cards' },
  ],
};
