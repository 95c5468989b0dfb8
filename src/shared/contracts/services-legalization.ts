import { z } from 'zod';
import { COUNTRY_CODES } from '../reference/countries';
import { dbIntSchema, idParamSchema, ymdSchema } from './common';
import { URGENCIES } from './services';

/**
 * Consular legalization and Apostille (领事认证 / 附加证明书): per document, the route is decided from the table of
 * states (Apostille in force with China from a date; the Convention not applying between China and a state that
 * objected, such as India; legalization with the embassy's step, 双认证, otherwise).
 */

const COUNTRIES = new Set(COUNTRY_CODES);
/** An ISO 3166-1 alpha-3 code the reference tables know (HKG and MAC included). */
export const iso3Schema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => COUNTRIES.has(s), { message: 'svc.legalization.unknownCountry' });

/** apostille: the office issues an Apostille and the document is used directly; legalization: the office's (or the Ministry's) legalization, then the embassy's. */
export const LEGALIZATION_ROUTES = ['apostille', 'legalization'] as const;
export type LegalizationRoute = (typeof LEGALIZATION_ROUTES)[number];
export const legalizationRouteSchema = z.enum(LEGALIZATION_ROUTES);

/** Why the route is what it is, for the page and the register. */
export const ROUTE_REASONS = ['in_force', 'not_yet_in_force', 'objection', 'not_a_party', 'unknown_state'] as const;
export type RouteReason = (typeof ROUTE_REASONS)[number];

/** The fee category: civil documents (diplomas, civil status) and commercial ones (licences, invoices). */
export const DOCUMENT_CATEGORIES = ['civil', 'commercial'] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];
export const documentCategorySchema = z.enum(DOCUMENT_CATEGORIES);

export const DOCUMENT_TYPES = [
  'diploma',
  'transcript',
  'birth_certificate',
  'marriage_certificate',
  'no_criminal_record',
  'kinship_certificate',
  'civil_other',
  'company_licence',
  'commercial_invoice',
  'certificate_of_origin',
  'power_of_attorney',
  'contract',
  'commercial_other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const documentTypeSchema = z.enum(DOCUMENT_TYPES);

/** Each type's fee category, and whether it must be notarized before the office legalizes it (a diploma is a private document). */
export const DOCUMENT_TYPE_RULES: Readonly<Record<DocumentType, { category: DocumentCategory; notarizeFirst: boolean }>> = {
  diploma: { category: 'civil', notarizeFirst: true },
  transcript: { category: 'civil', notarizeFirst: true },
  birth_certificate: { category: 'civil', notarizeFirst: false },
  marriage_certificate: { category: 'civil', notarizeFirst: false },
  no_criminal_record: { category: 'civil', notarizeFirst: false },
  kinship_certificate: { category: 'civil', notarizeFirst: false },
  civil_other: { category: 'civil', notarizeFirst: false },
  company_licence: { category: 'commercial', notarizeFirst: false },
  commercial_invoice: { category: 'commercial', notarizeFirst: false },
  certificate_of_origin: { category: 'commercial', notarizeFirst: false },
  power_of_attorney: { category: 'commercial', notarizeFirst: true },
  contract: { category: 'commercial', notarizeFirst: false },
  commercial_other: { category: 'commercial', notarizeFirst: false },
};

/** Why the office refuses to legalize a document. */
export const REFUSAL_GROUNDS = ['not_genuine', 'not_meeting_requirements', 'harms_national_interest', 'other'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
export const refusalGroundSchema = z.enum(REFUSAL_GROUNDS);

const note = z.string().trim().max(2000);
const shortText = z.string().trim().min(1).max(200);

/** One row of the table of states, as the office keeps it (with where the fact comes from). */
export const legalizationStateSchema = z.object({
  iso3: z.string(),
  /** The date the Apostille Convention entered into force between China and the state; null: not in force. */
  apostilleFrom: z.string().nullable(),
  /** The Convention does not apply between China and the state (China or the state objected). */
  objection: z.boolean(),
  /** Legalization needs the embassy's (or consulate's) step after the office's (双认证). */
  embassyStep: z.boolean(),
  note: z.string().nullable(),
  source: z.string().nullable(),
  /** Whether the office has edited the row (else it is the code's default). */
  edited: z.boolean(),
  version: z.number().int(),
});
export type LegalizationState = z.infer<typeof legalizationStateSchema>;

export const legalizationStateUpdateSchema = z.object({
  apostilleFrom: ymdSchema.nullable(),
  objection: z.boolean(),
  embassyStep: z.boolean(),
  note: note.nullable().optional(),
  source: z.string().trim().min(2, { message: 'svc.legalization.sourceRequired' }).max(2000),
  /** 0 for a row still at its default (or new). */
  version: z.number().int().min(0).max(2_147_483_647),
});
export type LegalizationStateUpdate = z.infer<typeof legalizationStateUpdateSchema>;
export const iso3ParamSchema = z.object({ iso3: iso3Schema });

/** A fee per category and urgency, in yuan, kept as data the office edits. */
export const legalizationFeeSchema = z.object({
  category: documentCategorySchema,
  urgency: z.enum(URGENCIES),
  amount: z.number(),
  version: z.number().int(),
});
export type LegalizationFee = z.infer<typeof legalizationFeeSchema>;
export const legalizationFeeUpdateSchema = z.object({
  fees: z
    .array(
      z.object({
        category: documentCategorySchema,
        urgency: z.enum(URGENCIES),
        amount: z.number().min(0).max(100_000),
        version: z.number().int().min(0).max(2_147_483_647),
      }),
    )
    .min(1)
    .max(4),
});

const itemFields = z.object({
  docType: documentTypeSchema,
  /** The authority or notary that issued (or notarized) the document. */
  issuer: shortText,
  holderName: z.string().trim().max(200).nullable().optional(),
  issuedOn: ymdSchema,
  countryOfUse: iso3Schema,
  pieces: z.number().int().min(1).max(999),
  notarized: z.boolean(),
  note: note.nullable().optional(),
});
/** A document of a case as the applicant (or the window) enters it. */
export const legalizationItemInputSchema = itemFields.extend({ notarized: z.boolean().default(false) });
export type LegalizationItemInput = z.infer<typeof legalizationItemInputSchema>;
export const legalizationItemUpdateSchema = itemFields.partial().extend({ version: dbIntSchema });
export const legalizationItemArchiveSchema = z.object({ version: dbIntSchema, reason: z.string().trim().min(2, { message: 'err.reasonRequired' }).max(500) });
/** A case's document: `id` is the case (as every /:id of the window), `itemId` the document. */
export const caseItemParamSchema = idParamSchema.extend({ itemId: z.coerce.number().int().positive().max(2_147_483_647) });

export const legalizationItemSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  docType: documentTypeSchema,
  category: documentCategorySchema,
  issuer: z.string(),
  holderName: z.string().nullable(),
  issuedOn: z.string(),
  countryOfUse: z.string(),
  pieces: z.number().int(),
  notarized: z.boolean(),
  notarizeFirst: z.boolean(),
  route: legalizationRouteSchema,
  routeReason: z.enum(ROUTE_REASONS),
  embassyStep: z.boolean(),
  fee: z.number(),
  note: z.string().nullable(),
  registerNumber: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), archive: z.boolean() }),
});
export type LegalizationItem = z.infer<typeof legalizationItemSchema>;

export const legalizationItemsSchema = z.object({ items: z.array(legalizationItemSchema), can: z.object({ add: z.boolean() }) });

export const legalizationFeeSummarySchema = z.object({
  urgency: z.enum(URGENCIES),
  lines: z.array(z.object({ category: documentCategorySchema, items: z.number().int(), unitFee: z.number(), amount: z.number() })),
  total: z.number(),
  /** The day the result is ready: the 4th working day after acceptance (urgent: the 2nd); null before acceptance. */
  readyOn: z.string().nullable(),
});
export type LegalizationFeeSummary = z.infer<typeof legalizationFeeSummarySchema>;

/** One line of the register of Apostilles and legalizations issued. */
export const registerEntrySchema = z.object({
  number: z.string(),
  route: legalizationRouteSchema,
  issuedOn: z.string(),
  signerName: z.string(),
  signerCapacity: z.string(),
  authority: z.string(),
  caseId: z.number().int(),
  caseNumber: z.string().nullable(),
  applicantName: z.string(),
  docType: documentTypeSchema,
  issuer: z.string(),
  countryOfUse: z.string(),
  documentIssuedOn: z.string(),
  pieces: z.number().int(),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

export const registerQuerySchema = z.object({
  route: legalizationRouteSchema.optional(),
  from: ymdSchema.optional(),
  to: ymdSchema.optional(),
  country: iso3Schema.optional(),
  q: z.string().trim().max(100).optional(),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

/** What anyone may learn of an issued number (the e-Register, Convention Art. 7): nothing of the applicant or the document. */
export const publicApostilleSchema = z.object({
  number: z.string(),
  route: legalizationRouteSchema,
  issuedOn: z.string(),
  signerName: z.string(),
  signerCapacity: z.string(),
  authority: z.string(),
});
export type PublicApostille = z.infer<typeof publicApostilleSchema>;
/** A register number: A (Apostille) or L (legalization), the year, six digits. */
export const registerNumberParamSchema = z.object({
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[AL]\d{4}-\d{6}$/, { message: 'svc.legalization.badNumber' }),
});
