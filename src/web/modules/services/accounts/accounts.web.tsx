import { lazy } from 'react';
import { SolutionOutlined } from '@ant-design/icons';
import type { ServiceWebArea } from '../area';

const RegisterUnitPage = lazy(() => import('./RegisterUnitPage'));
const RegistrationStatusPage = lazy(() => import('./RegistrationStatusPage'));
const RegistrationsPage = lazy(() => import('./RegistrationsPage'));

/** Unit accounts: the public registration and its status (outside the app's frame), and the office's review. */
export const accountsWeb: ServiceWebArea = {
  routes: [
    { path: '/register-unit', page: RegisterUnitPage, public: true },
    { path: '/register-unit/status', page: RegistrationStatusPage, public: true },
    { path: '/services/accounts/registrations', page: RegistrationsPage, permission: 'services.manage' },
  ],
  menu: [
    {
      path: '/services/accounts/registrations',
      label: 'svc.accounts.review.menu',
      icon: <SolutionOutlined />,
      permission: 'services.manage',
      testid: 'menu-services-registrations',
    },
  ],
};
