import { z } from 'zod';
import { localeSchema } from './common';

export const ROLES = ['admin', 'office_staff', 'district_operator', 'street_operator', 'leader', 'unit_applicant'] as const;
export type Role = (typeof ROLES)[number];

/** What the platform itself lets a user do: the audit log, users, the org tree and the working calendar. */
export const PLATFORM_PERMISSIONS = ['audit.read', 'users.manage', 'org.manage', 'calendar.manage'] as const;

/**
 * The permissions of the business modules. Each module adds its own from its shared contract, so this file
 * names none of them:
 *
 *   export const TRAVEL_PERMISSIONS = ['travel.read', …] as const;
 *   declare module './auth' { interface ModulePermissions extends PermissionSet<typeof TRAVEL_PERMISSIONS> {} }
 *
 * At run time the server's module manifests list them (src/server/modules/registry.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declaration merging
export interface ModulePermissions {}
/** The object type a module's permission list contributes to ModulePermissions. */
export type PermissionSet<P extends readonly string[]> = Record<P[number], true>;

export type Permission = (typeof PLATFORM_PERMISSIONS)[number] | keyof ModulePermissions;
const permissionSchema = z.string().min(1) as unknown as z.ZodType<Permission>;

export const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(10).max(256),
});

export const setLocaleSchema = z.object({ locale: localeSchema });

export const meSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  locale: localeSchema,
  mustChangePassword: z.boolean(),
  permissions: z.array(permissionSchema),
});
export type Me = z.infer<typeof meSchema>;

/** `serverTime` is the app clock's instant, so pages count days from the office's today, not the browser's. */
export const sessionSchema = z.object({ user: meSchema, csrfToken: z.string(), serverTime: z.string() });
