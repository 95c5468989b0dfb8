/** Pieces shared by the travel office pages: labels, links, conflict test and nested field errors. */
import { Link } from 'react-router';
import { Tag } from 'antd';
import type { APPROVER_LEVELS, OVERDUE_KINDS, PASSPORT_STATES, PASSPORT_TYPES, RULE_KEYS } from '@shared/contracts/travel';
import { labelOptions } from '@shared/labels/labels';
import { approverLevelLabels, overdueKindLabels, passportStateLabels, ruleSeverityLabels } from '@shared/labels/travel';
import { ApiError } from '@web/ui/api/client';
import { useI18n } from '@web/ui/i18n';
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
  const { label } = useI18n();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={`passport-state-${state}`}>
      {label(passportStateLabels, state)}
    </Tag>
  );
}

export function LevelTag({ level }: { level: ApproverLevel }) {
  const { label } = useI18n();
  return <Tag color={LEVEL_COLORS[level]}>{label(approverLevelLabels, level)}</Tag>;
}

export function OverdueKindTag({ kind }: { kind: OverdueKind }) {
  const { label } = useI18n();
  return <Tag color={KIND_COLORS[kind]}>{label(overdueKindLabels, kind)}</Tag>;
}

export function SeverityTag({ severity }: { severity: 'block' | 'warn' }) {
  const { label } = useI18n();
  return <Tag color={severity === 'block' ? 'red' : 'orange'}>{label(ruleSeverityLabels, severity)}</Tag>;
}

/** Option lists labelled in the current language: the application pages' own, plus the office's. */
export function useTroOptions() {
  const { locale } = useI18n();
  const { ranks, passportTypes, levels } = useTravelOptions();
  return {
    ranks,
    passportTypes,
    levels,
    passportStates: labelOptions(passportStateLabels, locale),
    severities: labelOptions(ruleSeverityLabels, locale),
  };
}

/** The banner text for an error whose field messages went beside the fields. */
export function bannerText(e: unknown, rest: string[]): string | null {
  if (e instanceof ApiError && e.fields.length && !rest.length) return null;
  return [e instanceof Error ? e.message : String(e), ...rest].join('; ');
}
