import { describe, expect, it } from 'vitest';
import { creditCodeCheck, isCreditCode, isIdNumber } from '../../../src/shared/reference/chinese-ids';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts the standard’s example code and checks any code by its rule', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true);
    expect(creditCodeCheck('91350100M000100Y4')).toBe('3');
  });

  it('refuses a wrong check character, a letter the code never uses, and a wrong length', () => {
    expect(isCreditCode('91350100M000100Y44')).toBe(false);
    expect(isCreditCode('91350100M000100Y4O')).toBe(false);
    // I, O, S, V and Z are not in the code's alphabet.
    expect(creditCodeCheck('91350100I000100Y4')).toBeNull();
    expect(isCreditCode('91350100M000100Y4')).toBe(false);
    expect(isCreditCode('91350100M000100Y433')).toBe(false);
    expect(isCreditCode('91350100m000100y43')).toBe(false);
  });

  it('gives 0 when the weighted sum is a multiple of 31 (check 31 becomes 0)', () => {
    // Every code whose first 17 sum to 0 mod 31: all zeros.
    expect(creditCodeCheck('00000000000000000')).toBe('0');
    expect(isCreditCode('000000000000000000')).toBe(true);
  });
});

describe('公民身份号码 (GB 11643-1999)', () => {
  it('accepts the standard’s examples, with X as the check character in either case', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('11010519491231002x')).toBe(true);
    expect(isIdNumber('440524188001010014')).toBe(true);
  });

  it('refuses a wrong check digit, an impossible birth date, and a wrong length or character', () => {
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(isIdNumber('11010519490230002X')).toBe(false);
    expect(isIdNumber('11010519491331002X')).toBe(false);
    expect(isIdNumber('1101051949123100')).toBe(false);
    expect(isIdNumber('11010519491231002Y')).toBe(false);
  });

  it('knows 29 February of leap years only', () => {
    // 2000-02-29 exists, 1900-02-29 does not; both made valid by their check digit otherwise.
    const withCheck = (first17: string) => {
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
      return first17 + '10X98765432'[sum % 11];
    };
    expect(isIdNumber(withCheck('11010520000229001'))).toBe(true);
    expect(isIdNumber(withCheck('11010519000229001'))).toBe(false);
  });
});
