/**
 * Countries and regions as ISO 3166-1 alpha-3 codes (GB/T 2659.1 adopts them), with
 * Chinese and English names from i18n-iso-countries plus the forms offices really write.
 *
 * We import the package's JSON data directly instead of its entry point: in Node its
 * "main" eagerly requires all ~80 locale files, and in the browser only zh/en are needed.
 */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import zhData from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import enData from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { fullWidthToAscii } from './normalize.js';

export type CountryLocale = 'zh-CN' | 'en-US';

type NameTable = Record<string, string | string[]>;
const zhNames = zhData.countries as NameTable;
const enNames = enData.countries as NameTable;

/** Kosovo: the package has XK/XKK, ICAO passports use RKS; none is in GB/T 2659. */
const EXCLUDED = new Set(['XK', 'XKK', 'XKX', 'RKS']);

const alpha2To3 = new Map<string, string>();
const alpha3To2 = new Map<string, string>();
for (const row of codes as string[][]) {
  const [a2, a3] = row;
  if (!a2 || !a3 || EXCLUDED.has(a2) || EXCLUDED.has(a3)) continue;
  alpha2To3.set(a2, a3);
  alpha3To2.set(a3, a2);
}

export const COUNTRY_CODES: readonly string[] = Object.freeze([...alpha3To2.keys()].sort());

/**
 * Mainland usage (and GB/T 2659) names these regions with "中国"/", China"; the package's
 * defaults ("香港", "Taiwan, Province of China") would be corrected by every reviewer.
 */
const DISPLAY_OVERRIDES: Record<string, { zh: string; en: string }> = {
  HKG: { zh: '中国香港', en: 'Hong Kong, China' },
  MAC: { zh: '中国澳门', en: 'Macao, China' },
  TWN: { zh: '中国台湾', en: 'Taiwan, China' },
};

/** ICAO 9303 codes seen in MRZs that are not ISO alpha-3 codes of the same country. */
const MRZ_SPECIALS: Record<string, string> = {
  D: 'DEU',
  GBD: 'GBR', // British Overseas Territories citizen
  GBN: 'GBR', // British National (Overseas)
  GBO: 'GBR', // British Overseas citizen
  GBS: 'GBR', // British subject
  GBP: 'GBR', // British protected person
};

/** Forms seen on office spreadsheets that the package does not list (or lists ambiguously). */
const ALIASES: Record<string, readonly string[]> = {
  KOR: ['韩国', '大韩民国', '南韩', 'South Korea', 'Republic of Korea', 'ROK'],
  PRK: ['朝鲜', '北韩', '朝鲜民主主义人民共和国', 'North Korea', 'DPRK', "Democratic People's Republic of Korea"],
  USA: ['美国', '美利坚合众国', 'USA', 'U.S.', 'U.S.A.', 'United States of America', 'United States', 'America'],
  GBR: ['英国', '大不列颠及北爱尔兰联合王国', 'UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'United Kingdom of Great Britain and Northern Ireland'],
  RUS: ['俄罗斯', '俄罗斯联邦', '俄国', 'Russia'],
  HKG: ['中国香港', '香港', '香港特别行政区', '中国香港特别行政区', 'Hong Kong', 'Hong Kong China', 'Hong Kong SAR'],
  MAC: ['中国澳门', '澳门', '澳门特别行政区', '中国澳门特别行政区', 'Macau', 'Macao', 'Macao China', 'Macau China'],
  TWN: ['中国台湾', '台湾', '台湾地区', '中国台湾省', '台湾省', 'Taiwan', 'Taiwan China'],
  VNM: ['越南', '越南社会主义共和国', 'Viet Nam'],
  LAO: ['老挝', '老挝人民民主共和国', 'Laos'],
  IRN: ['伊朗', '伊朗伊斯兰共和国'],
  SYR: ['叙利亚', '阿拉伯叙利亚共和国', 'Syria'],
  VEN: ['委内瑞拉', '委内瑞拉玻利瓦尔共和国'],
  BOL: ['玻利维亚', '多民族玻利维亚国'],
  TZA: ['坦桑尼亚', '坦桑尼亚联合共和国'],
  DEU: ['德国', '联邦德国', '德意志联邦共和国'],
  FRA: ['法国', '法兰西共和国'],
  JPN: ['日本', '日本国'],
  NLD: ['荷兰', '荷兰王国', 'Holland'],
  CZE: ['捷克', '捷克共和国', 'Czechia'],
  TUR: ['土耳其', '土耳其共和国', 'Türkiye', 'Turkey'],
  COD: ['刚果（金）', '刚果金', '刚果民主共和国', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  COG: ['刚果（布）', '刚果布', '刚果共和国', 'Congo-Brazzaville', 'Republic of the Congo'],
  CIV: ['科特迪瓦', '象牙海岸', 'Ivory Coast'],
  MMR: ['缅甸', 'Burma'],
  IDN: ['印度尼西亚', '印尼'],
  AUS: ['澳大利亚', '澳洲'],
  MNG: ['蒙古', '蒙古国'],
  CHN: ['中国', '中华人民共和国'],
  ARE: ['阿联酋', '阿拉伯联合酋长国', 'UAE'],
  SAU: ['沙特', '沙特阿拉伯'],
  BIH: ['波黑', '波斯尼亚和黑塞哥维那'],
  MKD: ['北马其顿', '马其顿'],
  BGD: ['孟加拉国', '孟加拉'],
  ZAF: ['南非', '南非共和国'],
  EGY: ['埃及', '阿拉伯埃及共和国'],
  PHL: ['菲律宾', '菲律宾共和国'],
};

/**
 * Comparison key: full-width folded, accents dropped ("Côte" = "Cote"), lowercase,
 * spaces and punctuation removed ("U.S." = "US", "刚果（金）" = "刚果(金)" = "刚果金").
 */
function nameKey(s: string): string {
  return fullWidthToAscii(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s.,'’‘`"\-()（）·・]/g, '');
}

/** Built once at module load: key → alpha-3. Names that mean two countries are dropped. */
const byName: Map<string, string> = (() => {
  const map = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const table of [zhNames, enNames]) {
    for (const [a2, value] of Object.entries(table)) {
      const a3 = alpha2To3.get(a2);
      if (!a3) continue;
      for (const name of Array.isArray(value) ? value : [value]) {
        const k = nameKey(name);
        const prev = map.get(k);
        if (prev && prev !== a3) ambiguous.add(k);
        else map.set(k, a3);
      }
    }
  }
  for (const k of ambiguous) map.delete(k); // e.g. "Congo" is listed for both CG and CD
  for (const [a3, names] of Object.entries(ALIASES)) {
    for (const name of names) map.set(nameKey(name), a3);
  }
  return map;
})();

/** Long-form suffixes tried only after an exact miss ("意大利共和国" → "意大利"). */
const ZH_SUFFIXES = ['共和国', '王国', '联邦', '国'];

/**
 * Resolves any accepted spelling of a country to its ISO alpha-3 code, or null.
 * Codes are tried before names so that "IN" is India, not a word.
 */
export function toAlpha3(input: string | null | undefined): string | null {
  if (input == null) return null;
  const trimmed = fullWidthToAscii(input).trim();
  if (!trimmed) return null;

  // MRZ state fields are padded with '<' ("D<<").
  const code = trimmed.replace(/<+$/, '').toUpperCase();
  if (/^[A-Z]{1,3}$/.test(code) && !EXCLUDED.has(code)) {
    const special = MRZ_SPECIALS[code];
    if (special) return special;
    if (alpha3To2.has(code)) return code;
    const a3 = alpha2To3.get(code);
    if (a3) return a3;
  }

  const key = nameKey(trimmed);
  const direct = byName.get(key);
  if (direct) return direct;

  for (const suffix of ZH_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      // "泰王国" → "泰" → "泰国": the short name often keeps a trailing 国.
      const base = key.slice(0, -suffix.length);
      const hit = byName.get(base) ?? byName.get(`${base}国`);
      if (hit) return hit;
    }
  }
  const en = key
    .replace(/^the/, '')
    .replace(/^republicof/, '')
    .replace(/republic$/, '');
  if (en !== key && en) return byName.get(en) ?? null;
  return null;
}

function firstName(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Display name; falls back to the code itself so a table cell is never blank. */
export function countryName(alpha3: string, locale: CountryLocale = 'zh-CN'): string {
  const a3 = alpha3.trim().toUpperCase();
  const override = DISPLAY_OVERRIDES[a3];
  if (override) return locale === 'zh-CN' ? override.zh : override.en;
  const a2 = alpha3To2.get(a3);
  if (!a2) return alpha3;
  const name = firstName(locale === 'zh-CN' ? zhNames[a2] : enNames[a2]);
  return name ?? a3;
}

/** ISO alpha-2 of an alpha-3 code, or null (for libraries keyed by alpha-2). */
export function alpha3ToAlpha2(alpha3: string): string | null {
  return alpha3To2.get(alpha3.toUpperCase()) ?? null;
}
