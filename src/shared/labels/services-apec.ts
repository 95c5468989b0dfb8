/** The APEC card's enum labels: economies (zh/en names), their statuses, the Ministry's decision, the cards' states. */
import type { ApecEconomy, CancelReason, CardOrigin, CardState, CustodyDirection, EconomyStatus, MinistryDecision, TaxGrade } from '../contracts/services-apec';
import { defineLabels } from './labels';

export const APEC_ECONOMY_LABELS = defineLabels<ApecEconomy>({
  AU: { zh: '澳大利亚', en: 'Australia' },
  BN: { zh: '文莱', en: 'Brunei Darussalam' },
  CL: { zh: '智利', en: 'Chile' },
  CN: { zh: '中国', en: 'China' },
  HK: { zh: '中国香港', en: 'Hong Kong, China' },
  ID: { zh: '印度尼西亚', en: 'Indonesia' },
  JP: { zh: '日本', en: 'Japan' },
  KR: { zh: '韩国', en: 'Republic of Korea' },
  MY: { zh: '马来西亚', en: 'Malaysia' },
  MX: { zh: '墨西哥', en: 'Mexico' },
  NZ: { zh: '新西兰', en: 'New Zealand' },
  PG: { zh: '巴布亚新几内亚', en: 'Papua New Guinea' },
  PE: { zh: '秘鲁', en: 'Peru' },
  PH: { zh: '菲律宾', en: 'The Philippines' },
  RU: { zh: '俄罗斯', en: 'Russia' },
  SG: { zh: '新加坡', en: 'Singapore' },
  TW: { zh: '中国台北', en: 'Chinese Taipei' },
  TH: { zh: '泰国', en: 'Thailand' },
  VN: { zh: '越南', en: 'Viet Nam' },
});

export const ECONOMY_STATUS_LABELS = defineLabels<EconomyStatus>({
  pending: { zh: '待审', en: 'Pending' },
  approved: { zh: '已批准', en: 'Approved' },
  refused: { zh: '未批准', en: 'Refused' },
});

export const MINISTRY_DECISION_LABELS = defineLabels<MinistryDecision>({
  approved: { zh: '外交部批准', en: 'Approved by the Ministry' },
  refused: { zh: '外交部不予批准', en: 'Refused by the Ministry' },
});

export const CARD_STATE_LABELS = defineLabels<CardState>({
  valid: { zh: '有效', en: 'Valid' },
  replaced: { zh: '已换发', en: 'Replaced' },
  cancelled: { zh: '已注销', en: 'Cancelled' },
});

export const CARD_ORIGIN_LABELS = defineLabels<CardOrigin>({
  first: { zh: '首次办理', en: 'First card' },
  replacement: { zh: '换发（新护照）', en: 'Replacement (new passport)' },
  reissue: { zh: '补发（遗失）', en: 'Reissue (after loss)' },
});

export const CANCEL_REASON_LABELS = defineLabels<CancelReason>({
  left: { zh: '持卡人离开企业', en: 'Holder left the enterprise' },
  lost: { zh: '遗失', en: 'Lost' },
  expired: { zh: '过期', en: 'Expired' },
  misuse: { zh: '违规使用', en: 'Misuse' },
});

export const CUSTODY_DIRECTION_LABELS = defineLabels<CustodyDirection>({
  in: { zh: '交回保管', en: 'Handed in for custody' },
  out: { zh: '借出使用', en: 'Taken out for use' },
});

export const TAX_GRADE_LABELS = defineLabels<TaxGrade>({
  A: { zh: 'A级', en: 'Grade A' },
  B: { zh: 'B级', en: 'Grade B' },
  M: { zh: 'M级', en: 'Grade M' },
  C: { zh: 'C级', en: 'Grade C' },
  D: { zh: 'D级', en: 'Grade D' },
});
