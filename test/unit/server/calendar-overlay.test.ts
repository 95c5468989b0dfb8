import { describe, expect, it } from 'vitest';
import { CalendarNotCovered, packageCalendar, WorkingCalendar, type CalendarYear } from '../../../src/server/platform/calendar/calendar';
import { dayProblems } from '../../../src/server/platform/calendar/calendar.service';
import { parseDayKind } from '../../../src/server/platform/calendar/calendar.excel';

/** A year as an office enters it: dates → holiday (H) or make-up working day (W). */
const officeYear = (year: number, days: Record<string, 'H' | 'W'>): CalendarYear => ({
  year,
  source: 'office',
  days: new Map(Object.entries(days).map(([date, k]) => [date, { kind: k === 'H' ? ('holiday' as const) : ('workday' as const), name: '测试' }])),
});

// 2027 as an office might enter it (dates made up for the test): 元旦 Fri 1 January; 春节 Mon 8 – Sun 14
// February, with the weekend before it; a make-up Saturday 20 February.
const Y2027 = officeYear(2027, {
  '2027-01-01': 'H',
  '2027-02-08': 'H',
  '2027-02-09': 'H',
  '2027-02-10': 'H',
  '2027-02-11': 'H',
  '2027-02-12': 'H',
  '2027-02-13': 'H',
  '2027-02-14': 'H',
  '2027-02-20': 'W',
});

const caught = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err;
  }
  return null;
};

describe('the office’s years over the package’s', () => {
  it('an office 2027 makes 2027 covered, and nothing else', () => {
    const cal = new WorkingCalendar([Y2027]);
    expect(cal.covers('2027-06-30')).toBe(true);
    expect(cal.yearOf(2027)?.source).toBe('office');
    expect(cal.yearOf(2026)?.source).toBe('package');
    expect(packageCalendar.covers('2027-06-30')).toBe(false);
    expect(cal.isWorkingDay('2027-01-04')).toBe(true); // an ordinary Monday
    expect(cal.isWorkingDay('2027-01-01')).toBe(false); // 元旦, a Friday
    expect(
      cal
        .coveredYears()
        .map((y) => y.year)
        .slice(-2),
    ).toEqual([2026, 2027]);
  });

  it('a date in 2028 is refused with the year named', () => {
    const cal = new WorkingCalendar([Y2027]);
    for (const f of [
      () => cal.isWorkingDay('2028-01-03'),
      () => cal.workingDaysBetween('2027-12-27', '2028-01-05'),
      () => cal.workingDaysEnd('2027-12-27', 10),
    ]) {
      const err = caught(f);
      expect(err).toBeInstanceOf(CalendarNotCovered);
      expect((err as CalendarNotCovered).year).toBe(2028);
    }
    // Fri 24, Mon 27 – Fri 31 December: six working days fit; the seventh would be in 2028.
    expect(cal.workingDaysEnd('2027-12-24', 6)).toBe('2027-12-31');
  });

  it('an office year replaces the package’s year entirely', () => {
    // 2026-10-01 is National Day in the package; the office's 2026 (say, a corrected notice) lists only 2 October.
    const cal = new WorkingCalendar([officeYear(2026, { '2026-10-02': 'H', '2026-10-10': 'W' })]);
    expect(packageCalendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(cal.isWorkingDay('2026-10-01')).toBe(true); // a Thursday, no longer a holiday
    expect(cal.isWorkingDay('2026-10-02')).toBe(false);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // the make-up Saturday
    // The package's Spring Festival is not in the office's 2026 either.
    expect(packageCalendar.isWorkingDay('2026-02-17')).toBe(false);
    expect(cal.isWorkingDay('2026-02-17')).toBe(true);
    // Other years keep the package's data.
    expect(cal.isWorkingDay('2025-10-01')).toBe(false);
  });

  it('counts around make-up working days and holidays at their boundaries', () => {
    const cal = new WorkingCalendar([Y2027]);
    // Fri 5 Feb is the last working day before 春节; Mon 15 the first after it; Sat 20 a make-up working day.
    expect(cal.workingDaysEnd('2027-02-05', 1)).toBe('2027-02-05');
    expect(cal.workingDaysEnd('2027-02-05', 2)).toBe('2027-02-15');
    expect(cal.workingDaysEnd('2027-02-06', 1)).toBe('2027-02-15'); // a Saturday in the holiday: starts after it
    expect(cal.workingDaysEnd('2027-02-15', 5)).toBe('2027-02-19');
    expect(cal.workingDaysEnd('2027-02-15', 6)).toBe('2027-02-20'); // the make-up Saturday
    expect(cal.workingDaysEnd('2027-02-15', 7)).toBe('2027-02-22'); // not Sunday 21
    expect(cal.workingDaysBetween('2027-02-06', '2027-02-14')).toBe(0);
    expect(cal.workingDaysBetween('2027-02-19', '2027-02-21')).toBe(2);
    expect(cal.workingDaysBetween('2026-12-31', '2027-01-04')).toBe(2); // Thu 31 (package), Fri 1 holiday, Mon 4
  });

  it('checks a year’s entered days', () => {
    expect(dayProblems(2027, [{ date: '2027-01-01', kind: 'holiday', name: '' }])).toEqual({ problems: [], noHolidays: false });
    const { problems, noHolidays } = dayProblems(2027, [
      { date: '2028-01-01', kind: 'holiday', name: '' },
      { date: '2027-02-20', kind: 'workday', name: '' },
      { date: '2027-02-20', kind: 'workday', name: '' },
      { date: '2027-02-22', kind: 'workday', name: '' },
    ]);
    expect(problems.map((p) => [p.index, p.key])).toEqual([
      [0, 'err.calendarDayYear'],
      [2, 'err.calendarDayDuplicate'],
      [3, 'err.calendarWorkdayWeekday'],
    ]);
    expect(noHolidays).toBe(true);
  });

  it('reads the sheet’s words for holidays and make-up days', () => {
    for (const w of ['放假', '休', ' 放假 ', 'Holiday']) expect(parseDayKind(w), w).toBe('holiday');
    for (const w of ['调休上班', '上班', '班', '补班', 'Workday', 'working day']) expect(parseDayKind(w), w).toBe('workday');
    for (const w of ['', null, '休息一下', 3]) expect(parseDayKind(w), String(w)).toBeNull();
  });
});
