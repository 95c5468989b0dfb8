/**
 * Outbound official travel figures of a period against the same period a year earlier: batches (批)
 * and person-trips (人次) applied for, approved and refused, how much the office cut, breakdowns by
 * unit, rank and destination, and a sentence ready for the office's half-year summary.
 */
import { useState, type ReactNode } from 'react';
import { App, Button, Card, Col, DatePicker, Empty, Flex, Row, Segmented, Skeleton, Statistic, Table, Typography } from 'antd';
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  CopyOutlined,
  FileTextOutlined,
  FieldTimeOutlined,
  ScissorOutlined,
  TeamOutlined,
  UserDeleteOutlined,
} from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { countryName } from '@shared/reference/countries';
import { travelStatsApi, type TravelStats } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n, type Locale, type TFunction } from '@web/ui/i18n';
import { rankLabels } from '@shared/labels/travel';
import { today } from '@web/ui/format';
import { CompareBars } from '@web/ui/charts';
import { useUrlQuery, ymdParam } from '@web/ui/useUrlQuery';
import { Yoy } from '@web/ui/Yoy';

type Pair = { now: number; prev: number };
type Group = TravelStats['byUnit'][number];
type Metric = 'batches' | 'people';
type Preset = 'h1' | 'h2' | 'year' | 'lastYear';

function presets(): Record<Preset, [string, string]> {
  const y = Number(today().slice(0, 4));
  return {
    h1: [`${y}-01-01`, `${y}-06-30`],
    h2: [`${y}-07-01`, `${y}-12-31`],
    year: [`${y}-01-01`, `${y}-12-31`],
    lastYear: [`${y - 1}-01-01`, `${y - 1}-12-31`],
  };
}

function parse(get: (k: string) => string | undefined) {
  const [from, to] = presets().h1;
  return { from: ymdParam(get('from')) ?? from, to: ymdParam(get('to')) ?? to };
}

function StatCard({ title, fig, unit, icon, color, testid }: { title: string; fig: Pair; unit: string; icon: ReactNode; color: string; testid: string }) {
  const { t } = useI18n();
  return (
    <Card className="stat-card" size="small" data-testid={testid}>
      <Flex justify="space-between" align="flex-start">
        <Statistic title={title} value={fig.now} suffix={<span style={{ fontSize: 14 }}>{unit}</span>} />
        <span style={{ fontSize: 24, color, opacity: 0.85 }}>{icon}</span>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('tro.st.lastYear', { n: fig.prev })}
        {fig.prev > 0 && (
          <>
            {' '}
            · {t('tro.st.yoy')} <Yoy now={fig.now} prev={fig.prev} testid={`${testid}-yoy`} />
          </>
        )}
      </Typography.Text>
    </Card>
  );
}

/** The change against last year; a dash when there was nothing last year (the column beside says 0). */
const Change = ({ p }: { p: Pair }) => (p.prev === 0 ? <span className="muted">—</span> : <Yoy now={p.now} prev={p.prev} />);

function GroupTable({ rows, label, labelTitle, testid }: { rows: Group[]; label: (r: Group) => string; labelTitle: string; testid: string }) {
  const { t } = useI18n();
  return (
    <Table<Group>
      size="small"
      rowKey="key"
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      dataSource={rows}
      data-testid={testid}
      columns={[
        { key: 'label', title: labelTitle, render: (_, r) => label(r) },
        { key: 'b', title: t('tro.st.col.batches'), align: 'right', render: (_, r) => r.batches.now, sorter: (a, b) => a.batches.now - b.batches.now },
        { key: 'pb', title: t('tro.st.col.prev'), align: 'right', className: 'muted', render: (_, r) => r.batches.prev },
        { key: 'yb', title: t('tro.st.yoy'), align: 'right', render: (_, r) => <Change p={r.batches} /> },
        { key: 'p', title: t('tro.st.col.people'), align: 'right', render: (_, r) => r.people.now, sorter: (a, b) => a.people.now - b.people.now },
        { key: 'pp', title: t('tro.st.col.prev'), align: 'right', className: 'muted', render: (_, r) => r.people.prev },
        { key: 'yp', title: t('tro.st.yoy'), align: 'right', render: (_, r) => <Change p={r.people} /> },
      ]}
    />
  );
}

function Breakdown({
  title,
  rows,
  label,
  labelTitle,
  metric,
  testid,
  top,
}: {
  title: string;
  rows: Group[];
  label: (r: Group) => string;
  labelTitle: string;
  metric: Metric;
  testid: string;
  top?: number;
}) {
  const { t } = useI18n();
  const chartRows = top ? rows.slice(0, top) : rows;
  const unit = metric === 'batches' ? t('tro.unitBatch') : t('tro.unitPersonTrip');
  return (
    <Card className="section-card" title={title} data-testid={testid}>
      {rows.length ? (
        <Row gutter={24}>
          <Col xs={24} xl={11}>
            <CompareBars
              horizontal={chartRows.length > 6}
              categories={chartRows.map(label)}
              unit={unit}
              series={[
                { name: t('tro.st.thisPeriod'), data: chartRows.map((r) => r[metric].now) },
                { name: t('tro.st.prevPeriod'), data: chartRows.map((r) => r[metric].prev) },
              ]}
            />
          </Col>
          <Col xs={24} xl={13}>
            <GroupTable rows={rows} label={label} labelTitle={labelTitle} testid={`${testid}-table`} />
          </Col>
        </Row>
      ) : (
        <Empty />
      )}
    </Card>
  );
}

const monthName = (m: number) => new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
type Ymd = [number, number, number];
/** A period as each language writes it: "2026年1月1日至6月30日" / "From 1 January to 30 June 2026". */
const PERIOD_STYLE: Record<Locale, (from: Ymd, to: Ymd) => string> = {
  'zh-CN': ([fy, fm, fd], [ty, tm, td]) => `${fy}年${fm}月${fd}日至${fy === ty ? '' : `${ty}年`}${tm}月${td}日`,
  'en-US': ([fy, fm, fd], [ty, tm, td]) => `From ${fd} ${monthName(fm)}${fy === ty ? '' : ` ${fy}`} to ${td} ${monthName(tm)} ${ty}`,
};
/** A count before its unit: 3批 / 3 delegations. */
const COUNT_SPACE: Record<Locale, string> = { 'zh-CN': '', 'en-US': ' ' };

function periodText(from: string, to: string, locale: Locale): string {
  return PERIOD_STYLE[locale](from.split('-').map(Number) as Ymd, to.split('-').map(Number) as Ymd);
}

function yoyText(p: Pair, t: TFunction): string {
  if (p.prev === 0) return '';
  const pct = ((p.now - p.prev) / p.prev) * 100;
  const n = Math.abs(pct) >= 100 ? Math.abs(pct).toFixed(0) : Math.abs(pct).toFixed(1);
  if (Math.abs(pct) < 0.05) return t('tro.st.sum.flat');
  return pct > 0 ? t('tro.st.sum.up', { pct: n }) : t('tro.st.sum.down', { pct: n });
}

/** The paragraph the office pastes into its summary, in the page's language. */
export function summarySentence(s: TravelStats, locale: Locale, t: TFunction): string {
  const plural = (
    n: number,
    one: 'tro.st.sum.batch' | 'tro.st.sum.personTrip' | 'tro.st.sum.day',
    many: 'tro.st.sum.batches' | 'tro.st.sum.personTrips' | 'tro.st.sum.days',
  ) => `${n}${COUNT_SPACE[locale]}${t(n === 1 ? one : many)}`;
  const b = (n: number) => plural(n, 'tro.st.sum.batch', 'tro.st.sum.batches');
  const p = (n: number) => plural(n, 'tro.st.sum.personTrip', 'tro.st.sum.personTrips');
  return t('tro.st.sum.text', {
    period: periodText(s.from, s.to, locale),
    applied: b(s.applied.batches.now),
    appliedPeople: p(s.applied.people.now),
    approved: b(s.approved.batches.now),
    approvedPeople: p(s.approved.people.now),
    yoy: yoyText(s.approved.people, t),
    refused: b(s.refused.batches.now),
    removed: p(s.shrunk.membersRemoved.now),
    daysCut: plural(s.shrunk.daysCut.now, 'tro.st.sum.day', 'tro.st.sum.days'),
  });
}

function SummaryCard({ s }: { s: TravelStats }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const text = summarySentence(s, locale, t);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('tro.st.copied'));
    } catch {
      message.warning(t('tro.st.copyFailed'));
    }
  };
  return (
    <Card
      className="section-card"
      title={
        <>
          <FileTextOutlined /> {t('tro.st.summary')}
        </>
      }
      data-testid="stats-summary"
      extra={
        <Button size="small" icon={<CopyOutlined />} onClick={copy} data-testid="stats-summary-copy">
          {t('tro.st.copy')}
        </Button>
      }>
      <Typography.Paragraph style={{ fontSize: 15, lineHeight: 1.9, marginBottom: 4 }} data-testid="stats-summary-text">
        {text}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('tro.st.summaryHint', { from: s.previousFrom, to: s.previousTo })}
      </Typography.Text>
    </Card>
  );
}

export default function TravelStatsPage() {
  const { t, label, locale } = useI18n();
  const { query, update } = useUrlQuery(parse);
  const [metric, setMetric] = useState<Metric>('batches');
  const all = presets();
  const preset = (Object.keys(all) as Preset[]).find((k) => all[k][0] === query.from && all[k][1] === query.to);
  const presetLabel: Record<Preset, string> = { h1: t('tro.st.h1'), h2: t('tro.st.h2'), year: t('tro.st.year'), lastYear: t('tro.st.lastYearPreset') };
  const {
    data: s,
    isLoading,
    error,
    refetch,
  } = useQuery({
    queryKey: ['travel', 'stats', query.from, query.to],
    queryFn: () => travelStatsApi.get(query.from, query.to),
  });
  const B = t('tro.unitBatch');
  const P = t('tro.unitPersonTrip');
  const destLabel = (r: Group) => (/^[A-Z]{3}$/.test(r.key) ? countryName(r.key, locale) : r.label);
  return (
    <>
      <PageHeader
        title={t('tro.st.title')}
        sub={s ? t('tro.st.compare', { from: s.previousFrom, to: s.previousTo }) : undefined}
        extra={
          <>
            <Segmented<Preset | 'custom'>
              value={preset ?? 'custom'}
              data-testid="stats-preset"
              onChange={(k) => {
                if (k !== 'custom') update({ from: all[k][0], to: all[k][1] });
              }}
              options={[
                ...(Object.keys(all) as Preset[]).map((k) => ({ value: k, label: presetLabel[k] })),
                ...(preset ? [] : [{ value: 'custom' as const, label: t('tro.st.custom') }]),
              ]}
            />
            <DatePicker.RangePicker
              allowClear={false}
              data-testid="stats-period"
              value={[dayjs(query.from), dayjs(query.to)]}
              presets={(Object.keys(all) as Preset[]).map((k) => ({
                label: presetLabel[k],
                value: [dayjs(all[k][0]), dayjs(all[k][1])] as [dayjs.Dayjs, dayjs.Dayjs],
              }))}
              onChange={(v) => v?.[0] && v[1] && update({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
            />
            <Segmented<Metric>
              value={metric}
              onChange={setMetric}
              data-testid="stats-metric"
              options={[
                { value: 'batches', label: t('tro.st.col.batches') },
                { value: 'people', label: t('tro.st.col.people') },
              ]}
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
            <Col xs={12} md={8} xl={4}>
              <StatCard
                testid="stat-applied-batches"
                title={t('tro.st.appliedBatches')}
                fig={s.applied.batches}
                unit={B}
                icon={<FileTextOutlined />}
                color="#1f5fbf"
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <StatCard
                testid="stat-applied-people"
                title={t('tro.st.appliedPeople')}
                fig={s.applied.people}
                unit={P}
                icon={<TeamOutlined />}
                color="#1f5fbf"
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <StatCard
                testid="stat-approved-batches"
                title={t('tro.st.approvedBatches')}
                fig={s.approved.batches}
                unit={B}
                icon={<CheckCircleOutlined />}
                color="#389e0d"
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <StatCard
                testid="stat-approved-people"
                title={t('tro.st.approvedPeople')}
                fig={s.approved.people}
                unit={P}
                icon={<TeamOutlined />}
                color="#389e0d"
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <StatCard
                testid="stat-refused-batches"
                title={t('tro.st.refusedBatches')}
                fig={s.refused.batches}
                unit={B}
                icon={<CloseCircleOutlined />}
                color="#cf1322"
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <StatCard
                testid="stat-refused-people"
                title={t('tro.st.refusedPeople')}
                fig={s.refused.people}
                unit={P}
                icon={<TeamOutlined />}
                color="#cf1322"
              />
            </Col>
            <Col xs={24} md={8}>
              <StatCard
                testid="stat-shrunk-batches"
                title={t('tro.st.shrunkBatches')}
                fig={s.shrunk.batches}
                unit={B}
                icon={<ScissorOutlined />}
                color="#d46b08"
              />
            </Col>
            <Col xs={12} md={8}>
              <StatCard
                testid="stat-members-removed"
                title={t('tro.st.membersRemoved')}
                fig={s.shrunk.membersRemoved}
                unit={P}
                icon={<UserDeleteOutlined />}
                color="#d46b08"
              />
            </Col>
            <Col xs={12} md={8}>
              <StatCard
                testid="stat-days-cut"
                title={t('tro.st.daysCut')}
                fig={s.shrunk.daysCut}
                unit={t('common.days')}
                icon={<FieldTimeOutlined />}
                color="#d46b08"
              />
            </Col>
          </Row>
          <SummaryCard s={s} />
          <Breakdown
            title={t('tro.st.byUnit')}
            rows={s.byUnit}
            label={(r) => r.label}
            labelTitle={t('tro.unit')}
            metric={metric}
            testid="stats-by-unit"
            top={15}
          />
          <Breakdown
            title={t('tro.st.byRank')}
            rows={s.byRank}
            label={(r) => label(rankLabels, r.key)}
            labelTitle={t('tro.st.col.rank')}
            metric={metric}
            testid="stats-by-rank"
          />
          <Breakdown
            title={t('tro.st.byDestination')}
            rows={s.byDestination}
            label={destLabel}
            labelTitle={t('tro.st.col.destination')}
            metric={metric}
            testid="stats-by-destination"
            top={15}
          />
        </>
      )}
    </>
  );
}
