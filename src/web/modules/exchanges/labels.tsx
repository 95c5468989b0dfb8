/** Colours, option lists and small display pieces of the exchanges pages; the words come from src/shared/labels. */
import { Badge, Tag } from 'antd';
import type { EventKind, ExchangeKind, PairStatus, RelationType, VisitStatus, VisitType } from '@shared/contracts/exchanges';
import {
  CONTINENT_LABELS,
  EVENT_KIND_LABELS,
  EXCHANGE_KIND_LABELS,
  PAIR_STATUS_LABELS,
  PAIR_TIER_LABELS,
  RELATION_LABELS,
  VISIT_STATUS_LABELS,
  VISIT_TYPE_LABELS,
} from '@shared/labels/exchanges';
import { labelOptions, say } from '@shared/labels/labels';
import { useI18n, type Locale, type MessageKey } from '@web/ui/i18n';

export type { EventKind, ExchangeKind, PairStatus, RelationType, VisitStatus, VisitType };
/** The continents a pair can lie on (the list filter offers no Antarctica). */
export const CONTINENT_CODES = ['AS', 'EU', 'AF', 'NA', 'SA', 'OC'] as const;
/** Local parties of visits, events and pairs are the city office or a district office. */
export const LOCAL_PARTY_KINDS: ('city' | 'district')[] = ['city', 'district'];

export const VISIT_TYPE_COLORS: Record<VisitType, string> = {
  government: 'red',
  consulate: 'volcano',
  media: 'purple',
  hk_macao: 'magenta',
  enterprise: 'blue',
  university: 'cyan',
  other: 'default',
};
const VISIT_STATUS_BADGE: Record<VisitStatus, 'processing' | 'success' | 'default'> = { planned: 'processing', completed: 'success', cancelled: 'default' };
const PAIR_STATUS_BADGE: Record<PairStatus, 'success' | 'warning' | 'default'> = { active: 'success', dormant: 'warning', ended: 'default' };
export const RELATION_COLORS: Record<RelationType, string> = { friendship: 'gold', friendly_exchange: 'blue', friendly_cooperation: 'green' };
export const EXCHANGE_COLORS: Record<ExchangeKind, string> = {
  visit_in: 'blue',
  visit_out: 'green',
  letter: 'gray',
  agreement: 'red',
  project: 'purple',
  other: 'gray',
};
export const EVENT_KIND_COLORS: Record<EventKind, string> = { festival: 'magenta', forum: 'geekblue', fair: 'orange', other: 'default' };

/** Option lists for Selects, labelled in the current language. */
export function useExOptions() {
  const { locale } = useI18n();
  return {
    visitTypes: labelOptions(VISIT_TYPE_LABELS, locale),
    visitStatuses: labelOptions(VISIT_STATUS_LABELS, locale),
    eventKinds: labelOptions(EVENT_KIND_LABELS, locale),
    relationTypes: labelOptions(RELATION_LABELS, locale),
    pairStatuses: labelOptions(PAIR_STATUS_LABELS, locale),
    tiers: labelOptions(PAIR_TIER_LABELS, locale),
    exchangeKinds: labelOptions(EXCHANGE_KIND_LABELS, locale),
    continents: labelOptions(CONTINENT_LABELS, locale).filter((o) => (CONTINENT_CODES as readonly string[]).includes(o.value)),
  };
}

export function VisitTypeTag({ type }: { type: VisitType }) {
  const { label } = useI18n();
  return (
    <Tag color={VISIT_TYPE_COLORS[type]} style={{ marginInlineEnd: 0 }}>
      {label(VISIT_TYPE_LABELS, type)}
    </Tag>
  );
}

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { label } = useI18n();
  return <Badge status={VISIT_STATUS_BADGE[status]} text={label(VISIT_STATUS_LABELS, status)} />;
}

export function PairStatusBadge({ status }: { status: PairStatus }) {
  const { label } = useI18n();
  return <Badge status={PAIR_STATUS_BADGE[status]} text={label(PAIR_STATUS_LABELS, status)} />;
}

export function RelationTag({ type }: { type: RelationType }) {
  const { label } = useI18n();
  return <Tag color={RELATION_COLORS[type]}>{label(RELATION_LABELS, type)}</Tag>;
}

export function EventKindTag({ kind }: { kind: EventKind }) {
  const { label } = useI18n();
  return <Tag color={EVENT_KIND_COLORS[kind]}>{label(EVENT_KIND_LABELS, kind)}</Tag>;
}

/** 1st, 2nd, 3rd, 11th, 21st … */
function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "35周年" / "35th anniversary". */
export function anniversaryLabel(years: number, locale: Locale, t: (k: MessageKey, v?: Record<string, string | number>) => string): string {
  return t('ex.ann.label', { n: say({ zh: String(years), en: ordinal(years) }, locale) });
}
