import { z } from 'zod';
import type { DocTypeCode } from '../reference/visas';
import { dbIntSchema, pageOf, pageQuerySchema, PG_INT_MAX, ymdSchema } from './common';

import { DOC_TYPES } from '../reference/visas';
import type { PermissionSet } from './auth';

/** The ledger's permissions; stats.read is the daily figures on the dashboard. */
export const RESIDENTS_PERMISSIONS = [
  'residents.read',
  'residents.write',
  'residents.import',
  'residents.export',
  'residents.viewDocNumbers',
  'stats.read',
] as const;
declare module './auth' {
  interface ModulePermissions extends PermissionSet<typeof RESIDENTS_PERMISSIONS> {}
}

/** Travel-document type codes; labels live in reference/visas.ts. */
export const DOC_TYPE_CODES = DOC_TYPES.map((d) => d.code) as [DocTypeCode, ...DocTypeCode[]];
export const RESIDENT_STATUSES = ['active', 'departed', 'archived'] as const;
export const MOVEMENT_KINDS = ['arrival', 'address_change', 'departure', 'registration'] as const;
export const SEXES = ['M', 'F', 'X'] as const;
export const VISA_ENTRIES = ['single', 'double', 'multiple'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
/** What a clerk should check again on an accepted file (computed, never stored): 中国台湾 with an ordinary passport. */
export const REVIEW_FLAGS = ['taiwanPassport'] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const optionalDate = ymdSchema.nullish().transform((v) => v ?? null);

/**
 * What a person may send to create or edit a file. Nationality, issuing country and visa type accept
 * the forms people write (韩国, South Korea, KOR…); the server stores ISO alpha-3 and visa codes.
 */
export const residentInputSchema = z.object({
  orgUnitId: dbIntSchema,
  surname: z.string().trim().max(100).default(''),
  givenNames: z.string().trim().max(100).default(''),
  nameZh: optionalText(50),
  sex: z
    .enum(SEXES)
    .nullish()
    .transform((v) => v ?? null),
  birthDate: optionalDate,
  nationality: z.string().trim().min(1).max(60),
  docType: z.enum(DOC_TYPE_CODES),
  docNumber: z.string().trim().min(3).max(30),
  docIssuingCountry: z.string().trim().max(60).nullish(),
  docExpiry: optionalDate,
  visaType: optionalText(40),
  visaNumber: optionalText(30),
  visaEntries: z
    .enum(VISA_ENTRIES)
    .nullish()
    .transform((v) => v ?? null),
  visaIssueDate: optionalDate,
  visaExpiry: optionalDate,
  purpose: optionalText(200),
  employer: optionalText(200),
  occupation: optionalText(100),
  addressBuilding: optionalText(100),
  addressRoom: optionalText(50),
  addressDetail: optionalText(300),
  phone: optionalText(40),
  arrivalDate: optionalDate,
  arrivalPort: optionalText(100),
  departureDate: optionalDate,
  host: optionalText(200),
  accommodationRegistered: z.boolean().default(false),
  accommodationRegisteredOn: optionalDate,
  tags: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  notes: optionalText(2000),
});
export type ResidentInput = z.input<typeof residentInputSchema>;

export const residentUpdateSchema = residentInputSchema.extend({ version: dbIntSchema });

export const archiveSchema = z.object({
  version: dbIntSchema,
  reason: z.string().trim().min(2, { message: 'err.reasonRequired' }).max(500),
});

export const movementInputSchema = z.object({
  version: dbIntSchema,
  kind: z.enum(MOVEMENT_KINDS),
  occurredOn: ymdSchema,
  toOrgUnitId: dbIntSchema.optional(),
  addressBuilding: optionalText(100),
  addressRoom: optionalText(50),
  addressDetail: optionalText(300),
  arrivalPort: optionalText(100),
  note: optionalText(500),
});

export const residentSchema = z.object({
  id: z.number(),
  orgUnitId: z.number(),
  areaPath: z.array(z.object({ id: z.number(), nameZh: z.string(), nameEn: z.string(), kind: z.string() })),
  status: z.enum(RESIDENT_STATUSES),
  surname: z.string(),
  givenNames: z.string(),
  nameZh: z.string().nullable(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  nationality: z.string(),
  docType: z.string(),
  docNumber: z.string(),
  docNumberMasked: z.boolean(),
  docIssuingCountry: z.string(),
  docExpiry: z.string().nullable(),
  visaType: z.string().nullable(),
  visaNumber: z.string().nullable(),
  visaEntries: z.string().nullable(),
  visaIssueDate: z.string().nullable(),
  visaExpiry: z.string().nullable(),
  purpose: z.string().nullable(),
  employer: z.string().nullable(),
  occupation: z.string().nullable(),
  addressBuilding: z.string().nullable(),
  addressRoom: z.string().nullable(),
  addressDetail: z.string().nullable(),
  phone: z.string().nullable(),
  arrivalDate: z.string().nullable(),
  arrivalPort: z.string().nullable(),
  departureDate: z.string().nullable(),
  host: z.string().nullable(),
  accommodationRegistered: z.boolean(),
  accommodationRegisteredOn: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  archiveReason: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What this user may do with this record; the page shows a button only when the server allows it. */
  can: z.object({ update: z.boolean(), archive: z.boolean(), restore: z.boolean(), addMovement: z.boolean() }),
  reviewFlags: z.array(z.enum(REVIEW_FLAGS)),
});
export type Resident = z.infer<typeof residentSchema>;

export const residentListItemSchema = residentSchema
  .pick({
    id: true,
    orgUnitId: true,
    status: true,
    surname: true,
    givenNames: true,
    nameZh: true,
    sex: true,
    birthDate: true,
    nationality: true,
    docType: true,
    docNumber: true,
    docNumberMasked: true,
    docExpiry: true,
    visaType: true,
    visaExpiry: true,
    arrivalDate: true,
    employer: true,
    accommodationRegistered: true,
    tags: true,
    version: true,
    updatedAt: true,
    reviewFlags: true,
  })
  .extend({ areaName: z.string(), areaNameEn: z.string() });
export type ResidentListItem = z.infer<typeof residentListItemSchema>;

export const RESIDENT_SORTS = ['updatedAt', 'name', 'nationality', 'arrivalDate', 'docExpiry', 'visaExpiry'] as const;

export const residentFilterSchema = z.object({
  q: z.string().trim().max(100).optional(),
  nationality: z.string().trim().max(200).optional(),
  orgUnitId: z.coerce.number().int().positive().max(PG_INT_MAX).optional(),
  status: z.enum([...RESIDENT_STATUSES, 'all']).default('active'),
  visaType: z.string().trim().max(40).optional(),
  arrivedWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  tag: z.string().trim().max(30).optional(),
});
export type ResidentFilter = z.infer<typeof residentFilterSchema>;

export const residentListQuerySchema = residentFilterSchema.merge(pageQuerySchema).extend({
  sort: z.enum(RESIDENT_SORTS).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ResidentListQuery = z.infer<typeof residentListQuerySchema>;

export const residentPageSchema = pageOf(residentListItemSchema);

export const movementSchema = z.object({
  id: z.number(),
  kind: z.enum(MOVEMENT_KINDS),
  occurredOn: z.string(),
  fromOrgUnitId: z.number().nullable(),
  toOrgUnitId: z.number().nullable(),
  fromAreaName: z.string().nullable(),
  toAreaName: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const statsSchema = z.object({
  asOf: z.string(),
  total: z.number(),
  byNationality: z.array(z.object({ code: z.string(), count: z.number() })),
  byArea: z.array(z.object({ orgUnitId: z.number(), nameZh: z.string(), nameEn: z.string(), count: z.number() })),
  arrivalsLast14Days: z.number(),
  documentsExpiring30Days: z.number(),
  visasExpiring30Days: z.number(),
  notRegistered: z.number(),
});
export type ResidentStats = z.infer<typeof statsSchema>;

export const dailyReportQuerySchema = z.object({ date: ymdSchema.optional() });
export const mrzInputSchema = z.object({ text: z.string().min(10).max(400) });
