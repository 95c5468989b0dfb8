import { z } from 'zod';
import { ROLES } from './auth';
import { dbIntSchema, localeSchema } from './common';

export const userSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  locale: localeSchema,
  disabled: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.number(),
});
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[A-Za-z0-9_.-]+$/, { message: 'err.username' }),
  displayName: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  orgUnitId: dbIntSchema,
  password: z.string().min(10).max(256),
  locale: localeSchema.default('zh-CN'),
});

export const updateUserSchema = z.object({
  version: dbIntSchema,
  displayName: z.string().trim().min(1).max(100).optional(),
  role: z.enum(ROLES).optional(),
  orgUnitId: dbIntSchema.optional(),
  disabled: z.boolean().optional(),
});

export const resetPasswordSchema = z.object({
  password: z.string().min(10).max(256),
});
