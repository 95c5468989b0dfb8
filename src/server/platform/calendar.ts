import { createRequire } from 'node:module';
import { addDays } from '../../shared/reference/dates';

/**
 * Chinese working days from chinese-days' published data (public holidays and make-up working days 调休,
 * 2004 onwards). Its own isWorkday() shifts dates by a day when the process runs west of UTC, so the
 * dates are looked up here as plain 'YYYY-MM-DD' strings, independent of the machine's time zone.
 */
const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>; workdays: Record<string, string>;
};
const years = Object.keys(data.holidays).map((d) => Number(d.slice(0, 4)));

/**
 * The years the calendar covers. Outside them a weekday might be a holiday nobody has announced yet, so
 * working-day arithmetic refuses to answer rather than guess.
 */
export const CALENDAR_YEARS = { first: Math.min(...years), last: Math.max(...years) };

export class CalendarNotCovered extends Error {
  constructor(readonly date: string) { super(`the holiday calendar does not cover ${date}`); }
}

export const calendarCovers = (date: string) => {
  const y = Number(date.slice(0, 4));
  return y >= CALENDAR_YEARS.first && y <= CALENDAR_YEARS.last;
};

/** Whether a date is a Chinese working day: weekends and public holidays are not, make-up days are. */
export function isWorkingDay(date: string): boolean {
  if (!calendarCovers(date)) throw new CalendarNotCovered(date);
  if (data.workdays[date]) return true;
  if (data.holidays[date]) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days from start to end, both included. Throws CalendarNotCovered outside the published years. */
export function workingDaysBetween(start: string, end: string): number {
  if (!calendarCovers(end)) throw new CalendarNotCovered(end);
  let n = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

/**
 * The last day of a period of `days` working days beginning on `start` (or on the next working day when
 * `start` is not one): a 5-working-day publicity begun just before a holiday ends after it.
 */
export function workingDaysEnd(start: string, days: number): string {
  let d = start;
  for (let counted = 0; ; d = addDays(d, 1)) {
    if (isWorkingDay(d)) counted++;
    if (counted >= days) return d;
  }
}
