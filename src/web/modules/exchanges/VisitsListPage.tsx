import { Link, useNavigate } from 'react-router';
import { Button, Space, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { visitsApi, type Visit } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { PagedTable } from '@web/ui/PagedTable';
import { useI18n } from '@web/ui/i18n';
import { useCan } from '@web/ui/session';
import { CountryList } from '@web/ui/CountryList';
import { VisitStatusBadge, VisitTypeTag } from './labels';
import { VisitFilters } from './VisitFilters';
import { useVisitQuery } from './useVisitQuery';

export default function VisitsListPage() {
  const { t } = useI18n();
  const can = useCan();
  const nav = useNavigate();
  const { query, update, reset } = useVisitQuery();
  const list = useQuery({
    queryKey: ['exchanges', 'visits', 'list', query],
    queryFn: () => visitsApi.list(query),
    placeholderData: keepPreviousData,
  });

  const columns: TableProps<Visit>['columns'] = [
    {
      key: 'dates',
      title: t('ex.v.col.dates'),
      width: 130,
      render: (_, v) => (
        <div>
          <div>{v.startDate}</div>
          {v.endDate !== v.startDate && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              ~ {v.endDate}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { key: 'type', title: t('ex.v.f.type'), render: (_, v) => <VisitTypeTag type={v.type} /> },
    { key: 'countries', title: t('ex.v.f.countries'), render: (_, v) => <CountryList codes={v.countries} /> },
    {
      key: 'organisation',
      title: t('ex.v.f.organisation'),
      render: (_, v) => (
        <Link to={`/exchanges/visits/${v.id}`} onClick={(e) => e.stopPropagation()} data-testid="visit-link">
          {v.organisation}
          {v.archived && <Tag style={{ marginInlineStart: 6 }}>{t('ex.archived')}</Tag>}
        </Link>
      ),
    },
    {
      key: 'head',
      title: t('ex.v.col.head'),
      render: (_, v) =>
        v.headName ? (
          <div>
            <div>{v.headName}</div>
            {v.headTitle && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {v.headTitle}
              </Typography.Text>
            )}
          </div>
        ) : (
          <span className="muted">—</span>
        ),
    },
    { key: 'people', title: t('ex.v.f.peopleCount'), align: 'right', dataIndex: 'peopleCount' },
    { key: 'leader', title: t('ex.v.f.receivingLeader'), render: (_, v) => v.receivingLeader ?? <span className="muted">—</span> },
    { key: 'status', title: t('ex.v.f.status'), render: (_, v) => <VisitStatusBadge status={v.status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('ex.v.title')}
        extra={
          <Space wrap>
            {can('exchanges.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/exchanges/visits/new')} data-testid="visit-new">
                {t('ex.v.new')}
              </Button>
            )}
            {can('exchanges.export') && (
              <Tooltip title={list.data ? t('ex.v.exportHint', { n: list.data.total }) : undefined}>
                <Button icon={<DownloadOutlined />} href={visitsApi.exportUrl(query)} data-testid="visit-export">
                  {t('common.export')}
                </Button>
              </Tooltip>
            )}
          </Space>
        }
      />
      <VisitFilters query={query} update={update} reset={reset} />
      <PagedTable<Visit>
        result={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page, pageSize) => update({ page, pageSize })}
        data-testid="visits-table"
        columns={columns}
        scroll={{ x: 1100 }}
        empty={t('ex.v.empty')}
        totalTestid="visits-total"
        rowHref={(v) => `/exchanges/visits/${v.id}`}
        rowTestid={(v) => `visit-row-${v.id}`}
      />
    </>
  );
}
