import { useNavigate } from 'react-router';
import { Card, Col, Empty, Flex, Progress, Row, Skeleton, Statistic, Typography } from 'antd';
import { CheckCircleOutlined, GlobalOutlined, PauseCircleOutlined, PlusCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { CONTINENT_LABELS, PAIR_TIER_LABELS, RELATION_LABELS } from '@shared/labels/exchanges';
import { countryName } from '@shared/reference/countries';
import { citiesApi, type CityStats } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { useCan } from '@web/ui/session';
import { CompareBars, Donut } from '@web/ui/charts';
import { SettingsCard } from './SettingsCard';

function Cards({ s }: { s: CityStats }) {
  const { t } = useI18n();
  const nav = useNavigate();
  const cards = [
    { key: 'total', label: t('ex.cs.total'), value: s.total, icon: <GlobalOutlined />, color: '#1f5fbf', link: '/exchanges/cities' },
    { key: 'active', label: t('ex.cs.active'), value: s.active, icon: <CheckCircleOutlined />, color: '#389e0d', link: '/exchanges/cities?status=active' },
    { key: 'dormant', label: t('ex.cs.dormant'), value: s.dormant, icon: <PauseCircleOutlined />, color: '#d46b08', link: '/exchanges/cities?dormant=true' },
    { key: 'added', label: t('ex.cs.addedThisYear'), value: s.addedThisYear, icon: <PlusCircleOutlined />, color: '#c41d7f' },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} xl={6}>
          <Card className="stat-card" hoverable={!!c.link} onClick={c.link ? () => nav(c.link) : undefined} data-testid={`city-stat-${c.key}`}>
            <Flex justify="space-between" align="center">
              <Statistic title={c.label} value={c.value} suffix={<span style={{ fontSize: 14 }}>{t('ex.pairs')}</span>} />
              <span style={{ fontSize: 28, color: c.color, opacity: 0.85 }}>{c.icon}</span>
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function TargetCard({ s }: { s: CityStats }) {
  const { t } = useI18n();
  const pct = s.target ? Math.min(100, Math.round((s.total / s.target) * 1000) / 10) : 0;
  return (
    <Card size="small" className="section-card" title={t('ex.cs.target')} data-testid="city-target">
      {s.target ? (
        <Flex align="center" gap={24} wrap>
          <Progress
            type="dashboard"
            percent={pct}
            format={() => `${s.total}/${s.target}`}
            size={150}
            strokeColor={{ '0%': '#36a3f7', '100%': '#1f5fbf' }}
            status={s.total >= s.target ? 'success' : 'normal'}
          />
          <div>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('ex.cs.targetText', { n: s.total, target: s.target })}
            </Typography.Title>
            <Typography.Text type={s.total >= s.target ? 'success' : 'secondary'}>
              {s.total >= s.target ? t('ex.cs.targetReached') : t('ex.cs.remaining', { n: s.target - s.total })}
            </Typography.Text>
            <Progress percent={pct} showInfo={false} style={{ width: 260, marginTop: 8 }} />
          </div>
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ex.cs.noTarget')} />
      )}
    </Card>
  );
}

export default function CityStatsPage() {
  const { t, label, locale } = useI18n();
  const can = useCan();
  const { data: s, isLoading, error, refetch } = useQuery({ queryKey: ['exchanges', 'cities', 'stats'], queryFn: citiesApi.stats });
  const unit = t('ex.pairs');
  const chart = (title: string, testid: string, node: React.ReactNode, empty: boolean) => (
    <Card size="small" className="section-card" title={title} data-testid={testid}>
      {empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : node}
    </Card>
  );
  return (
    <>
      <PageHeader title={t('ex.cs.title')} />
      {isLoading ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : error || !s ? (
        <ErrorResult error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <Cards s={s} />
          <Row gutter={16}>
            <Col xs={24} xl={16}>
              <TargetCard s={s} />
            </Col>
            <Col xs={24} xl={8}>
              <SettingsCard canEdit={can('exchanges.write')} />
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} xl={10}>
              {chart(
                t('ex.cs.byContinent'),
                'chart-continent',
                <Donut unit={unit} data={s.byContinent.map((r) => ({ name: label(CONTINENT_LABELS, r.key), value: r.count }))} />,
                !s.byContinent.length,
              )}
            </Col>
            <Col xs={24} xl={14}>
              {chart(
                t('ex.cs.byCountry'),
                'chart-country',
                <CompareBars
                  horizontal
                  unit={unit}
                  categories={s.byCountry.slice(0, 15).map((r) => countryName(r.key, locale))}
                  series={[{ name: t('ex.cs.total'), data: s.byCountry.slice(0, 15).map((r) => r.count) }]}
                />,
                !s.byCountry.length,
              )}
            </Col>
            <Col xs={24} xl={8}>
              {chart(
                t('ex.cs.byType'),
                'chart-type',
                <Donut unit={unit} data={s.byType.map((r) => ({ name: label(RELATION_LABELS, r.key), value: r.count }))} />,
                !s.byType.length,
              )}
            </Col>
            <Col xs={24} xl={8}>
              {chart(
                t('ex.cs.byTier'),
                'chart-tier',
                <Donut
                  unit={unit}
                  data={s.byTier.map((r) => ({ name: r.key && r.key !== 'none' ? label(PAIR_TIER_LABELS, r.key) : t('ex.cs.noTier'), value: r.count }))}
                />,
                !s.byTier.length,
              )}
            </Col>
            <Col xs={24} xl={8}>
              {chart(
                t('ex.cs.byYear'),
                'chart-year',
                <CompareBars
                  unit={unit}
                  categories={s.byYear.map((r) => r.key)}
                  series={[{ name: t('ex.cs.total'), data: s.byYear.map((r) => r.count), color: '#13a8a8' }]}
                />,
                !s.byYear.length,
              )}
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
