import { Link, useNavigate } from 'react-router';
import { Button, Space, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResidentListItem } from '@shared/contracts/residents';
import { say } from '@shared/labels/labels';
import { DOC_TYPE_LABELS, REVIEW_FLAG_LABELS } from '@shared/labels/residents';
import { countryName } from '@shared/reference/countries';
import { residentsApi } from '@web/ui/api/endpoints';
import { ExpiryDate } from '@web/ui/ExpiryTag';
import { PageHeader } from '@web/ui/PageHeader';
import { useVisaLabel } from '@web/ui/VisaTypeSelect';
import { PagedTable } from '@web/ui/PagedTable';
import { useI18n } from '@web/ui/i18n';
import { useUrlQuery } from '@web/ui/useUrlQuery';
import { useCan } from '@web/ui/session';
import { ResidentFilters } from './ResidentFilters';
import { RESIDENT_QUERY_DEFAULTS, parseResidentQuery } from './residentQuery';
import { ResidentStatusBadge } from './ResidentStatusBadge';

const SORT_BY_COLUMN: Record<string, string> = { name: 'name', nationality: 'nationality', document: 'docExpiry', visa: 'visaExpiry', arrival: 'arrivalDate' };

export default function ResidentsListPage() {
  const { t, label, locale } = useI18n();
  const can = useCan();
  const nav = useNavigate();
  const visaLabel = useVisaLabel();
  const { query, update, reset } = useUrlQuery(parseResidentQuery, { defaults: RESIDENT_QUERY_DEFAULTS });
  const list = useQuery({
    queryKey: ['residents', 'list', query],
    queryFn: () => residentsApi.list(query),
    placeholderData: keepPreviousData,
  });

  const sortOrder = (col: string) => (SORT_BY_COLUMN[col] === query.sort ? (query.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null);

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
    { key: 'area', title: t('res.col.area'), render: (_, r) => say({ zh: r.areaName, en: r.areaNameEn || r.areaName }, locale) },
    {
      key: 'document',
      title: t('res.col.document'),
      sorter: true,
      sortOrder: sortOrder('document'),
      render: (_, r) => (
        <div>
          <div>
            <Typography.Text code={!r.docNumberMasked} type={r.docNumberMasked ? 'secondary' : undefined}>
              {r.docNumber}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label(DOC_TYPE_LABELS, r.docType)}
          </Typography.Text>{' '}
          {r.reviewFlags.map((f) => (
            <Tooltip key={f} title={label(REVIEW_FLAG_LABELS, f)}>
              <Tag color="warning" data-testid={`review-${f}`}>
                {t('res.review.tag')}
              </Tag>
            </Tooltip>
          ))}
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
            <div>
              <ExpiryDate date={r.visaExpiry} />
            </div>
          </div>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'arrival',
      title: t('res.col.arrival'),
      sorter: true,
      sortOrder: sortOrder('arrival'),
      render: (_, r) => r.arrivalDate ?? <span className="muted">—</span>,
    },
    {
      key: 'registered',
      title: t('res.col.registered'),
      align: 'center',
      render: (_, r) =>
        r.accommodationRegistered ? (
          <Tooltip title={t('common.yes')}>
            <CheckCircleTwoTone twoToneColor="#52c41a" />
          </Tooltip>
        ) : (
          <Tooltip title={t('common.no')}>
            <CloseCircleTwoTone twoToneColor="#ff4d4f" />
          </Tooltip>
        ),
    },
    ...(query.status !== 'active'
      ? [{ key: 'status', title: t('res.col.status'), render: (_: unknown, r: ResidentListItem) => <ResidentStatusBadge status={r.status} /> }]
      : []),
  ];

  // Only the columns in SORT_BY_COLUMN sort on the server; clearing a sort drops back to the default order.
  const onSort = (key: string, order: 'asc' | 'desc' | undefined) => {
    const col = order ? SORT_BY_COLUMN[key] : undefined;
    update({ sort: col, order: col ? order : undefined });
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
              <Tooltip title={list.data ? t('res.exportHint', { n: list.data.total }) : undefined}>
                <Button icon={<DownloadOutlined />} href={residentsApi.exportUrl(query)} data-testid="resident-export">
                  {t('res.export')}
                </Button>
              </Tooltip>
            )}
          </Space>
        }
      />
      <ResidentFilters query={query} update={update} reset={reset} />
      <PagedTable<ResidentListItem>
        result={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page, pageSize) => update({ page, pageSize })}
        onSort={onSort}
        data-testid="residents-table"
        columns={columns}
        scroll={{ x: 1000 }}
        empty={t('res.empty')}
        totalTestid="residents-total"
        rowHref={(r) => `/residents/${r.id}`}
        rowTestid={(r) => `resident-row-${r.id}`}
      />
    </>
  );
}
