/**
 * Foreigner's permanent residence ID card (外国人永久居留身份证, 2023 format):
 * '9' + 2-digit province + 3-digit nationality code + 8-digit birth date
 * + 3-digit sequence + check character, the check being ISO 7064 MOD 11-2 exactly as
 * on a PRC resident ID, so one routine serves both.
 */
import { fullWidthToAscii } from './normalize.js';

/** Weight of position i is 2^(17-i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** ISO 7064 MOD 11-2 check character for the first 17 digits ('X' stands for 10). */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * True for a well-formed 2023-format number. The embedded birth date is also checked
 * because a mistyped digit passes MOD 11-2 one time in eleven. Accepts lowercase 'x'
 * and full-width input, as typed into forms.
 */
export function isValidPermanentResidenceId(s: string | null | undefined): boolean {
  if (s == null) return false;
  const id = fullWidthToAscii(s).trim().toUpperCase();
  if (!/^9\d{16}[\dX]$/.test(id)) return false;
  if (!isRealDate(id.slice(6, 14))) return false;
  return residentIdCheckChar(id.slice(0, 17)) === id[17];
}

/**
 * 港澳居民来往内地通行证 (issued since 1999): the Ministry of Public Security's numbering rule (公安部
 * 《港澳居民来往内地通行证号码规则》, published 2010-03-10) gives 11 characters: 'H' (Hong Kong) or 'M' (Macao),
 * the holder's 8-digit lifelong number, then 2 digits counting renewals (00, 01 …). The card issued since 2013
 * prints only the letter and the lifelong number (9 characters), so both forms are accepted.
 */
export function isValidHkMacaoPermitNumber(s: string): boolean {
  return /^[HM]\d{8}(\d{2})?$/.test(fullWidthToAscii(s).trim().toUpperCase());
}

/**
 * 台湾居民来往大陆通行证: since 2008-09-25 the number is the holder's 8-digit lifelong number, "一人一号、终身不变"
 * (announced by the exit-entry administration, 中新网 2008-09-12). Permits issued 1992–2008 and still seen in old
 * sheets add 2 digits for the issue count and, from Hong Kong / Macao offices, the issuing office's letter or digit
 * in brackets: 12345678 01(B). Those older forms are accepted too.
 */
export function isValidTaiwanPermitNumber(s: string): boolean {
  return /^\d{8}(\d{2}(\(?[A-Z0-9]\)?)?)?$/.test(fullWidthToAscii(s).trim().toUpperCase());
}
