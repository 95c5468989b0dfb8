/** Labels, colours and small display pieces shared by the travel application pages. */
import { Badge, Tag } from 'antd';
import type { ApplicationStatus, ApproverLevel, BUDGET_CATEGORIES, MEMBER_ROLES, PASSPORT_TYPES } from '@shared/contracts/travel';
import { labelOptions } from '@shared/labels/labels';
import {
  applicationStatusLabels,
  approverLevelLabels,
  budgetCategoryLabels,
  memberRoleLabels,
  overdueKindLabels,
  passportTypeLabels,
  rankLabels,
} from '@shared/labels/travel';
import { useI18n } from '@web/ui/i18n';

export type PassportType = (typeof PASSPORT_TYPES)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export type OverdueKind = 'return' | 'passports' | 'report';

/** Where each status stands: grey not yet sent or dropped, blue/purple/cyan under way, orange back with the unit, green/red decided. */
export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  draft: '#bfbfbf',
  submitted: 'blue',
  returned: 'orange',
  leader_review: 'purple',
  forwarded: 'cyan',
  approved: 'green',
  refused: 'red',
  cancelled: '#8c8c8c',
};
export const LEVEL_COLORS: Record<ApproverLevel, string> = { office: 'blue', leader: 'purple', upward: 'magenta' };

/** Common currencies offered in the budget lines (any ISO 4217 code may be typed). */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'KRW', 'HKD', 'MOP', 'TWD', 'SGD', 'AUD', 'CAD', 'CHF', 'RUB', 'THB', 'NZD'];

/** Option lists for Selects, labelled in the current language from the shared enum labels. */
export function useTravelOptions() {
  const { locale } = useI18n();
  return {
    statuses: labelOptions(applicationStatusLabels, locale),
    ranks: labelOptions(rankLabels, locale),
    passportTypes: labelOptions(passportTypeLabels, locale),
    roles: labelOptions(memberRoleLabels, locale),
    categories: labelOptions(budgetCategoryLabels, locale),
    levels: labelOptions(approverLevelLabels, locale),
    currencies: CURRENCIES.map((v) => ({ value: v, label: v })),
  };
}

export function TravelStatusBadge({ status }: { status: ApplicationStatus }) {
  const { label } = useI18n();
  return (
    <span data-testid="travel-status" data-status={status}>
      <Badge color={STATUS_COLORS[status]} text={label(applicationStatusLabels, status)} />
    </span>
  );
}

export function ApproverTag({ level }: { level: ApproverLevel }) {
  const { label } = useI18n();
  return (
    <Tag color={LEVEL_COLORS[level]} style={{ marginInlineEnd: 0 }} data-testid="travel-approver">
      {label(approverLevelLabels, level)}
    </Tag>
  );
}

export function OverdueTag({ kind }: { kind: OverdueKind }) {
  const { label } = useI18n();
  return (
    <Tag color="red" data-testid={`overdue-${kind}`}>
      {label(overdueKindLabels, kind)}
    </Tag>
  );
}

/** Blocking findings and warnings as two small counters; nothing when the check found nothing. */
export function FindingCounts({ blocking, warnings }: { blocking: number; warnings: number }) {
  const { t } = useI18n();
  if (!blocking && !warnings)
    return (
      <Tag color="success" style={{ marginInlineEnd: 0 }}>
        {t('tr.check.clean')}
      </Tag>
    );
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {blocking > 0 && (
        <Tag color="error" data-testid="count-blocking">
          {t('tr.check.blockingN', { n: blocking })}
        </Tag>
      )}
      {warnings > 0 && (
        <Tag color="warning" data-testid="count-warnings" style={{ marginInlineEnd: 0 }}>
          {t('tr.check.warningsN', { n: warnings })}
        </Tag>
      )}
    </span>
  );
}

/** Amounts with two decimals and thousands separators ("12,345.00"). */
export function money(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Sums budget lines per currency: standards abroad are in local currencies, so amounts are never added across them. */
export function totalsByCurrency(lines: { currency?: string | null; amount: number }[]): { currency: string; amount: number }[] {
  const sums = new Map<string, number>();
  for (const l of lines) {
    const c = (l.currency || 'CNY').toUpperCase();
    sums.set(c, (sums.get(c) ?? 0) + l.amount);
  }
  return [...sums].map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 }));
}

export const lineAmount = (persons?: number | null, units?: number | null, unitAmount?: number | null) =>
  Math.round((persons ?? 0) * (units ?? 0) * (unitAmount ?? 0) * 100) / 100;
