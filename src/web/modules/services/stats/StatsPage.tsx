import { App, Button, Card, Col, DatePicker, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import { ClockCircleOutlined, CopyOutlined, DownloadOutlined, FieldTimeOutlined, FileTextOutlined, FolderOpenOutlined, TeamOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { CASE_KINDS, type CaseKind } from '@shared/contracts/services';
import { CASE_KIND_LABELS } from '@shared/labels/services';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { today } from '@web/ui/format';
import { useUrlQuery, ymdParam } from '@web/ui/useUrlQuery';
import { Yoy } from '@web/ui/Yoy';
import { statsApi, type StatsQuery } from './api';
import { StatsTables } from './StatsTables';

function parse(get: (k: string) => string | undefined): StatsQuery {
  const tdy = today();
  const kind = get('kind');
  return {
    from: ymdParam(get('from')) ?? `${tdy.slice(0, 4)}-01-01`,
    to: ymdParam(get('to')) ?? tdy,
    kind: (CASE_KINDS as readonly string[]).includes(kind ?? '') ? (kind as CaseKind) : undefined,
  };
}

function Figure({
  title,
  value,
  prev,
  foot,
  suffix,
  icon,
  testid,
}: {
  foot?: string;
  title: string;
  value: number | string;
  prev?: { now: number; prev: number; text: string };
  suffix?: string;
  icon: React.ReactNode;
  testid: string;
}) {
  return (
    <Card className="stat-card" data-testid={testid}>
      <Flex justify="space-between" align="flex-start">
        <Statistic title={title} value={value} suffix={suffix ? <span style={{ fontSize: 14 }}>{suffix}</span> : undefined} />
        <span style={{ fontSize: 28, color: '#1f5fbf', opacity: 0.85 }}>{icon}</span>
      </Flex>
      {prev && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <Yoy now={prev.now} prev={prev.prev} /> · {prev.text}
        </Typography.Text>
      )}
      {foot && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {foot}
        </Typography.Text>
      )}
    </Card>
  );
}

/** The window's figures for a period: cards, the tables, the summary sentence to copy, and the workbook of the same cut. */
export default function StatsPage() {
  const { t, label, locale } = useI18n();
  const { message } = App.useApp();
  const { query, update } = useUrlQuery(parse);
  const { data: s, isLoading, error, refetch } = useQuery({ queryKey: ['services', 'stats', query], queryFn: () => statsApi.get(query) });
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('svc.stats.copied'));
    } catch {
      message.warning(t('svc.stats.copyFailed'));
    }
  };
  const last = (n: number) => t('svc.stats.lastYear', { n });
  return (
    <>
      <PageHeader
        title={t('svc.stats.title')}
        sub={s ? t('svc.stats.compare', { from: s.previousFrom, to: s.previousTo }) : undefined}
        extra={
          <>
            <Select<CaseKind | undefined>
              allowClear
              style={{ minWidth: 200 }}
              placeholder={t('svc.stats.allKinds')}
              value={query.kind}
              onChange={(kind) => update({ kind })}
              options={CASE_KINDS.map((k) => ({ value: k, label: label(CASE_KIND_LABELS, k) }))}
              data-testid="svc-stats-kind"
            />
            <DatePicker.RangePicker
              allowClear={false}
              data-testid="svc-stats-period"
              value={[dayjs(query.from), dayjs(query.to)]}
              onChange={(v) => v?.[0] && v[1] && update({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
            />
            <Button icon={<DownloadOutlined />} href={statsApi.exportUrl(query)} data-testid="svc-stats-export">
              {t('svc.stats.export')}
            </Button>
          </>
        }
      />
      {isLoading ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : error || !s ? (
        <ErrorResult error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <Card
            className="section-card"
            title={
              <>
                <FileTextOutlined /> {t('svc.stats.sentence')}
              </>
            }
            extra={
              <Button size="small" icon={<CopyOutlined />} onClick={() => copy(s.sentence[locale])} data-testid="svc-stats-copy">
                {t('svc.stats.copy')}
              </Button>
            }>
            <Typography.Paragraph style={{ fontSize: 15, lineHeight: 1.9, marginBottom: 0 }} data-testid="svc-stats-sentence">
              {s.sentence[locale]}
            </Typography.Paragraph>
          </Card>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {[
              <Figure
                key="cases"
                testid="svc-stat-cases"
                title={t('svc.stats.cases')}
                value={s.total.cases}
                suffix={t('svc.stats.unit.cases')}
                icon={<FolderOpenOutlined />}
                prev={{ now: s.total.cases, prev: s.total.prevCases, text: last(s.total.prevCases) }}
              />,
              <Figure
                key="pieces"
                testid="svc-stat-pieces"
                title={t('svc.stats.pieces')}
                value={s.total.pieces}
                suffix={t('svc.stats.unit.pieces')}
                icon={<FileTextOutlined />}
                prev={{ now: s.total.pieces, prev: s.total.prevPieces, text: last(s.total.prevPieces) }}
              />,
              <Figure
                key="persons"
                testid="svc-stat-persons"
                title={t('svc.stats.persons')}
                value={s.total.persons}
                suffix={t('svc.stats.unit.persons')}
                icon={<TeamOutlined />}
                prev={{ now: s.total.persons, prev: s.total.prevPersons, text: last(s.total.prevPersons) }}
              />,
              <Figure
                key="ontime"
                testid="svc-stat-ontime"
                title={t('svc.stats.onTime')}
                value={s.timeliness.onTimeShare == null ? '—' : s.timeliness.onTimeShare.toFixed(1)}
                suffix={s.timeliness.onTimeShare == null ? undefined : '%'}
                icon={<ClockCircleOutlined />}
                foot={t('svc.stats.decided', { n: s.timeliness.decided, on: s.timeliness.onTime })}
              />,
              <Figure
                key="days"
                testid="svc-stat-days"
                title={t('svc.stats.days')}
                value={s.timeliness.avgWorkingDays == null ? '—' : s.timeliness.avgWorkingDays.toFixed(1)}
                suffix={s.timeliness.avgWorkingDays == null ? undefined : t('svc.stats.unit.days')}
                icon={<FieldTimeOutlined />}
                foot={s.prevTimeliness.avgWorkingDays == null ? undefined : last(s.prevTimeliness.avgWorkingDays)}
              />,
            ].map((card) => (
              <Col key={card.key} xs={24} sm={12} style={{ flex: '1 1 200px' }}>
                {card}
              </Col>
            ))}
          </Row>
          <StatsTables s={s} />
        </>
      )}
    </>
  );
}
