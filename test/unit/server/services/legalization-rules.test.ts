/** The rules beside the route: the ready day in working days, the persons a case counts, the fees over their defaults, the states over theirs. */
import { describe, expect, it } from 'vitest';
import { packageCalendar } from '../../../../src/server/platform/calendar/calendar';
import { DEFAULT_FEES, feeTable, mergeStates, personsOf, readyOn } from '../../../../src/server/modules/services/legalization/legalization.rules';
import type { FeeRow, StateRow } from '../../../../src/server/modules/services/legalization/legalization.repository';

describe('the day the result is ready', () => {
  it('is the 4th working day after acceptance (urgent: the 2nd), the day of acceptance not counted', () => {
    // Friday 4 December 2026: Monday to Thursday of the next week.
    expect(readyOn(packageCalendar, '2026-12-04', 'normal')).toBe('2026-12-10');
    expect(readyOn(packageCalendar, '2026-12-04', 'urgent')).toBe('2026-12-08');
    // Accepted on a Monday: Tuesday and Wednesday for urgent, Friday for normal.
    expect(readyOn(packageCalendar, '2026-12-07', 'urgent')).toBe('2026-12-09');
    expect(readyOn(packageCalendar, '2026-12-07', 'normal')).toBe('2026-12-11');
  });

  it('skips the National Day holiday and counts its make-up Saturday', () => {
    // 2026: 1–7 October off, Saturday 10 October a working day.
    expect(readyOn(packageCalendar, '2026-09-29', 'urgent')).toBe('2026-10-08');
    expect(readyOn(packageCalendar, '2026-09-30', 'urgent')).toBe('2026-10-09');
    expect(readyOn(packageCalendar, '2026-09-30', 'normal')).toBe('2026-10-12');
  });
});

describe('persons (人次)', () => {
  it('counts the distinct holders named, one person when none is named, none without documents', () => {
    expect(personsOf([])).toBe(0);
    expect(personsOf([null, ''])).toBe(1);
    expect(personsOf(['张三', ' 张三 ', 'Anna  Li', 'anna li', null])).toBe(2);
  });
});

const fee = (category: string, urgency: string, amount: string, version = 1) => ({ category, urgency, amount, version }) as FeeRow;

describe('fees and states as data', () => {
  it('takes the office’s fee where it set one, the default elsewhere', () => {
    const fees = feeTable([fee('civil', 'urgent', '120.00', 2)]);
    expect(fees.amount('civil', 'urgent')).toBe(120);
    expect(fees.version('civil', 'urgent')).toBe(2);
    expect(fees.amount('commercial', 'normal')).toBe(DEFAULT_FEES.commercial.normal);
    expect(fees.version('commercial', 'normal')).toBe(0);
    expect(DEFAULT_FEES).toEqual({ civil: { normal: 50, urgent: 100 }, commercial: { normal: 100, urgent: 150 } });
  });

  it('lets the office’s row of a state replace the default, and adds a state the code does not list', () => {
    const rows = [
      { iso3: 'IND', apostilleFrom: '2027-01-01', objection: false, embassyStep: false, note: null, source: '公告', version: 3 },
      { iso3: 'ATA', apostilleFrom: null, objection: false, embassyStep: true, note: null, source: 'x', version: 1 },
    ] as StateRow[];
    const states = mergeStates(rows);
    expect(states.find((s) => s.iso3 === 'IND')).toMatchObject({ apostilleFrom: '2027-01-01', objection: false, edited: true, version: 3 });
    expect(states.find((s) => s.iso3 === 'ATA')?.edited).toBe(true);
    expect(states.find((s) => s.iso3 === 'DEU')).toMatchObject({ edited: false, version: 0 });
    expect(states.map((s) => s.iso3)).toEqual([...states.map((s) => s.iso3)].sort());
  });
});
