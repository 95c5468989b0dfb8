import { useState } from 'react';
import { Card, Col, DatePicker, Empty, Flex, Row, Segmented, Skeleton, Statistic, Table, Typography } from 'antd';
import { CalendarOutlined, FlagOutlined, TeamOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { VISIT_TYPE_LABELS } from '@shared/labels/exchanges';
import { countryName } from '@shared/reference/countries';
import { visitsApi, type VisitStats } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { today } from '@web/ui/format';
import { CompareBars, MonthLines } from '@web/ui/charts';
import { useUrlQuery, ymdParam } from '@web/ui/useUrlQuery';
import { Yoy } from '@web/ui/Yoy';

type Metric = 'batches' | 'people';
type Fig = { batches: number; people: number; prevBatches: number; prevPeople: number };
const prevOf = (m: Metric): 'prevBatches' | 'prevPeople' => (m === 'batches' ? 'prevBatches' : 'prevPeople');

function parse(get: (k: string) => string | undefined) {
  const tdy = today();
  return { from: ymdParam(get('from')) ?? `${tdy.slice(0, 4)}-01-01`, to: ymdParam(get('to')) ?? tdy };
}

function StatCard({
  title,
  value,
  prev,
  unit,
  icon,
  color,
  testid,
}: {
  title: string;
  value: number;
  prev?: number;
  unit?: string;
  icon: React.ReactNode;
  color: string;
  testid: string;
}) {
  const { t } = useI18n();
  return (
    <Card className="stat-card" data-testid={testid}>
      <Flex justify="space-between" align="flex-start">
        <Statistic title={title} value={value} suffix={unit ? <span style={{ fontSize: 14 }}>{unit}</span> : undefined} />
        <span style={{ fontSize: 28, color, opacity: 0.85 }}>{icon}</span>
      </Flex>
      {prev != null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {prev > 0 && (
            <>
              {t('ex.st.yoy')} <Yoy now={value} prev={prev} testid={`${testid}-yoy`} /> ·{' '}
            </>
          )}
          {t('ex.st.lastYear', { n: prev })}
        </Typography.Text>
      )}
    </Card>
  );
}

function FigureTable<T extends Fig>({ rows, label, labelTitle, testid }: { rows: T[]; label: (r: T) => string; labelTitle: string; testid: string }) {
  const { t } = useI18n();
  return (
    <Table<T>
      size="small"
      rowKey={label}
      pagination={false}
      dataSource={rows}
      data-testid={testid}
      columns={[
        { key: 'label', title: labelTitle, render: (_, r) => label(r) },
        { key: 'b', title: t('ex.st.col.batches'), align: 'right', dataIndex: 'batches' },
        { key: 'pb', title: t('ex.st.col.prevBatches'), align: 'right', dataIndex: 'prevBatches', className: 'muted' },
        { key: 'p', title: t('ex.st.col.people'), align: 'right', dataIndex: 'people' },
        { key: 'pp', title: t('ex.st.col.prevPeople'), align: 'right', dataIndex: 'prevPeople', className: 'muted' },
        { key: 'yoy', title: t('ex.st.yoy'), align: 'right', render: (_, r) => <Yoy now={r.people} prev={r.prevPeople} /> },
      ]}
    />
  );
}

function Breakdowns({ s, metric }: { s: VisitStats; metric: Metric }) {
  const { t, label, locale } = useI18n();
  const unit = metric === 'batches' ? t('ex.batches') : t('ex.personVisits');
  const series = <T extends Fig>(rows: T[]) => [
    { name: t('ex.st.thisPeriod'), data: rows.map((r) => r[metric]) },
    { name: t('ex.st.prevPeriod'), data: rows.map((r) => r[prevOf(metric)]) },
  ];
  const typeLabel = (r: VisitStats['byType'][number]) => label(VISIT_TYPE_LABELS, r.type);
  const countries = s.byCountry.slice(0, 15);
  return (
    <>
      <Card className="section-card" title={t('ex.st.byType')} data-testid="stats-by-type">
        {s.byType.length ? (
          <Row gutter={24}>
            <Col xs={24} xl={11}>
              <CompareBars categories={s.byType.map(typeLabel)} series={series(s.byType)} unit={unit} />
            </Col>
            <Col xs={24} xl={13}>
              <FigureTable rows={s.byType} label={typeLabel} labelTitle={t('ex.st.col.type')} testid="stats-type-table" />
            </Col>
          </Row>
        ) : (
          <Empty />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card className="section-card" title={t('ex.st.byCountry')} data-testid="stats-by-country">
            {countries.length ? (
              <CompareBars horizontal categories={countries.map((c) => countryName(c.code, locale))} series={series(countries)} unit={unit} />
            ) : (
              <Empty />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card className="section-card" title={t('ex.st.byMonth')} data-testid="stats-by-month">
            <MonthLines months={s.byMonth.map((m) => m.month)} series={series(s.byMonth)} unit={unit} />
          </Card>
        </Col>
      </Row>
      {countries.length > 0 && (
        <Card className="section-card" title={t('ex.st.byCountry')} size="small">
          <FigureTable rows={countries} label={(c) => countryName(c.code, locale)} labelTitle={t('ex.st.col.country')} testid="stats-country-table" />
        </Card>
      )}
    </>
  );
}

export default function ExchangeStatsPage() {
  const { t } = useI18n();
  const { query, update } = useUrlQuery(parse);
  const [metric, setMetric] = useState<Metric>('batches');
  const {
    data: s,
    isLoading,
    error,
    refetch,
  } = useQuery({
    queryKey: ['exchanges', 'visits', 'stats', query.from, query.to],
    queryFn: () => visitsApi.stats(query.from, query.to),
  });
  return (
    <>
      <PageHeader
        title={t('ex.st.title')}
        sub={s ? t('ex.st.compare', { from: s.previousFrom, to: s.previousTo }) : undefined}
        extra={
          <>
            <Segmented<Metric>
              value={metric}
              onChange={setMetric}
              data-testid="stats-metric"
              options={[
                { value: 'batches', label: t('ex.st.col.batches') },
                { value: 'people', label: t('ex.st.col.people') },
              ]}
            />
            <DatePicker.RangePicker
              allowClear={false}
              data-testid="stats-period"
              value={[dayjs(query.from), dayjs(query.to)]}
              onChange={(v) => v?.[0] && v[1] && update({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
            />
          </>
        }
      />
      {isLoading ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : error || !s ? (
        <ErrorResult error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} sm={12} xl={6}>
              <StatCard
                testid="stat-batches"
                title={t('ex.st.batches')}
                value={s.total.batches}
                prev={s.total.prevBatches}
                unit={t('ex.batches')}
                icon={<FlagOutlined />}
                color="#1f5fbf"
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <StatCard
                testid="stat-people"
                title={t('ex.st.people')}
                value={s.total.people}
                prev={s.total.prevPeople}
                unit={t('ex.personVisits')}
                icon={<TeamOutlined />}
                color="#13a8a8"
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <StatCard
                testid="stat-events"
                title={t('ex.st.events')}
                value={s.events.count}
                prev={s.events.prevCount}
                icon={<TrophyOutlined />}
                color="#d46b08"
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <StatCard
                testid="stat-guests"
                title={t('ex.st.guests')}
                value={s.events.guests}
                prev={s.events.prevGuests}
                icon={<UserOutlined />}
                color="#c41d7f"
              />
            </Col>
          </Row>
          <Breakdowns s={s} metric={metric} />
          <Card
            className="section-card"
            title={
              <>
                <CalendarOutlined /> {t('ex.st.eventFigures')}
              </>
            }
            data-testid="stats-events">
            <Row gutter={16}>
              <Col xs={12} md={6}>
                <Statistic title={t('ex.st.events')} value={s.events.count} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('ex.st.guests')} value={s.events.guests} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('ex.st.consuls')} value={s.events.consuls} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('ex.st.media')} value={s.events.media} />
              </Col>
            </Row>
          </Card>
        </>
      )}
    </>
  );
}
