import { describe, expect, it } from 'vitest';
import { DOC_TYPES, VISA_TYPES, toDocType, toVisaType } from '../../../src/shared/reference/visas.js';

const REQUIRED = [
  'C',
  'D',
  'F',
  'G',
  'J1',
  'J2',
  'L',
  'M',
  'Q1',
  'Q2',
  'R',
  'S1',
  'S2',
  'X1',
  'X2',
  'Z',
  'WJ',
  'LY',
  'GW',
  'RP_WORK',
  'RP_STUDY',
  'RP_JOURNALIST',
  'RP_FAMILY',
  'RP_PRIVATE',
  'VISA_FREE',
  'TRANSIT_FREE',
  'PR',
];

describe('VISA_TYPES', () => {
  it('covers every required category exactly once', () => {
    const codes = VISA_TYPES.map((t) => t.code);
    expect([...codes].sort()).toEqual([...REQUIRED].sort());
  });
  it('groups permits, exemptions and permanent residence correctly', () => {
    const group = (code: string) => VISA_TYPES.find((t) => t.code === code)?.group;
    expect(group('Z')).toBe('visa');
    expect(group('WJ')).toBe('visa');
    expect(group('RP_STUDY')).toBe('permit');
    expect(group('TRANSIT_FREE')).toBe('exempt');
    expect(group('VISA_FREE')).toBe('exempt');
    expect(group('PR')).toBe('permanent');
  });
  it('has unique, non-empty labels in both languages', () => {
    expect(new Set(VISA_TYPES.map((t) => t.zh)).size).toBe(VISA_TYPES.length);
    expect(new Set(VISA_TYPES.map((t) => t.en)).size).toBe(VISA_TYPES.length);
  });
});

describe('toVisaType', () => {
  it('round-trips every code and label', () => {
    for (const t of VISA_TYPES) {
      expect(toVisaType(t.code)).toBe(t.code);
      expect(toVisaType(t.code.toLowerCase())).toBe(t.code);
      expect(toVisaType(t.zh)).toBe(t.code);
      expect(toVisaType(t.en)).toBe(t.code);
      expect(toVisaType(t.en.toUpperCase())).toBe(t.code);
    }
  });
  it('accepts the forms written in ledgers', () => {
    expect(toVisaType('Z字签证')).toBe('Z');
    expect(toVisaType('Z签')).toBe('Z');
    expect(toVisaType('z visa')).toBe('Z');
    expect(toVisaType('Ｚ签证')).toBe('Z');
    expect(toVisaType('X1签证')).toBe('X1');
    expect(toVisaType('J-1')).toBe('J1');
    expect(toVisaType('Q2字签证(探亲，短期)')).toBe('Q2');
    expect(toVisaType('工作类居留许可')).toBe('RP_WORK');
    expect(toVisaType('学习')).toBe('RP_STUDY');
    expect(toVisaType('团聚')).toBe('RP_FAMILY');
    expect(toVisaType('外交签证')).toBe('WJ');
    expect(toVisaType('144小时过境免签')).toBe('TRANSIT_FREE');
    expect(toVisaType('240小时过境免签')).toBe('TRANSIT_FREE');
    expect(toVisaType('免签')).toBe('VISA_FREE');
    expect(toVisaType('永居证')).toBe('PR');
  });
  it('returns null for unknown or non-visa codes with visa wording', () => {
    expect(toVisaType('Y签')).toBeNull();
    expect(toVisaType('PR签证')).toBeNull();
    expect(toVisaType('签证')).toBeNull();
    expect(toVisaType('')).toBeNull();
    expect(toVisaType(null)).toBeNull();
  });
});

describe('DOC_TYPES / toDocType', () => {
  it("has the eight document types, the Hong Kong / Macao and Taiwan residents' permits included", () => {
    expect(DOC_TYPES.map((d) => d.code)).toEqual([
      'passport',
      'diplomatic_passport',
      'service_passport',
      'travel_permit',
      'hk_macao_permit',
      'taiwan_permit',
      'id_card',
      'other',
    ]);
  });
  it('maps labels and common spellings', () => {
    for (const d of DOC_TYPES) {
      expect(toDocType(d.zh)).toBe(d.code);
      expect(toDocType(d.en)).toBe(d.code);
    }
    expect(toDocType('护照')).toBe('passport');
    expect(toDocType('公务普通护照')).toBe('service_passport');
    expect(toDocType('Diplomatic Passport')).toBe('diplomatic_passport');
    expect(toDocType('回乡证')).toBe('hk_macao_permit');
    expect(toDocType('台胞证')).toBe('taiwan_permit');
    expect(toDocType('驾照')).toBeNull();
  });
});
