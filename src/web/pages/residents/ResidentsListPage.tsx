import { Link, useNavigate } from 'react-router';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResidentListItem } from '../../../shared/contracts/residents';
import { countryName } from '../../../shared/reference/countries';
import { residentsApi } from '../../api/endpoints';
import { ExpiryDate } from '../../components/ExpiryTag';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useVisaLabel } from '../../components/VisaTypeSelect';
import { ErrorResult } from '../../components/ResultPages';
import { useI18n, type MessageKey } from '../../i18n';
import { useCan } from '../../lib/session';
import { ResidentFilters } from './ResidentFilters';
import { useResidentFilters } from './useResidentFilters';

const SORT_BY_COLUMN: Record<string, string> = { name: 'name', nationality: 'nationality', document: 'docExpiry', visa: 'visaExpiry', arrival: 'arrivalDate' };

export default function ResidentsListPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const nav = useNavigate();
  const visaLabel = useVisaLabel();
  const { query, update, reset } = useResidentFilters();
  const { data, isFetching, error, refetch } = useQuery({
    queryKey: ['residents', 'list', query],
    queryFn: () => residentsApi.list(query),
    placeholderData: keepPreviousData,
  });

  const sortOrder = (col: string) =>
    SORT_BY_COLUMN[col] === query.sort ? (query.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;

  const columns: TableProps<ResidentListItem>['columns'] = [
    {
      key: 'name',
      title: t('res.col.name'),
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, r) => (
        <Link to={`/residents/${r.id}`} onClick={(e) => e.stopPropagation()} data-testid="resident-link">
          <div className="resident-name-latin">{[r.surname, r.givenNames].filter(Boolean).join(', ') || '—'}</div>
          {r.nameZh && <Typography.Text type="secondary">{r.nameZh}</Typography.Text>}
        </Link>
      ),
    },
    {
      key: 'nationality',
      title: t('res.col.nationality'),
      sorter: true,
      sortOrder: sortOrder('nationality'),
      render: (_, r) => <Tooltip title={r.nationality}>{countryName(r.nationality, locale)}</Tooltip>,
    },
    { key: 'area', title: t('res.col.area'), render: (_, r) => (locale === 'en-US' && r.areaNameEn ? r.areaNameEn : r.areaName) },
    {
      key: 'document',
      title: t('res.col.document'),
      sorter: true,
      sortOrder: sortOrder('document'),
      render: (_, r) => (
        <div>
          <div>
            <Typography.Text code={!r.docNumberMasked} type={r.docNumberMasked ? 'secondary' : undefined}>{r.docNumber}</Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`docType.${r.docType}` as MessageKey)}
          </Typography.Text>{' '}
          <ExpiryDate date={r.docExpiry} />
        </div>
      ),
    },
    {
      key: 'visa',
      title: t('res.col.visa'),
      sorter: true,
      sortOrder: sortOrder('visa'),
      render: (_, r) =>
        r.visaType || r.visaExpiry ? (
          <div>
            {r.visaType && <Tag color="blue">{visaLabel(r.visaType)}</Tag>}
            <div><ExpiryDate date={r.visaExpiry} /></div>
          </div>
        ) : (
          <span className="muted">—</span>
        ),
    },
    { key: 'arrival', title: t('res.col.arrival'), sorter: true, sortOrder: sortOrder('arrival'), render: (_, r) => r.arrivalDate ?? <span className="muted">—</span> },
    {
      key: 'registered',
      title: t('res.col.registered'),
      align: 'center',
      render: (_, r) =>
        r.accommodationRegistered ? (
          <Tooltip title={t('common.yes')}><CheckCircleTwoTone twoToneColor="#52c41a" /></Tooltip>
        ) : (
          <Tooltip title={t('common.no')}><CloseCircleTwoTone twoToneColor="#ff4d4f" /></Tooltip>
        ),
    },
    ...(query.status !== 'active'
      ? [{ key: 'status', title: t('res.col.status'), render: (_: unknown, r: ResidentListItem) => <StatusBadge status={r.status} /> }]
      : []),
  ];

  const onChange: TableProps<ResidentListItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const col = s?.order ? SORT_BY_COLUMN[String(s.columnKey)] : undefined;
      update({ sort: col, order: col ? (s?.order === 'ascend' ? 'asc' : 'desc') : undefined });
    } else if (extra.action === 'paginate') {
      update({ page: pagination.current, pageSize: pagination.pageSize });
    }
  };

  return (
    <>
      <PageHeader
        title={t('res.list.title')}
        extra={
          <Space wrap>
            {can('residents.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/residents/new')} data-testid="resident-new">
                {t('res.new')}
              </Button>
            )}
            {can('residents.import') && (
              <Button icon={<UploadOutlined />} onClick={() => nav('/residents/import')} data-testid="resident-import">
                {t('res.import')}
              </Button>
            )}
            {can('residents.export') && (
              <Tooltip title={data ? t('res.exportHint', { n: data.total }) : undefined}>
                <Button icon={<DownloadOutlined />} href={residentsApi.exportUrl(query)} data-testid="resident-export">
                  {t('res.export')}
                </Button>
              </Tooltip>
            )}
          </Space>
        }
      />
      <ResidentFilters query={query} update={update} reset={reset} />
      {error && !data ? (
        <ErrorResult error={error} onRetry={() => refetch()} />
      ) : (
        <Table<ResidentListItem>
          rowKey="id"
          size="middle"
          data-testid="residents-table"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          onChange={onChange}
          onRow={(r) => ({ onClick: () => nav(`/residents/${r.id}`), style: { cursor: 'pointer' }, 'data-testid': `resident-row-${r.id}` } as React.HTMLAttributes<HTMLElement>)}
          locale={{ emptyText: <Empty description={t('res.empty')} /> }}
          scroll={{ x: 1000 }}
          pagination={{
            current: data?.page ?? query.page,
            pageSize: data?.pageSize ?? query.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (n) => <span data-testid="residents-total">{t('common.total', { n })}</span>,
          }}
        />
      )}
    </>
  );
}
