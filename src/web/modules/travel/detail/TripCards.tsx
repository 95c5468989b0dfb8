/** What was applied for: key facts, the delegation (members taken off struck through), the itinerary and the budget. */
import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import type { Application } from '../api';
import { useI18n } from '@web/ui/i18n';
import { fmtDateTime } from '@web/ui/format';
import { countryName } from '@shared/reference/countries';
import { CountryList } from '@web/ui/CountryList';
import { Muted } from '@web/ui/Muted';
import { money } from '../labels';
import { budgetCategoryLabels, memberRoleLabels, passportTypeLabels, rankLabels } from '@shared/labels/travel';

export function KeyFacts({ a }: { a: Application }) {
  const { t, locale } = useI18n();
  return (
    <Card size="small" className="section-card" title={t('tr.s.basics')} data-testid="travel-facts">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'unit', label: t('tr.f.unit'), children: a.orgUnitName },
          {
            key: 'dates',
            label: t('tr.col.dates'),
            children: (
              <span data-testid="travel-dates">
                {a.departDate} ~ {a.returnDate}
              </span>
            ),
          },
          { key: 'days', label: t('tr.sum.days'), children: a.check.daysAbroad },
          { key: 'countries', label: t('tr.col.countries'), children: <CountryList codes={a.check.countries} max={10} /> },
          {
            key: 'inviter',
            label: t('tr.f.inviterName'),
            children: (
              <span>
                {a.inviterName} <span className="muted">({countryName(a.inviterCountry, locale)})</span>
                {a.inviterIntermediary && (
                  <Tag color="red" style={{ marginInlineStart: 6 }}>
                    {t('tr.f.intermediaryTag')}
                  </Tag>
                )}
              </span>
            ),
          },
          { key: 'plan', label: t('tr.f.planItem'), children: a.planItemId ? t('tr.plan.inPlan', { id: a.planItemId }) : <Tag>{t('tr.plan.none')}</Tag> },
          { key: 'funding', label: t('tr.f.fundingSource'), children: <Muted>{a.fundingSource}</Muted> },
          { key: 'contact', label: t('tr.f.contactName'), children: <Muted>{[a.contactName, a.contactPhone].filter(Boolean).join(' · ')}</Muted> },
          {
            key: 'publicity',
            label: t('tr.s.publicity'),
            children: a.publicityStart || a.publicityEnd ? `${a.publicityStart ?? '?'} ~ ${a.publicityEnd ?? '?'}` : <Muted />,
          },
          { key: 'submitted', label: t('tr.f.submittedAt'), children: <Muted>{fmtDateTime(a.submittedAt)}</Muted> },
          { key: 'decided', label: t('tr.f.decidedAt'), children: <Muted>{fmtDateTime(a.decidedAt)}</Muted> },
          { key: 'updated', label: t('tr.f.updatedAt'), children: fmtDateTime(a.updatedAt) },
          { key: 'purpose', label: t('tr.f.purpose'), span: 'filled', children: <Muted>{a.purpose}</Muted> },
        ]}
      />
    </Card>
  );
}

export function MembersCard({ a }: { a: Application }) {
  const { t, label } = useI18n();
  const removed = new Set(a.decision.removedMembers);
  return (
    <Card size="small" className="section-card" title={t('tr.s.members')} data-testid="travel-members">
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={a.members}
        scroll={{ x: 900 }}
        onRow={(m) => ({ 'data-testid': removed.has(m.name) ? 'member-removed' : 'member-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'i', title: '#', width: 40, render: (_, __, i) => i + 1 },
          {
            key: 'name',
            title: t('tr.member.name'),
            render: (_, m) =>
              removed.has(m.name) ? (
                <span>
                  <Typography.Text delete type="secondary">
                    {m.name}
                  </Typography.Text>{' '}
                  <Tag color="red">{t('tr.decision.removedTag')}</Tag>
                </span>
              ) : (
                <span>
                  {m.name}
                  {m.role === 'head' && (
                    <Tag color="blue" style={{ marginInlineStart: 6 }}>
                      {label(memberRoleLabels, 'head')}
                    </Tag>
                  )}
                </span>
              ),
          },
          { key: 'unit', title: t('tr.member.unitName'), render: (_, m) => <Muted>{m.unitName}</Muted> },
          { key: 'post', title: t('tr.member.post'), render: (_, m) => <Muted>{m.post}</Muted> },
          { key: 'rank', title: t('tr.member.rank'), render: (_, m) => label(rankLabels, m.rank) },
          { key: 'ptype', title: t('tr.member.passportType'), render: (_, m) => label(passportTypeLabels, m.passportType) },
          { key: 'pno', title: t('tr.member.passportNumber'), render: (_, m) => <Muted>{m.passportNumber}</Muted> },
          { key: 'pexp', title: t('tr.member.passportExpiry'), render: (_, m) => <Muted>{m.passportExpiry}</Muted> },
          { key: 'role', title: t('tr.member.role'), render: (_, m) => label(memberRoleLabels, m.role) },
          { key: 'lead', title: t('tr.member.leadershipShort'), render: (_, m) => (m.leadership ? <Tag color="gold">{t('common.yes')}</Tag> : <Muted />) },
        ]}
      />
    </Card>
  );
}

export function ItineraryCard({ a }: { a: Application }) {
  const { t, locale } = useI18n();
  return (
    <Card size="small" className="section-card" title={t('tr.s.legs')} data-testid="travel-itinerary">
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={a.legs}
        columns={[
          { key: 'country', title: t('tr.leg.country'), render: (_, l) => countryName(l.country, locale) },
          { key: 'city', title: t('tr.leg.city'), render: (_, l) => <Muted>{l.city}</Muted> },
          { key: 'arrive', title: t('tr.leg.arriveOn'), dataIndex: 'arriveOn' },
          { key: 'leave', title: t('tr.leg.leaveOn'), dataIndex: 'leaveOn' },
          { key: 'transit', title: t('tr.leg.transitOnly'), render: (_, l) => (l.transitOnly ? <Tag>{t('tr.leg.transitTag')}</Tag> : <Muted />) },
        ]}
      />
    </Card>
  );
}

export function BudgetCard({ a }: { a: Application }) {
  const { t, locale, label } = useI18n();
  const totals = a.check.budgetTotals?.length ? a.check.budgetTotals : [{ currency: 'CNY', amount: a.check.totalBudget }];
  return (
    <Card size="small" className="section-card" title={t('tr.s.budget')} data-testid="travel-budget">
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={a.budget}
        scroll={{ x: 700 }}
        columns={[
          { key: 'cat', title: t('tr.budget.category'), render: (_, b) => label(budgetCategoryLabels, b.category) },
          { key: 'country', title: t('tr.budget.country'), render: (_, b) => (b.country ? countryName(b.country, locale) : <Muted />) },
          { key: 'persons', title: t('tr.budget.persons'), dataIndex: 'persons', align: 'right' },
          { key: 'units', title: t('tr.budget.units'), dataIndex: 'units', align: 'right' },
          { key: 'unit', title: t('tr.budget.unitAmount'), align: 'right', render: (_, b) => `${b.currency} ${money(b.unitAmount)}` },
          {
            key: 'amount',
            title: t('tr.budget.lineAmount'),
            align: 'right',
            render: (_, b) => (
              <strong>
                {b.currency} {money(b.persons * b.units * b.unitAmount)}
              </strong>
            ),
          },
        ]}
        footer={() => (
          <div style={{ textAlign: 'right' }} data-testid="travel-budget-total">
            <Typography.Text type="secondary">{t('tr.budget.total')}</Typography.Text>
            {totals.map((x) => (
              <Typography.Text strong key={x.currency} style={{ marginInlineStart: 12 }}>
                {x.currency} {money(x.amount)}
              </Typography.Text>
            ))}
          </div>
        )}
      />
    </Card>
  );
}
