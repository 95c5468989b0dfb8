/**
 * The exchanges module's enum labels (visits, events, friendship cities), once in both languages: read by
 * the pages, the Excel sheets (export and import) and the field labels of refusals alike.
 * Where the pages and the sheets used to word a value differently, the sheets' wording was kept for the
 * values they print (visit type and status, event kind, relation, pair status) so exports read as before.
 */
import type { EventKind, ExchangeKind, PairStatus, PairTier, RelationType, VisitStatus, VisitType } from '../contracts/exchanges';
import type { Locale } from '../contracts/common';
import { CONTINENT_NAMES, type Continent } from '../reference/continents';
import { defineLabels, say, type Label } from './labels';

export const VISIT_TYPE_LABELS = defineLabels<VisitType>({
  government: { zh: '外国政府代表团', en: 'Foreign government delegation' },
  consulate: { zh: '驻华使领馆', en: 'Consulate / embassy' },
  media: { zh: '外国媒体', en: 'Foreign media' },
  hk_macao: { zh: '港澳团组', en: 'Hong Kong / Macao group' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  university: { zh: '高校', en: 'University' },
  other: { zh: '其他', en: 'Other' },
});

export const VISIT_STATUS_LABELS = defineLabels<VisitStatus>({
  planned: { zh: '计划', en: 'Planned' },
  completed: { zh: '已完成', en: 'Completed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
});

export const EVENT_KIND_LABELS = defineLabels<EventKind>({
  festival: { zh: '节庆', en: 'Festival' },
  forum: { zh: '论坛', en: 'Forum' },
  fair: { zh: '展会', en: 'Fair' },
  other: { zh: '其他', en: 'Other' },
});

export const RELATION_LABELS = defineLabels<RelationType>({
  friendship: { zh: '友好城市', en: 'Sister city' },
  friendly_exchange: { zh: '友好交流城市', en: 'Friendly exchange city' },
  friendly_cooperation: { zh: '友好合作城市', en: 'Friendly cooperation city' },
});

export const PAIR_STATUS_LABELS = defineLabels<PairStatus>({
  active: { zh: '活跃', en: 'Active' },
  dormant: { zh: '休眠', en: 'Dormant' },
  ended: { zh: '终止', en: 'Ended' },
});

/** A sheet may also write the tier as 1, 一类, tier 1 or Tier1 (valueFromLabel reads them all). */
export const PAIR_TIER_LABELS = defineLabels<PairTier>({
  1: { zh: '一类', en: 'Tier 1' },
  2: { zh: '二类', en: 'Tier 2' },
  3: { zh: '三类', en: 'Tier 3' },
});

export const EXCHANGE_KIND_LABELS = defineLabels<ExchangeKind>({
  visit_in: { zh: '来访', en: 'Incoming visit' },
  visit_out: { zh: '出访', en: 'Outgoing visit' },
  letter: { zh: '函电', en: 'Letter / message' },
  agreement: { zh: '协议', en: 'Agreement' },
  project: { zh: '合作项目', en: 'Cooperation project' },
  other: { zh: '其他', en: 'Other' },
});

export const CONTINENT_LABELS = defineLabels<Continent>(CONTINENT_NAMES);

/** A pair's foreign city as both languages name it. */
export const foreignCityLabel = (c: { foreignCityZh: string; foreignCityEn: string }): Label => ({ zh: c.foreignCityZh, en: c.foreignCityEn });

/** The foreign city's name in the reader's language, and in the other one (shown beside it). */
export function foreignCityNames(c: { foreignCityZh: string; foreignCityEn: string }, locale: Locale): { main: string; other: string } {
  const label = foreignCityLabel(c);
  return { main: say(label, locale), other: say({ zh: label.en, en: label.zh }, locale) };
}
