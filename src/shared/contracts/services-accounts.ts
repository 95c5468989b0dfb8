import { z } from 'zod';
import { dbIntSchema } from './common';
import { isCreditCode, isIdNumber } from '../reference/chinese-ids';

/**
 * Unit accounts (不见面审批 starts with a unit's account): a unit registers itself on a public page with its filing
 * form (备案表) and business licence (营业执照); the office of its district reviews it and, on approval, the unit
 * becomes an org unit under the district with its clerk's account (role unit_applicant).
 */
export const REGISTRATION_STATES = ['pending', 'approved', 'rejected'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** The two files a registration carries, by their multipart field name. */
export const REGISTRATION_FILES = ['filing', 'licence'] as const;
export type RegistrationFile = (typeof REGISTRATION_FILES)[number];
/** Each file: a PDF or a picture of at most this size. */
export const REGISTRATION_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const REGISTRATION_FILE_TYPES = ['pdf', 'jpg', 'jpeg', 'png'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

/** The registration form; the two files follow it, uploaded with the token it answers with. */
export const registrationInputSchema = z.object({
  unitNameZh: text(100),
  unitNameEn: z.string().trim().max(200).optional().default(''),
  creditCode: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().length(18, { message: 'svc.accounts.creditCodeLength' }).refine(isCreditCode, { message: 'svc.accounts.creditCodeCheck' })),
  address: text(200),
  districtId: dbIntSchema,
  clerkName: text(50),
  clerkIdNumber: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().length(18, { message: 'svc.accounts.idNumberLength' }).refine(isIdNumber, { message: 'svc.accounts.idNumberCheck' })),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{5,19}$/, { message: 'svc.accounts.phone' }),
  email: z
    .string()
    .trim()
    .max(200)
    .pipe(z.email({ message: 'svc.accounts.email' })),
  username: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[A-Za-z0-9_.-]+$/, { message: 'err.username' }),
  password: z.string().min(10).max(256),
});
export type RegistrationInput = z.input<typeof registrationInputSchema>;

/** What the applicant keeps after registering: the token that shows the state of the registration. */
export const registrationReceiptSchema = z.object({ token: z.string(), state: z.enum(REGISTRATION_STATES) });

/** The public status check: the state and the office's answer, nothing of the clerk's personal data. */
export const registrationStatusSchema = z.object({
  state: z.enum(REGISTRATION_STATES),
  unitNameZh: z.string(),
  districtName: z.string(),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  /** On approval, the username to sign in with. */
  username: z.string().nullable(),
  /** Which of the two files have arrived: the office reviews a registration once both have. */
  files: z.object({ filing: z.boolean(), licence: z.boolean() }),
});
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, { message: 'svc.accounts.badToken' });
export const registrationTokenParamsSchema = z.object({ token: tokenSchema });
export const registrationUploadParamsSchema = z.object({ token: tokenSchema, kind: z.enum(REGISTRATION_FILES) });
/** How many files one registration may upload in all (a wrong file may be replaced a few times). */
export const REGISTRATION_MAX_UPLOADS = 6;

/** A district a unit may register under, on the public list. */
export const publicDistrictSchema = z.object({ id: z.number(), nameZh: z.string(), nameEn: z.string() });

export const registrationSchema = z.object({
  id: z.number(),
  state: z.enum(REGISTRATION_STATES),
  unitNameZh: z.string(),
  unitNameEn: z.string(),
  creditCode: z.string(),
  address: z.string(),
  districtId: z.number(),
  districtName: z.string(),
  clerkName: z.string(),
  clerkIdNumber: z.string(),
  phone: z.string(),
  email: z.string(),
  username: z.string(),
  files: z.array(z.object({ id: z.number(), kind: z.enum(REGISTRATION_FILES), name: z.string(), size: z.number() })),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  rejectReason: z.string().nullable(),
  unitId: z.number().nullable(),
  userId: z.number().nullable(),
  version: z.number(),
  /** What the caller may do now, from the same rules the server enforces. */
  can: z.object({ approve: z.boolean(), reject: z.boolean() }),
});
export type Registration = z.infer<typeof registrationSchema>;

export const registrationListQuerySchema = z.object({ state: z.enum(REGISTRATION_STATES).default('pending') });
export const approveSchema = z.object({ version: dbIntSchema });
export const rejectSchema = z.object({ version: dbIntSchema, reason: z.string().trim().min(2).max(500) });
