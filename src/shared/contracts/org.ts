import { z } from 'zod';
import { dbIntSchema } from './common';

export const ORG_KINDS = ['city', 'district', 'street', 'community', 'department', 'unit'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const orgUnitSchema = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  kind: z.enum(ORG_KINDS),
  divisionCode: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
  depth: z.number(),
  archived: z.boolean(),
  version: z.number(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const createOrgUnitSchema = z.object({
  parentId: dbIntSchema,
  kind: z.enum(ORG_KINDS),
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().max(200).optional(),
  divisionCode: z
    .string()
    .regex(/^\d{6,12}$/)
    .optional(),
});

export const updateOrgUnitSchema = z.object({
  version: dbIntSchema,
  nameZh: z.string().trim().min(1).max(100).optional(),
  nameEn: z.string().trim().max(200).optional(),
  archived: z.boolean().optional(),
});
