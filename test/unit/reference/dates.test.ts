import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatOfficeDateTime, parseFlexibleDate, todayInShanghai } from '../../../src/shared/reference/dates.js';

const ok = (value: string) => ({ ok: true, value });
const invalid = { ok: false, reason: 'invalid' };
const empty = { ok: false, reason: 'empty' };

describe('parseFlexibleDate: written forms', () => {
  it.each([
    '2020年3月1日',
    '2020年03月01日',
    '2020 年 3 月 1 日',
    '2020年3月1号',
    '2020.3.1',
    '2020/3/1',
    '2020-3-1',
    '2020-03-01',
    '20200301',
    '２０２０年３月１日',
    '２０２０．０３．０１',
    '2020/3/1 10:15:00',
    '2020-03-01T08:00',
  ])('%s → 2020-03-01', (s) => {
    expect(parseFlexibleDate(s)).toEqual(ok('2020-03-01'));
  });

  it('converts zoned ISO datetimes to the Shanghai calendar day', () => {
    expect(parseFlexibleDate('2020-03-01T00:00:00Z')).toEqual(ok('2020-03-01'));
    // a browser date picker's local midnight in Shanghai, serialised as UTC
    expect(parseFlexibleDate('2020-02-29T16:00:00.000Z')).toEqual(ok('2020-03-01'));
    expect(parseFlexibleDate('2020-03-01T23:30:00+08:00')).toEqual(ok('2020-03-01'));
  });

  it('rejects impossible calendar dates', () => {
    for (const s of ['2020-02-30', '2020年2月30日', '20200230', '2019-02-29', '2020-13-01', '2020-00-10', '2020-04-31', '1900-02-29', '2100-02-29']) {
      expect(parseFlexibleDate(s), s).toEqual(invalid);
    }
  });

  it('handles leap years', () => {
    expect(parseFlexibleDate('2020-02-29')).toEqual(ok('2020-02-29'));
    expect(parseFlexibleDate('2000-02-29')).toEqual(ok('2000-02-29'));
    expect(parseFlexibleDate('2024.2.29')).toEqual(ok('2024-02-29'));
  });

  it('enforces the 1900–2100 year range', () => {
    expect(parseFlexibleDate('1899-12-31')).toEqual(invalid);
    expect(parseFlexibleDate('1900-01-01')).toEqual(ok('1900-01-01'));
    expect(parseFlexibleDate('2100-12-31')).toEqual(ok('2100-12-31'));
    expect(parseFlexibleDate('2101-01-01')).toEqual(invalid);
  });

  it('refuses ambiguous or malformed input instead of guessing', () => {
    for (const s of ['3/1/2020', '20-3-1', '2020-3/1', '202031', '2020年3月', '2020', 'abc', '2020-03-01T25:00Z']) {
      expect(parseFlexibleDate(s), s).toEqual(invalid);
    }
  });

  it('reports empty input as empty', () => {
    expect(parseFlexibleDate('')).toEqual(empty);
    expect(parseFlexibleDate(' \u3000 ')).toEqual(empty);
    expect(parseFlexibleDate(null)).toEqual(empty);
    expect(parseFlexibleDate(undefined)).toEqual(empty);
  });
});

describe('parseFlexibleDate: Excel serials', () => {
  it('maps known serials, including the 1900 leap-year bug', () => {
    expect(parseFlexibleDate(43891)).toEqual(ok('2020-03-01'));
    expect(parseFlexibleDate('43891')).toEqual(ok('2020-03-01'));
    expect(parseFlexibleDate('４３８９１')).toEqual(ok('2020-03-01'));
    expect(parseFlexibleDate(43891.75)).toEqual(ok('2020-03-01')); // time of day dropped
    expect(parseFlexibleDate(1)).toEqual(ok('1900-01-01'));
    expect(parseFlexibleDate(59)).toEqual(ok('1900-02-28'));
    expect(parseFlexibleDate(61)).toEqual(ok('1900-03-01'));
    expect(parseFlexibleDate(43890)).toEqual(ok('2020-02-29'));
    expect(parseFlexibleDate(73415)).toEqual(ok('2100-12-31'));
  });
  it('rejects serial 60 (the phantom 1900-02-29), zero, negatives and out-of-range serials', () => {
    expect(parseFlexibleDate(60)).toEqual(invalid);
    expect(parseFlexibleDate('60')).toEqual(invalid);
    expect(parseFlexibleDate(0)).toEqual(invalid);
    expect(parseFlexibleDate(-5)).toEqual(invalid);
    expect(parseFlexibleDate(73416)).toEqual(invalid);
    expect(parseFlexibleDate(Number.NaN)).toEqual(invalid);
    expect(parseFlexibleDate(Infinity)).toEqual(invalid);
    expect(parseFlexibleDate('123456')).toEqual(invalid); // 6 digits: neither serial nor YYYYMMDD
  });
});

describe('parseFlexibleDate: JS Date', () => {
  it('takes a UTC-midnight Date as that UTC day (ExcelJS convention)', () => {
    expect(parseFlexibleDate(new Date(Date.UTC(2020, 2, 1)))).toEqual(ok('2020-03-01'));
    expect(parseFlexibleDate(new Date('2020-03-01'))).toEqual(ok('2020-03-01'));
  });
  it('takes any other instant as its Shanghai day', () => {
    expect(parseFlexibleDate(new Date('2020-02-29T16:00:00Z'))).toEqual(ok('2020-03-01'));
    expect(parseFlexibleDate(new Date('2020-03-01T15:59:59Z'))).toEqual(ok('2020-03-01'));
  });
  it('rejects an invalid Date and out-of-range years', () => {
    expect(parseFlexibleDate(new Date('nope'))).toEqual(invalid);
    expect(parseFlexibleDate(new Date(Date.UTC(1899, 11, 31)))).toEqual(invalid);
  });
});

describe('todayInShanghai', () => {
  it('is already the next day in Shanghai after 16:00 UTC', () => {
    expect(todayInShanghai(new Date('2026-11-25T16:30:00Z'))).toBe('2026-11-26');
    expect(todayInShanghai(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
    expect(todayInShanghai(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});

describe('addDays / daysBetween', () => {
  it('crosses month, leap-day and year boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-02-28', 2)).toBe('2020-03-01');
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(addDays('2020-03-01', 0)).toBe('2020-03-01');
    expect(addDays('2026-01-01', -14)).toBe('2025-12-18');
  });
  it('counts signed whole days', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-02-28', '2019-03-01')).toBe(1);
    expect(daysBetween('2020-03-01', '2020-02-28')).toBe(-2);
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
    expect(daysBetween('2020-03-01', '2020-03-01')).toBe(0);
  });
  it('is the inverse of addDays', () => {
    for (const n of [-400, -1, 0, 1, 59, 365, 1000]) expect(daysBetween('2020-02-29', addDays('2020-02-29', n))).toBe(n);
  });
  it('throws on malformed or impossible dates', () => {
    expect(() => addDays('2020-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2020/03/01', '2020-03-02')).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month where it exists', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-11-14', 6)).toBe('2027-05-14');
    expect(addMonths('2026-03-31', 2)).toBe('2026-05-31');
    expect(addMonths('2026-01-31', 12)).toBe('2027-01-31');
    expect(addMonths('2026-05-20', 0)).toBe('2026-05-20');
  });

  it('takes the last day of a shorter month (month-end clamping)', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-05-31', 4)).toBe('2026-09-30');
    expect(addMonths('2026-08-30', 6)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('1900-01-31', 1)).toBe('1900-02-28'); // 1900 is not a leap year
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29'); // 2000 is
  });

  it('does not carry a clamped day into the following months', () => {
    expect(addMonths(addMonths('2026-01-31', 1), 1)).toBe('2026-03-28');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
  });

  it('crosses year boundaries both ways', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-07-01', 18)).toBe('2028-01-01');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', -13)).toBe('2025-02-28');
    expect(addMonths('2027-02-28', -6)).toBe('2026-08-28');
  });

  it('takes whole months only', () => {
    expect(addMonths('2026-01-31', 1.9)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -1.9)).toBe('2026-02-15');
  });

  it('throws on malformed or impossible dates, as addDays does', () => {
    for (const s of ['', 'abc', '2026/08/31', '2026-08-31T00:00', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31']) {
      expect(() => addMonths(s, 1), s).toThrow(RangeError);
    }
  });
});

describe('parseFlexibleDate with Chinese numerals', () => {
  const ok = (s: string) => parseFlexibleDate(s);
  it.each([
    ['二〇二〇年三月十一日', '2020-03-11'],
    ['二零二零年三月十一日', '2020-03-11'],
    ['二○二○年三月十一日', '2020-03-11'],
    ['二〇二〇年一月一日', '2020-01-01'],
    ['二〇二〇年十月十日', '2020-10-10'],
    ['二〇二〇年十一月二十日', '2020-11-20'],
    ['二〇二〇年十二月二十一日', '2020-12-21'],
    ['二〇二〇年十二月三十一日', '2020-12-31'],
    ['二〇二〇年二月二十九日', '2020-02-29'],
    ['一九九九年五月二十号', '1999-05-20'],
    ['二〇二〇年三月十一', '2020-03-11'],
    ['二〇二〇 年 三 月 十一 日', '2020-03-11'],
  ])('%s → %s', (s, want) => expect(ok(s)).toEqual({ ok: true, value: want }));

  it.each([
    '二〇二〇年四月三十一日', // 31 in a 30-day month
    '二〇二一年二月二十九日', // not a leap year
    '二〇二〇年十三月一日',
    '二〇二〇年〇月一日',
    '二〇二〇年一月〇日',
    '二〇二〇年一月三十二日',
    '二〇二〇年一月十十日',
    '二〇二〇年一月一二日',
    '二〇二〇年一月二十十日',
    '二〇年三月十一日',
    '一八〇〇年一月一日',
  ])('%s is invalid', (s) => expect(ok(s)).toEqual({ ok: false, reason: 'invalid' }));
});

describe('formatOfficeDateTime', () => {
  it('writes an instant in Asia/Shanghai to the minute, whatever the host zone', () => {
    expect(formatOfficeDateTime(new Date('2026-12-02T07:59:30Z'))).toBe('2026-12-02 15:59');
    expect(formatOfficeDateTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
  });
});
