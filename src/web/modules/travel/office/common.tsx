/** Pieces shared by the travel office pages: labels, links, conflict test and nested field errors. */
import { Link } from 'react-router';
import { Tag } from 'antd';
import {
  APPROVER_LEVELS, OVERDUE_KINDS, PASSPORT_STATES, PASSPORT_TYPES, RULE_KEYS,
} from '../../../../shared/contracts/travel';
import { ApiError } from '../../../ui/api/client';
import { useI18n } from '../../../ui/i18n';
import { LEVEL_COLORS, useTravelOptions } from '../labels';

export type OverdueKind = (typeof OVERDUE_KINDS)[number];
export type PassportState = (typeof PASSPORT_STATES)[number];
export type PassportType = (typeof PASSPORT_TYPES)[number];
export type ApproverLevel = (typeof APPROVER_LEVELS)[number];
export type RuleKey = (typeof RULE_KEYS)[number];

/** A stale version (someone else saved first); other 409s (a clashing rule date) carry their own message. */
export const isConflict = (e: unknown) => e instanceof ApiError && e.status === 409 && e.code === 'err.conflict';

/** Link to an application's page; clicks inside clickable rows do not bubble to the row. */
export function AppLink({ id, children }: { id: number; children?: React.ReactNode }) {
  return (
    <Link to={`/travel/applications/${id}`} onClick={(e) => e.stopPropagation()} data-testid={`app-link-${id}`}>
      {children ?? `#${id}`}
    </Link>
  );
}

const STATE_COLORS: Record<PassportState, string> = { in_custody: 'green', issued: 'blue', cancelled: 'default' };
const KIND_COLORS: Record<OverdueKind, string> = { return: 'volcano', passports: 'orange', report: 'purple' };

export function PassportStateTag({ state }: { state: PassportState }) {
  const { t } = useI18n();
  return <Tag color={STATE_COLORS[state]} data-testid={`passport-state-${state}`}>{t(`tro.pstate.${state}`)}</Tag>;
}

export function LevelTag({ level }: { level: ApproverLevel }) {
  const { t } = useI18n();
  return <Tag color={LEVEL_COLORS[level]}>{t(`tr.level.${level}`)}</Tag>;
}

export function OverdueKindTag({ kind }: { kind: OverdueKind }) {
  const { t } = useI18n();
  return <Tag color={KIND_COLORS[kind]}>{t(`tro.overdue.${kind}`)}</Tag>;
}

export function SeverityTag({ severity }: { severity: 'block' | 'warn' }) {
  const { t } = useI18n();
  return severity === 'block' ? <Tag color="red">{t('tro.sev.block')}</Tag> : <Tag color="orange">{t('tro.sev.warn')}</Tag>;
}

/** Option lists labelled in the current language: the application pages' own, plus the office's. */
export function useTroOptions() {
  const { t } = useI18n();
  const { ranks, passportTypes, levels } = useTravelOptions();
  return {
    ranks, passportTypes, levels,
    passportStates: PASSPORT_STATES.map((v) => ({ value: v, label: t(`tro.pstate.${v}`) })),
    severities: (['block', 'warn'] as const).map((v) => ({ value: v, label: t(`tro.sev.${v}`) })),
  };
}

/** The banner text for an error whose field messages went beside the fields. */
export function bannerText(e: unknown, rest: string[]): string | null {
  if (e instanceof ApiError && e.fields.length && !rest.length) return null;
  return [e instanceof Error ? e.message : String(e), ...rest].join('; ');
}
