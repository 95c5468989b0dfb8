import { Card, Empty, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { fmtDateTime } from '@web/ui/format';
import { plansApi, type Plan, type PlanItem } from './api';
import { countriesText, monthName, money } from './planFormat';
import { UsedBy } from './PlanUsedBy';

/** The plans of the year of every unit in the office's scope, read-only. */
export function PlansOverview({ year, orgUnitId }: { year: number; orgUnitId?: number }) {
  const { t, locale } = useI18n();
  const list = useQuery({
    queryKey: ['travel', 'plans', { year, orgUnitId }],
    queryFn: () => plansApi.list({ year, orgUnitId }),
    placeholderData: keepPreviousData,
  });
  if (list.error && !list.data) return <ErrorResult error={list.error} onRetry={() => list.refetch()} />;
  const rows = list.data ?? [];
  const sum = rows.reduce(
    (s, p) => ({
      items: s.items + p.items.length,
      trips: s.trips + p.totals.trips,
      people: s.people + p.totals.people,
      budget: s.budget + p.totals.budget,
      usedTrips: s.usedTrips + p.totals.usedTrips,
      usedPeople: s.usedPeople + p.totals.usedPeople,
    }),
    { items: 0, trips: 0, people: 0, budget: 0, usedTrips: 0, usedPeople: 0 },
  );
  const itemColumns: TableProps<PlanItem>['columns'] = [
    { key: 'title', title: t('tro.plan.col.title'), dataIndex: 'title' },
    { key: 'countries', title: t('tro.plan.col.countries'), render: (_, i) => countriesText(i.countries, locale) },
    { key: 'people', title: t('tro.plan.col.people'), dataIndex: 'people', align: 'right', width: 90 },
    { key: 'days', title: t('tro.plan.col.days'), dataIndex: 'days', align: 'right', width: 90 },
    { key: 'month', title: t('tro.plan.col.month'), width: 90, render: (_, i) => (i.month ? monthName(i.month, locale) : <span className="muted">—</span>) },
    { key: 'budget', title: t('tro.plan.col.budget'), align: 'right', width: 130, render: (_, i) => money(i.budget, locale) },
    { key: 'used', title: t('tro.plan.col.usedBy'), width: 150, render: (_, i) => <UsedBy ids={i.usedBy} /> },
  ];
  const columns: TableProps<Plan>['columns'] = [
    { key: 'unit', title: t('tro.unit'), dataIndex: 'orgUnitName' },
    { key: 'items', title: t('tro.plan.col.items'), align: 'right', render: (_, p) => p.items.length },
    { key: 'people', title: t('tro.plan.people'), align: 'right', render: (_, p) => p.totals.people },
    { key: 'budget', title: t('tro.plan.budget'), align: 'right', render: (_, p) => money(p.totals.budget, locale) },
    {
      key: 'used',
      title: t('tro.plan.col.used'),
      align: 'right',
      render: (_, p) => (
        <Tooltip title={t('tro.plan.usedHint')}>
          <Tag color={p.totals.usedTrips >= p.totals.trips && p.totals.trips > 0 ? 'orange' : 'blue'}>
            {t('tro.plan.usedOf', { trips: p.totals.usedTrips, ofTrips: p.totals.trips, people: p.totals.usedPeople, ofPeople: p.totals.people })}
          </Tag>
        </Tooltip>
      ),
    },
    { key: 'updated', title: t('tro.updated'), render: (_, p) => fmtDateTime(p.updatedAt) },
  ];
  return (
    <Card className="section-card" size="small">
      <Table<Plan>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        columns={columns}
        pagination={false}
        data-testid="plans-table"
        locale={{ emptyText: <Empty description={t('tro.plan.noneOffice', { year })} /> }}
        onRow={(p) => ({ 'data-testid': `plan-row-${p.id}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (p) => (
            <>
              <Table<PlanItem> rowKey="id" size="small" pagination={false} dataSource={p.items} columns={itemColumns} />
              {p.notes && (
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                  {t('tro.plan.notesLine', { notes: p.notes })}
                </Typography.Paragraph>
              )}
            </>
          ),
          rowExpandable: (p) => p.items.length > 0 || !!p.notes,
        }}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} />
              <Table.Summary.Cell index={1}>
                <strong>{t('tro.total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {sum.items}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {sum.people}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {money(sum.budget, locale)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {t('tro.plan.usedOf', { trips: sum.usedTrips, ofTrips: sum.trips, people: sum.usedPeople, ofPeople: sum.people })}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
