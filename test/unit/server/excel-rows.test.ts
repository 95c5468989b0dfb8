import { describe, expect, it } from 'vitest';
import { matchHeader, normalizeHeader } from '../../../src/server/platform/files/excel';
import { parseRow, SPECS as specs, type ColumnKey } from '../../../src/server/modules/residents/residents.excel';
import { englishDivisionName } from '../../../src/server/platform/org/org.seed';

const area = () => 42;

describe('header matching', () => {
  it('folds full-width, case, spaces and brackets', () => {
    expect(normalizeHeader(' 证件号码（护照） ')).toBe(normalizeHeader('证件号码(护照)'));
    expect(normalizeHeader('Passport No.')).toBe('passportno');
    expect(normalizeHeader('ＰＡＳＳＰＯＲＴ　ＮＯ')).toBe('passportno');
  });

  it('finds the columns of a Chinese header row and ignores unknown ones', () => {
    const cols = matchHeader<ColumnKey>(['序号', '英文姓名', '国籍', '护照号码', '出生日期', '乱七八糟'], specs, ['docNumber', 'nationality']);
    expect(cols && Object.fromEntries(cols)).toEqual({ 1: 'fullName', 2: 'nationality', 3: 'docNumber', 4: 'birthDate' });
  });

  it('is not a header row without the required columns', () => {
    expect(matchHeader<ColumnKey>(['上城区境外人员台账'], specs, ['docNumber', 'nationality'])).toBeNull();
    expect(matchHeader<ColumnKey>(['姓名', '国籍'], specs, ['docNumber', 'nationality'])).toBeNull();
  });
});

describe('parseRow', () => {
  it('reads the messy forms offices write', () => {
    const r = parseRow(
      {
        fullName: 'TANAKA HANAKO',
        nameZh: '田中花子',
        sex: '女',
        nationality: '日本',
        docNumber: 'ＴＺ１２３４５６７',
        birthDate: '1991年4月2日',
        arrivalDate: '2026.11.10',
        docExpiry: 46023,
        visaType: 'X1',
        accommodationRegistered: '是',
        tags: '留学生，重点',
      },
      area,
      'zh-CN',
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.value).toMatchObject({
      surname: 'TANAKA',
      givenNames: 'HANAKO',
      sex: 'F',
      nationality: '日本',
      docNumber: 'TZ1234567',
      birthDate: '1991-04-02',
      arrivalDate: '2026-11-10',
      docExpiry: '2026-01-01',
      docType: 'passport',
      accommodationRegistered: true,
      tags: ['留学生', '重点'],
      orgUnitId: 42,
    });
  });

  it('takes a real date cell as its calendar day', () => {
    const r = parseRow({ nationality: 'DEU', docNumber: 'C01X00T47', birthDate: new Date(Date.UTC(1985, 5, 30)) }, area, 'zh-CN');
    expect(r.ok && r.value.birthDate).toBe('1985-06-30');
  });

  it('explains every problem of a row in the user language', () => {
    const zh = parseRow({ nationality: 'KOR', docNumber: 'M1', birthDate: '2020-02-30' }, () => null, 'zh-CN');
    expect(zh.ok).toBe(false);
    if (!zh.ok) {
      expect(zh.reason).toContain('出生日期');
      expect(zh.reason).toContain('街道或社区');
      expect(zh.reason).toContain('证件号码');
    }
    const en = parseRow({ nationality: 'KOR', docNumber: 'M1', birthDate: '2020-02-30' }, () => null, 'en-US');
    expect(!en.ok && en.reason).toContain('Date of birth');
  });

  it('rejects an unknown document type rather than guessing', () => {
    const r = parseRow({ nationality: 'KOR', docNumber: 'M12345678', docType: '驾照' }, area, 'zh-CN');
    expect(r.ok).toBe(false);
  });
});

describe('englishDivisionName', () => {
  it.each([
    ['西湖区', 'Xihu District'],
    ['北山街道', 'Beishan Subdistrict'],
    ['清波门社区', 'Qingbomen Community'],
    ['长庆街道', 'Changqing Subdistrict'],
    ['某某村委会', 'Moumou Village'],
    ['建德市', 'Jiande City'],
    ['桐庐县', 'Tonglu County'],
  ])('%s → %s', (zh, en) => expect(englishDivisionName(zh)).toBe(en));
});

describe('export headers import back', () => {
  it.each(['zh-CN', 'en-US'] as const)('every %s export header maps to its own column', async (locale) => {
    const { exportColumns } = await import('../../../src/server/modules/residents/residents.excel');
    const columns = exportColumns(locale);
    const matched = matchHeader<ColumnKey>(
      columns.map((c) => c.header),
      specs,
      ['docNumber', 'nationality'],
    );
    expect(matched && [...matched.values()]).toEqual(columns.map((c) => c.key));
  });
});
