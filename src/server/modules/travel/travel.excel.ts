import type { Locale } from '../../../shared/contracts/common';
import type { Application } from '../../../shared/contracts/travel';
import { countryName } from '../../../shared/reference/countries';
import type { CellValue, XlsxColumn } from '../../platform/files/excel';
import { approverLevelLabel, effectiveDates, formatTotals, headOf, shanghaiDay, statusLabel, visitedCountries } from './travel.documents';

/** The approval batch list (审批批次清单): one row per delegation, in the order the caller gives. */
const BATCH_COLUMNS: Array<[key: string, zh: string, en: string, width?: number]> = [
  ['id', '申请编号', 'Application no.', 10],
  ['orgUnit', '组团单位', 'Sending unit', 22],
  ['task', '任务', 'Task', 30],
  ['head', '团长', 'Head of delegation', 12],
  ['people', '人数', 'Persons', 8],
  ['countries', '出访国家（地区）', 'Countries (regions)', 24],
  ['departDate', '出境日期', 'Departure', 12],
  ['returnDate', '入境日期', 'Return', 12],
  ['daysAbroad', '在外天数', 'Days abroad', 10],
  ['approverLevel', '审批级别', 'Approval level', 14],
  ['status', '审批结果/状态', 'Result / status', 14],
  ['decidedOn', '审批日期', 'Decided on', 12],
  ['decisionDocNo', '批准文号', 'Decision document no.', 20],
  ['removedMembers', '减员', 'Members removed', 8],
  ['daysCut', '压缩天数', 'Days cut', 10],
  // check.totalBudget is the CNY lines only: other currencies are listed beside it, never added in.
  ['totalBudget', '预算合计（人民币）', 'Total budget (CNY)', 14],
  ['budgetOther', '外币预算', 'Budget in other currencies', 26],
];

export const batchListSheetName = (locale: Locale) => (locale === 'en-US' ? 'Approval batches' : '审批批次清单');

/** The columns of the batch list, for streamXlsx: headers in the caller's language. */
export function batchListColumns(locale: Locale): XlsxColumn[] {
  const en = locale === 'en-US';
  return BATCH_COLUMNS.map(([key, zh, enLabel, width]) => ({ key, header: en ? enLabel : zh, width: width ?? 12 }));
}

/** One delegation's row: the approved dates where the office shortened the trip, else those applied for. */
export function batchListRow(app: Application, locale: Locale): Record<string, CellValue> {
  const en = locale === 'en-US';
  const dates = effectiveDates(app);
  const removed = app.decision.removedMembers.length;
  return {
    id: app.id,
    orgUnit: app.orgUnitName,
    task: app.task,
    head: headOf(app.members)?.name ?? null,
    people: app.members.length - removed,
    countries: visitedCountries(app).map((c) => countryName(c, locale)).join(en ? ', ' : '、'),
    departDate: dates.depart,
    returnDate: dates.return,
    daysAbroad: dates.days,
    approverLevel: approverLevelLabel(locale, app.check.approverLevel),
    status: statusLabel(locale, app.status),
    decidedOn: shanghaiDay(app.decidedAt),
    decisionDocNo: app.decision.decisionDocNo,
    removedMembers: removed,
    daysCut: app.decision.daysCut,
    totalBudget: app.check.totalBudget,
    budgetOther: formatTotals(app.check.budgetTotals.filter((t) => t.currency !== 'CNY' && t.amount !== 0)) || null,
  };
}
