import { z } from 'zod';
import { dbIntSchema, ymdSchema } from './common';

/** The working-day calendar: the years it covers and the office's entries of the State Council's holiday notices. */
export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
export const CALENDAR_SOURCES = ['package', 'office'] as const;

/** Years an office may enter: the notices are published a few weeks before the year they cover. */
export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;
export const calendarYearSchema = z.coerce.number().int().min(CALENDAR_MIN_YEAR).max(CALENDAR_MAX_YEAR);
export const calendarYearParamSchema = z.object({ year: calendarYearSchema });

export const calendarDaySchema = z.object({
  date: ymdSchema,
  kind: z.enum(CALENDAR_DAY_KINDS),
  /** The festival, e.g. 春节. */
  name: z.string().trim().max(50).default(''),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

const noticeFields = {
  /** e.g. 国办发明电〔2026〕7号 */
  documentNumber: z.string().trim().min(1).max(100),
  title: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((v) => v ?? ''),
  issuedOn: ymdSchema.nullish().transform((v) => v ?? null),
  notes: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => v || null),
  days: z.array(calendarDaySchema).max(366),
};
export const calendarNoticeInputSchema = z.object({ year: z.number().int().min(CALENDAR_MIN_YEAR).max(CALENDAR_MAX_YEAR), ...noticeFields });
export type CalendarNoticeInput = z.output<typeof calendarNoticeInputSchema>;
export const calendarNoticeUpdateSchema = z.object({ ...noticeFields, version: dbIntSchema });
export type CalendarNoticeUpdate = z.output<typeof calendarNoticeUpdateSchema>;

/** A covered year as the list shows it. */
export const calendarYearSummarySchema = z.object({
  year: z.number(),
  /** Where the year's days come from now: the office's entry wins over the package's. */
  source: z.enum(CALENDAR_SOURCES),
  /** Whether chinese-days has the year too (deleting the office's entry then falls back to it). */
  packageHasYear: z.boolean(),
  documentNumber: z.string().nullable(),
  holidays: z.number(),
  workdays: z.number(),
  version: z.number().nullable(),
  updatedAt: z.string().nullable(),
});
export type CalendarYearSummary = z.infer<typeof calendarYearSummarySchema>;

export const calendarYearsSchema = z.object({
  years: z.array(calendarYearSummarySchema),
  can: z.object({ manage: z.boolean() }),
});
export type CalendarYears = z.infer<typeof calendarYearsSchema>;

export const calendarYearDetailSchema = calendarYearSummarySchema.extend({
  title: z.string().nullable(),
  issuedOn: z.string().nullable(),
  notes: z.string().nullable(),
  days: z.array(z.object({ date: z.string(), kind: z.enum(CALENDAR_DAY_KINDS), name: z.string() })),
});
export type CalendarYearDetail = z.infer<typeof calendarYearDetailSchema>;

export const calendarImportQuerySchema = z.object({
  /** The year the sheet is for; taken from its first date when absent. */
  year: calendarYearSchema.optional(),
  /** Used when the sheet has no 文号 column. */
  documentNumber: z.string().trim().min(1).max(100).optional(),
  /** Required when the office has already entered the year: the sheet then replaces that entry. */
  version: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});

/** An import saves the whole year or, when any row is rejected, nothing. */
export const calendarImportResultSchema = z.object({
  saved: calendarYearDetailSchema.nullable(),
  rejected: z.array(z.object({ row: z.number(), reason: z.string() })),
});
export type CalendarImportResult = z.infer<typeof calendarImportResultSchema>;
