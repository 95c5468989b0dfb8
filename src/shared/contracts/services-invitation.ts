import { z } from 'zod';
import { dbIntSchema, pageOf, pageQuerySchema, ymdSchema } from './common';
import { SEXES } from './residents';

/**
 * The invitation letter (被授权单位邀请函): the letter's facts, its invitees (at most five a letter) and its
 * close-out (销签). A draft may be saved half filled; submitting checks that everything the letter needs is there.
 */

/** The ordinary visa categories a letter invites for (签证种类). */
export const VISA_TYPES = ['F', 'M', 'Z', 'X1', 'X2', 'J1', 'J2', 'Q1', 'Q2', 'S1', 'S2', 'R'] as const;
export type VisaType = (typeof VISA_TYPES)[number];

export const LETTER_ENTRIES = ['single', 'double', 'multiple'] as const;
export type LetterEntries = (typeof LETTER_ENTRIES)[number];

export const VALIDITY_UNITS = ['days', 'months'] as const;
export type ValidityUnit = (typeof VALIDITY_UNITS)[number];

/** Who pays the visit's costs. */
export const PAYERS = ['inviting_unit', 'invitee', 'other'] as const;
export type Payer = (typeof PAYERS)[number];

/** How a letter is closed out: the invitees have left China, or the visit was cancelled. */
export const CLOSE_OUT_KINDS = ['left', 'cancelled'] as const;
export type CloseOutKind = (typeof CLOSE_OUT_KINDS)[number];

export const CLOSE_OUT_STATES = ['due', 'overdue', 'done'] as const;
export type CloseOutState = (typeof CLOSE_OUT_STATES)[number];

/** At most five invitees a letter (the office's rule). */
export const MAX_INVITEES = 5;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const date = ymdSchema.nullish().transform((v) => v ?? null);
const nullableEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values)
    .nullish()
    .transform((v) => v ?? null);

/** The letter's facts as the unit fills them in; `version` 0 saves the first time. */
export const invitationFactsInputSchema = z.object({
  version: z.number().int().min(0).max(2_147_483_647),
  purpose: text(500),
  cities: text(300),
  entryDate: date,
  visaType: nullableEnum(VISA_TYPES),
  entries: nullableEnum(LETTER_ENTRIES),
  validityValue: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .nullish()
    .transform((v) => v ?? null),
  validityUnit: nullableEnum(VALIDITY_UNITS),
  stayDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .nullish()
    .transform((v) => v ?? null),
  visaCountry: text(60),
  visaCity: text(100),
  payer: nullableEnum(PAYERS),
  payerNote: text(200),
  itinerary: text(4000),
  signerName: text(60),
  signerTitle: text(100),
  /** Why a multiple-entry visa is needed (earlier visas, regular visits). */
  multipleEntryReason: text(1000),
});
export type InvitationFactsInput = z.input<typeof invitationFactsInputSchema>;

/** One invitee as in the passport; nationality accepts the forms people write (德国, Germany, DEU). */
export const inviteeInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  sex: z.enum(SEXES),
  birthDate: ymdSchema,
  nationality: z.string().trim().min(1).max(60),
  passportNo: z
    .string()
    .trim()
    .min(3)
    .max(30)
    .transform((v) => v.toUpperCase()),
  passportExpiry: ymdSchema,
  employer: text(200),
  title: text(100),
  /** For a multiple-entry visa: whether the invitee held Chinese visas before, and entries/exits last year. */
  earlierVisas: z.boolean().default(false),
  crossingsLastYear: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .nullish()
    .transform((v) => v ?? null),
});
export type InviteeInput = z.input<typeof inviteeInputSchema>;
export const inviteeUpdateSchema = inviteeInputSchema.extend({ version: dbIntSchema });
export const inviteeRemoveSchema = z.object({
  version: dbIntSchema,
  reason: z.string().trim().min(2, { message: 'err.reasonRequired' }).max(500),
});

/** An MRZ paste: read it into passport fields, or (`add`) add the invitee it names straight away. */
export const inviteeMrzSchema = z.object({
  text: z.string().min(10).max(400),
  add: z.boolean().default(false),
  employer: text(200),
  title: text(100),
});

export const closeOutInputSchema = z
  .object({
    version: dbIntSchema,
    departedOn: ymdSchema.optional(),
    cancelled: z.literal(true).optional(),
  })
  .refine((v) => Boolean(v.departedOn) !== Boolean(v.cancelled), { message: 'svc.invitation.closeOutOneOf', path: ['departedOn'] });

export const closeOutQuerySchema = pageQuerySchema.extend({ state: z.enum(CLOSE_OUT_STATES).default('due') });

export const caseIdParamSchema = z.object({ caseId: z.coerce.number().int().positive().max(2_147_483_647) });
export const inviteeParamSchema = caseIdParamSchema.extend({ inviteeId: z.coerce.number().int().positive().max(2_147_483_647) });

export const inviteeSchema = z.object({
  id: z.number(),
  version: z.number(),
  name: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  nationality: z.string(),
  nationalityName: z.string(),
  passportNo: z.string(),
  passportExpiry: z.string(),
  employer: z.string().nullable(),
  title: z.string().nullable(),
  earlierVisas: z.boolean(),
  crossingsLastYear: z.number().nullable(),
});
export type Invitee = z.infer<typeof inviteeSchema>;

export const invitationSchema = z.object({
  caseId: z.number(),
  caseStatus: z.string(),
  /** 0 until the facts are first saved. */
  version: z.number(),
  purpose: z.string().nullable(),
  cities: z.string().nullable(),
  entryDate: z.string().nullable(),
  visaType: z.string().nullable(),
  entries: z.string().nullable(),
  validityValue: z.number().nullable(),
  validityUnit: z.string().nullable(),
  stayDays: z.number().nullable(),
  visaCountry: z.string().nullable(),
  visaCity: z.string().nullable(),
  payer: z.string().nullable(),
  payerNote: z.string().nullable(),
  itinerary: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  multipleEntryReason: z.string().nullable(),
  letterNumber: z.string().nullable(),
  issuedOn: z.string().nullable(),
  closeOutDueOn: z.string().nullable(),
  closedOutOn: z.string().nullable(),
  closeOutKind: z.string().nullable(),
  departedOn: z.string().nullable(),
  closeOutState: z.enum(CLOSE_OUT_STATES).nullable(),
  /** Proofs the checklist asks for because of these facts (a residence proof, the multiple-entry proofs). */
  proofsNeeded: z.array(z.enum(['residence', 'multipleEntry'])),
  invitees: z.array(inviteeSchema),
  can: z.object({ edit: z.boolean(), download: z.boolean(), closeOut: z.boolean() }),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** Passport fields read from an MRZ, as the invitee form takes them; `invitee` when it was added. */
export const mrzReadingSchema = z.object({
  valid: z.boolean(),
  fields: z.object({
    name: z.string(),
    sex: z.string(),
    birthDate: z.string().nullable(),
    nationality: z.string(),
    passportNo: z.string(),
    passportExpiry: z.string().nullable(),
  }),
  problems: z.array(z.string()),
  invitee: inviteeSchema.nullable(),
});

export const closeOutItemSchema = z.object({
  caseId: z.number(),
  caseNumber: z.string().nullable(),
  unitName: z.string(),
  letterNumber: z.string().nullable(),
  issuedOn: z.string().nullable(),
  entryDate: z.string().nullable(),
  persons: z.number(),
  closeOutDueOn: z.string().nullable(),
  closedOutOn: z.string().nullable(),
  closeOutKind: z.string().nullable(),
  departedOn: z.string().nullable(),
  state: z.enum(CLOSE_OUT_STATES),
  daysLeft: z.number().nullable(),
  /** Due within seven days: the unit is reminded. */
  reminder: z.boolean(),
});
export const closeOutPageSchema = pageOf(closeOutItemSchema);
export type CloseOutItem = z.infer<typeof closeOutItemSchema>;
