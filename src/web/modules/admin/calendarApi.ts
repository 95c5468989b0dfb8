/** The working-day calendar: covered years, a year's days, and the office's entries of the State Council's notices. */
import type { z } from 'zod';
import type {
  CalendarImportResult,
  CalendarYearDetail,
  CalendarYears,
  calendarNoticeInputSchema,
  calendarNoticeUpdateSchema,
} from '@shared/contracts/calendar';
import { buildQuery, http, upload } from '@web/ui/api/client';

export type CalendarNoticeBody = z.input<typeof calendarNoticeInputSchema>;
export type CalendarNoticeUpdateBody = z.input<typeof calendarNoticeUpdateSchema>;
export type { CalendarImportResult, CalendarYearDetail, CalendarYears };

export const calendarApi = {
  years: () => http.get<CalendarYears>('/calendar/years'),
  year: (year: number) => http.get<CalendarYearDetail>(`/calendar/years/${year}`),
  create: (body: CalendarNoticeBody) => http.post<CalendarYearDetail>('/calendar/years', body),
  update: (year: number, body: CalendarNoticeUpdateBody) => http.put<CalendarYearDetail>(`/calendar/years/${year}`, body),
  remove: (year: number, version: number) => http.post<void>(`/calendar/years/${year}/delete`, { version }),
  /** All rows or none: `saved` is null and `rejected` lists the rows when any is wrong. */
  import: (file: File, q: { year?: number; documentNumber?: string; version?: number }) =>
    upload<CalendarImportResult>(`/calendar/import${buildQuery(q)}`, file),
};
