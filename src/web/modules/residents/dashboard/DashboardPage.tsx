import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Col, DatePicker, Empty, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import { AlertOutlined, CalendarOutlined, DownloadOutlined, FileProtectOutlined, HomeOutlined, IdcardOutlined, TeamOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { residentsApi, type ResidentStats } from '@web/ui/api/endpoints';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { fmtDateTime, today } from '@web/ui/format';
import { AreaChart, NationalityChart } from './Charts';

interface Card {
  key: keyof ResidentStats;
  label: MessageKey;
  icon: React.ReactNode;
  color: string;
  link?: string;
  testid: string;
}
const CARDS: Card[] = [
  { key: 'total', label: 'dash.total', icon: <TeamOutlined />, color: '#1f5fbf', link: '/residents', testid: 'stat-total' },
  {
    key: 'arrivalsLast14Days',
    label: 'dash.arrivals14',
    icon: <CalendarOutlined />,
    color: '#13a8a8',
    link: '/residents?arrivedWithinDays=14',
    testid: 'stat-arrivals',
  },
  {
    key: 'documentsExpiring30Days',
    label: 'dash.docsExpiring',
    icon: <IdcardOutlined />,
    color: '#d46b08',
    link: '/residents?expiringWithinDays=30',
    testid: 'stat-docs-expiring',
  },
  { key: 'visasExpiring30Days', label: 'dash.visasExpiring', icon: <FileProtectOutlined />, color: '#c41d7f', testid: 'stat-visas-expiring' },
  { key: 'notRegistered', label: 'dash.notRegistered', icon: <AlertOutlined />, color: '#cf1322', testid: 'stat-not-registered' },
];

function StatCards({ stats }: { stats: ResidentStats }) {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {CARDS.map((c) => (
        <Col key={String(c.key)} xs={24} sm={12} lg={8} xl={{ flex: '20%' }}>
          <Card hoverable={!!c.link} onClick={c.link ? () => nav(c.link!) : undefined} className="stat-card" data-testid={c.testid}>
            <Flex justify="space-between" align="center">
              <Statistic title={t(c.label)} value={stats[c.key] as number} />
              <span style={{ fontSize: 30, color: c.color, opacity: 0.85 }}>{c.icon}</span>
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function DailyReport() {
  const { t } = useI18n();
  const [date, setDate] = useState(today());
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'daily', date], queryFn: () => residentsApi.dailyReport(date) });
  return (
    <Card
      title={
        <>
          <HomeOutlined /> {t('dash.daily')}
        </>
      }
      data-testid="daily-report"
      extra={
        <Flex gap={8}>
          <DatePicker
            allowClear={false}
            value={dayjs(date)}
            onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
            disabledDate={(d) => d.isAfter(dayjs(today()))}
            data-testid="daily-date"
          />
          <Button type="primary" icon={<DownloadOutlined />} href={residentsApi.dailyReportUrl(date)} data-testid="daily-download">
            {t('dash.downloadExcel')}
          </Button>
        </Flex>
      }>
      <Typography.Paragraph type="secondary">
        {t('dash.dailyHint')}
        {data ? ` · ${t('dash.asOf', { at: fmtDateTime(data.asOf) })}` : ''}
      </Typography.Paragraph>
      {isFetching && !data ? (
        <Skeleton active />
      ) : data ? (
        <Row gutter={16}>
          {CARDS.map((c) => (
            <Col key={String(c.key)} xs={12} md={{ flex: '20%' }}>
              <Statistic title={t(c.label)} value={data[c.key] as number} styles={{ content: { color: c.color, fontSize: 22 } }} />
            </Col>
          ))}
        </Row>
      ) : null}
    </Card>
  );
}

export default function DashboardPage() {
  const { t } = useI18n();
  const { data, isLoading, error, refetch } = useQuery({ queryKey: ['stats', 'current'], queryFn: residentsApi.stats });
  return (
    <>
      <PageHeader title={t('dash.title')} sub={data ? t('dash.asOf', { at: fmtDateTime(data.asOf) }) : undefined} />
      {isLoading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : error || !data ? (
        <ErrorResult error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <StatCards stats={data} />
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Card title={t('dash.byNationality')} className="section-card" data-testid="chart-nationality">
                {data.byNationality.length ? <NationalityChart stats={data} /> : <Empty />}
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('dash.byArea')} className="section-card" data-testid="chart-area">
                {data.byArea.length ? <AreaChart stats={data} /> : <Empty />}
              </Card>
            </Col>
          </Row>
          <DailyReport />
        </>
      )}
    </>
  );
}
