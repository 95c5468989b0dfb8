/**
 * Check digits of two Chinese identifiers a unit's registration carries, so a mistyped number is caught on the form
 * rather than by the office days later:
 * - 统一社会信用代码 (GB 32100-2015): 18 characters of 0-9 and the capitals without I, O, S, V, Z; the last is a
 *   check character, 31 − (Σ value × 3^i mod 31) mod 31, over the first 17.
 * - 公民身份号码 (GB 11643-1999): 17 digits (6 of the address, 8 of the birth date, 3 of the order) and a check
 *   character of ISO 7064 MOD 11-2, '0'-'9' or 'X'.
 */
import { residentIdCheckChar } from './ids.js';

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character a credit code's first 17 characters call for, or null when one of them is not allowed. */
export function creditCodeCheck(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARS.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * CREDIT_WEIGHTS[i];
  }
  return CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

/** Whether a 统一社会信用代码 is well formed and its check character right (upper case, as printed on the licence). */
export function isCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheck(code.slice(0, 17)) === code[17];
}

/** Whether year-month-day names a day of the Gregorian calendar, by arithmetic (no Date, so no time zone). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Whether an 18-digit 公民身份号码 has a real birth date and the right check character ('x' read as 'X'). */
export function isIdNumber(id: string): boolean {
  const n = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(n)) return false;
  if (!isCalendarDate(Number(n.slice(6, 10)), Number(n.slice(10, 12)), Number(n.slice(12, 14)))) return false;
  return residentIdCheckChar(n.slice(0, 17)) === n[17];
}
