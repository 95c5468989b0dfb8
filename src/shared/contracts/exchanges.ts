import { z } from 'zod';
import { dbIntSchema, pageOf, pageQuerySchema, ymdSchema } from './common';
import type { PermissionSet } from './auth';

/** The exchanges' permissions. */
export const EXCHANGES_PERMISSIONS = ['exchanges.read', 'exchanges.write', 'exchanges.import', 'exchanges.export'] as const;
declare module './auth' {
  interface ModulePermissions extends PermissionSet<typeof EXCHANGES_PERMISSIONS> {}
}

export const VISIT_TYPES = ['government', 'consulate', 'media', 'hk_macao', 'enterprise', 'university', 'other'] as const;
export const VISIT_STATUSES = ['planned', 'completed', 'cancelled'] as const;
export const EVENT_KINDS = ['festival', 'forum', 'fair', 'other'] as const;
export const RELATION_TYPES = ['friendship', 'friendly_exchange', 'friendly_cooperation'] as const;
export const PAIR_STATUSES = ['active', 'dormant', 'ended'] as const;
export const PAIR_TIERS = ['1', '2', '3'] as const;
export const EXCHANGE_KINDS = ['visit_in', 'visit_out', 'letter', 'agreement', 'project', 'other'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type PairStatus = (typeof PAIR_STATUSES)[number];
export type PairTier = (typeof PAIR_TIERS)[number];
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
/** What the user may do with the record (exchanges.policy.ts), so the page shows only what the server allows. */
const can = z.object({ update: z.boolean(), archive: z.boolean(), restore: z.boolean(), upload: z.boolean() });
const cityCan = can.extend({ addExchange: z.boolean() });
/** Countries in any accepted form (韩国, KOR, South Korea); the server stores alpha-3. */
const countryList = z.array(z.string().trim().min(1).max(60)).max(30).default([]);

export const programmeItemSchema = z.object({
  date: ymdSchema,
  time: text(20),
  item: z.string().trim().min(1).max(300),
  place: text(200),
});

export const visitInputSchema = z.object({
  orgUnitId: dbIntSchema.optional(),
  type: z.enum(VISIT_TYPES),
  status: z.enum(VISIT_STATUSES).default('planned'),
  startDate: ymdSchema,
  endDate: ymdSchema,
  countries: countryList,
  organisation: z.string().trim().min(1).max(300),
  headName: text(100),
  headTitle: text(200),
  headRank: text(100),
  peopleCount: z.number().int().min(1).max(10_000),
  purpose: text(1000),
  hostUnit: text(300),
  receivingLeader: text(200),
  programme: z.array(programmeItemSchema).max(100).default([]),
  agreementsSigned: z.number().int().min(0).max(1000).default(0),
  outcomes: text(2000),
  friendshipCityId: dbIntSchema.nullish().transform((v) => v ?? null),
  eventId: dbIntSchema.nullish().transform((v) => v ?? null),
  notes: text(2000),
});
export const visitUpdateSchema = visitInputSchema.extend({ version: dbIntSchema });

export const visitSchema = z.object({
  id: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  type: z.enum(VISIT_TYPES),
  status: z.enum(VISIT_STATUSES),
  startDate: z.string(),
  endDate: z.string(),
  countries: z.array(z.string()),
  organisation: z.string(),
  headName: z.string().nullable(),
  headTitle: z.string().nullable(),
  headRank: z.string().nullable(),
  peopleCount: z.number(),
  purpose: z.string().nullable(),
  hostUnit: z.string().nullable(),
  receivingLeader: z.string().nullable(),
  programme: z.array(programmeItemSchema.extend({ time: z.string().nullable(), place: z.string().nullable() })),
  agreementsSigned: z.number(),
  outcomes: z.string().nullable(),
  friendshipCityId: z.number().nullable(),
  friendshipCityName: z.string().nullable(),
  eventId: z.number().nullable(),
  eventName: z.string().nullable(),
  notes: z.string().nullable(),
  archived: z.boolean(),
  archiveReason: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  can,
});
export type Visit = z.infer<typeof visitSchema>;

export const visitListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  type: z.enum(VISIT_TYPES).optional(),
  status: z.enum(VISIT_STATUSES).optional(),
  country: z.string().trim().max(60).optional(),
  from: ymdSchema.optional(),
  to: ymdSchema.optional(),
  orgUnitId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  friendshipCityId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  eventId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export const visitPageSchema = pageOf(visitSchema);

export const eventInputSchema = z.object({
  orgUnitId: dbIntSchema.optional(),
  kind: z.enum(EVENT_KINDS),
  name: z.string().trim().min(1).max(300),
  startDate: ymdSchema,
  endDate: ymdSchema,
  venue: text(300),
  guestsCount: z.number().int().min(0).max(1_000_000).default(0),
  countries: countryList,
  consulsCount: z.number().int().min(0).max(10_000).default(0),
  mediaCount: z.number().int().min(0).max(10_000).default(0),
  mediaOutlets: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
  agreementsSigned: z.number().int().min(0).max(1000).default(0),
  notes: text(2000),
});
export const eventUpdateSchema = eventInputSchema.extend({ version: dbIntSchema });
export const eventSchema = z.object({
  id: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  kind: z.enum(EVENT_KINDS),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  venue: z.string().nullable(),
  guestsCount: z.number(),
  countries: z.array(z.string()),
  consulsCount: z.number(),
  mediaCount: z.number(),
  mediaOutlets: z.array(z.string()),
  agreementsSigned: z.number(),
  notes: z.string().nullable(),
  visitIds: z.array(z.number()),
  archived: z.boolean(),
  archiveReason: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  can,
});
export const eventListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  from: ymdSchema.optional(),
  to: ymdSchema.optional(),
});
export const eventPageSchema = pageOf(eventSchema);

export const contactSchema = z.object({
  name: z.string().trim().min(1).max(100),
  title: text(200),
  phone: text(50),
  email: text(200),
});

export const cityInputSchema = z.object({
  orgUnitId: dbIntSchema.optional(),
  foreignCityZh: z.string().trim().min(1).max(100),
  foreignCityEn: z.string().trim().min(1).max(200),
  country: z.string().trim().min(1).max(60),
  provinceState: text(200),
  relationType: z.enum(RELATION_TYPES),
  establishedOn: ymdSchema,
  agreementDoc: text(300),
  status: z.enum(PAIR_STATUSES).default('active'),
  tier: z
    .enum(PAIR_TIERS)
    .nullish()
    .transform((v) => v ?? null),
  industries: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
  contacts: z.array(contactSchema).max(30).default([]),
  notes: text(2000),
});
export const cityUpdateSchema = cityInputSchema.extend({ version: dbIntSchema });

export const citySchema = z.object({
  id: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  foreignCityZh: z.string(),
  foreignCityEn: z.string(),
  country: z.string(),
  continent: z.string().nullable(),
  provinceState: z.string().nullable(),
  relationType: z.enum(RELATION_TYPES),
  establishedOn: z.string(),
  agreementDoc: z.string().nullable(),
  status: z.enum(PAIR_STATUSES),
  tier: z.string().nullable(),
  industries: z.array(z.string()),
  contacts: z.array(contactSchema.extend({ title: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() })),
  notes: z.string().nullable(),
  years: z.number(),
  nextAnniversary: z.object({ date: z.string(), years: z.number() }),
  lastExchangeOn: z.string().nullable(),
  dormant: z.boolean(),
  archived: z.boolean(),
  archiveReason: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  can: cityCan,
});
export type FriendshipCity = z.infer<typeof citySchema>;

export const cityListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  country: z.string().trim().max(60).optional(),
  continent: z.string().trim().max(2).optional(),
  relationType: z.enum(RELATION_TYPES).optional(),
  status: z.enum(PAIR_STATUSES).optional(),
  tier: z.enum(PAIR_TIERS).optional(),
  orgUnitId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  dormant: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
export const cityPageSchema = pageOf(citySchema);

export const exchangeInputSchema = z.object({
  kind: z.enum(EXCHANGE_KINDS),
  occurredOn: ymdSchema,
  title: z.string().trim().min(1).max(300),
  description: text(2000),
});
export const historyItemSchema = z.object({
  id: z.number().nullable(),
  kind: z.enum(EXCHANGE_KINDS),
  occurredOn: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  visitId: z.number().nullable(),
  source: z.enum(['record', 'visit']),
});

export const anniversarySchema = z.object({
  cityId: z.number(),
  foreignCityZh: z.string(),
  foreignCityEn: z.string(),
  country: z.string(),
  orgUnitName: z.string(),
  establishedOn: z.string(),
  date: z.string(),
  years: z.number(),
});
export const anniversaryQuerySchema = z.object({ withinDays: z.coerce.number().int().min(1).max(3660).default(365) });

export const settingsSchema = z.object({
  friendshipCityTarget: z.number().int().min(0).max(10_000).nullable(),
  dormantYears: z.number().int().min(1).max(50),
});
export const settingsUpdateSchema = settingsSchema.extend({ version: z.number().int().min(0) });

const countRow = z.object({ key: z.string(), count: z.number() });
export const cityStatsSchema = z.object({
  total: z.number(),
  active: z.number(),
  dormant: z.number(),
  ended: z.number(),
  addedThisYear: z.number(),
  target: z.number().nullable(),
  byCountry: z.array(countRow),
  byContinent: z.array(countRow),
  byType: z.array(countRow),
  byTier: z.array(countRow),
  byYear: z.array(countRow),
});

export const periodQuerySchema = z.object({ from: ymdSchema, to: ymdSchema });
const figure = z.object({ batches: z.number(), people: z.number(), prevBatches: z.number(), prevPeople: z.number() });
export const visitStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  previousFrom: z.string(),
  previousTo: z.string(),
  total: figure,
  byType: z.array(figure.extend({ type: z.enum(VISIT_TYPES) })),
  byCountry: z.array(figure.extend({ code: z.string() })),
  byMonth: z.array(figure.extend({ month: z.string() })),
  events: z.object({ count: z.number(), guests: z.number(), consuls: z.number(), media: z.number(), prevCount: z.number(), prevGuests: z.number() }),
});
export type VisitStats = z.infer<typeof visitStatsSchema>;
