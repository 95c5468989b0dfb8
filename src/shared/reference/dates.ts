/**
 * Calendar dates as 'YYYY-MM-DD' strings. The ledger stores dates, not instants, and
 * "today" is always the office's day in Asia/Shanghai whatever the server's TZ.
 *
 * Implemented with plain UTC arithmetic rather than dayjs: every operation here is on
 * whole calendar days, and UTC arithmetic cannot be shifted by the host time zone.
 */
import { toHalfWidth } from './normalize.js';

export type ParsedDate = { ok: true; value: string } | { ok: false; reason: 'empty' | 'invalid' };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;
const SHANGHAI = 'Asia/Shanghai';

const pad2 = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** Validates a calendar date and the 1900–2100 range the ledger accepts. */
function build(y: number, m: number, d: number): ParsedDate {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return { ok: false, reason: 'invalid' };
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: 'invalid' };
  return { ok: true, value: ymd(y, m, d) };
}

const shanghaiFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SHANGHAI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function shanghaiYmd(instant: Date): string {
  const parts = shanghaiFormat.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return ymd(get('year'), get('month'), get('day'));
}

/** The office's calendar day (Asia/Shanghai), independent of the host time zone. */
export function todayInShanghai(now: Date): string {
  return shanghaiYmd(now);
}

/**
 * Excel's 1900 date system: serial 1 = 1900-01-01, and Lotus's phantom 1900-02-29 is
 * serial 60, so from serial 61 on the epoch is effectively 1899-12-30. Serial 60 is
 * rejected because no real date corresponds to it. Fractions (a time of day) are dropped.
 */
function fromExcelSerial(serial: number): ParsedDate {
  if (!Number.isFinite(serial) || serial < 1) return { ok: false, reason: 'invalid' };
  const whole = Math.floor(serial);
  if (whole === 60) return { ok: false, reason: 'invalid' };
  const epoch = whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + whole * DAY_MS);
  return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A JS Date at exactly 00:00 UTC is taken as that UTC day: that is how ExcelJS and
 * `new Date('2020-03-01')` represent a date-only value. Any other instant (e.g. a browser
 * date picker's local midnight, 16:00Z the day before) is taken as its Shanghai day.
 */
function fromDate(date: Date): ParsedDate {
  if (Number.isNaN(date.getTime())) return { ok: false, reason: 'invalid' };
  if (date.getTime() % DAY_MS === 0) {
    return build(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const [y, m, d] = shanghaiYmd(date).split('-').map(Number) as [number, number, number];
  return build(y, m, d);
}

// ISO datetime with an explicit zone names an instant: convert it to the Shanghai day.
const ISO_ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
// Trailing clock time without a zone (Excel text exports, "2020-03-01T08:00") is ignored.
const TIME_SUFFIX = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${TIME_SUFFIX}$`);
const SEPARATED = new RegExp(String.raw`^(\d{4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,2})${TIME_SUFFIX}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{1,5}(?:\.\d+)?$/;

// 二〇二〇年三月十一日: the year digit by digit (〇, ○ and 零 for zero), month and day in counting numerals.
const CN_DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_NUMERALS = /^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]?$/;

/** 一 … 九, 十, 十一 … 十九, 二十, 二十一 … 三十一 → the number, or NaN for anything else (十十, 一二, 二十十). */
function countingNumeral(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return Number.NaN;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]]! : Number.NaN;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

function fromChineseNumerals(s: string): ParsedDate | null {
  const m = CHINESE_NUMERALS.exec(s);
  if (!m) return null;
  const year = Number([...m[1]!].map((c) => CN_DIGITS[c]).join(''));
  return build(year, countingNumeral(m[2]!), countingNumeral(m[3]!));
}

/**
 * Parses the date forms found in office spreadsheets into 'YYYY-MM-DD', Chinese numerals included
 * (二〇二〇年三月十一日, 二零二零年三月十一日).
 * Never guesses: anything ambiguous (6-digit strings, "3/1/2020", two-digit years) is invalid.
 */
export function parseFlexibleDate(input: string | number | Date | null | undefined): ParsedDate {
  if (input == null) return { ok: false, reason: 'empty' };
  if (input instanceof Date) return fromDate(input);
  if (typeof input === 'number') return fromExcelSerial(input);

  const s = toHalfWidth(input);
  if (!s) return { ok: false, reason: 'empty' };

  if (ISO_ZONED.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? { ok: false, reason: 'invalid' } : fromDate(new Date(t));
  }
  const numerals = fromChineseNumerals(s);
  if (numerals) return numerals;
  const m = CHINESE.exec(s) ?? COMPACT.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  const sep = SEPARATED.exec(s);
  if (sep) return build(Number(sep[1]), Number(sep[3]), Number(sep[4]));
  if (SERIAL.test(s)) {
    // A bare "2020" is a year someone typed, not serial 2020 (1905-07-12): refuse to guess.
    const n = Number(s);
    if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return { ok: false, reason: 'invalid' };
    return fromExcelSerial(n);
  }
  return { ok: false, reason: 'invalid' };
}

function toUtcMs(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !build(Number(m[1]), Number(m[2]), Number(m[3])).ok) {
    throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  }
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Adds n calendar days (n may be negative). Throws RangeError on a malformed date. */
export function addDays(date: string, n: number): string {
  const d = new Date(toUtcMs(date) + Math.trunc(n) * DAY_MS);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Signed whole days from a to b: daysBetween('2020-03-01', '2020-03-02') === 1. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/**
 * Adds n calendar months, keeping the day of the month where it exists and taking the month's last day
 * where it does not (31 August + 6 months → 28/29 February), as deadlines "within N months" are read.
 * Throws RangeError on a malformed or impossible date ('2026-02-30', '2026-13-01').
 */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !y || !m || !d || m > 12 || d > daysInMonth(y, m)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const index = y * 12 + (m - 1) + Math.trunc(n);
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return ymd(year, month, Math.min(d, last));
}

const officeMinuteFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: SHANGHAI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the office reads it, in Asia/Shanghai whatever the host's zone: '2026-12-02 15:59'. */
export function formatOfficeDateTime(instant: Date): string {
  const parts = officeMinuteFormat.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
