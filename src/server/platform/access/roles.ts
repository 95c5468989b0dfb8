import type { OrgKind } from '@shared/contracts/org';
import { ROLES, type Permission, type Role } from '@shared/contracts/auth';

/** What the platform itself grants: administration of the calendar, the audit log, users and the org tree. */
const PLATFORM_GRANTS: Partial<Record<Role, readonly Permission[]>> = {
  admin: ['calendar.manage', 'audit.read', 'users.manage', 'org.manage'],
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

/** What a module's manifest says about permissions (platform/modules.ts). */
export interface ModuleGrants {
  name: string;
  permissions: readonly Permission[];
  grants: Partial<Record<Role, readonly Permission[]>>;
}

/** The role table: the platform's grants plus every module's, in registry order. */
export function buildRolePermissions(modules: readonly ModuleGrants[]): Record<Role, readonly Permission[]> {
  const table = Object.fromEntries(ROLES.map((role) => [role, [] as Permission[]])) as Record<Role, Permission[]>;
  for (const m of modules) {
    for (const [role, granted] of Object.entries(m.grants) as Array<[Role, readonly Permission[]]>) {
      const foreign = granted.filter((p) => !m.permissions.includes(p));
      if (foreign.length) throw new Error(`module ${m.name} grants permissions it does not define: ${foreign.join(', ')}`);
      table[role].push(...granted);
    }
  }
  for (const [role, granted] of Object.entries(PLATFORM_GRANTS) as Array<[Role, readonly Permission[]]>) table[role].push(...granted);
  return table;
}

let rolePermissionTable: Record<Role, readonly Permission[]> = buildRolePermissions([]);

/** Installs the role table of the registered modules; buildApp calls it before any request. */
export function installRoleGrants(modules: readonly ModuleGrants[]): void {
  rolePermissionTable = buildRolePermissions(modules);
}

/** What a role may do, as installed from the registered modules. */
export function permissionsOf(role: Role): readonly Permission[] {
  return rolePermissionTable[role];
}
