import type { Locale } from '@shared/contracts/common';
import type { Application } from '@shared/contracts/travel';
import { labelOf, say, type Label } from '@shared/labels/labels';
import { applicationStatusLabels, approverLevelLabels } from '@shared/labels/travel';
import { countryName } from '@shared/reference/countries';
import type { CellValue, XlsxColumn } from '@server/platform/files/excel';
import { effectiveDates, formatTotals, headOf, listOf, shanghaiDay, visitedCountries } from './docx/trip-facts';

/** The approval batch list (审批批次清单): one row per delegation, in the order the caller gives. */
const BATCH_COLUMNS: Array<[key: string, header: Label, width?: number]> = [
  ['id', { zh: '申请编号', en: 'Application no.' }, 10],
  ['orgUnit', { zh: '组团单位', en: 'Sending unit' }, 22],
  ['task', { zh: '任务', en: 'Task' }, 30],
  ['head', { zh: '团长', en: 'Head of delegation' }, 12],
  ['people', { zh: '人数', en: 'Persons' }, 8],
  ['countries', { zh: '出访国家（地区）', en: 'Countries (regions)' }, 24],
  ['departDate', { zh: '出境日期', en: 'Departure' }, 12],
  ['returnDate', { zh: '入境日期', en: 'Return' }, 12],
  ['daysAbroad', { zh: '在外天数', en: 'Days abroad' }, 10],
  ['approverLevel', { zh: '审批级别', en: 'Approval level' }, 14],
  ['status', { zh: '审批结果/状态', en: 'Result / status' }, 14],
  ['decidedOn', { zh: '审批日期', en: 'Decided on' }, 12],
  ['decisionDocNo', { zh: '批准文号', en: 'Decision document no.' }, 20],
  ['removedMembers', { zh: '减员', en: 'Members removed' }, 8],
  ['daysCut', { zh: '压缩天数', en: 'Days cut' }, 10],
  // check.totalBudget is the CNY lines only: other currencies are listed beside it, never added in.
  ['totalBudget', { zh: '预算合计（人民币）', en: 'Total budget (CNY)' }, 14],
  ['budgetOther', { zh: '外币预算', en: 'Budget in other currencies' }, 26],
];

/** The names the batch list goes out under. */
export const BATCH_LIST_TEXTS = {
  sheetName: { zh: '审批批次清单', en: 'Approval batches' },
  /** The sheet of the download (GET /batch-list.xlsx). */
  downloadSheet: { zh: '审批批次', en: 'Approved trips' },
  fileName: { zh: '因公出国（境）审批批次清单-{from}至{to}.xlsx', en: 'approved-trips-{from}-{to}.xlsx' },
} satisfies Record<string, Label>;

export const batchListSheetName = (locale: Locale) => say(BATCH_LIST_TEXTS.sheetName, locale);

/** The file name of a period's batch list. */
export const batchListFileName = (locale: Locale, from: string, to: string) =>
  say(BATCH_LIST_TEXTS.fileName, locale).replace('{from}', from).replace('{to}', to);

/** The columns of the batch list, for streamXlsx: headers in the caller's language. */
export function batchListColumns(locale: Locale): XlsxColumn[] {
  return BATCH_COLUMNS.map(([key, header, width]) => ({ key, header: say(header, locale), width: width ?? 12 }));
}

/** One delegation's row: the approved dates where the office shortened the trip, else those applied for. */
export function batchListRow(app: Application, locale: Locale): Record<string, CellValue> {
  const dates = effectiveDates(app);
  const removed = app.decision.removedMembers.length;
  return {
    id: app.id,
    orgUnit: app.orgUnitName,
    task: app.task,
    head: headOf(app.members)?.name ?? null,
    people: app.members.length - removed,
    countries: listOf(
      locale,
      visitedCountries(app).map((c) => countryName(c, locale)),
    ),
    departDate: dates.depart,
    returnDate: dates.return,
    daysAbroad: dates.days,
    approverLevel: labelOf(approverLevelLabels, app.check.approverLevel, locale),
    status: labelOf(applicationStatusLabels, app.status, locale),
    decidedOn: shanghaiDay(app.decidedAt),
    decisionDocNo: app.decision.decisionDocNo,
    removedMembers: removed,
    daysCut: app.decision.daysCut,
    totalBudget: app.check.totalBudget,
    budgetOther: formatTotals(app.check.budgetTotals.filter((t) => t.currency !== 'CNY' && t.amount !== 0)) || null,
  };
}
