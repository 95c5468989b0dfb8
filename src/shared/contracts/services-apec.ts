import { z } from 'zod';
import { dbIntSchema, pageOf, pageQuerySchema, ymdSchema } from './common';

/**
 * The APEC business travel card (APEC商务旅行卡): the enterprise's filing checked against the city's conditions,
 * the applicants of a case, the Ministry's decision with its fee, one status per economy, and the cards.
 */

/** The tax credit grades of the tax office (纳税信用等级), best first. */
export const TAX_GRADES = ['A', 'B', 'M', 'C', 'D'] as const;
export type TaxGrade = (typeof TAX_GRADES)[number];

/**
 * The full APEC participants (the 21 members less the two transitional ones, the United States and Canada, which
 * do not pre-clear). CN is the issuing economy: a mainland card holder gets a status from each of the others.
 */
export const APEC_ECONOMIES = ['AU', 'BN', 'CL', 'CN', 'HK', 'ID', 'JP', 'KR', 'MY', 'MX', 'NZ', 'PG', 'PE', 'PH', 'RU', 'SG', 'TW', 'TH', 'VN'] as const;
export type ApecEconomy = (typeof APEC_ECONOMIES)[number];
export const PRECLEARING_ECONOMIES = APEC_ECONOMIES.filter((e) => e !== 'CN');

export const ECONOMY_STATUSES = ['pending', 'approved', 'refused'] as const;
export type EconomyStatus = (typeof ECONOMY_STATUSES)[number];

export const MINISTRY_DECISIONS = ['approved', 'refused'] as const;
export type MinistryDecision = (typeof MINISTRY_DECISIONS)[number];

/** The fee per card paid to the Ministry (not to the office), in yuan. */
export const APEC_CARD_FEE = 720;

/** valid: in force; replaced: superseded by a card on a new passport; cancelled: ended (left, lost, expired, misuse). */
export const CARD_STATES = ['valid', 'replaced', 'cancelled'] as const;
export type CardState = (typeof CARD_STATES)[number];
/** How a card came: the first one, a replacement after a new passport, a reissue after loss. */
export const CARD_ORIGINS = ['first', 'replacement', 'reissue'] as const;
export type CardOrigin = (typeof CARD_ORIGINS)[number];
export const CANCEL_REASONS = ['left', 'lost', 'expired', 'misuse'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];
export const CUSTODY_DIRECTIONS = ['in', 'out'] as const;
export type CustodyDirection = (typeof CUSTODY_DIRECTIONS)[number];
/** The register's filter: in force, in force but ending within 90 days, no longer in force (cancelled or replaced). */
export const CARD_LIST_STATES = ['valid', 'expiring', 'cancelled'] as const;

const text = (max: number) => z.string().trim().min(1, { message: 'err.required' }).max(max);
const optText = (max: number) => z.string().trim().max(max).nullish();
const yuan = z.number().min(0).max(1e11);

/** The city's conditions for an enterprise (kept as data; each limit may be left out). */
export const conditionsInputSchema = z.object({
  minStaff: z.number().int().min(0).max(1_000_000).nullable(),
  minTradeYuan: yuan.nullable(),
  customsRequired: z.boolean(),
  allowedTaxGrades: z.array(z.enum(TAX_GRADES)).max(TAX_GRADES.length),
  minTaxYuan: yuan.nullable(),
  source: optText(200),
});
export const conditionsUpdateSchema = conditionsInputSchema.extend({ version: z.number().int().min(0).max(2_147_483_647) });
export const conditionsSchema = conditionsInputSchema.extend({ officeId: z.number(), version: z.number() });
export type ApecConditions = z.infer<typeof conditionsInputSchema>;

/** The enterprise's filing (企业备案). */
export const filingInputSchema = z.object({
  staffCount: z.number().int().min(0).max(10_000_000),
  tradeYuan: yuan,
  customsRegistered: z.boolean(),
  customsCode: optText(40),
  taxGrade: z.enum(TAX_GRADES),
  taxPaidYuan: yuan,
  stateOwned: z.boolean(),
});
export const filingUpdateSchema = filingInputSchema.extend({ version: z.number().int().min(0).max(2_147_483_647) });
export type ApecFiling = z.infer<typeof filingInputSchema>;
export const unmetSchema = z.object({ key: z.string(), message: z.string() });
/** A unit's filing as the page shows it: null until the unit files, with every condition it misses. */
export const filingViewSchema = z.object({
  unitId: z.number(),
  unitName: z.string(),
  filing: filingInputSchema.extend({ version: z.number(), updatedAt: z.string() }).nullable(),
  unmet: z.array(unmetSchema),
  canEdit: z.boolean(),
});
export const filingListQuerySchema = z.object({ q: z.string().trim().max(100).optional() });
export const unitParamSchema = z.object({ unitId: z.coerce.number().int().positive().max(2_147_483_647) });

/** One applicant (a person) of a case. */
export const applicantInputSchema = z.object({
  name: text(100),
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{17}[\dXx]$/, { message: 'svc.apec.idNumber' }),
  passportNumber: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{5,15}$/i, { message: 'svc.apec.passportNumber' }),
  passportExpiry: ymdSchema,
  post: text(100),
  socialInsurance6m: z.boolean(),
  noCriminalCertOn: ymdSchema.nullable(),
});
export const applicantUpdateSchema = applicantInputSchema.extend({ version: dbIntSchema });
export const caseParamSchema = z.object({ caseId: z.coerce.number().int().positive().max(2_147_483_647) });
export const applicantParamSchema = caseParamSchema.extend({ applicantId: z.coerce.number().int().positive().max(2_147_483_647) });
export const cardParamSchema = z.object({ cardId: z.coerce.number().int().positive().max(2_147_483_647) });

export const ministryInputSchema = z.object({
  version: dbIntSchema,
  decision: z.enum(MINISTRY_DECISIONS),
  decidedOn: ymdSchema,
  feePaidOn: ymdSchema.nullable(),
  feeAmount: yuan.default(APEC_CARD_FEE),
});
export const economiesInputSchema = z.object({
  version: dbIntSchema,
  items: z
    .array(z.object({ economy: z.enum(APEC_ECONOMIES), status: z.enum(ECONOMY_STATUSES), decidedOn: ymdSchema.nullish() }))
    .min(1)
    .max(APEC_ECONOMIES.length),
});

const cardTerms = {
  number: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{4,30}$/i, { message: 'svc.apec.cardNumber' }),
  validFrom: ymdSchema,
  validTo: ymdSchema,
};
export const cardInputSchema = z.object({ version: dbIntSchema, ...cardTerms });
export const cardReplaceSchema = z.object({
  version: dbIntSchema,
  ...cardTerms,
  passportNumber: applicantInputSchema.shape.passportNumber,
  passportExpiry: ymdSchema,
});
export const cardCancelSchema = z.object({ version: dbIntSchema, reason: z.enum(CANCEL_REASONS), cancelledOn: ymdSchema, note: optText(500) });
export const custodyInputSchema = z.object({ version: dbIntSchema, direction: z.enum(CUSTODY_DIRECTIONS), onDate: ymdSchema, note: optText(500) });

export const custodySchema = z.object({ id: z.number(), direction: z.enum(CUSTODY_DIRECTIONS), onDate: z.string(), note: z.string().nullable() });
export const cardSchema = z.object({
  id: z.number(),
  applicantId: z.number(),
  caseId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  holderName: z.string(),
  number: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  passportNumber: z.string(),
  passportExpiry: z.string(),
  state: z.enum(CARD_STATES),
  expiring: z.boolean(),
  origin: z.enum(CARD_ORIGINS),
  previousCardId: z.number().nullable(),
  cancelReason: z.enum(CANCEL_REASONS).nullable(),
  cancelledOn: z.string().nullable(),
  cancelNote: z.string().nullable(),
  /** Kept by the office (a state-owned enterprise's card, like an official passport). */
  officeCustody: z.boolean(),
  inOffice: z.boolean(),
  custody: z.array(custodySchema),
  version: z.number(),
});
export const cardListQuerySchema = pageQuerySchema.extend({
  state: z.enum(CARD_LIST_STATES).optional(),
  unitId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  q: z.string().trim().max(100).optional(),
});
export const cardPageSchema = pageOf(cardSchema);

export const economyRowSchema = z.object({ economy: z.enum(APEC_ECONOMIES), status: z.enum(ECONOMY_STATUSES), decidedOn: z.string().nullable() });
export const applicantSchema = applicantInputSchema.extend({
  id: z.number(),
  caseId: z.number(),
  version: z.number(),
  noCriminalCertOn: z.string().nullable(),
  photoAttachmentId: z.number().nullable(),
  ministryDecision: z.enum(MINISTRY_DECISIONS).nullable(),
  ministryDecidedOn: z.string().nullable(),
  feePaidOn: z.string().nullable(),
  feeAmount: z.number().nullable(),
  economies: z.array(economyRowSchema),
  cards: z.array(cardSchema),
  problems: z.array(z.string()),
});
export const apecCaseSchema = z.object({
  caseId: z.number(),
  status: z.string(),
  unitId: z.number().nullable(),
  filing: filingViewSchema.nullable(),
  applicants: z.array(applicantSchema),
  can: z.object({ editApplicants: z.boolean(), ministry: z.boolean(), cards: z.boolean() }),
});
export type ApecCase = z.infer<typeof apecCaseSchema>;
export type ApecApplicant = z.infer<typeof applicantSchema>;
export type ApecCard = z.infer<typeof cardSchema>;
