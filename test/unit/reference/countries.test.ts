import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName, toAlpha3 } from '../../../src/shared/reference/countries.js';

const ALIASES: Record<string, string[]> = {
  KOR: ['韩国', '大韩民国', '南韩', 'South Korea', 'Republic of Korea', 'KOR', 'kr'],
  PRK: ['朝鲜', '北韩', 'North Korea', 'PRK'],
  USA: ['美国', '美利坚合众国', 'USA', 'U.S.', 'United States of America', 'United States', 'us'],
  GBR: ['英国', '大不列颠及北爱尔兰联合王国', 'UK', 'Great Britain', 'England', 'United Kingdom', 'GB'],
  RUS: ['俄罗斯', '俄罗斯联邦', 'Russia', 'Russian Federation'],
  HKG: ['中国香港', '香港', 'Hong Kong', 'HK'],
  MAC: ['中国澳门', '澳门', 'Macau', 'Macao'],
  TWN: ['中国台湾', '台湾', '中国台湾省', 'Taiwan'],
  VNM: ['越南', 'Vietnam', 'Viet Nam'],
  LAO: ['老挝', 'Laos'],
  IRN: ['伊朗', 'Iran'],
  SYR: ['叙利亚', 'Syria'],
  VEN: ['委内瑞拉'],
  BOL: ['玻利维亚'],
  TZA: ['坦桑尼亚', 'Tanzania'],
  DEU: ['德国', '联邦德国', 'Germany', '德意志联邦共和国'],
  FRA: ['法国', 'France'],
  JPN: ['日本', 'Japan'],
  NLD: ['荷兰', 'The Netherlands', 'Holland'],
  CZE: ['捷克', 'Czechia', 'Czech Republic'],
  TUR: ['土耳其', '土耳其共和国', 'Türkiye', 'Turkiye', 'Turkey'],
  COD: ['刚果（金）', '刚果(金)', '刚果民主共和国', 'Democratic Republic of the Congo'],
  COG: ['刚果（布）', '刚果(布)', '刚果共和国'],
  CIV: ['科特迪瓦', 'Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  MMR: ['缅甸', 'Myanmar'],
  MYS: ['马来西亚'],
  SGP: ['新加坡'],
  THA: ['泰国'],
  PHL: ['菲律宾'],
  IDN: ['印度尼西亚', '印尼', 'Indonesia'],
  AUS: ['澳大利亚', '澳洲'],
  NZL: ['新西兰'],
  CAN: ['加拿大'],
  BRA: ['巴西'],
  ARG: ['阿根廷'],
  MEX: ['墨西哥'],
  ZAF: ['南非'],
  EGY: ['埃及'],
  IND: ['印度', 'India', 'IN'],
  PAK: ['巴基斯坦'],
  KAZ: ['哈萨克斯坦'],
  MNG: ['蒙古', '蒙古国'],
  UKR: ['乌克兰'],
  ITA: ['意大利'],
  ESP: ['西班牙'],
  PRT: ['葡萄牙'],
  CHE: ['瑞士'],
  SWE: ['瑞典'],
  CHN: ['中国', '中华人民共和国', 'China', 'CN'],
};

describe('toAlpha3', () => {
  for (const [code, forms] of Object.entries(ALIASES)) {
    it(`${code} from ${forms.join(' / ')}`, () => {
      for (const f of forms) expect(toAlpha3(f), f).toBe(code);
    });
  }

  it('ignores case, spaces and full-width forms', () => {
    expect(toAlpha3('ｋｏｒ')).toBe('KOR');
    expect(toAlpha3('ＫＲ')).toBe('KOR');
    expect(toAlpha3(' 韩\u3000国 ')).toBe('KOR');
    expect(toAlpha3('SOUTH  KOREA')).toBe('KOR');
    expect(toAlpha3('ｕ．ｓ．')).toBe('USA');
  });

  it('accepts ICAO MRZ special codes, with or without filler', () => {
    expect(toAlpha3('D')).toBe('DEU');
    expect(toAlpha3('D<<')).toBe('DEU');
    for (const c of ['GBD', 'GBN', 'GBO', 'GBS', 'GBP']) expect(toAlpha3(c), c).toBe('GBR');
  });

  it('strips a long-form suffix after an exact miss', () => {
    expect(toAlpha3('意大利共和国')).toBe('ITA');
    expect(toAlpha3('泰王国')).toBe('THA');
    expect(toAlpha3('瑞士联邦')).toBe('CHE');
  });

  it('returns null for Kosovo in every form (not in GB/T 2659)', () => {
    for (const f of ['XK', 'XKK', 'XKX', 'RKS', 'Kosovo', '科索沃']) expect(toAlpha3(f), f).toBeNull();
  });

  it('returns null for ambiguous or unknown input', () => {
    expect(toAlpha3('Congo')).toBeNull(); // both COG and COD
    expect(toAlpha3('刚果')).toBeNull();
    expect(toAlpha3('Atlantis')).toBeNull();
    expect(toAlpha3('UTO')).toBeNull(); // ICAO specimen state
    expect(toAlpha3('')).toBeNull();
    expect(toAlpha3('   ')).toBeNull();
    expect(toAlpha3(null)).toBeNull();
    expect(toAlpha3(undefined)).toBeNull();
  });

  it('is fast enough for bulk imports (map lookups, no scans)', () => {
    const inputs = ['韩国', 'South Korea', 'DEU', 'de', '意大利共和国', 'Atlantis'];
    const t0 = performance.now();
    for (let i = 0; i < 60_000; i++) toAlpha3(inputs[i % inputs.length]!);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('COUNTRY_CODES', () => {
  it('is sorted, unique, alpha-3, without Kosovo', () => {
    expect([...COUNTRY_CODES]).toEqual([...COUNTRY_CODES].sort());
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    expect(COUNTRY_CODES.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect(COUNTRY_CODES).not.toContain('XKX');
    expect(COUNTRY_CODES).not.toContain('XKK');
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['CHN', 'HKG', 'MAC', 'TWN', 'KOR', 'PRK', 'ZWE', 'AFG']));
    expect(COUNTRY_CODES.length).toBe(249);
  });
  it('every code resolves to itself and has both display names', () => {
    for (const c of COUNTRY_CODES) {
      expect(toAlpha3(c)).toBe(c);
      expect(countryName(c, 'zh-CN')).not.toBe(c);
      expect(countryName(c, 'en-US')).not.toBe(c);
    }
  });
});

describe('countryName', () => {
  it('gives Chinese and English display names', () => {
    expect(countryName('KOR', 'zh-CN')).toBe('韩国');
    expect(countryName('KOR', 'en-US')).toBe('South Korea');
    expect(countryName('DEU')).toBe('德国');
    expect(countryName('deu', 'en-US')).toBe('Germany');
  });
  it('uses mainland forms for Hong Kong, Macao and Taiwan', () => {
    expect(countryName('HKG', 'zh-CN')).toBe('中国香港');
    expect(countryName('MAC', 'zh-CN')).toBe('中国澳门');
    expect(countryName('TWN', 'zh-CN')).toBe('中国台湾');
    expect(countryName('TWN', 'en-US')).toBe('Taiwan, China');
  });
  it('falls back to the code for unknown codes', () => {
    expect(countryName('UTO', 'zh-CN')).toBe('UTO');
    expect(countryName('XKK', 'en-US')).toBe('XKK');
  });
});
