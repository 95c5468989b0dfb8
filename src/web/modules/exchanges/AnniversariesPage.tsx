import { Link } from 'react-router';
import { Card, Empty, Segmented, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { foreignCityNames } from '@shared/labels/exchanges';
import { countryName } from '@shared/reference/countries';
import { citiesApi, type Anniversary } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { daysUntil } from '@web/ui/format';
import { anniversaryLabel } from './labels';
import { useUrlQuery } from '@web/ui/useUrlQuery';

const WINDOWS = [90, 180, 365, 730] as const;
type Within = (typeof WINDOWS)[number];
const parse = (get: (k: string) => string | undefined) => {
  const n = Number(get('withinDays'));
  return { withinDays: (WINDOWS as readonly number[]).includes(n) ? (n as Within) : 365 };
};

export default function AnniversariesPage() {
  const { t, locale } = useI18n();
  const { query, update } = useUrlQuery(parse);
  const { data, isFetching, error, refetch } = useQuery({
    queryKey: ['exchanges', 'cities', 'anniversaries', query.withinDays],
    queryFn: () => citiesApi.anniversaries(query.withinDays),
  });
  const rows = [...(data ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <PageHeader
        title={t('ex.ann.title')}
        sub={t('ex.ann.hint')}
        extra={
          <Segmented<Within>
            value={query.withinDays}
            onChange={(v) => update({ withinDays: v })}
            data-testid="anniversaries-within"
            options={WINDOWS.map((n) => ({ value: n, label: t('ex.ann.days', { n }) }))}
          />
        }
      />
      {error && !data ? (
        <ErrorResult error={error} onRetry={() => refetch()} />
      ) : (
        <Card size="small">
          <Table<Anniversary>
            rowKey={(a) => `${a.cityId}-${a.date}`}
            size="middle"
            data-testid="anniversaries-table"
            loading={isFetching}
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50 } : false}
            locale={{ emptyText: <Empty description={t('ex.ann.empty')} /> }}
            columns={[
              { key: 'date', title: t('ex.ann.date'), dataIndex: 'date', width: 120 },
              {
                key: 'years',
                title: t('ex.ann.anniversary'),
                width: 170,
                render: (_, a) => (
                  <Tag color={a.years % 10 === 0 ? 'red' : 'gold'} data-testid="anniversary-label">
                    {anniversaryLabel(a.years, locale, t)}
                  </Tag>
                ),
              },
              {
                key: 'city',
                title: t('ex.c.col.city'),
                render: (_, a) => {
                  const { main, other } = foreignCityNames(a, locale);
                  return (
                    <Link to={`/exchanges/cities/${a.cityId}`}>
                      {main} <Typography.Text type="secondary">{other}</Typography.Text>
                    </Link>
                  );
                },
              },
              { key: 'country', title: t('ex.c.f.country'), render: (_, a) => countryName(a.country, locale) },
              { key: 'local', title: t('ex.localParty'), dataIndex: 'orgUnitName' },
              { key: 'est', title: t('ex.c.f.establishedOn'), dataIndex: 'establishedOn', width: 120 },
              {
                key: 'left',
                title: t('ex.ann.daysLeft'),
                align: 'right',
                width: 130,
                render: (_, a) => {
                  const n = daysUntil(a.date) ?? 0;
                  return n <= 0 ? (
                    <Tag color="red">{t('ex.ann.today')}</Tag>
                  ) : (
                    <Typography.Text type={n <= 30 ? 'danger' : n <= 90 ? 'warning' : undefined} data-testid="days-left">
                      {t('ex.ann.inDays', { n })}
                    </Typography.Text>
                  );
                },
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}
