import { describe, expect, it } from 'vitest';
import { checkPasswordStrength, PASSWORD_WEAKNESS_LABELS, PASSWORD_WEAKNESSES } from '../../../src/shared/password-strength';
import { TEST_PASSWORD } from '../../helpers/app';

const reason = (pw: string, ctx = {}) => {
  const v = checkPasswordStrength(pw, ctx);
  return v.ok ? 'ok' : v.reason;
};

describe('password strength', () => {
  it('refuses the passwords the review found accepted, each with its reason', () => {
    expect(reason('aaaaaaaaaa')).toBe('repeat');
    expect(reason('1234567890')).toBe('common');
    expect(reason('password12')).toBe('common');
    expect(reason('qwertyuiop')).toBe('common');
    expect(reason('abcabcabcabc')).toBe('repeat');
  });

  it('refuses the user name, the display name and the office words', () => {
    expect(reason('Liangchaowei', { username: 'u1', displayName: 'Liang Chaowei' })).not.toBe('ok');
    expect(reason('Zhao_Li_88!x', { username: 'zhao_li_88' })).toBe('personal');
    expect(reason('district_operator_ab12', { username: 'district_operator_ab12' })).toBe('personal');
    expect(reason('waishi2026!')).not.toBe('ok');
    expect(reason('waiban123456')).not.toBe('ok');
    expect(reason('woaini1314520')).not.toBe('ok');
    expect(reason('zhangwei1990')).not.toBe('ok');
    // The same text is fine for someone whose name it is not.
    expect(reason('Zhao_Li_88!x', { username: 'someone_else' })).toBe('ok');
  });

  it('boundaries: 9 characters is too short whatever they are; 10 strong characters pass', () => {
    expect(reason('Kq7#pLm2v')).toBe('tooShort');
    expect(reason('Kq7#pLm2vX')).toBe('ok');
    expect(reason('aaaaaaaaa')).toBe('tooShort');
  });

  it('accepts the passwords tests and people use: several uncommon words, or a long random string', () => {
    expect(reason(TEST_PASSWORD)).toBe('ok');
    expect(reason('A-new-password-1')).toBe('ok');
    expect(reason('correct horse battery staple')).toBe('ok');
    expect(reason('x'.repeat(5) + 'Tq9!vR2#mZ' + 'y'.repeat(300))).toBe('ok');
  });

  it('has every reason in both languages', () => {
    for (const r of PASSWORD_WEAKNESSES) {
      expect(PASSWORD_WEAKNESS_LABELS[r]['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(PASSWORD_WEAKNESS_LABELS[r]['en-US']).toMatch(/^[A-Z]/);
    }
  });
});
