import { z } from 'zod';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);

/** A calendar date as the offices write it in the API: 'YYYY-MM-DD'. */
export const ymdSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'err.date' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { message: 'err.date' });

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
