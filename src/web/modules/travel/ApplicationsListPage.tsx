import { Link, useNavigate } from 'react-router';
import { Button, Space, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { applicationsApi, type ApplicationSummary } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { PagedTable } from '@web/ui/PagedTable';
import { useI18n } from '@web/ui/i18n';
import { useCan } from '@web/ui/session';
import { CountryList } from '@web/ui/CountryList';
import { Muted } from '@web/ui/Muted';
import { ApplicationFilters } from './ApplicationFilters';
import { RemindersBanner } from './office/RemindersBanner';
import { BatchListButton } from './BatchListButton';
import { ApproverTag, FindingCounts, TravelStatusBadge } from './labels';
import { useApplicationQuery } from './useApplicationQuery';

export default function ApplicationsListPage() {
  const { t } = useI18n();
  const can = useCan();
  const nav = useNavigate();
  const { query, update, reset } = useApplicationQuery();
  const list = useQuery({
    queryKey: ['travel', 'applications', 'list', query],
    queryFn: () => applicationsApi.list(query),
    placeholderData: keepPreviousData,
  });

  const columns: TableProps<ApplicationSummary>['columns'] = [
    { key: 'id', title: t('tr.col.id'), dataIndex: 'id', width: 70, render: (id: number) => `#${id}` },
    { key: 'unit', title: t('tr.f.unit'), dataIndex: 'orgUnitName', width: 160 },
    {
      key: 'task',
      title: t('tr.f.task'),
      render: (_, a) => (
        <div>
          <Link to={`/travel/applications/${a.id}`} onClick={(e) => e.stopPropagation()} data-testid="travel-link">
            {a.task}
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.inviterName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'head', title: t('tr.col.head'), render: (_, a) => <Muted>{a.headName}</Muted> },
    { key: 'people', title: t('tr.col.people'), dataIndex: 'people', align: 'right', width: 70 },
    { key: 'countries', title: t('tr.col.countries'), render: (_, a) => <CountryList codes={a.countries} /> },
    {
      key: 'dates',
      title: t('tr.col.dates'),
      width: 130,
      render: (_, a) => (
        <div>
          <div>{a.departDate}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            ~ {a.returnDate}
          </Typography.Text>
        </div>
      ),
    },
    { key: 'status', title: t('tr.f.status'), render: (_, a) => <TravelStatusBadge status={a.status} /> },
    { key: 'check', title: t('tr.col.check'), render: (_, a) => <FindingCounts blocking={a.blocking} warnings={a.warnings} /> },
    { key: 'level', title: t('tr.col.level'), render: (_, a) => <ApproverTag level={a.approverLevel} /> },
  ];

  return (
    <>
      <RemindersBanner />
      <PageHeader
        title={t('tr.list.title')}
        sub={t('tr.list.sub')}
        extra={
          <Space wrap>
            {can('travel.apply') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/travel/applications/new')} data-testid="travel-new">
                {t('tr.list.new')}
              </Button>
            )}
            {can('travel.export') && <BatchListButton />}
          </Space>
        }
      />
      <ApplicationFilters query={query} update={update} reset={reset} />
      <PagedTable<ApplicationSummary>
        result={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page, pageSize) => update({ page, pageSize })}
        data-testid="travel-table"
        columns={columns}
        scroll={{ x: 1200 }}
        empty={query.todo ? t('tr.list.emptyTodo') : t('tr.list.empty')}
        totalTestid="travel-total"
        rowHref={(a) => `/travel/applications/${a.id}`}
        rowTestid={(a) => `travel-row-${a.id}`}
      />
    </>
  );
}
