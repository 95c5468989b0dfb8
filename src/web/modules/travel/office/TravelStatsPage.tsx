/**
 * Outbound official travel figures of a period against the same period a year earlier: batches (批)
 * and person-trips (人次) applied for, approved and refused, how much the office cut, breakdowns by
 * unit, rank and destination, and a sentence ready for the office's half-year summary.
 */
import { useState } from 'react';
import { DatePicker, Segmented, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { countryName } from '@shared/reference/countries';
import { rankLabels } from '@shared/labels/travel';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { today } from '@web/ui/format';
import { useUrlQuery, ymdParam } from '@web/ui/useUrlQuery';
import { travelStatsApi } from './api';
import { StatCards } from './StatCards';
import { Breakdown } from './StatsBreakdown';
import { SummaryCard } from './StatsSummaryCard';
import type { Group, Metric } from './statsTypes';

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
          <StatCards s={s} />
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
