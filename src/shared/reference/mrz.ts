/**
 * ICAO 9303 machine-readable zones (TD1 ID card 3×30, TD2 2×36, TD3 passport 2×44).
 *
 * Fields and check digits are computed here from fixed positions, because the `mrz`
 * package nulls a field as soon as its check digit fails, and the form must still be
 * filled with what was read and the wrong field highlighted. The package is consulted
 * as a second opinion for everything else (document code, state codes, sex).
 */
import { parse as libParse, states as libStates } from 'mrz';
import { toAlpha3 } from './countries.js';
import { parseFlexibleDate, todayInShanghai } from './dates.js';
import { fullWidthToAscii } from './normalize.js';
import type { DocTypeCode } from './visas.js';

export type MrzFormat = 'TD1' | 'TD2' | 'TD3';
export type MrzCheckField = 'documentNumber' | 'birthDate' | 'expiryDate' | 'personalNumber' | 'composite';
export interface MrzCheck {
  field: MrzCheckField;
  valid: boolean;
  expected?: string;
  found?: string;
}
export interface MrzError {
  code: string;
  message_zh: string;
  message_en: string;
  field?: string;
}
export interface MrzFields {
  documentCode: string; // raw, e.g. 'P', 'PD', 'ID'
  documentType: DocTypeCode;
  surname: string;
  givenNames: string;
  documentNumber: string;
  issuingState: string; // alpha-3 when known, else the raw MRZ code (e.g. 'XXA' stateless)
  nationality: string;
  birthDate: string | null; // null when the digits are not a real date
  sex: 'M' | 'F' | 'X';
  expiryDate: string | null;
  personalNumber: string; // TD3 personal number, TD1/TD2 optional data
}
export interface MrzResult {
  format: MrzFormat;
  valid: boolean;
  fields: MrzFields;
  checks: MrzCheck[];
  errors: MrzError[];
  lines: string[];
}
export interface MrzFailure {
  format: null;
  valid: false;
  fields: null;
  checks: [];
  errors: MrzError[];
  lines: string[];
}

const CHECK_WEIGHTS = [7, 3, 1];

/** ICAO 9303 check digit: weights 7-3-1, '<' = 0, digits as is, A = 10 … Z = 35. */
export function mrzCheckDigit(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : c === 60 ? 0 : NaN;
    if (Number.isNaN(v)) throw new RangeError(`invalid MRZ character: ${s[i]}`);
    sum += v * CHECK_WEIGHTS[i % 3]!;
  }
  return String(sum % 10);
}

const WIDTH: Record<MrzFormat, number> = { TD1: 30, TD2: 36, TD3: 44 };
const FIELD_ZH: Record<string, string> = {
  documentNumber: '证件号码',
  birthDate: '出生日期',
  expiryDate: '有效期至',
  personalNumber: '个人号码',
  composite: '综合',
  documentCode: '证件类型代码',
  issuingState: '签发国',
  nationality: '国籍',
  sex: '性别',
  lastName: '姓',
  firstName: '名',
  optional: '可选数据',
  optional1: '可选数据',
  optional2: '可选数据',
};

function fail(code: string, zh: string, en: string, lines: string[]): MrzFailure {
  return { format: null, valid: false, fields: null, checks: [], errors: [{ code, message_zh: zh, message_en: en }], lines };
}

/**
 * Spaces inside a line are either visual grouping (drop them) or typed instead of '<'
 * (replace them); only the variant that yields the exact width is unambiguous.
 * Name lines lose their trailing fillers when typed, so they may also be padded.
 */
function fitLine(line: string, width: number, padable: boolean): string {
  if (!/\s/.test(line)) return padable && line.length < width ? line.padEnd(width, '<') : line;
  const dropped = line.replace(/\s+/g, '');
  if (dropped.length === width) return dropped;
  const filled = line.replace(/\s/g, '<');
  if (filled.length === width || !padable) return filled;
  return filled.length < width ? filled.padEnd(width, '<') : filled;
}

function layout(text: string): { format: MrzFormat; lines: string[] } | { lines: string[] } {
  const cleaned = fullWidthToAscii(text)
    .toUpperCase()
    .replace(/[«‹＜]/g, '<');
  let lines = cleaned
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 1) {
    // A paste that lost its line breaks: split by the only total lengths that exist.
    const one = lines[0]!.replace(/\s+/g, '');
    const width = one.length === 88 ? 44 : one.length === 72 ? 36 : one.length === 90 ? 30 : 0;
    if (width) lines = one.match(new RegExp(`.{${width}}`, 'g'))!;
  }
  if (lines.length === 3) {
    const fitted = [fitLine(lines[0]!, 30, true), fitLine(lines[1]!, 30, false), fitLine(lines[2]!, 30, true)];
    return fitted.every((l) => l.length === 30) ? { format: 'TD1', lines: fitted } : { lines: fitted };
  }
  if (lines.length === 2) {
    for (const format of ['TD3', 'TD2'] as const) {
      const w = WIDTH[format];
      const fitted = [fitLine(lines[0]!, w, true), fitLine(lines[1]!, w, false)];
      if (fitted.every((l) => l.length === w)) return { format, lines: fitted };
    }
  }
  return { lines };
}

function splitName(field: string): { surname: string; givenNames: string } {
  const clean = (s: string) => s.replace(/</g, ' ').replace(/\s+/g, ' ').trim();
  const at = field.indexOf('<<');
  return at < 0 ? { surname: clean(field), givenNames: '' } : { surname: clean(field.slice(0, at)), givenNames: clean(field.slice(at + 2)) };
}

/** YYMMDD → YYYY-MM-DD with the caller's century rule, or null if not a real date. */
function mrzDate(raw: string, century: (yy: number) => number): string | null {
  if (!/^\d{6}$/.test(raw)) return null;
  const yy = Number(raw.slice(0, 2));
  const r = parseFlexibleDate(`${century(yy)}-${raw.slice(2, 4)}-${raw.slice(4, 6)}`);
  return r.ok ? r.value : null;
}

function docTypeOf(code: string): DocTypeCode {
  if (code.startsWith('P')) return 'passport';
  return /^[IAC]/.test(code) ? 'id_card' : 'other';
}

export function parseMrz(text: string, opts: { now: Date }): MrzResult | MrzFailure {
  const laid = layout(text ?? '');
  const lines = laid.lines;
  if (lines.length === 0) return fail('empty', '未输入 MRZ', 'No MRZ entered', lines);
  if (lines.some((l) => !/^[A-Z0-9<]+$/.test(l))) {
    return fail('bad_characters', 'MRZ 只能包含字母、数字和 <', 'MRZ may only contain letters, digits and <', lines);
  }
  if (!('format' in laid)) {
    return fail(
      'bad_layout',
      '无法识别 MRZ 格式：应为 2 行×44 位（护照）、2 行×36 位或 3 行×30 位',
      'Unrecognised MRZ layout: expected 2×44 (passport), 2×36 or 3×30 characters',
      lines,
    );
  }
  const { format } = laid;
  const [a, b, c = ''] = lines as [string, string, string?];

  // Positions per ICAO 9303 parts 4–6.
  const td1 = format === 'TD1';
  const w = WIDTH[format];
  let docNumber = td1 ? a.slice(5, 14) : b.slice(0, 9);
  let docCheck = td1 ? a[14]! : b[9]!;
  let optional = td1 ? a.slice(15, 30) + b.slice(18, 29) : format === 'TD2' ? b.slice(28, 35) : b.slice(28, 42);
  const birth = td1 ? b.slice(0, 6) : b.slice(13, 19);
  const birthCheck = td1 ? b[6]! : b[19]!;
  const sexRaw = td1 ? b[7]! : b[20]!;
  const expiry = td1 ? b.slice(8, 14) : b.slice(21, 27);
  const expiryCheck = td1 ? b[14]! : b[27]!;
  const nationalityRaw = td1 ? b.slice(15, 18) : b.slice(10, 13);
  const composite = td1
    ? { data: a.slice(5, 30) + b.slice(0, 7) + b.slice(8, 15) + b.slice(18, 29), found: b[29]! }
    : { data: b.slice(0, 10) + b.slice(13, 20) + b.slice(21, w - 1), found: b[w - 1]! };

  // TD1/TD2 numbers longer than 9: '<' in the check position, the rest plus its check
  // digit continue in the optional data up to the first filler.
  if (format !== 'TD3' && docCheck === '<') {
    const ext = optional.split('<')[0] ?? '';
    if (ext.length >= 2) {
      docNumber += ext.slice(0, -1);
      docCheck = ext.slice(-1);
      optional = optional.slice(ext.length);
    }
  }

  const checks: MrzCheck[] = [];
  const check = (field: MrzCheckField, data: string, found: string, fillerOk = false) => {
    const expected = mrzCheckDigit(data);
    const valid = found === expected || (fillerOk && found === '<' && /^<*$/.test(data));
    checks.push(valid ? { field, valid } : { field, valid, expected, found });
  };
  check('documentNumber', docNumber, docCheck);
  check('birthDate', birth, birthCheck);
  check('expiryDate', expiry, expiryCheck);
  if (format === 'TD3') check('personalNumber', b.slice(28, 42), b[42]!, true);
  check('composite', composite.data, composite.found);

  const errors: MrzError[] = checks
    .filter((k) => !k.valid)
    .map((k) => ({
      code: 'check_digit',
      field: k.field,
      message_zh: `${FIELD_ZH[k.field]}校验位错误（应为 ${k.expected}，实为 ${k.found}）`,
      message_en: `${k.field} check digit is wrong (expected ${k.expected}, found ${k.found})`,
    }));

  const currentYY = Number(todayInShanghai(opts.now).slice(2, 4));
  const birthDate = mrzDate(birth, (yy) => (yy > currentYY ? 1900 : 2000) + yy);
  const expiryDate = mrzDate(expiry, (yy) => (yy > 70 ? 1900 : 2000) + yy);
  if (!birthDate) errors.push({ code: 'invalid_date', field: 'birthDate', message_zh: `出生日期无效：${birth}`, message_en: `Invalid birth date: ${birth}` });
  if (!expiryDate)
    errors.push({ code: 'invalid_date', field: 'expiryDate', message_zh: `有效期无效：${expiry}`, message_en: `Invalid expiry date: ${expiry}` });

  const state = (raw: string, field: 'issuingState' | 'nationality'): string => {
    const code = raw.replace(/<+$/, '');
    const a3 = toAlpha3(code);
    if (!a3 && !(code in libStates)) {
      errors.push({ code: 'unknown_state', field, message_zh: `${FIELD_ZH[field]}代码未知：${code}`, message_en: `Unknown ${field} code: ${code}` });
    }
    return a3 ?? code;
  };
  const issuingState = state(a.slice(2, 5), 'issuingState');
  const nationality = state(nationalityRaw, 'nationality');

  // Second opinion from the package on what we do not check ourselves.
  try {
    const ours = new Set(['issuingState', 'nationality', 'birthDate', 'expirationDate', 'documentNumber']);
    for (const d of libParse(lines).details) {
      if (d.valid || !d.field || ours.has(d.field) || d.field.endsWith('CheckDigit')) continue;
      errors.push({
        code: `invalid_${d.field}`,
        field: d.field,
        message_zh: `${FIELD_ZH[d.field] ?? d.field}无效：${d.error ?? ''}`,
        message_en: `Invalid ${d.field}: ${d.error ?? ''}`,
      });
    }
  } catch (e) {
    errors.push({ code: 'library_rejected', message_zh: `MRZ 解析失败：${String(e)}`, message_en: `MRZ rejected: ${String(e)}` });
  }

  const documentCode = a.slice(0, 2).replace(/<+$/, '');
  const fields: MrzFields = {
    documentCode,
    documentType: docTypeOf(documentCode),
    ...splitName(td1 ? c : a.slice(5, w)),
    documentNumber: docNumber.replace(/</g, ''),
    issuingState,
    nationality,
    birthDate,
    sex: sexRaw === 'M' || sexRaw === 'F' ? sexRaw : 'X',
    expiryDate,
    personalNumber: optional.replace(/</g, ''),
  };
  return { format, valid: errors.length === 0, fields, checks, errors, lines };
}
