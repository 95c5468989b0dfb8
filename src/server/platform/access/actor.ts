import type { Permission, Role } from '@shared/contracts/auth';
import type { Locale } from '@shared/contracts/common';

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
