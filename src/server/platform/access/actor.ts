import type { OrgKind } from '../../../shared/contracts/org';
import type { Permission, Role } from '../../../shared/contracts/auth';
import type { Locale } from '../../../shared/contracts/common';

const ledgerWork: Permission[] = ['residents.read', 'residents.write', 'residents.import', 'residents.export', 'residents.viewDocNumbers', 'stats.read'];
const exchangesWork: Permission[] = ['exchanges.read', 'exchanges.write', 'exchanges.import', 'exchanges.export'];
// Offices review outbound trips of the units in their tree; units apply; leaders give the approvals their rank requires.
const travelReview: Permission[] = ['travel.read', 'travel.review', 'travel.export'];

/** What each role may do; where it may do it is the user's org subtree (see scope.ts). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...ledgerWork, ...exchangesWork, ...travelReview, 'travel.rules', 'calendar.manage', 'audit.read', 'users.manage', 'org.manage'],
  office_staff: [...ledgerWork, ...exchangesWork, ...travelReview],
  district_operator: [...ledgerWork, ...exchangesWork, ...travelReview],
  // Streets and communities keep the ledger; delegations and friendship cities are the offices' work.
  street_operator: ledgerWork,
  // Leaders read figures and files but need no one's passport number.
  leader: ['residents.read', 'stats.read', 'exchanges.read', 'travel.read', 'travel.approve'],
  // A unit's contact person (外事联络员) files its own trips and sees nothing else.
  unit_applicant: ['travel.read', 'travel.apply'],
};

/** The org levels a role's user may belong to, so a street operator cannot be given the whole city. */
export const ROLE_ORG_KINDS: Record<Role, readonly OrgKind[]> = {
  admin: ['city', 'district', 'department'],
  office_staff: ['city', 'department'],
  district_operator: ['district'],
  street_operator: ['street', 'community'],
  leader: ['city', 'district', 'street', 'department'],
  unit_applicant: ['unit'],
};

/** The signed-in caller as every route and service sees it. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: number;
  /** The org subtree this user's data scope covers: a path prefix such as "/1/7/". */
  scopePath: string;
  permissions: ReadonlySet<Permission>;
  locale: Locale;
  csrfToken: string;
  ip: string;
  /** A generated or reset password not yet changed: the guard lets only me, change-password and logout through. */
  mustChangePassword: boolean;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
