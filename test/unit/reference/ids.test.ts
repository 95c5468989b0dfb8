import { describe, expect, it } from 'vitest';
import { isValidHkMacaoPermitNumber, isValidPermanentResidenceId, isValidTaiwanPermitNumber, residentIdCheckChar } from '../../../src/shared/reference/ids.js';

// 9 + province 11 (Beijing) + nationality 840 + birth 19900101 + sequence
const base = (seq: string, birth = '19900101') => `911840${birth}${seq}`;
const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

describe('residentIdCheckChar', () => {
  it('matches the GB 11643 worked example 11010519491231002X', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });
  it('rejects input that is not 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('isValidPermanentResidenceId', () => {
  const valid = withCheck(base('001'));

  it('accepts a well-formed number', () => {
    expect(valid).toHaveLength(18);
    expect(isValidPermanentResidenceId(valid)).toBe(true);
  });
  it('rejects every wrong check character', () => {
    const wrong = '0123456789X'.split('').filter((c) => c !== valid[17]);
    for (const c of wrong) expect(isValidPermanentResidenceId(valid.slice(0, 17) + c)).toBe(false);
  });
  it('accepts X for 10, also typed lowercase or full-width', () => {
    let seq = 0;
    let id = '';
    while (!id.endsWith('X')) id = withCheck(base(String(seq++).padStart(3, '0')));
    expect(isValidPermanentResidenceId(id)).toBe(true);
    expect(isValidPermanentResidenceId(id.slice(0, 17) + 'x')).toBe(true);
    expect(isValidPermanentResidenceId(` ${id.slice(0, 17)}Ｘ `)).toBe(true);
  });
  it('rejects a valid PRC resident ID that does not start with 9', () => {
    expect(isValidPermanentResidenceId('11010519491231002X')).toBe(false);
  });
  it('rejects wrong lengths and non-digits', () => {
    expect(isValidPermanentResidenceId(valid.slice(0, 17))).toBe(false);
    expect(isValidPermanentResidenceId(valid + '0')).toBe(false);
    expect(isValidPermanentResidenceId(valid.replace('840', '8A0'))).toBe(false);
    expect(isValidPermanentResidenceId('')).toBe(false);
    expect(isValidPermanentResidenceId(null)).toBe(false);
  });
  it('rejects an impossible birth date even with a matching check character', () => {
    expect(isValidPermanentResidenceId(withCheck(base('001', '19900230')))).toBe(false);
    expect(isValidPermanentResidenceId(withCheck(base('001', '20000229')))).toBe(true);
  });
});

describe('Hong Kong / Macao and Taiwan permit numbers', () => {
  it.each(['H12345678', 'M12345678', 'H1234567801', 'm12345678', 'Ｈ１２３４５６７８'])('港澳居民来往内地通行证 %s is well formed', (n) => {
    expect(isValidHkMacaoPermitNumber(n)).toBe(true);
  });
  it.each(['12345678', 'K12345678', 'H1234567', 'H123456789', 'H123456780123', 'HM1234567', ''])('港澳居民来往内地通行证 %s is not', (n) => {
    expect(isValidHkMacaoPermitNumber(n)).toBe(false);
  });
  it.each(['12345678', '1234567801', '1234567801(B)', '1234567801B', '1234567801（B）'])('台湾居民来往大陆通行证 %s is well formed', (n) => {
    expect(isValidTaiwanPermitNumber(n)).toBe(true);
  });
  it.each(['1234567', '123456789', 'T12345678', '12345678(B)', '1234567801(BB)', ''])('台湾居民来往大陆通行证 %s is not', (n) => {
    expect(isValidTaiwanPermitNumber(n)).toBe(false);
  });
});
