import { Link, useNavigate } from 'react-router';
import { Button, Space, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { BarChartOutlined, DownloadOutlined, PlusOutlined, UploadOutlined, WarningOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CONTINENT_LABELS, PAIR_TIER_LABELS, foreignCityNames } from '@shared/labels/exchanges';
import { countryName } from '@shared/reference/countries';
import { citiesApi, type FriendshipCity } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { PagedTable } from '@web/ui/PagedTable';
import { useI18n } from '@web/ui/i18n';
import { daysUntil } from '@web/ui/format';
import { useCan } from '@web/ui/session';
import { CityFilters, parseCityQuery } from './CityFilters';
import { PairStatusBadge, RelationTag, anniversaryLabel } from './labels';
import { useUrlQuery } from '@web/ui/useUrlQuery';

export default function CitiesListPage() {
  const { t, label, locale } = useI18n();
  const can = useCan();
  const nav = useNavigate();
  const { query, update, reset } = useUrlQuery(parseCityQuery);
  const list = useQuery({
    queryKey: ['exchanges', 'cities', 'list', query],
    queryFn: () => citiesApi.list(query),
    placeholderData: keepPreviousData,
  });

  const columns: TableProps<FriendshipCity>['columns'] = [
    {
      key: 'city',
      title: t('ex.c.col.city'),
      fixed: 'left',
      width: 200,
      render: (_, c) => {
        const { main, other } = foreignCityNames(c, locale);
        return (
          <Link to={`/exchanges/cities/${c.id}`} onClick={(e) => e.stopPropagation()} data-testid="city-link">
            <div style={{ fontWeight: 500 }}>{main}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {other}
            </Typography.Text>
          </Link>
        );
      },
    },
    {
      key: 'country',
      title: t('ex.c.f.country'),
      render: (_, c) => <Tooltip title={c.continent ? label(CONTINENT_LABELS, c.continent) : undefined}>{countryName(c.country, locale)}</Tooltip>,
    },
    { key: 'local', title: t('ex.localParty'), dataIndex: 'orgUnitName' },
    { key: 'type', title: t('ex.c.f.relationType'), render: (_, c) => <RelationTag type={c.relationType} /> },
    { key: 'est', title: t('ex.c.f.establishedOn'), dataIndex: 'establishedOn', width: 110 },
    { key: 'years', title: t('ex.c.col.years'), align: 'right', render: (_, c) => t('ex.c.yearsN', { n: c.years }) },
    {
      key: 'next',
      title: t('ex.c.col.nextAnniversary'),
      render: (_, c) => {
        const n = daysUntil(c.nextAnniversary.date) ?? 0;
        return (
          <Tooltip title={c.nextAnniversary.date}>
            <Tag color={n <= 90 ? 'gold' : undefined}>{anniversaryLabel(c.nextAnniversary.years, locale, t)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.nextAnniversary.date.slice(0, 7)}
            </Typography.Text>
          </Tooltip>
        );
      },
    },
    {
      key: 'last',
      title: t('ex.c.col.lastExchange'),
      render: (_, c) => (
        <Space size={4} wrap>
          {c.lastExchangeOn ?? <span className="muted">{t('ex.c.never')}</span>}
          {c.dormant && (
            <Tag color="warning" icon={<WarningOutlined />} data-testid="dormant-tag">
              {t('ex.c.dormantTag')}
            </Tag>
          )}
        </Space>
      ),
    },
    { key: 'tier', title: t('ex.c.f.tier'), render: (_, c) => label(PAIR_TIER_LABELS, c.tier) || <span className="muted">—</span> },
    { key: 'status', title: t('ex.c.f.status'), fixed: 'right', width: 100, render: (_, c) => <PairStatusBadge status={c.status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('ex.c.title')}
        extra={
          <Space wrap>
            {can('exchanges.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/exchanges/cities/new')} data-testid="city-new">
                {t('ex.c.new')}
              </Button>
            )}
            {can('exchanges.import') && (
              <Button icon={<UploadOutlined />} onClick={() => nav('/exchanges/cities/import')} data-testid="city-import">
                {t('common.import')}
              </Button>
            )}
            {can('exchanges.export') && (
              <Button icon={<DownloadOutlined />} href={citiesApi.exportUrl(query)} data-testid="city-export">
                {t('common.export')}
              </Button>
            )}
            <Button icon={<BarChartOutlined />} onClick={() => nav('/exchanges/cities/stats')} data-testid="city-stats-link">
              {t('ex.statistics')}
            </Button>
          </Space>
        }
      />
      <CityFilters query={query} update={update} reset={reset} />
      <PagedTable<FriendshipCity>
        result={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page, pageSize) => update({ page, pageSize })}
        data-testid="cities-table"
        columns={columns}
        scroll={{ x: 1250 }}
        empty={t('ex.c.empty')}
        totalTestid="cities-total"
        rowHref={(c) => `/exchanges/cities/${c.id}`}
        rowTestid={(c) => `city-row-${c.id}`}
      />
    </>
  );
}
