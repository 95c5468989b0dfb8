/** Issue 8 §5 on the ledger's own rules: the reasons a clerk reads, the permits of HK/Macao/Taiwan residents, free text. */
import { describe, expect, it } from 'vitest';
import { residentInputSchema } from '../../../src/shared/contracts/residents';
import { parseRow } from '../../../src/server/modules/residents/residents.excel';
import { reviewFlags, toStoredFields } from '../../../src/server/modules/residents/residents.normalize';
import { translate } from '../../../src/server/platform/i18n/i18n';

const input = (over: Record<string, unknown> = {}) =>
  residentInputSchema.parse({ orgUnitId: 5, surname: 'KIM', givenNames: 'MINSU', nationality: 'KOR', docType: 'passport', docNumber: 'M12345678', ...over });
const reasons = (over: Record<string, unknown>, locale: 'zh-CN' | 'en-US' = 'zh-CN') => {
  const r = toStoredFields(input(over), '2026-12-02');
  return 'problems' in r ? r.problems.map((p) => translate(locale, p.key, p.params)) : [];
};

describe("ledger reasons in the office's words", () => {
  it('names the dates of a wrong order by their labels', () => {
    expect(reasons({ visaIssueDate: '2026-05-01', visaExpiry: '2026-04-01' })).toEqual(['签证有效期不能早于签发日期']);
    expect(reasons({ visaIssueDate: '2026-05-01', visaExpiry: '2026-04-01' }, 'en-US')).toEqual(['Visa/permit expiry cannot be earlier than Visa issue date']);
    expect(reasons({ arrivalDate: '2026-05-01', departureDate: '2026-04-01' })).toEqual(['离境日期不能早于入境日期']);
  });

  it("refuses a Chinese national on the foreigners' ledger, with a reason", () => {
    for (const nationality of ['中国', 'CHN', '中华人民共和国']) {
      expect(reasons({ nationality })).toEqual([translate('zh-CN', 'err.chineseNationality')]);
    }
    expect(reasons({ nationality: 'CHN' })[0]).toContain('中国台湾');
    expect(reasons({ nationality: 'CHN' }, 'en-US')[0]).toMatch(/^Chinese nationals are not kept/);
  });

  it('accepts the permits of Hong Kong, Macao and Taiwan residents with their number formats', () => {
    expect(reasons({ nationality: '中国香港', docType: 'hk_macao_permit', docNumber: 'H12345678' })).toEqual([]);
    expect(reasons({ nationality: '中国澳门', docType: 'hk_macao_permit', docNumber: 'M1234567801' })).toEqual([]);
    expect(reasons({ nationality: '中国台湾', docType: 'taiwan_permit', docNumber: '12345678' })).toEqual([]);
    expect(reasons({ nationality: '中国香港', docType: 'hk_macao_permit', docNumber: '12345678' })).toEqual([
      '港澳居民来往内地通行证号码格式不正确：H 或 M 加 8 位数字（旧证另有 2 位换证次数）',
    ]);
    expect(reasons({ nationality: '中国台湾', docType: 'taiwan_permit', docNumber: 'T1234567' }, 'en-US')).toEqual([
      'The Mainland Travel Permit for Taiwan Residents number is not in the right format: 8 digits (older permits add 2 digits)',
    ]);
    expect(reasons({ nationality: 'KOR', docType: 'taiwan_permit', docNumber: '12345678' })).toEqual(['台湾居民来往大陆通行证的持证人国籍/地区应为中国台湾']);
  });

  it('flags 中国台湾 with an ordinary passport for review, and nothing else', () => {
    expect(reviewFlags({ nationality: 'TWN', docType: 'passport' })).toEqual(['taiwanPassport']);
    expect(reviewFlags({ nationality: 'TWN', docType: 'taiwan_permit' })).toEqual([]);
    expect(reviewFlags({ nationality: 'KOR', docType: 'passport' })).toEqual([]);
    expect(reasons({ nationality: '中国台湾', docNumber: '312345678' })).toEqual([]);
  });
});

describe('an import row', () => {
  const resolve = Object.assign(() => null, { explain: () => ({ kind: 'street' as const, name: '西湖街道' }) });

  it('names an unknown street in its reason', () => {
    const r = parseRow({ nationality: 'KOR', docNumber: 'M12345678', district: '西湖区', street: '西湖街道' }, resolve, 'zh-CN');
    expect(!r.ok && r.reason).toBe('找不到街道“西湖街道”');
    const en = parseRow({ nationality: 'KOR', docNumber: 'M12345678', street: '西湖街道' }, resolve, 'en-US');
    expect(!en.ok && en.reason).toBe('No subdistrict named "西湖街道"');
  });

  it("says a missing document number is required, by the sheet's label", () => {
    const r = parseRow({ nationality: 'KOR' }, () => 42, 'zh-CN');
    expect(!r.ok && r.reason).toBe('证件号码必填');
    const en = parseRow({ nationality: 'KOR', docNumber: 'M1' }, () => 42, 'en-US');
    expect(!en.ok && en.reason).toBe('Document number needs at least 3 characters');
  });

  it('keeps free text as typed, full-width punctuation and line breaks included, and folds codes', () => {
    const r = parseRow(
      {
        nationality: 'ＫＯＲ',
        docNumber: 'ｍ１２３４５６７８',
        notes: '已核实（见附件）：住所变更，\n待回访！',
        addressDetail: '文三路１２号（东门）',
        employer: '浙江大学，外国语学院',
        purpose: '学习；交流',
      },
      () => 42,
      'zh-CN',
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.value).toMatchObject({
      nationality: 'KOR',
      docNumber: 'M12345678',
      notes: '已核实（见附件）：住所变更，\n待回访！',
      addressDetail: '文三路１２号（东门）',
      employer: '浙江大学，外国语学院',
      purpose: '学习；交流',
    });
  });

  it('reads a date written in Chinese numerals', () => {
    const r = parseRow({ nationality: 'KOR', docNumber: 'M12345678', arrivalDate: '二〇二〇年三月十一日' }, () => 42, 'zh-CN');
    expect(r.ok && r.value.arrivalDate).toBe('2020-03-11');
  });
});
