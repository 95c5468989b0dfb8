/**
 * Chinese visa, permit and entry-status categories (Exit-Entry Administration Law and
 * its implementing regulations), plus travel-document types.
 * Codes are stable identifiers stored in the database; labels are for display only.
 */
import { fullWidthToAscii } from './normalize.js';

export type VisaGroup = 'visa' | 'permit' | 'exempt' | 'permanent';
export interface VisaType {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly group: VisaGroup;
}

export const VISA_TYPES = [
  { code: 'C', zh: 'C字签证（乘务）', en: 'C visa (crew)', group: 'visa' },
  { code: 'D', zh: 'D字签证（定居）', en: 'D visa (permanent residence)', group: 'visa' },
  { code: 'F', zh: 'F字签证（交流访问）', en: 'F visa (exchange/visit)', group: 'visa' },
  { code: 'G', zh: 'G字签证（过境）', en: 'G visa (transit)', group: 'visa' },
  { code: 'J1', zh: 'J1字签证（常驻记者）', en: 'J1 visa (resident journalist)', group: 'visa' },
  { code: 'J2', zh: 'J2字签证（临时采访记者）', en: 'J2 visa (short-term journalist)', group: 'visa' },
  { code: 'L', zh: 'L字签证（旅游）', en: 'L visa (tourism)', group: 'visa' },
  { code: 'M', zh: 'M字签证（商贸）', en: 'M visa (business)', group: 'visa' },
  { code: 'Q1', zh: 'Q1字签证（家庭团聚，长期）', en: 'Q1 visa (family reunion, long-term)', group: 'visa' },
  { code: 'Q2', zh: 'Q2字签证（探亲，短期）', en: 'Q2 visa (family visit, short-term)', group: 'visa' },
  { code: 'R', zh: 'R字签证（高层次人才）', en: 'R visa (high-level talent)', group: 'visa' },
  { code: 'S1', zh: 'S1字签证（私人事务，长期）', en: 'S1 visa (private affairs, long-term)', group: 'visa' },
  { code: 'S2', zh: 'S2字签证（私人事务，短期）', en: 'S2 visa (private affairs, short-term)', group: 'visa' },
  { code: 'X1', zh: 'X1字签证（长期学习）', en: 'X1 visa (study, long-term)', group: 'visa' },
  { code: 'X2', zh: 'X2字签证（短期学习）', en: 'X2 visa (study, short-term)', group: 'visa' },
  { code: 'Z', zh: 'Z字签证（工作）', en: 'Z visa (work)', group: 'visa' },
  { code: 'WJ', zh: '外交签证', en: 'Diplomatic visa', group: 'visa' },
  { code: 'LY', zh: '礼遇签证', en: 'Courtesy visa', group: 'visa' },
  { code: 'GW', zh: '公务签证', en: 'Service visa', group: 'visa' },
  { code: 'RP_WORK', zh: '工作类居留许可', en: 'Residence permit (work)', group: 'permit' },
  { code: 'RP_STUDY', zh: '学习类居留许可', en: 'Residence permit (study)', group: 'permit' },
  { code: 'RP_JOURNALIST', zh: '记者类居留许可', en: 'Residence permit (journalist)', group: 'permit' },
  { code: 'RP_FAMILY', zh: '团聚类居留许可', en: 'Residence permit (family reunion)', group: 'permit' },
  { code: 'RP_PRIVATE', zh: '私人事务类居留许可', en: 'Residence permit (private affairs)', group: 'permit' },
  { code: 'VISA_FREE', zh: '免签入境', en: 'Visa-free entry', group: 'exempt' },
  { code: 'TRANSIT_FREE', zh: '过境免签（24/72/144/240小时）', en: 'Visa-free transit (24/72/144/240 hours)', group: 'exempt' },
  { code: 'PR', zh: '外国人永久居留', en: 'Permanent residence', group: 'permanent' },
] as const satisfies readonly VisaType[];

export type VisaTypeCode = (typeof VISA_TYPES)[number]['code'];

/**
 * Other spellings seen in ledgers. A bare purpose word ("学习", "工作") in a long-stay
 * ledger means the residence permit, not the short visa of the same purpose.
 */
const VISA_ALIASES: Record<string, VisaTypeCode> = {
  工作: 'RP_WORK',
  工作类: 'RP_WORK',
  工作居留: 'RP_WORK',
  工作居留许可: 'RP_WORK',
  工作类居留: 'RP_WORK',
  学习: 'RP_STUDY',
  学习类: 'RP_STUDY',
  学习居留: 'RP_STUDY',
  学习居留许可: 'RP_STUDY',
  学习类居留: 'RP_STUDY',
  记者: 'RP_JOURNALIST',
  记者类: 'RP_JOURNALIST',
  记者居留许可: 'RP_JOURNALIST',
  团聚: 'RP_FAMILY',
  团聚类: 'RP_FAMILY',
  家庭团聚: 'RP_FAMILY',
  团聚居留许可: 'RP_FAMILY',
  私人事务: 'RP_PRIVATE',
  私人事务类: 'RP_PRIVATE',
  私人事务居留许可: 'RP_PRIVATE',
  外交: 'WJ',
  礼遇: 'LY',
  公务: 'GW',
  免签: 'VISA_FREE',
  免签证: 'VISA_FREE',
  免签入境: 'VISA_FREE',
  'visa free': 'VISA_FREE',
  'visa exempt': 'VISA_FREE',
  过境免签: 'TRANSIT_FREE',
  '24小时过境免签': 'TRANSIT_FREE',
  '72小时过境免签': 'TRANSIT_FREE',
  '144小时过境免签': 'TRANSIT_FREE',
  '240小时过境免签': 'TRANSIT_FREE',
  'visa free transit': 'TRANSIT_FREE',
  永久居留: 'PR',
  永居: 'PR',
  永居证: 'PR',
  永久居留证: 'PR',
  永久居留身份证: 'PR',
  'permanent resident': 'PR',
};

/** Full-width folded, lowercase, spaces/punctuation/hyphens removed ("J-1" = "j1"). */
function key(s: string): string {
  return fullWidthToAscii(s)
    .toLowerCase()
    .replace(/[\s\-_.,，、()（）/]/g, '');
}

const visaLookup: Map<string, VisaTypeCode> = (() => {
  const map = new Map<string, VisaTypeCode>();
  for (const t of VISA_TYPES) {
    map.set(key(t.code), t.code);
    map.set(key(t.zh), t.code);
    map.set(key(t.en), t.code);
  }
  for (const [alias, code] of Object.entries(VISA_ALIASES)) map.set(key(alias), code);
  return map;
})();

// "Z字签证", "Z签", "Z visa", "Z字": a letter code with visa wording around it.
const CODE_WITH_WORDING = /^([a-z]\d?)(?:字签证|字签|签证|签|字|visa)(?:\(.*\))?$/;

/** Any accepted spelling → VisaTypeCode, or null when unknown. */
export function toVisaType(input: string | null | undefined): VisaTypeCode | null {
  if (input == null) return null;
  const k = key(input);
  if (!k) return null;
  const direct = visaLookup.get(k);
  if (direct) return direct;
  const m = CODE_WITH_WORDING.exec(k);
  const code = m ? visaLookup.get(m[1]!) : undefined;
  return code && VISA_TYPES.some((t) => t.code === code && t.group === 'visa') ? code : null;
}

export const DOC_TYPES = [
  { code: 'passport', zh: '普通护照', en: 'Ordinary passport' },
  { code: 'diplomatic_passport', zh: '外交护照', en: 'Diplomatic passport' },
  { code: 'service_passport', zh: '公务护照', en: 'Service passport' },
  { code: 'travel_permit', zh: '旅行证', en: 'Travel permit' },
  // Residents of Hong Kong, Macao and Taiwan enter on these permits, not on a passport (see ids.ts for their numbers).
  { code: 'hk_macao_permit', zh: '港澳居民来往内地通行证', en: 'Mainland Travel Permit for Hong Kong and Macao Residents' },
  { code: 'taiwan_permit', zh: '台湾居民来往大陆通行证', en: 'Mainland Travel Permit for Taiwan Residents' },
  { code: 'id_card', zh: '身份证件', en: 'Identity card' },
  { code: 'other', zh: '其他证件', en: 'Other document' },
] as const;

export type DocTypeCode = (typeof DOC_TYPES)[number]['code'];

const DOC_ALIASES: Record<string, DocTypeCode> = {
  护照: 'passport',
  passport: 'passport',
  公务普通护照: 'service_passport',
  官员护照: 'service_passport',
  旅行证件: 'travel_permit',
  身份证: 'id_card',
  'id card': 'id_card',
  其他: 'other',
  回乡证: 'hk_macao_permit',
  回乡卡: 'hk_macao_permit',
  港澳居民来往内地通行证: 'hk_macao_permit',
  港澳居民通行证: 'hk_macao_permit',
  'home return permit': 'hk_macao_permit',
  台胞证: 'taiwan_permit',
  台湾居民通行证: 'taiwan_permit',
  mtp: 'taiwan_permit',
};

const docLookup: Map<string, DocTypeCode> = (() => {
  const map = new Map<string, DocTypeCode>();
  for (const t of DOC_TYPES) for (const s of [t.code, t.zh, t.en]) map.set(key(s), t.code);
  for (const [alias, code] of Object.entries(DOC_ALIASES)) map.set(key(alias), code);
  return map;
})();

/** Any accepted spelling of a travel-document type → DocTypeCode, or null. */
export function toDocType(input: string | null | undefined): DocTypeCode | null {
  return input == null ? null : (docLookup.get(key(input)) ?? null);
}
