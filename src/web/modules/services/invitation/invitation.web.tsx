import { lazy } from 'react';
import { FileDoneOutlined } from '@ant-design/icons';
import type { ServiceWebArea } from '../area';

/** The invitation area's pages: the close-out list (its letters' facts live in the case page's panel). */
export const invitationWeb: ServiceWebArea = {
  routes: [{ path: '/services/invitations/close-outs', page: lazy(() => import('./CloseOutsPage')), permission: 'services.read' }],
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
