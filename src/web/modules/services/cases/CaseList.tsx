/** The list of cases every page shares (the office's queue, a unit's own cases): filters in the URL, each row's signal. */
import { Button, Col, Space, Tabs, Tooltip, Typography, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CASE_KINDS, CASE_STATUSES } from '@shared/contracts/services';
import { QUEUE_VIEWS, type QueueView } from '@shared/contracts/services-cases';
import { CASE_KIND_LABELS, CASE_STATUS_LABELS } from '@shared/labels/services';
import { QUEUE_VIEW_LABELS } from '@shared/labels/services-cases';
import { labelOptions } from '@shared/labels/labels';
import { DateRangeFilter, FilterCard, ResetButton, SearchFilter, SelectFilter } from '@web/ui/FilterBar';
import { PagedTable } from '@web/ui/PagedTable';
import { useI18n } from '@web/ui/i18n';
import { useCan } from '@web/ui/session';
import { num, oneOf, useUrlQuery, ymdParam } from '@web/ui/useUrlQuery';
import { casesApi, type CaseQuery, type QueueRow } from './api';
import { DueDate, SignalTag } from './SignalTag';

const parse = (get: (k: string) => string | undefined): Partial<CaseQuery> => ({
  view: oneOf(QUEUE_VIEWS, get('view')),
  kind: oneOf(CASE_KINDS, get('kind')),
  status: oneOf(CASE_STATUSES, get('status')),
  q: get('q'),
  from: ymdParam(get('from')),
  to: ymdParam(get('to')),
  page: num(get('page')),
  pageSize: num(get('pageSize')),
});

/** `tabs`: the office's views; a unit's list has none (its scope is its own cases). */
export function CaseList({ tabs, defaultView }: { tabs: readonly QueueView[]; defaultView: QueueView }) {
  const { t, label, locale } = useI18n();
  const can = useCan();
  const { query, update, reset } = useUrlQuery(parse);
  const q = { ...query, view: query.view ?? defaultView };
  const list = useQuery({ queryKey: ['services', 'cases', 'queue', q], queryFn: () => casesApi.queue(q), placeholderData: keepPreviousData });

  const columns: TableProps<QueueRow>['columns'] = [
    { key: 'number', title: t('svc.cases.col.number'), width: 140, render: (_, r) => (r.number ? <Typography.Text code>{r.number}</Typography.Text> : '—') },
    { key: 'kind', title: t('svc.cases.col.kind'), render: (_, r) => label(CASE_KIND_LABELS, r.kind) },
    {
      key: 'applicant',
      title: t('svc.cases.col.applicant'),
      render: (_, r) => (
        <div>
          <div>{r.applicantName}</div>
          {r.title && <Typography.Text type="secondary">{r.title}</Typography.Text>}
        </div>
      ),
    },
    { key: 'status', title: t('svc.cases.col.status'), render: (_, r) => label(CASE_STATUS_LABELS, r.status) },
    { key: 'submitted', title: t('svc.cases.col.submitted'), dataIndex: 'submittedOn', width: 110, render: (v: string | null) => v ?? '—' },
    { key: 'due', title: t('svc.cases.col.due'), width: 130, render: (_, r) => <DueDate dueOn={r.dueOn} stage={r.stage} /> },
    { key: 'signal', title: t('svc.cases.col.signal'), render: (_, r) => <SignalTag signal={r.signal} left={r.workingDaysLeft} /> },
    { key: 'assignee', title: t('svc.cases.col.assignee'), render: (_, r) => r.assigneeName ?? '—' },
  ];

  return (
    <>
      {tabs.length > 1 && (
        <Tabs
          activeKey={q.view}
          onChange={(view) => update({ view: view === defaultView ? undefined : view })}
          items={tabs.map((v) => ({ key: v, label: <span data-testid={`queue-tab-${v}`}>{label(QUEUE_VIEW_LABELS, v)}</span> }))}
        />
      )}
      <FilterCard testid="case-filters">
        <Col xs={24} md={6}>
          <SearchFilter value={q.q} placeholder={t('svc.cases.search')} onSearch={(v) => update({ q: v })} />
        </Col>
        <Col xs={12} md={5}>
          <SelectFilter
            testid="case-kind"
            value={q.kind}
            placeholder={t('svc.cases.col.kind')}
            options={labelOptions(CASE_KIND_LABELS, locale)}
            onChange={(kind) => update({ kind })}
          />
        </Col>
        <Col xs={12} md={4}>
          <SelectFilter
            testid="case-status"
            value={q.status}
            placeholder={t('svc.cases.col.status')}
            options={labelOptions(CASE_STATUS_LABELS, locale)}
            onChange={(status) => update({ status })}
          />
        </Col>
        <Col xs={24} md={6}>
          <DateRangeFilter from={q.from} to={q.to} onChange={(from, to) => update({ from, to })} />
        </Col>
        <Col xs={24} md={3}>
          <Space>
            <ResetButton onClick={reset} iconOnly />
            {can('services.export') && (
              <Tooltip title={t('svc.cases.exportHint')}>
                <Button icon={<DownloadOutlined />} href={casesApi.exportUrl(q)} data-testid="case-export" />
              </Tooltip>
            )}
          </Space>
        </Col>
      </FilterCard>
      <PagedTable<QueueRow>
        result={list}
        page={q.page}
        pageSize={q.pageSize}
        onPage={(page, pageSize) => update({ page, pageSize })}
        data-testid="cases-table"
        columns={columns}
        scroll={{ x: 1000 }}
        empty={t('svc.cases.empty')}
        rowHref={(r) => `/services/cases/${r.id}`}
        rowTestid={(r) => `case-row-${r.id}`}
      />
    </>
  );
}
