import { lazy } from 'react';
import { FileDoneOutlined } from '@ant-design/icons';
import type { ServiceWebArea } from '../area';

/** The invitation area's pages: the close-out list and a letter's own page (the same panel the case page shows). */
export const invitationWeb: ServiceWebArea = {
  routes: [
    { path: '/services/invitations/close-outs', page: lazy(() => import('./CloseOutsPage')), permission: 'services.read' },
    { path: '/services/invitations/:caseId', page: lazy(() => import('./InvitationPage')), permission: 'services.read' },
  ],
  menu: [
    {
      path: '/services/invitations/close-outs',
      label: 'svc.invitation.menu.closeOuts',
      icon: <FileDoneOutlined />,
      permission: 'services.read',
      testid: 'menu-invitation-close-outs',
    },
  ],
};
