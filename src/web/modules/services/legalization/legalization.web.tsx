import { lazy } from 'react';
import { BookOutlined, GlobalOutlined } from '@ant-design/icons';
import type { ServiceWebArea } from '../area';

/** The legalization area's pages: the table of states and fees, the register, and the public check of a number. */
export const legalizationWeb: ServiceWebArea = {
  routes: [
    { path: '/services/legalization/states', page: lazy(() => import('./StatesPage')), permission: 'services.read' },
    { path: '/services/legalization/register', page: lazy(() => import('./RegisterPage')), permission: 'services.read' },
    { path: '/verify/apostille', page: lazy(() => import('./VerifyApostillePage')), public: true },
  ],
  menu: [
    {
      path: '/services/legalization/register',
      label: 'svc.legalization.menu.register',
      icon: <BookOutlined />,
      permission: 'services.read',
      testid: 'menu-legalization-register',
    },
    {
      path: '/services/legalization/states',
      label: 'svc.legalization.menu.states',
      icon: <GlobalOutlined />,
      permission: 'services.read',
      testid: 'menu-legalization-states',
    },
  ],
};
