import { z } from 'zod';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);

/** A calendar date as the offices write it in the API: 'YYYY-MM-DD'. */
export const ymdSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'err.date' })
  .refine(isCalendarYmd, { message: 'err.date' });

/**
 * Whether a 'YYYY-MM-DD' string is a day of the (proleptic Gregorian) calendar, by arithmetic: no Date is
 * built for a well-formed value. zod runs this refinement even after the regex failed; a malformed string
 * takes the former Date-based test, so the issues reported stay exactly what they were.
 */
function isCalendarYmd(s: string): boolean {
  if (!isYmdShape(s)) return !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
  const d = (i: number) => s.charCodeAt(i) - 48;
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const month = d(5) * 10 + d(6);
  const day = d(8) * 10 + d(9);
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

function isYmdShape(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if (i !== 4 && i !== 7 && (c < 48 || c > 57)) return false;
  }
  return true;
}

/**
 * Ids, versions and unit references are PostgreSQL `integer` columns (or compared with them): a larger
 * number is refused here as a 400 instead of failing in the database as a 500.
 */
export const PG_INT_MAX = 2_147_483_647;
export const dbIntSchema = z.number().int().positive().max(PG_INT_MAX);

export const idParamSchema = z.object({ id: z.coerce.number().int().positive().max(PG_INT_MAX) });

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** Every 4xx/5xx body: a message in the caller's language, and field-level messages for 400s. */
export const errorSchema = z.object({
  statusCode: z.number(),
  code: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof errorSchema>;

export const versionSchema = z.object({ version: dbIntSchema });

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}
