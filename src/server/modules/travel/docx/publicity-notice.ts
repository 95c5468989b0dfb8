/**
 * The pre-trip publicity notice (因公临时出国（境）公示), drafted from the application alone, as .docx.
 * A pure function of its arguments: no database, no clock (the caller passes "today").
 */
import type { Locale } from '@shared/contracts/common';
import type { Application } from '@shared/contracts/travel';
import { labelOf } from '@shared/labels/labels';
import { memberRoleLabels, rankLabels } from '@shared/labels/travel';
import { CalendarNotCovered, type WorkingCalendar } from '@server/platform/calendar/calendar';
import {
  AlignmentType,
  HEADING_FONT,
  SIZE,
  TITLE_FONT,
  columns,
  contentWidth,
  packA4,
  para,
  table,
  type CellInput,
  type Paragraph,
  type Table,
} from '@server/platform/files/docx';
import { INDENT_FIRST_LINE, common, textTable, type Params } from './texts';
import {
  budgetTotals,
  countryIn,
  effectiveDates,
  formatDate,
  formatTotals,
  headOf,
  inviterText,
  listOf,
  placeName,
  remainingMembers,
  visitedCountries,
} from './trip-facts';

const text = textTable(
  {
    title: '关于{unit}{head}等{n}人赴{countries}{task}的公示',
    intro: '根据因公临时出国（境）管理有关规定，现将{unit}{head}等{n}人赴{countries}{task}的有关情况予以公示。',
    period: '公示期为{start}至{end}{workingDays}。',
    workingDays: '（{days}个工作日）',
    blankDate: '____年__月__日',
    feedback: '公示期间，如对该团组的出访任务、人员组成、行程安排或经费预算有意见，请以书面、电话或当面方式向{contact}反映{phone}。',
    feedbackPhone: '，联系电话：{phone}',
    feedbackUnit: '本单位',
    members: '一、团组成员',
    task: '二、出访任务',
    taskPurpose: '{task}。{purpose}',
    schedule: '三、出访国家（地区）、城市及日程',
    scheduleSummary: '出访{countries}，{depart}出境，{return}入境，在外{days}天。',
    route: '四、出访路线',
    inviter: '五、邀请单位',
    funding: '六、经费来源及预算',
    fundingLine: '经费来源：{source}；经费预算合计：{total}。',
    routeOut: '出境',
    routeBack: '入境',
    'col.arrive': '抵达日期',
    'col.leave': '离开日期',
  } as const,
  {
    title: 'Public Notice on the Visit of {head} and Others of {unit} ({n} Persons) to {countries}: {task}',
    intro:
      'Under the rules on temporary official travel abroad, the visit of {head} and others of {unit} ({n} persons) to {countries} ({task}) is hereby made public.',
    period: 'The notice runs from {start} to {end}{workingDays}.',
    workingDays: ' ({days} working days)',
    blankDate: '________',
    feedback:
      'Anyone with comments on the delegation’s task, members, schedule or budget may make them in writing, by telephone or in person to {contact}{phone} during this period.',
    feedbackPhone: ', telephone {phone}',
    feedbackUnit: 'the unit',
    members: '1. Members of the delegation',
    task: '2. Task',
    taskPurpose: '{task}. {purpose}',
    schedule: '3. Countries (regions), cities and schedule',
    scheduleSummary: 'The delegation visits {countries}, leaving China on {depart} and returning on {return}: {days} days abroad.',
    route: '4. Route',
    inviter: '5. Inviting organisation',
    funding: '6. Funding and budget',
    fundingLine: 'Funding source: {source}; total budget: {total}.',
    routeOut: 'Departure from China',
    routeBack: 'Return to China',
    'col.arrive': 'Arrive',
    'col.leave': 'Leave',
  },
);
type Key = Parameters<typeof text>[1];

/** The facts the notice's title and introduction share. */
function noticeParams(app: Application, locale: Locale, unitName: string) {
  const members = remainingMembers(app);
  return {
    unit: unitName,
    head: headOf(members)?.name ?? '',
    n: members.length,
    countries: listOf(
      locale,
      visitedCountries(app).map((c) => countryIn(locale, c)),
    ),
    task: app.task,
  };
}

/** Out of China, every stop in order (transit marked), back to China. */
function routeText(app: Application, locale: Locale): string {
  const stops = app.legs.map((leg) => {
    const place = placeName(locale, leg);
    return leg.transitOnly ? common(locale, 'paren', { text: place, note: common(locale, 'transit') }) : place;
  });
  return [text(locale, 'routeOut'), ...stops, text(locale, 'routeBack')].join(' — ');
}

function totalsText(app: Application, locale: Locale): string {
  const totals = app.budget.length ? budgetTotals(app) : app.check.budgetTotals;
  return totals.length ? formatTotals(totals) : common(locale, 'none');
}

/** The period's working days, counted on `calendar`; nothing where it does not cover them. */
function workingDaysNote(app: Application, locale: Locale, calendar: WorkingCalendar): string {
  if (!app.publicityStart || !app.publicityEnd || app.publicityEnd < app.publicityStart) return '';
  try {
    return text(locale, 'workingDays', { days: calendar.workingDaysBetween(app.publicityStart, app.publicityEnd) });
  } catch (err) {
    if (!(err instanceof CalendarNotCovered)) throw err;
    return '';
  }
}

/**
 * The pre-trip publicity notice (因公临时出国（境）公示), to be posted inside the unit before the application goes in.
 * The period's working days are counted on `calendar` (the office's working-day calendar); left out where it does not cover them.
 */
export async function publicityNoticeDocx(app: Application, locale: Locale, unitName: string, today: string, calendar: WorkingCalendar): Promise<Buffer> {
  const L = (key: Key, params?: Params) => text(locale, key, params);
  const C = (key: Parameters<typeof common>[1]) => common(locale, key);
  const p = noticeParams(app, locale, unitName);
  const members = remainingMembers(app);
  const margin = { top: 37, right: 26, bottom: 35, left: 28 };
  const width = contentWidth(margin.left, margin.right);
  const indent = INDENT_FIRST_LINE[locale];

  const period = L('period', {
    start: app.publicityStart ? formatDate(locale, app.publicityStart) : L('blankDate'),
    end: app.publicityEnd ? formatDate(locale, app.publicityEnd) : L('blankDate'),
    workingDays: workingDaysNote(app, locale, calendar),
  });
  const feedback = L('feedback', {
    contact: app.contactName ?? L('feedbackUnit'),
    phone: app.contactPhone ? L('feedbackPhone', { phone: app.contactPhone }) : '',
  });
  const body = (s: string) => para(s, { size: SIZE.body, indent, after: 60, line: 440 });
  const heading = (key: Key) => para(L(key), { size: SIZE.body, font: HEADING_FONT, indent, before: 120, after: 60, line: 440 });

  const memberRows: CellInput[][] = [
    [C('col.no'), C('col.name'), C('col.unit'), C('col.post'), C('col.rank'), C('col.role')],
    ...members.map((m, i) => [
      { text: String(i + 1), align: AlignmentType.CENTER },
      m.name,
      m.unitName ?? unitName,
      m.post,
      labelOf(rankLabels, m.rank, locale),
      labelOf(memberRoleLabels, m.role, locale),
    ]),
  ];
  const legRows: CellInput[][] = [
    [C('col.no'), C('col.country'), C('col.city'), L('col.arrive'), L('col.leave')],
    ...app.legs.map((leg, i) => [
      { text: String(i + 1), align: AlignmentType.CENTER },
      leg.transitOnly ? common(locale, 'paren', { text: countryIn(locale, leg.country), note: C('transit') }) : countryIn(locale, leg.country),
      leg.city,
      formatDate(locale, leg.arriveOn),
      formatDate(locale, leg.leaveOn),
    ]),
  ];
  const dates = effectiveDates(app);
  const title = L('title', p);

  const children: Array<Paragraph | Table> = [
    para(title, { size: SIZE.title, font: TITLE_FONT, bold: true, align: AlignmentType.CENTER, after: 360, line: 560 }),
    body(`${L('intro', p)}${period}${feedback}`),
    heading('members'),
    table(columns(width, [6, 12, 26, 20, 16, 14]), memberRows, { header: true }),
    heading('task'),
    body(app.purpose ? L('taskPurpose', { task: app.task, purpose: app.purpose }) : app.task),
    heading('schedule'),
    body(
      L('scheduleSummary', {
        countries: p.countries,
        depart: formatDate(locale, dates.depart),
        return: formatDate(locale, dates.return),
        days: dates.days,
      }),
    ),
    table(columns(width, [6, 22, 22, 25, 25]), legRows, { header: true }),
    heading('route'),
    body(routeText(app, locale)),
    heading('inviter'),
    body(inviterText(app, locale)),
    heading('funding'),
    body(L('fundingLine', { source: app.fundingSource ?? C('none'), total: totalsText(app, locale) })),
    para('', { before: 480 }),
    para(unitName, { size: SIZE.body, align: AlignmentType.RIGHT, line: 440 }),
    para(formatDate(locale, today), { size: SIZE.body, align: AlignmentType.RIGHT, line: 440 }),
  ];
  return packA4(locale, title, margin, children);
}
