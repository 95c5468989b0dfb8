import { z } from 'zod';
import { caseKindSchema, CASE_KINDS } from './services';
import { ymdSchema } from './common';

/**
 * The window's figures (办件统计): cases (批), pieces (份) and persons (人次) accepted in a period, by kind, by unit and
 * by country; the share decided on time and the average working days from acceptance to decision; each against the
 * same period a year earlier; and the sentence an office writes in its half-year summary, in both languages.
 */
export const statsQuerySchema = z
  .object({
    from: ymdSchema.optional(),
    to: ymdSchema.optional(),
    kind: caseKindSchema.optional(),
    unitId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'err.dateRange', path: ['to'] });
export type StatsQuery = z.output<typeof statsQuerySchema>;

const counts = { cases: z.number(), pieces: z.number(), persons: z.number() };
const withPrev = z.object({ ...counts, prevCases: z.number(), prevPieces: z.number(), prevPersons: z.number() });
export type FiguresWithPrev = z.infer<typeof withPrev>;

export const timelinessSchema = z.object({
  /** Cases decided in the period, those decided on or before their due date, and the share (null when none was decided). */
  decided: z.number(),
  onTime: z.number(),
  onTimeShare: z.number().nullable(),
  /** Average working days from acceptance to decision, one decimal; null when no decided case had both dates. */
  avgWorkingDays: z.number().nullable(),
});
export type Timeliness = z.infer<typeof timelinessSchema>;

export const statsSchema = z.object({
  from: z.string(),
  to: z.string(),
  previousFrom: z.string(),
  previousTo: z.string(),
  kind: caseKindSchema.nullable(),
  unitId: z.number().nullable(),
  total: withPrev,
  timeliness: timelinessSchema,
  prevTimeliness: timelinessSchema,
  /** Every kind, in the window's order, zero where none was accepted. */
  byKind: z.array(withPrev.extend({ kind: z.enum(CASE_KINDS), timeliness: timelinessSchema })),
  /** The units with the most cases, largest first; a person's own cases count under unitId null. */
  byUnit: z.array(withPrev.extend({ unitId: z.number().nullable(), unitName: z.string() })),
  byCountry: z.array(withPrev.extend({ code: z.string(), name: z.string() })),
  sentence: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
});
export type ServiceStats = z.infer<typeof statsSchema>;

/** How many units the figures list by name. */
export const STATS_TOP_UNITS = 10;
