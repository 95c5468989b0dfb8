import { z } from 'zod';
import { dbIntSchema, ymdSchema } from './common';

/**
 * Visa agency for official passports (因公签证代办): a case is a batch (批) of passports a unit sends to embassies
 * through the office. Each passport moves on its own: received → sent to the embassy → visa issued or refused →
 * returned to the unit's clerk. A passport whose papers were not corrected within two working days of the one-time
 * correction notice is not accepted (not_accepted, with the reason).
 */
export const VISA_PASSPORT_STATUSES = ['received', 'sent', 'issued', 'refused', 'returned', 'not_accepted'] as const;
export type VisaPassportStatus = (typeof VISA_PASSPORT_STATUSES)[number];

export const VISA_TYPES = ['official', 'business', 'transit', 'other'] as const;
export type VisaType = (typeof VISA_TYPES)[number];

/** Working days the unit has to correct a passport's papers after the one-time notice. */
export const VISA_CORRECTION_DAYS = 2;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const reason = z.string().trim().min(2, { message: 'err.reasonRequired' }).max(500);

export const visaPassportInputSchema = z.object({
  holderName: z.string().trim().min(1).max(50),
  passportNumber: z
    .string()
    .trim()
    .min(5)
    .max(20)
    .regex(/^[A-Za-z0-9]+$/, { message: 'svc.visa.passportNumberFormat' })
    .transform((v) => v.toUpperCase()),
  /** A country in any accepted form (法国, FRA, France); stored as alpha-3. */
  country: z.string().trim().min(1).max(60),
  visaType: z.enum(VISA_TYPES).default('official'),
  /** The papers handed in with it (a checklist as text). */
  papers: text(2000),
  /** An approved trip of travel this passport travels on, and the passport in travel's custody. */
  travelApplicationId: dbIntSchema.nullish().transform((v) => v ?? null),
  travelPassportId: dbIntSchema.nullish().transform((v) => v ?? null),
});
export type VisaPassportInput = z.output<typeof visaPassportInputSchema>;

export const visaPassportUpdateSchema = visaPassportInputSchema.extend({ version: dbIntSchema });
export const visaArchiveSchema = z.object({ version: dbIntSchema, reason });
export const visaSendSchema = z.object({ version: dbIntSchema, on: ymdSchema.optional() });
export const visaResultSchema = z.object({
  version: dbIntSchema,
  outcome: z.enum(['issued', 'refused']),
  on: ymdSchema.optional(),
  note: text(500),
});
export const visaReturnSchema = z.object({ version: dbIntSchema, on: ymdSchema.optional(), clerkName: z.string().trim().min(1).max(50) });
export const visaNoticeSchema = z.object({ version: dbIntSchema, note: z.string().trim().min(2, { message: 'err.reasonRequired' }).max(500) });
export const visaNotAcceptSchema = z.object({ version: dbIntSchema, reason });

export const visaPassportParamsSchema = z.object({
  caseId: z.coerce.number().int().positive().max(2_147_483_647),
  pid: z.coerce.number().int().positive().max(2_147_483_647),
});
export const visaCaseParamsSchema = z.object({ caseId: z.coerce.number().int().positive().max(2_147_483_647) });

export const visaPassportSchema = z.object({
  id: z.number(),
  caseId: z.number(),
  holderName: z.string(),
  passportNumber: z.string(),
  country: z.string(),
  countryName: z.string(),
  visaType: z.enum(VISA_TYPES),
  papers: z.string().nullable(),
  status: z.enum(VISA_PASSPORT_STATUSES),
  sentOn: z.string().nullable(),
  resultOn: z.string().nullable(),
  resultNote: z.string().nullable(),
  returnedOn: z.string().nullable(),
  clerkName: z.string().nullable(),
  noticedOn: z.string().nullable(),
  noticeNote: z.string().nullable(),
  /** The last day the unit may correct the papers after the notice. */
  correctBy: z.string().nullable(),
  correctedOn: z.string().nullable(),
  notAcceptedReason: z.string().nullable(),
  travelApplicationId: z.number().nullable(),
  travelPassportId: z.number().nullable(),
  archived: z.boolean(),
  archiveReason: z.string().nullable(),
  version: z.number(),
  can: z.object({
    update: z.boolean(),
    archive: z.boolean(),
    send: z.boolean(),
    result: z.boolean(),
    return: z.boolean(),
    notice: z.boolean(),
    notAccept: z.boolean(),
  }),
});
export type VisaPassport = z.infer<typeof visaPassportSchema>;

export const visaTripQuerySchema = z.object({ q: z.string().trim().max(100).optional() });

/** An approved trip of travel the caller may link, with what it fills in: its members and their passports, its countries. */
export const visaTripSchema = z.object({
  id: z.number(),
  task: z.string(),
  departDate: z.string(),
  returnDate: z.string(),
  countries: z.array(z.string()),
  members: z.array(
    z.object({
      name: z.string(),
      passportNumber: z.string().nullable(),
      /** The passport of that number in travel's custody, when the office holds it. */
      travelPassportId: z.number().nullable(),
    }),
  ),
});
export type VisaTrip = z.infer<typeof visaTripSchema>;
