import { z } from 'zod';
import { localeSchema } from './common';

export const ROLES = ['admin', 'office_staff', 'district_operator', 'street_operator', 'leader', 'unit_applicant'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'residents.read', 'residents.write', 'residents.import', 'residents.export', 'residents.viewDocNumbers',
  'stats.read', 'audit.read', 'users.manage', 'org.manage',
  'exchanges.read', 'exchanges.write', 'exchanges.import', 'exchanges.export',
  'travel.read', 'travel.apply', 'travel.review', 'travel.approve', 'travel.export', 'travel.rules',
  'calendar.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

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
  permissions: z.array(z.enum(PERMISSIONS)),
});
export type Me = z.infer<typeof meSchema>;

/** `serverTime` is the app clock's instant, so pages count days from the office's today, not the browser's. */
export const sessionSchema = z.object({ user: meSchema, csrfToken: z.string(), serverTime: z.string() });
