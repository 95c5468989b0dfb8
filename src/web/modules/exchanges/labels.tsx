/** Labels, colours and small display pieces shared by the exchanges pages. */
import { Badge, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import {
  EVENT_KINDS, EXCHANGE_KINDS, PAIR_STATUSES, PAIR_TIERS, RELATION_TYPES, VISIT_STATUSES, VISIT_TYPES,
} from '../../../shared/contracts/exchanges';
import { countryName } from '../../../shared/reference/countries';
import { useI18n, type Locale, type MessageKey } from '../../ui/i18n';

export type VisitType = (typeof VISIT_TYPES)[number];
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type PairStatus = (typeof PAIR_STATUSES)[number];
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
export const CONTINENT_CODES = ['AS', 'EU', 'AF', 'NA', 'SA', 'OC'] as const;
/** Local parties of visits, events and pairs are the city office or a district office. */
export const LOCAL_PARTY_KINDS: ('city' | 'district')[] = ['city', 'district'];

export const VISIT_TYPE_COLORS: Record<VisitType, string> = {
  government: 'red', consulate: 'volcano', media: 'purple', hk_macao: 'magenta', enterprise: 'blue', university: 'cyan', other: 'default',
};
const VISIT_STATUS_BADGE: Record<VisitStatus, 'processing' | 'success' | 'default'> = { planned: 'processing', completed: 'success', cancelled: 'default' };
const PAIR_STATUS_BADGE: Record<PairStatus, 'success' | 'warning' | 'default'> = { active: 'success', dormant: 'warning', ended: 'default' };
export const RELATION_COLORS: Record<RelationType, string> = { friendship: 'gold', friendly_exchange: 'blue', friendly_cooperation: 'green' };
export const EXCHANGE_COLORS: Record<ExchangeKind, string> = {
  visit_in: 'blue', visit_out: 'green', letter: 'gray', agreement: 'red', project: 'purple', other: 'gray',
};
export const EVENT_KIND_COLORS: Record<EventKind, string> = { festival: 'magenta', forum: 'geekblue', fair: 'orange', other: 'default' };

/** Option lists for Selects, labelled in the current language. */
export function useExOptions() {
  const { t } = useI18n();
  return {
    visitTypes: VISIT_TYPES.map((v) => ({ value: v, label: t(`ex.visitType.${v}`) })),
    visitStatuses: VISIT_STATUSES.map((v) => ({ value: v, label: t(`ex.visitStatus.${v}`) })),
    eventKinds: EVENT_KINDS.map((v) => ({ value: v, label: t(`ex.eventKind.${v}`) })),
    relationTypes: RELATION_TYPES.map((v) => ({ value: v, label: t(`ex.relation.${v}`) })),
    pairStatuses: PAIR_STATUSES.map((v) => ({ value: v, label: t(`ex.pairStatus.${v}`) })),
    tiers: PAIR_TIERS.map((v) => ({ value: v, label: t(`ex.tier.${v}`) })),
    exchangeKinds: EXCHANGE_KINDS.map((v) => ({ value: v, label: t(`ex.exchangeKind.${v}`) })),
    continents: CONTINENT_CODES.map((v) => ({ value: v, label: t(`ex.continent.${v}`) })),
  };
}

export function VisitTypeTag({ type }: { type: VisitType }) {
  const { t } = useI18n();
  return <Tag color={VISIT_TYPE_COLORS[type]} style={{ marginInlineEnd: 0 }}>{t(`ex.visitType.${type}`)}</Tag>;
}

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useI18n();
  return <Badge status={VISIT_STATUS_BADGE[status]} text={t(`ex.visitStatus.${status}`)} />;
}

export function PairStatusBadge({ status }: { status: PairStatus }) {
  const { t } = useI18n();
  return <Badge status={PAIR_STATUS_BADGE[status]} text={t(`ex.pairStatus.${status}`)} />;
}

export function RelationTag({ type }: { type: RelationType }) {
  const { t } = useI18n();
  return <Tag color={RELATION_COLORS[type]}>{t(`ex.relation.${type}`)}</Tag>;
}

export function tierLabel(t: (k: MessageKey) => string, tier: string | null): string {
  return tier && (PAIR_TIERS as readonly string[]).includes(tier) ? t(`ex.tier.${tier as '1'}`) : '';
}

export function continentLabel(tx: (k: string, f?: string) => string, code: string | null): string {
  return code ? tx(`ex.continent.${code}`, code) : '';
}

/** Country names in the UI language, codes in a tooltip. */
export function CountryList({ codes, max = 3 }: { codes: string[]; max?: number }) {
  const { locale } = useI18n();
  if (!codes.length) return <span className="muted">—</span>;
  const names = codes.map((c) => countryName(c, locale));
  const shown = names.slice(0, max).join('、');
  return (
    <Tooltip title={codes.map((c, i) => `${names[i]} (${c})`).join(locale === 'zh-CN' ? '、' : ', ')}>
      <span>{names.length > max ? `${shown} +${names.length - max}` : shown}</span>
    </Tooltip>
  );
}

export function countryNames(codes: string[], locale: Locale): string {
  return codes.map((c) => countryName(c, locale)).join(locale === 'zh-CN' ? '、' : ', ');
}

export function dateRange(from: string, to: string): string {
  return from === to ? from : `${from} ~ ${to}`;
}

/** "35周年" / "35th anniversary". */
export function anniversaryLabel(years: number, locale: Locale, t: (k: MessageKey, v?: Record<string, string | number>) => string): string {
  if (locale === 'zh-CN') return t('ex.ann.label', { n: years });
  const mod100 = years % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][years % 10] ?? 'th';
  return t('ex.ann.label', { n: `${years}${suffix}` });
}

export function Muted({ children }: { children?: ReactNode }) {
  return children == null || children === '' ? <span className="muted">—</span> : <>{children}</>;
}

export function fileSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
