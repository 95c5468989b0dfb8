/** ECharts for the exchanges statistics pages (only the parts used are registered). */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export const PALETTE = ['#1f5fbf', '#36a3f7', '#13c2c2', '#52c41a', '#fadb14', '#fa8c16', '#f5222d', '#eb2f96', '#722ed1', '#8c8c8c'];
const PREV = '#b8c4d6';

interface Series {
  name: string;
  data: number[];
  color?: string;
}

/** Bars per category for this period and last year (horizontal when there are many long labels). */
export function CompareBars({
  categories,
  series,
  horizontal,
  unit,
  height,
}: {
  categories: string[];
  series: Series[];
  horizontal?: boolean;
  unit?: string;
  height?: number;
}) {
  const cat = {
    type: 'category',
    data: categories,
    axisTick: { show: false },
    ...(horizontal ? {} : { axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } }),
  };
  const val = { type: 'value', minInterval: 1 };
  const option = {
    grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: unit ? (v: number) => `${v} ${unit}` : undefined },
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? { ...cat, inverse: true } : val,
    series: series.map((s, i) => ({
      name: s.name,
      type: 'bar',
      data: s.data,
      barMaxWidth: 18,
      barGap: '10%',
      itemStyle: { color: s.color ?? (i === 0 ? '#1f5fbf' : PREV), borderRadius: horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0] },
      label: { show: i === 0 && categories.length <= 15, position: horizontal ? 'right' : 'top', fontSize: 11 },
    })),
  };
  const h = height ?? (horizontal ? Math.max(240, categories.length * 30 + 60) : 300);
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: h }} />;
}

export function MonthLines({ months, series, unit }: { months: string[]; series: Series[]; unit?: string }) {
  const option = {
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: unit ? (v: number) => `${v} ${unit}` : undefined },
    xAxis: { type: 'category', data: months, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'line',
      data: s.data,
      symbolSize: 6,
      lineStyle: { width: i === 0 ? 3 : 2, type: i === 0 ? 'solid' : 'dashed' },
      itemStyle: { color: s.color ?? (i === 0 ? '#1f5fbf' : '#8c9bb5') },
      areaStyle: i === 0 ? { opacity: 0.08 } : undefined,
    })),
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300 }} />;
}

export function Donut({ data, unit }: { data: { name: string; value: number }[]; unit?: string }) {
  const option = {
    tooltip: { trigger: 'item', formatter: unit ? `{b}: {c} ${unit} ({d}%)` : '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    color: PALETTE,
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        center: ['38%', '50%'],
        data,
        label: { show: true, formatter: '{c}' },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300 }} />;
}
