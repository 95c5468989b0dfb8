import { Link, useNavigate } from 'react-router';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { BarChartOutlined, DownloadOutlined, PlusOutlined, UploadOutlined, WarningOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { countryName } from '../../../shared/reference/countries';
import { citiesApi, type FriendshipCity } from '../../api/exchanges';
import { PageHeader } from '../../components/PageHeader';
import { ErrorResult } from '../../components/ResultPages';
import { useI18n } from '../../i18n';
import { daysUntil } from '../../lib/format';
import { useCan } from '../../lib/session';
import { CityFilters, parseCityQuery } from './CityFilters';
import { PairStatusBadge, RelationTag, anniversaryLabel, tierLabel } from './labels';
import { useUrlQuery } from './useUrlQuery';

export default function CitiesListPage() {
  const { t, tx, locale } = useI18n();
  const can = useCan();
  const nav = useNavigate();
  const { query, update, reset } = useUrlQuery(parseCityQuery);
  const { data, isFetching, error, refetch } = useQuery({
    queryKey: ['exchanges', 'cities', 'list', query], queryFn: () => citiesApi.list(query), placeholderData: keepPreviousData,
  });

  const columns: TableProps<FriendshipCity>['columns'] = [
    {
      key: 'city', title: t('ex.c.col.city'), fixed: 'left', width: 200,
      render: (_, c) => (
        <Link to={`/exchanges/cities/${c.id}`} onClick={(e) => e.stopPropagation()} data-testid="city-link">
          <div style={{ fontWeight: 500 }}>{locale === 'en-US' ? c.foreignCityEn : c.foreignCityZh}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{locale === 'en-US' ? c.foreignCityZh : c.foreignCityEn}</Typography.Text>
        </Link>
      ),
    },
    { key: 'country', title: t('ex.c.f.country'), render: (_, c) => <Tooltip title={c.continent ? tx(`ex.continent.${c.continent}`) : undefined}>{countryName(c.country, locale)}</Tooltip> },
    { key: 'local', title: t('ex.localParty'), dataIndex: 'orgUnitName' },
    { key: 'type', title: t('ex.c.f.relationType'), render: (_, c) => <RelationTag type={c.relationType} /> },
    { key: 'est', title: t('ex.c.f.establishedOn'), dataIndex: 'establishedOn', width: 110 },
    { key: 'years', title: t('ex.c.col.years'), align: 'right', render: (_, c) => t('ex.c.yearsN', { n: c.years }) },
    {
      key: 'next', title: t('ex.c.col.nextAnniversary'),
      render: (_, c) => {
        const n = daysUntil(c.nextAnniversary.date) ?? 0;
        return (
          <Tooltip title={c.nextAnniversary.date}>
            <Tag color={n <= 90 ? 'gold' : undefined}>{anniversaryLabel(c.nextAnniversary.years, locale, t)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.nextAnniversary.date.slice(0, 7)}</Typography.Text>
          </Tooltip>
        );
      },
    },
    {
      key: 'last', title: t('ex.c.col.lastExchange'),
      render: (_, c) => (
        <Space size={4} wrap>
          {c.lastExchangeOn ?? <span className="muted">{t('ex.c.never')}</span>}
          {c.dormant && <Tag color="warning" icon={<WarningOutlined />} data-testid="dormant-tag">{t('ex.c.dormantTag')}</Tag>}
        </Space>
      ),
    },
    { key: 'tier', title: t('ex.c.f.tier'), render: (_, c) => tierLabel(t, c.tier) || <span className="muted">—</span> },
    { key: 'status', title: t('ex.c.f.status'), fixed: 'right', width: 100, render: (_, c) => <PairStatusBadge status={c.status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('ex.c.title')}
        extra={
          <Space wrap>
            {can('exchanges.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/exchanges/cities/new')} data-testid="city-new">{t('ex.c.new')}</Button>}
            {can('exchanges.import') && <Button icon={<UploadOutlined />} onClick={() => nav('/exchanges/cities/import')} data-testid="city-import">{t('common.import')}</Button>}
            {can('exchanges.export') && <Button icon={<DownloadOutlined />} href={citiesApi.exportUrl} data-testid="city-export">{t('common.export')}</Button>}
            <Button icon={<BarChartOutlined />} onClick={() => nav('/exchanges/cities/stats')} data-testid="city-stats-link">{t('ex.statistics')}</Button>
          </Space>
        }
      />
      <CityFilters query={query} update={update} reset={reset} />
      {error && !data ? <ErrorResult error={error} onRetry={() => refetch()} /> : (
        <Table<FriendshipCity>
          rowKey="id" size="middle" data-testid="cities-table" loading={isFetching} columns={columns} dataSource={data?.items ?? []}
          onRow={(c) => ({ onClick: () => nav(`/exchanges/cities/${c.id}`), style: { cursor: 'pointer' }, 'data-testid': `city-row-${c.id}` } as React.HTMLAttributes<HTMLElement>)}
          locale={{ emptyText: <Empty description={t('ex.c.empty')} /> }}
          scroll={{ x: 1250 }}
          onChange={(p, _f, _s, extra) => { if (extra.action === 'paginate') update({ page: p.current, pageSize: p.pageSize }); }}
          pagination={{
            current: data?.page ?? query.page, pageSize: data?.pageSize ?? query.pageSize, total: data?.total ?? 0,
            showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200],
            showTotal: (n) => <span data-testid="cities-total">{t('common.total', { n })}</span>,
          }}
        />
      )}
    </>
  );
}
