import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CalendarNotCovered, PACKAGE_CALENDAR_YEARS as CALENDAR_YEARS, packageCalendar } from '../../../src/server/platform/calendar/calendar';
import { addDays } from '../../../src/shared/reference/dates';

// The package's data alone; the office's years over it are tested in calendar-overlay.test.ts.
const { covers: calendarCovers, isWorkingDay, workingDaysBetween, workingDaysEnd } = packageCalendar;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CALENDAR = pathToFileURL(fileURLToPath(new URL('../../../src/server/platform/calendar/calendar.ts', import.meta.url))).href;
const DATES = pathToFileURL(fileURLToPath(new URL('../../../src/shared/reference/dates.ts', import.meta.url))).href;

/** Every date from start to end, both included. */
const datesFrom = (start: string, end: string) => {
  const out: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) out.push(d);
  return out;
};

describe('calendar coverage', () => {
  it('covers the years chinese-days publishes, 2004–2026', () => {
    expect(CALENDAR_YEARS).toEqual({ first: 2004, last: 2026 });
    expect(calendarCovers('2004-01-01')).toBe(true);
    expect(calendarCovers('2026-12-31')).toBe(true);
    expect(calendarCovers('2003-12-31')).toBe(false);
    expect(calendarCovers('2027-01-01')).toBe(false);
  });

  it('refuses dates outside it with CalendarNotCovered naming the date', () => {
    for (const date of ['2003-12-31', '2003-06-02', '2027-01-01', '2027-01-04']) {
      let caught: unknown;
      try {
        isWorkingDay(date);
      } catch (err) {
        caught = err;
      }
      expect(caught, date).toBeInstanceOf(CalendarNotCovered);
      expect(caught).toBeInstanceOf(Error);
      expect((caught as CalendarNotCovered).date).toBe(date);
      expect((caught as Error).message).toContain(date);
    }
  });

  it('refuses a working-day count reaching outside it, at either end', () => {
    expect(() => workingDaysBetween('2026-12-28', '2027-01-04')).toThrow(CalendarNotCovered);
    expect(() => workingDaysBetween('2027-01-04', '2027-01-08')).toThrow(CalendarNotCovered);
    expect(() => workingDaysBetween('2003-12-29', '2004-01-09')).toThrow(CalendarNotCovered);
    try {
      workingDaysBetween('2003-12-29', '2004-01-09');
    } catch (err) {
      expect((err as CalendarNotCovered).date).toBe('2003-12-29');
    }
    try {
      workingDaysBetween('2026-12-28', '2027-01-04');
    } catch (err) {
      expect((err as CalendarNotCovered).date).toBe('2027-01-04');
    }
  });

  it('refuses to run a period past the last covered year rather than guess', () => {
    expect(workingDaysEnd('2026-12-25', 5)).toBe('2026-12-31'); // Fri 25, Mon 28 – Thu 31
    expect(() => workingDaysEnd('2026-12-28', 5)).toThrow(CalendarNotCovered);
    expect(() => workingDaysEnd('2027-01-04', 1)).toThrow(CalendarNotCovered);
    expect(() => workingDaysEnd('2003-12-31', 1)).toThrow(CalendarNotCovered);
  });
});

describe('isWorkingDay', () => {
  it('takes ordinary weekdays as working days and weekends as not', () => {
    for (const d of ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13']) expect(isWorkingDay(d), d).toBe(true);
    for (const d of ['2026-11-07', '2026-11-08', '2026-11-14', '2026-11-15']) expect(isWorkingDay(d), d).toBe(false);
  });

  it('knows the 2026 National Day holiday and its make-up Saturday', () => {
    expect(isWorkingDay('2026-09-30')).toBe(true);
    for (const d of datesFrom('2026-10-01', '2026-10-07')) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2026-10-08')).toBe(true);
    expect(isWorkingDay('2026-10-09')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休 make-up day
    expect(isWorkingDay('2026-10-11')).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-20')).toBe(true); // Sunday, make-up day before the holiday
  });

  it('knows the 2026 Spring Festival and its two make-up Saturdays', () => {
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-14')).toBe(true); // Saturday, make-up day
    for (const d of datesFrom('2026-02-15', '2026-02-23')) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true); // Saturday, make-up day
    expect(isWorkingDay('2026-03-01')).toBe(false); // Sunday
    expect(isWorkingDay('2026-03-07')).toBe(false); // an ordinary Saturday
  });

  it('covers the first and the last year', () => {
    expect(isWorkingDay('2004-01-01')).toBe(false); // New Year's Day
    expect(isWorkingDay('2004-01-02')).toBe(true);
    expect(isWorkingDay('2026-01-01')).toBe(false);
    expect(isWorkingDay('2026-01-04')).toBe(true); // Sunday, make-up day
    expect(isWorkingDay('2026-12-31')).toBe(true);
  });

  it('knows the 2013 National Day holiday (the day the 2013 limits took effect)', () => {
    expect(isWorkingDay('2013-09-29')).toBe(true); // Sunday, make-up day
    expect(isWorkingDay('2013-09-30')).toBe(true);
    expect(isWorkingDay('2013-10-01')).toBe(false);
    expect(isWorkingDay('2013-10-12')).toBe(true); // Saturday, make-up day
  });
});

describe('workingDaysBetween', () => {
  it('counts both ends across the National Day holiday', () => {
    expect(workingDaysBetween('2026-09-28', '2026-10-08')).toBe(4);
    expect(workingDaysBetween('2026-09-28', '2026-10-09')).toBe(5);
    expect(workingDaysBetween('2026-09-28', '2026-10-10')).toBe(6);
    expect(workingDaysBetween('2026-09-28', '2026-10-11')).toBe(6);
    expect(workingDaysBetween('2026-10-01', '2026-10-07')).toBe(0);
  });

  it('counts across the Spring Festival', () => {
    // Mon 9 – Fri 13 (5), Sat 14 (1), 15–23 holiday, Tue 24 – Fri 27 (4), Sat 28 (1)
    expect(workingDaysBetween('2026-02-09', '2026-02-28')).toBe(11);
    expect(workingDaysBetween('2026-02-14', '2026-02-24')).toBe(2);
  });

  it('counts a single day, and nothing for an end before the start', () => {
    expect(workingDaysBetween('2026-10-09', '2026-10-09')).toBe(1);
    expect(workingDaysBetween('2026-10-11', '2026-10-11')).toBe(0);
    expect(workingDaysBetween('2026-10-09', '2026-10-08')).toBe(0);
  });

  it('counts a whole year', () => {
    const all = datesFrom('2026-01-01', '2026-12-31').filter(isWorkingDay).length;
    expect(workingDaysBetween('2026-01-01', '2026-12-31')).toBe(all);
    expect(all).toBeGreaterThan(240);
    expect(all).toBeLessThan(255);
  });
});

describe('workingDaysEnd', () => {
  it('ends five working days from Monday 28 September 2026 on Friday 9 October', () => {
    // Mon 28, Tue 29, Wed 30, (holiday 1–7), Thu 8, Fri 9
    expect(workingDaysEnd('2026-09-28', 5)).toBe('2026-10-09');
    expect(workingDaysEnd('2026-09-28', 6)).toBe('2026-10-10'); // the make-up Saturday
    expect(workingDaysEnd('2026-09-28', 7)).toBe('2026-10-12'); // not Sunday 11
  });

  it('starts on the next working day when the start is not one', () => {
    expect(workingDaysEnd('2026-10-01', 1)).toBe('2026-10-08');
    expect(workingDaysEnd('2026-10-01', 5)).toBe('2026-10-13'); // 8, 9, 10, 12, 13
    expect(workingDaysEnd('2026-10-11', 1)).toBe('2026-10-12');
    expect(workingDaysEnd('2026-11-07', 5)).toBe('2026-11-13'); // a Saturday: Mon 9 – Fri 13
  });

  it('counts a working start day as the first day, a make-up Saturday included', () => {
    expect(workingDaysEnd('2026-10-09', 1)).toBe('2026-10-09');
    expect(workingDaysEnd('2026-10-10', 1)).toBe('2026-10-10');
    expect(workingDaysEnd('2026-10-10', 2)).toBe('2026-10-12');
  });

  it('jumps the Spring Festival', () => {
    expect(workingDaysEnd('2026-02-12', 3)).toBe('2026-02-14'); // Thu 12, Fri 13, Sat 14
    expect(workingDaysEnd('2026-02-13', 3)).toBe('2026-02-24'); // Fri 13, Sat 14, Tue 24
    expect(workingDaysEnd('2026-02-15', 5)).toBe('2026-02-28'); // Tue 24 – Fri 27, Sat 28
  });

  it('agrees with workingDaysBetween', () => {
    for (const start of ['2026-01-01', '2026-02-09', '2026-02-14', '2026-04-03', '2026-09-24', '2026-09-28', '2026-10-01', '2026-10-10']) {
      for (const n of [1, 5, 10]) {
        const end = workingDaysEnd(start, n);
        expect(workingDaysBetween(start, end), `${start} + ${n}`).toBe(n);
        expect(isWorkingDay(end)).toBe(true);
      }
    }
  });
});

describe('independence from the machine’s time zone', () => {
  // holiday, weekday after it, make-up Saturday, Sunday, make-up Saturday, holiday, ordinary Monday, ordinary Saturday
  const DAYS = ['2026-10-07', '2026-10-08', '2026-10-10', '2026-10-11', '2026-02-14', '2026-02-23', '2026-11-09', '2026-11-07'];
  const script = `
    import { packageCalendar } from ${JSON.stringify(CALENDAR)};
    const { isWorkingDay, workingDaysBetween, workingDaysEnd } = packageCalendar;
    import { addMonths } from ${JSON.stringify(DATES)};
    console.log(JSON.stringify({
      offset: new Date(2026, 9, 1).getTimezoneOffset(),
      end: workingDaysEnd('2026-09-28', 5),
      between: workingDaysBetween('2026-09-28', '2026-10-10'),
      days: ${JSON.stringify(DAYS)}.map(isWorkingDay),
      needed: addMonths('2026-08-31', 6),
    }));`;
  const expected = {
    end: '2026-10-09',
    between: 6,
    days: [false, true, true, false, true, false, true, false],
    needed: '2027-02-28',
  };

  it('gives the same answers in process', () => {
    expect({
      end: workingDaysEnd('2026-09-28', 5),
      between: workingDaysBetween('2026-09-28', '2026-10-10'),
      days: DAYS.map(isWorkingDay),
    }).toEqual({ end: expected.end, between: expected.between, days: expected.days });
  });

  it.each([
    ['America/New_York', 240],
    ['Pacific/Honolulu', 600],
    ['Pacific/Kiritimati', -840],
  ])(
    'gives the same answers in a process running in %s',
    (TZ, offset) => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: ROOT,
        env: { ...process.env, TZ },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(JSON.parse(out.trim().split('\n').at(-1) ?? '')).toEqual({ offset, ...expected });
    },
    60_000,
  );
});
