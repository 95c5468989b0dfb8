import { createRequire } from 'node:module';
import { addDays } from '@shared/reference/dates';

/**
 * Chinese working days: weekends and public holidays are not, make-up working days (调休) are.
 *
 * Two sources: chinese-days' published data (2004 onwards, as far as the installed package reaches), and
 * the office's own entries of each year's State Council notice (国务院办公厅关于某年部分节假日安排的通知,
 * calendar.service.ts). A year the office entered replaces the package's data for that year entirely; a
 * year neither has is not covered, and working-day arithmetic refuses to answer rather than guess, since
 * a weekday there may be a holiday nobody has announced yet.
 *
 * Its own isWorkday() shifts dates by a day when the process runs west of UTC, so the dates are looked up
 * here as plain 'YYYY-MM-DD' strings, independent of the machine's time zone. Everything here is pure and
 * synchronous; the service builds the calendar from the database (see workingCalendar()).
 */
const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

export type DayKind = 'holiday' | 'workday';
export type CalendarSource = 'package' | 'office';

/** One year's special days: holidays (放假) and make-up working days (调休上班), each with its festival's name. */
export interface CalendarYear {
  year: number;
  source: CalendarSource;
  days: Map<string, { kind: DayKind; name: string }>;
}

/** The festival's Chinese name from chinese-days' "English,中文,n" form. */
const packageName = (raw: string) => raw.split(',')[1] ?? raw;

function packageYears(): Map<number, CalendarYear> {
  const years = new Map<number, CalendarYear>();
  const add = (date: string, kind: DayKind, raw: string) => {
    const year = Number(date.slice(0, 4));
    let y = years.get(year);
    if (!y) years.set(year, (y = { year, source: 'package', days: new Map() }));
    y.days.set(date, { kind, name: packageName(raw) });
  };
  for (const [date, raw] of Object.entries(data.holidays)) add(date, 'holiday', raw);
  for (const [date, raw] of Object.entries(data.workdays)) add(date, 'workday', raw);
  return years;
}

const PACKAGE_YEARS = packageYears();

/** The years chinese-days publishes (2004–2026 in the installed version). */
export const PACKAGE_CALENDAR_YEARS = {
  first: Math.min(...PACKAGE_YEARS.keys()),
  last: Math.max(...PACKAGE_YEARS.keys()),
};

/** A date no covered year contains. `year` is the year whose notice must be entered. */
export class CalendarNotCovered extends Error {
  readonly year: number;
  constructor(readonly date: string) {
    super(`the working-day calendar does not cover ${date}`);
    this.year = Number(date.slice(0, 4));
  }
}

/**
 * The working-day calendar over the package's years and the office's. The methods are bound, so they can
 * be passed around as plain functions.
 */
export class WorkingCalendar {
  private readonly years: Map<number, CalendarYear>;

  /** `office`: the office's entered years; each replaces the package's year of the same number. */
  constructor(office: Iterable<CalendarYear> = [], base: ReadonlyMap<number, CalendarYear> = PACKAGE_YEARS) {
    this.years = new Map(base);
    for (const y of office) this.years.set(y.year, { ...y, source: 'office' });
  }

  /** Every covered year, oldest first. */
  coveredYears = (): CalendarYear[] => [...this.years.values()].sort((a, b) => a.year - b.year);

  /** The year's special days and where they come from, or null when it is not covered. */
  yearOf = (year: number): CalendarYear | null => this.years.get(year) ?? null;

  covers = (date: string): boolean => this.years.has(Number(date.slice(0, 4)));

  /** Whether a date is a working day: weekends and public holidays are not, make-up days are. */
  isWorkingDay = (date: string): boolean => {
    const year = this.years.get(Number(date.slice(0, 4)));
    if (!year) throw new CalendarNotCovered(date);
    const special = year.days.get(date);
    if (special) return special.kind === 'workday';
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };

  /** Working days from start to end, both included. Throws CalendarNotCovered when either reaches outside. */
  workingDaysBetween = (start: string, end: string): number => {
    if (!this.covers(end)) throw new CalendarNotCovered(end);
    let n = 0;
    for (let d = start; d <= end; d = addDays(d, 1)) if (this.isWorkingDay(d)) n++;
    return n;
  };

  /**
   * The last day of a period of `days` working days beginning on `start` (or on the next working day when
   * `start` is not one): a 5-working-day publicity begun just before a holiday ends after it.
   */
  workingDaysEnd = (start: string, days: number): string => {
    let d = start;
    for (let counted = 0; ; d = addDays(d, 1)) {
      if (this.isWorkingDay(d)) counted++;
      if (counted >= days) return d;
    }
  };
}

/** The package's data alone: for tests and for code that has no database (none in the app should need it). */
export const packageCalendar = new WorkingCalendar();
