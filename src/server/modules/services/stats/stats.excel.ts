/** The figures as a workbook: the summary with its sentence, then by kind, by unit and by country; audited before it leaves. */
import type { ServiceStats, StatsQuery, FiguresWithPrev } from '@shared/contracts/services-stats';
import { CASE_KIND_LABELS } from '@shared/labels/services';
import { say, type Label } from '@shared/labels/labels';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { recordAudit } from '@server/platform/audit/audit';
import { buildXlsx, type CellValue, type Workbook } from '@server/platform/files/excel';
import { serviceStats } from './stats.service';

const L = {
  file: { zh: '办件统计', en: 'Window figures' },
  summary: { zh: '总览', en: 'Summary' },
  byKind: { zh: '按事项', en: 'By kind' },
  byUnit: { zh: '按单位', en: 'By unit' },
  byCountry: { zh: '按国家', en: 'By country' },
  period: { zh: '统计期间', en: 'Period' },
  previous: { zh: '上年同期', en: 'Same period last year' },
  sentence: { zh: '综述', en: 'Summary sentence' },
  measure: { zh: '指标', en: 'Measure' },
  now: { zh: '本期', en: 'This period' },
  prev: { zh: '上年同期', en: 'Last year' },
  cases: { zh: '批次', en: 'Cases' },
  pieces: { zh: '份数', en: 'Pieces' },
  persons: { zh: '人次', en: 'Persons' },
  prevCases: { zh: '上年批次', en: 'Cases last year' },
  prevPieces: { zh: '上年份数', en: 'Pieces last year' },
  prevPersons: { zh: '上年人次', en: 'Persons last year' },
  onTime: { zh: '按时办结率（%）', en: 'Decided on time (%)' },
  avgDays: { zh: '平均办理工作日', en: 'Average working days' },
  kind: { zh: '事项', en: 'Kind' },
  unit: { zh: '单位', en: 'Unit' },
  country: { zh: '国家', en: 'Country' },
} satisfies Record<string, Label>;

const figureCols = (f: FiguresWithPrev): CellValue[] => [f.cases, f.pieces, f.persons, f.prevCases, f.prevPieces, f.prevPersons];

export async function statsWorkbook(db: Db, actor: Actor, q: StatsQuery): Promise<Workbook> {
  const s: ServiceStats = await serviceStats(db, actor, q);
  const t = (l: Label) => say(l, actor.locale);
  const head = (first: Label) => [t(first), t(L.cases), t(L.pieces), t(L.persons), t(L.prevCases), t(L.prevPieces), t(L.prevPersons)];
  const sheets = [
    {
      name: t(L.summary),
      widths: [24, 16, 16],
      boldRows: [4],
      rows: [
        [t(L.period), `${s.from} – ${s.to}`],
        [t(L.previous), `${s.previousFrom} – ${s.previousTo}`],
        [t(L.sentence), s.sentence[actor.locale]],
        [t(L.measure), t(L.now), t(L.prev)],
        [t(L.cases), s.total.cases, s.total.prevCases],
        [t(L.pieces), s.total.pieces, s.total.prevPieces],
        [t(L.persons), s.total.persons, s.total.prevPersons],
        [t(L.onTime), s.timeliness.onTimeShare, s.prevTimeliness.onTimeShare],
        [t(L.avgDays), s.timeliness.avgWorkingDays, s.prevTimeliness.avgWorkingDays],
      ] as CellValue[][],
    },
    {
      name: t(L.byKind),
      widths: [28, 10, 10, 10, 12, 12, 12, 16, 16],
      boldRows: [1],
      rows: [
        [...head(L.kind), t(L.onTime), t(L.avgDays)],
        ...s.byKind.map((k) => [say(CASE_KIND_LABELS[k.kind], actor.locale), ...figureCols(k), k.timeliness.onTimeShare, k.timeliness.avgWorkingDays]),
      ],
    },
    { name: t(L.byUnit), widths: [30], boldRows: [1], rows: [head(L.unit), ...s.byUnit.map((u) => [u.unitName, ...figureCols(u)])] },
    { name: t(L.byCountry), widths: [20], boldRows: [1], rows: [head(L.country), ...s.byCountry.map((c) => [c.name, ...figureCols(c)])] },
  ];
  await recordAudit(db, actor, {
    action: 'serviceStats.export',
    entityType: 'service_stats',
    orgUnitId: actor.orgUnitId,
    detail: { filter: { ...q }, rows: s.byKind.length + s.byUnit.length + s.byCountry.length },
  });
  return { fileName: `${t(L.file)}-${s.from}-${s.to}.xlsx`, content: await buildXlsx(sheets) };
}
