/** A rule version's parameters in readable form: limits, budget standards, approval by rank. */
import { useMemo, useState } from 'react';
import { Descriptions, Input, Popover, Space, Table, Tag, Typography } from 'antd';
import { RANKS, RULE_KEYS } from '@shared/contracts/travel';
import { countryName } from '@shared/reference/countries';
import type { ApprovalParams, BudgetParams, LimitsParams, RuleVersion } from './api';
import { joinList } from '@shared/labels/labels';
import { useI18n } from '@web/ui/i18n';
import { rankLabels, ruleKeyLabels } from '@shared/labels/travel';
import { LevelTag, SeverityTag } from './common';

type Standard = BudgetParams['standards'][number];

/** Severity of each rule when a version does not list it: what the server assumes. */
export const DEFAULT_SEVERITIES: LimitsParams['severities'] = {
  countries: 'block',
  days: 'block',
  members: 'block',
  leadership: 'block',
  unplanned: 'warn',
  publicity: 'block',
  budget: 'warn',
  passport: 'block',
  inviter: 'block',
};

export function RuleParamsView({ rule }: { rule: RuleVersion }) {
  if (rule.kind === 'limits') return <LimitsView p={rule.params as unknown as LimitsParams} />;
  if (rule.kind === 'budget') return <BudgetView p={rule.params as unknown as BudgetParams} />;
  return <ApprovalView p={rule.params as unknown as ApprovalParams} />;
}

/** "1 country: 5 days · 2 countries: 8 days · 3 or more: 10 days". */
export function useMaxDaysLabel() {
  const { t } = useI18n();
  return (i: number, count: number) =>
    i === count - 1 && count > 1 ? t('tro.rule.nCountriesOrMore', { n: i + 1 }) : i === 0 ? t('tro.rule.oneCountry') : t('tro.rule.nCountries', { n: i + 1 });
}

function LimitsView({ p }: { p: LimitsParams }) {
  const { t, locale, label } = useI18n();
  const dayLabel = useMaxDaysLabel();
  const severities = { ...DEFAULT_SEVERITIES, ...(p.severities ?? {}) };
  const extra = p.extraDayCountries ?? [];
  const names = extra.map((c) => countryName(c, locale)).sort((a, b) => a.localeCompare(b, locale));
  return (
    <div data-testid="rule-params-limits">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'maxCountries', label: t('tro.rule.maxCountries'), children: t('tro.rule.countriesN', { n: p.maxCountries }) },
          { key: 'maxMembers', label: t('tro.rule.maxMembers'), children: t('tro.rule.peopleN', { n: p.maxMembers }) },
          {
            key: 'maxDays',
            label: t('tro.rule.maxDays'),
            span: 2,
            children: (
              <Space size={[8, 4]} wrap>
                {(p.maxDays ?? []).map((d, i) => (
                  <Tag key={i}>{t('tro.rule.daysFor', { label: dayLabel(i, p.maxDays.length), days: d })}</Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'extra',
            label: t('tro.rule.extraDays'),
            span: 2,
            children: (
              <Space size={8} wrap>
                {t('tro.daysN', { n: p.extraDays })}
                <Popover
                  content={<div style={{ maxWidth: 520, maxHeight: 300, overflow: 'auto' }}>{joinList(names, locale) || '—'}</div>}
                  title={t('tro.rule.extraDayCountries')}>
                  <Typography.Link data-testid="rule-extra-countries">{t('tro.rule.appliesToN', { n: extra.length })}</Typography.Link>
                </Popover>
              </Space>
            ),
          },
          { key: 'publicity', label: t('tro.rule.publicityWorkingDays'), children: t('tro.rule.workingDaysN', { n: p.publicityWorkingDays }) },
          { key: 'passportReturn', label: t('tro.rule.passportReturnDays'), children: t('tro.rule.afterReturnDays', { n: p.passportReturnDays }) },
          { key: 'report', label: t('tro.rule.reportMonths'), children: t('tro.rule.afterReturnMonths', { n: p.reportMonths }) },
          { key: 'validity', label: t('tro.rule.passportValidityMonths'), children: t('tro.rule.monthsN', { n: p.passportValidityMonths }) },
          {
            key: 'hold',
            label: t('tro.rule.reminderHoldAfter'),
            span: 2,
            children: p.reminderHoldAfter > 0 ? t('tro.rule.holdAfterN', { n: p.reminderHoldAfter }) : <span className="muted">{t('tro.rule.holdNever')}</span>,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('tro.rule.severities')}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        data-testid="rule-severities"
        items={RULE_KEYS.map((k) => ({ key: k, label: label(ruleKeyLabels, k), children: <SeverityTag severity={severities[k]} /> }))}
      />
    </div>
  );
}

function BudgetView({ p }: { p: BudgetParams }) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const rows = useMemo(() => {
    const all = (p.standards ?? []).map((s, i) => ({ ...s, i, name: countryName(s.country, locale) }));
    const needle = q.trim().toLowerCase();
    return needle ? all.filter((s) => `${s.name} ${s.country} ${s.city ?? ''} ${countryName(s.country, 'en-US')}`.toLowerCase().includes(needle)) : all;
  }, [p.standards, locale, q]);
  const amount = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
  return (
    <div data-testid="rule-params-budget">
      <Input.Search allowClear placeholder={t('tro.rule.searchCountry')} style={{ maxWidth: 320, marginBottom: 12 }} onChange={(e) => setQ(e.target.value)} />
      <Table<Standard & { i: number; name: string }>
        size="small"
        rowKey="i"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        columns={[
          {
            key: 'country',
            title: t('tro.rule.col.country'),
            render: (_, s) => (
              <>
                {s.name} <Typography.Text type="secondary">({s.country})</Typography.Text>
              </>
            ),
          },
          { key: 'city', title: t('tro.rule.col.city'), render: (_, s) => s.city ?? <span className="muted">{t('tro.rule.allCities')}</span> },
          { key: 'currency', title: t('tro.rule.col.currency'), dataIndex: 'currency', width: 90 },
          { key: 'lodging', title: t('tro.rule.col.lodging'), align: 'right', render: (_, s) => amount(s.lodging) },
          { key: 'meals', title: t('tro.rule.col.meals'), align: 'right', render: (_, s) => amount(s.meals) },
          { key: 'incidentals', title: t('tro.rule.col.incidentals'), align: 'right', render: (_, s) => amount(s.incidentals) },
        ]}
      />
    </div>
  );
}

function ApprovalView({ p }: { p: ApprovalParams }) {
  const { t, label } = useI18n();
  return (
    <div data-testid="rule-params-approval">
      <Table<{ rank: (typeof RANKS)[number] }>
        size="small"
        rowKey="rank"
        pagination={false}
        dataSource={RANKS.map((rank) => ({ rank }))}
        style={{ maxWidth: 560 }}
        columns={[
          { key: 'rank', title: t('tro.rule.col.rank'), render: (_, r) => label(rankLabels, r.rank) },
          {
            key: 'level',
            title: t('tro.rule.col.approver'),
            render: (_, r) => {
              const level = p.ranks?.[r.rank];
              return level ? (
                <LevelTag level={level} />
              ) : (
                <Space size={4}>
                  <LevelTag level="leader" />
                  <Typography.Text type="secondary">{t('tro.rule.defaultLevel')}</Typography.Text>
                </Space>
              );
            },
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        {t('tro.rule.approvalHint')}
      </Typography.Paragraph>
    </div>
  );
}
