import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { unitName } from '@shared/labels/platform';
import { countryName } from '@shared/reference/countries';
import type { ResidentStats } from '@web/ui/api/endpoints';
import { useI18n } from '@web/ui/i18n';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function NationalityChart({ stats }: { stats: ResidentStats }) {
  const { locale, t } = useI18n();
  const top = [...stats.byNationality]
    .sort((a, b) => b.count - a.count)
    .slice(0, 15)
    .reverse();
  const option = {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v} ${t('common.people')}` },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((x) => countryName(x.code, locale)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        data: top.map((x) => x.count),
        barMaxWidth: 18,
        itemStyle: { color: '#1f5fbf', borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right' },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: Math.max(260, top.length * 26 + 40) }} />;
}

export function AreaChart({ stats }: { stats: ResidentStats }) {
  const { locale, t } = useI18n();
  const sorted = [...stats.byArea].sort((a, b) => b.count - a.count);
  const main = sorted.slice(0, 9);
  const rest = sorted.slice(9).reduce((n, x) => n + x.count, 0);
  const data = main.map((x) => ({ name: unitName({ nameZh: x.nameZh, nameEn: x.nameEn || x.nameZh }, locale), value: x.count }));
  if (rest > 0) data.push({ name: t('dash.others'), value: rest });
  const option = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    color: ['#1f5fbf', '#36a3f7', '#13c2c2', '#52c41a', '#fadb14', '#fa8c16', '#f5222d', '#eb2f96', '#722ed1', '#8c8c8c'],
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        center: ['35%', '50%'],
        data,
        label: { show: false },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 320 }} />;
}
