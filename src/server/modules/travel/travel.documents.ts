/**
 * The documents of an outbound trip, drafted from the application alone: the pre-trip publicity notice
 * (因公临时出国（境）公示) and the task and budget approval form (任务和预算审批意见表), as .docx.
 *
 * Pure functions of their arguments: no database, no clock (the caller passes "today"). Every run names a
 * Simplified Chinese font for East Asian text (SimSun, SimHei for titles) as well as Times New Roman for Latin
 * text, so Word and WPS on an office PC never fall back to a Japanese or Western face.
 */
import {
  AlignmentType, BorderStyle, Document, HeightRule, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlignTable, WidthType, type IFontAttributesProperties,
} from 'docx';
import type { Locale } from '../../../shared/contracts/common';
import type {
  Application, ApplicationStatus, ApproverLevel, BUDGET_CATEGORIES, MEMBER_ROLES, PASSPORT_TYPES, Rank, SEVERITIES, STEP_KINDS, Step,
} from '../../../shared/contracts/travel';
import { countryName } from '../../../shared/reference/countries';
import { daysBetween, todayInShanghai } from '../../../shared/reference/dates';
import { CalendarNotCovered, type WorkingCalendar } from '../../platform/calendar/calendar';
import { countriesVisited, lineAmount } from './travel.rules';

type Member = Application['members'][number];
type Leg = Application['legs'][number];

// ---------------------------------------------------------------------------------------------------------------------
// Labels. zh and en have the same keys (the en type enforces it); {name} placeholders are filled by fill().

const zh = {
  'notice.title': '关于{unit}{head}等{n}人赴{countries}{task}的公示',
  'notice.intro': '根据因公临时出国（境）管理有关规定，现将{unit}{head}等{n}人赴{countries}{task}的有关情况予以公示。',
  'notice.period': '公示期为{start}至{end}{workingDays}。',
  'notice.workingDays': '（{days}个工作日）',
  'notice.feedback': '公示期间，如对该团组的出访任务、人员组成、行程安排或经费预算有意见，请以书面、电话或当面方式向{contact}反映{phone}。',
  'notice.feedbackPhone': '，联系电话：{phone}',
  'notice.feedbackUnit': '本单位',
  'notice.members': '一、团组成员',
  'notice.task': '二、出访任务',
  'notice.schedule': '三、出访国家（地区）、城市及日程',
  'notice.scheduleSummary': '出访{countries}，{depart}出境，{return}入境，在外{days}天。',
  'notice.route': '四、出访路线',
  'notice.inviter': '五、邀请单位',
  'notice.funding': '六、经费来源及预算',
  'notice.fundingLine': '经费来源：{source}；经费预算合计：{total}。',
  'notice.routeOut': '出境',
  'notice.routeBack': '入境',
  'form.title': '因公临时出国（境）任务和预算审批意见表',
  'form.meta': '申请编号：{id}　　审批级别：{level}　　状态：{status}',
  'form.unit': '组团单位',
  'form.task': '团组名称/任务',
  'form.purpose': '出访目的及主要活动',
  'form.head': '团长',
  'form.people': '人数',
  'form.peopleRemoved': '{n}（申请{applied}人，核减{removed}人）',
  'form.destinations': '出访国家（地区）及城市',
  'form.dates': '出入境日期',
  'form.daysAbroad': '在外天数',
  'form.inviter': '邀请单位',
  'form.funding': '经费来源',
  'form.members': '团组成员',
  'form.budget': '经费预算',
  'form.findings': '规则核验结果',
  'form.decision': '审批结果',
  'form.reviews': '审核意见',
  'form.removedMembers': '核减人员',
  'form.daysCut': '压缩天数',
  'form.approvedDates': '批准出入境日期',
  'form.decisionDocNo': '批准文号',
  'form.forwarded': '报送上级审批',
  'form.forwardedLine': '{on}报送{to}',
  'form.decisionComment': '审批意见',
  'form.unitOpinion': '单位意见（盖章）',
  'form.officeOpinion': '外办审核意见',
  'form.leaderOpinion': '领导审批意见',
  'form.signUnit': '（盖章）　　负责人签字：　　　　　　年　　月　　日',
  'form.sign': '签字：　　　　　　年　　月　　日',
  'form.total': '合计（{currency}）',
  'form.removedMark': '核减',
  'form.leadershipMark': '领导班子成员',
  'form.intermediary': '（中介机构）',
  'form.transit': '经停',
  'form.none': '无',
  'col.no': '序号',
  'col.name': '姓名',
  'col.unit': '单位',
  'col.post': '职务',
  'col.rank': '级别',
  'col.role': '团内身份',
  'col.passportType': '护照类型',
  'col.note': '备注',
  'col.country': '国家（地区）',
  'col.city': '城市',
  'col.arrive': '抵达日期',
  'col.leave': '离开日期',
  'col.category': '费用类别',
  'col.persons': '人数',
  'col.units': '天/晚数',
  'col.unitAmount': '标准（单价）',
  'col.currency': '币种',
  'col.amount': '金额',
  'col.severity': '类别',
  'col.message': '内容',
  'col.step': '环节',
  'col.actor': '办理人',
  'col.time': '时间',
  'col.comment': '意见',
  'days': '{days}天',
  'days.one': '{days}天',
  'dateRange': '{from}至{to}',
  'list.sep': '、',
  'rank.provincial': '省部级', 'rank.bureau': '厅局级', 'rank.division': '县处级', 'rank.section': '乡科级', 'rank.staff': '科员及以下', 'rank.other': '其他',
  'passport.official': '公务护照', 'passport.official_ordinary': '公务普通护照', 'passport.diplomatic': '外交护照',
  'passport.hk_macao_permit': '往来港澳通行证', 'passport.taiwan_permit': '大陆居民往来台湾通行证', 'passport.private': '普通护照',
  'role.head': '团长', 'role.member': '团员', 'role.interpreter': '翻译', 'role.other': '其他',
  'category.international_travel': '国际旅费', 'category.lodging': '住宿费', 'category.meals': '伙食费', 'category.incidentals': '公杂费',
  'category.local_transport': '国外城市间交通费', 'category.other': '其他费用',
  'status.draft': '草稿', 'status.submitted': '待外办审核', 'status.returned': '已退回修改', 'status.leader_review': '待领导审批',
  'status.forwarded': '已报上级审批', 'status.approved': '已批准', 'status.refused': '不予批准', 'status.cancelled': '已取消',
  'level.office': '外办审批', 'level.leader': '领导审批', 'level.upward': '报上级审批',
  'severity.block': '不符合规定', 'severity.warn': '提示',
  'step.create': '创建', 'step.submit': '报送', 'step.withdraw': '撤回', 'step.return': '退回修改', 'step.refuse': '不予批准',
  'step.approve': '外办审核同意', 'step.leader_approve': '领导批准', 'step.leader_return': '领导退回', 'step.leader_refuse': '领导不予批准',
  'step.forward': '报上级审批', 'step.record_decision': '登记上级批复', 'step.cancel': '取消', 'step.trip_return': '回国登记',
  'step.passports_returned': '交回证照', 'step.report_filed': '报送出访报告', 'step.reminder': '催办',
} as const;
export type LabelKey = keyof typeof zh;

const en: Record<LabelKey, string> = {
  'notice.title': 'Public Notice on the Visit of {head} and Others of {unit} ({n} Persons) to {countries}: {task}',
  'notice.intro': 'Under the rules on temporary official travel abroad, the visit of {head} and others of {unit} ({n} persons) to {countries} ({task}) is hereby made public.',
  'notice.period': 'The notice runs from {start} to {end}{workingDays}.',
  'notice.workingDays': ' ({days} working days)',
  'notice.feedback': 'Anyone with comments on the delegation’s task, members, schedule or budget may make them in writing, by telephone or in person to {contact}{phone} during this period.',
  'notice.feedbackPhone': ', telephone {phone}',
  'notice.feedbackUnit': 'the unit',
  'notice.members': '1. Members of the delegation',
  'notice.task': '2. Task',
  'notice.schedule': '3. Countries (regions), cities and schedule',
  'notice.scheduleSummary': 'The delegation visits {countries}, leaving China on {depart} and returning on {return}: {days} days abroad.',
  'notice.route': '4. Route',
  'notice.inviter': '5. Inviting organisation',
  'notice.funding': '6. Funding and budget',
  'notice.fundingLine': 'Funding source: {source}; total budget: {total}.',
  'notice.routeOut': 'Departure from China',
  'notice.routeBack': 'Return to China',
  'form.title': 'Approval Form for the Task and Budget of a Temporary Official Trip Abroad',
  'form.meta': 'Application no. {id}    Approval level: {level}    Status: {status}',
  'form.unit': 'Sending unit',
  'form.task': 'Delegation / task',
  'form.purpose': 'Purpose and main activities',
  'form.head': 'Head of delegation',
  'form.people': 'Persons',
  'form.peopleRemoved': '{n} ({applied} applied for, {removed} removed)',
  'form.destinations': 'Countries (regions) and cities',
  'form.dates': 'Departure and return',
  'form.daysAbroad': 'Days abroad',
  'form.inviter': 'Inviting organisation',
  'form.funding': 'Funding source',
  'form.members': 'Members of the delegation',
  'form.budget': 'Budget',
  'form.findings': 'Rule check',
  'form.decision': 'Decision',
  'form.reviews': 'Review opinions',
  'form.removedMembers': 'Members removed',
  'form.daysCut': 'Days cut',
  'form.approvedDates': 'Approved dates',
  'form.decisionDocNo': 'Decision document no.',
  'form.forwarded': 'Referred upward',
  'form.forwardedLine': 'to {to} on {on}',
  'form.decisionComment': 'Decision comment',
  'form.unitOpinion': 'Opinion of the unit (seal)',
  'form.officeOpinion': 'Review by the foreign affairs office',
  'form.leaderOpinion': 'Decision of the approving leader',
  'form.signUnit': '(Seal)    Signature of the head of unit:                Date:',
  'form.sign': 'Signature:                Date:',
  'form.total': 'Total ({currency})',
  'form.removedMark': 'Removed',
  'form.leadershipMark': 'Leadership team',
  'form.intermediary': ' (intermediary agency)',
  'form.transit': 'transit',
  'form.none': 'None',
  'col.no': 'No.',
  'col.name': 'Name',
  'col.unit': 'Unit',
  'col.post': 'Post',
  'col.rank': 'Rank',
  'col.role': 'Role',
  'col.passportType': 'Passport type',
  'col.note': 'Note',
  'col.country': 'Country (region)',
  'col.city': 'City',
  'col.arrive': 'Arrive',
  'col.leave': 'Leave',
  'col.category': 'Category',
  'col.persons': 'Persons',
  'col.units': 'Days / nights',
  'col.unitAmount': 'Rate',
  'col.currency': 'Currency',
  'col.amount': 'Amount',
  'col.severity': 'Severity',
  'col.message': 'Finding',
  'col.step': 'Step',
  'col.actor': 'By',
  'col.time': 'Time',
  'col.comment': 'Comment',
  'days': '{days} days',
  'days.one': '{days} day',
  'dateRange': '{from} – {to}',
  'list.sep': ', ',
  'rank.provincial': 'Provincial / ministerial', 'rank.bureau': 'Bureau / department', 'rank.division': 'Division / county', 'rank.section': 'Section',
  'rank.staff': 'Staff', 'rank.other': 'Other',
  'passport.official': 'Service passport', 'passport.official_ordinary': 'Official ordinary passport', 'passport.diplomatic': 'Diplomatic passport',
  'passport.hk_macao_permit': 'Hong Kong / Macao travel permit', 'passport.taiwan_permit': 'Taiwan travel permit', 'passport.private': 'Ordinary passport',
  'role.head': 'Head', 'role.member': 'Member', 'role.interpreter': 'Interpreter', 'role.other': 'Other',
  'category.international_travel': 'International travel', 'category.lodging': 'Lodging', 'category.meals': 'Meals', 'category.incidentals': 'Incidentals',
  'category.local_transport': 'Transport between cities abroad', 'category.other': 'Other',
  'status.draft': 'Draft', 'status.submitted': 'Awaiting office review', 'status.returned': 'Returned for changes', 'status.leader_review': 'Awaiting leader',
  'status.forwarded': 'Referred upward', 'status.approved': 'Approved', 'status.refused': 'Refused', 'status.cancelled': 'Cancelled',
  'level.office': 'Foreign affairs office', 'level.leader': 'Leader', 'level.upward': 'Higher authority',
  'severity.block': 'Not compliant', 'severity.warn': 'Warning',
  'step.create': 'Created', 'step.submit': 'Submitted', 'step.withdraw': 'Withdrawn', 'step.return': 'Returned for changes', 'step.refuse': 'Refused',
  'step.approve': 'Approved by the office', 'step.leader_approve': 'Approved by the leader', 'step.leader_return': 'Returned by the leader',
  'step.leader_refuse': 'Refused by the leader', 'step.forward': 'Referred upward', 'step.record_decision': 'Higher decision recorded',
  'step.cancel': 'Cancelled', 'step.trip_return': 'Return recorded', 'step.passports_returned': 'Passports returned',
  'step.report_filed': 'Report filed', 'step.reminder': 'Reminder',
};

/** A label in the locale's language, with its {placeholders} filled. */
export function travelLabel(locale: Locale, key: LabelKey, params: Record<string, string | number> = {}): string {
  const template: string = locale === 'en-US' ? en[key] : zh[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export const rankLabel = (locale: Locale, v: Rank) => travelLabel(locale, `rank.${v}`);
export const passportTypeLabel = (locale: Locale, v: (typeof PASSPORT_TYPES)[number]) => travelLabel(locale, `passport.${v}`);
export const roleLabel = (locale: Locale, v: (typeof MEMBER_ROLES)[number]) => travelLabel(locale, `role.${v}`);
export const categoryLabel = (locale: Locale, v: (typeof BUDGET_CATEGORIES)[number]) => travelLabel(locale, `category.${v}`);
export const statusLabel = (locale: Locale, v: ApplicationStatus) => travelLabel(locale, `status.${v}`);
export const approverLevelLabel = (locale: Locale, v: ApproverLevel) => travelLabel(locale, `level.${v}`);
export const severityLabel = (locale: Locale, v: (typeof SEVERITIES)[number]) => travelLabel(locale, `severity.${v}`);
export const stepKindLabel = (locale: Locale, v: (typeof STEP_KINDS)[number]) => travelLabel(locale, `step.${v}`);

// ---------------------------------------------------------------------------------------------------------------------
// Facts drawn from the application, shared with the batch list.

/** The members still on the delegation: those the office removed are left out. */
export function remainingMembers(app: Application): Member[] {
  const removed = new Set(app.decision.removedMembers);
  return app.members.filter((m) => !removed.has(m.name));
}

/** The head of delegation: the member whose role is head, else the first member. */
export function headOf(members: Member[]): Member | null {
  return members.find((m) => m.role === 'head') ?? members[0] ?? null;
}

/** Countries visited (alpha-3), transit stops left out: the check's list, else worked out from the legs. */
export function visitedCountries(app: Application): string[] {
  return app.check.countries.length ? app.check.countries : countriesVisited(app.legs);
}

/** The dates that hold: the approved ones where the office shortened the trip, else those applied for. */
export function effectiveDates(app: Application): { depart: string; return: string; days: number } {
  const depart = app.decision.approvedDepart ?? app.departDate;
  const ret = app.decision.approvedReturn ?? app.returnDate;
  return { depart, return: ret, days: daysBetween(depart, ret) + 1 };
}

/** The budget summed per currency, in the order the currencies first appear. */
export function budgetTotals(app: Application): Array<{ currency: string; amount: number }> {
  const totals = new Map<string, number>();
  for (const line of app.budget) totals.set(line.currency, Math.round(((totals.get(line.currency) ?? 0) + lineAmount(line)) * 100) / 100);
  return [...totals].map(([currency, amount]) => ({ currency, amount }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 'YYYY-MM-DD' as an office writes it: 2025年5月10日, or 10 May 2025. */
export function formatDate(locale: Locale, ymd: string | null): string {
  if (!ymd) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return locale === 'en-US' ? `${d} ${MONTHS[mo - 1]} ${y}` : `${y}年${mo}月${d}日`;
}

const shanghaiClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** An instant as the office's wall-clock time: 2025-04-02 09:30 (Asia/Shanghai). */
export function formatShanghaiTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(shanghaiClock.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The office's calendar day of an instant. */
export const shanghaiDay = (iso: string | null) => (iso ? todayInShanghai(new Date(iso)) : null);

const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatMoney = (n: number) => moneyFormat.format(n);
/** Totals in several currencies, never added across them: CNY 18,600.00 + JPY 234,000.00. */
export const formatTotals = (totals: Array<{ currency: string; amount: number }>) => totals.map((t) => `${t.currency} ${formatMoney(t.amount)}`).join(' + ');

const list = (locale: Locale, items: string[]) => items.join(travelLabel(locale, 'list.sep'));
const country = (locale: Locale, code: string | null) => (code ? countryName(code, locale) : '');

/** Country names with their cities: 日本（东京、大阪）、韩国（首尔）; transit stops after, marked. */
function destinations(app: Application, locale: Locale): string {
  const en = locale === 'en-US';
  const byCountry = new Map<string, string[]>();
  const transit: string[] = [];
  for (const leg of app.legs) {
    if (leg.transitOnly) { transit.push(placeName(locale, leg)); continue; }
    const cities = byCountry.get(leg.country) ?? [];
    if (leg.city && !cities.includes(leg.city)) cities.push(leg.city);
    byCountry.set(leg.country, cities);
  }
  const visited = [...byCountry].map(([code, cities]) => (cities.length
    ? (en ? `${country(locale, code)} (${cities.join(', ')})` : `${country(locale, code)}（${cities.join('、')}）`)
    : country(locale, code)));
  const text = en ? visited.join('; ') : visited.join('；');
  if (!transit.length) return text;
  const t = travelLabel(locale, 'form.transit');
  return en ? `${text}; ${t}: ${transit.join(', ')}` : `${text}；${t}：${transit.join('、')}`;
}

function placeName(locale: Locale, leg: Leg): string {
  const name = country(locale, leg.country);
  if (!leg.city) return name;
  return locale === 'en-US' ? `${leg.city}, ${name}` : `${name}${leg.city}`;
}

function routeText(app: Application, locale: Locale): string {
  const stops = app.legs.map((leg) => {
    const place = placeName(locale, leg);
    if (!leg.transitOnly) return place;
    const t = travelLabel(locale, 'form.transit');
    return locale === 'en-US' ? `${place} (${t})` : `${place}（${t}）`;
  });
  return [travelLabel(locale, 'notice.routeOut'), ...stops, travelLabel(locale, 'notice.routeBack')].join(' — ');
}

const inviterText = (app: Application, locale: Locale, withIntermediary = false) => {
  const c = country(locale, app.inviterCountry);
  const base = locale === 'en-US' ? `${app.inviterName} (${c})` : `${app.inviterName}（${c}）`;
  return withIntermediary && app.inviterIntermediary ? `${base}${travelLabel(locale, 'form.intermediary')}` : base;
};

const totalsText = (app: Application, locale: Locale) => {
  const totals = app.budget.length ? budgetTotals(app) : app.check.budgetTotals;
  return totals.length ? formatTotals(totals) : travelLabel(locale, 'form.none');
};

// ---------------------------------------------------------------------------------------------------------------------
// Building blocks.

const LATIN = 'Times New Roman';
const BODY_FONT: IFontAttributesProperties = { ascii: LATIN, hAnsi: LATIN, eastAsia: 'SimSun', cs: LATIN };
const TITLE_FONT: IFontAttributesProperties = { ascii: LATIN, hAnsi: LATIN, eastAsia: 'SimHei', cs: LATIN };
const HEADING_FONT: IFontAttributesProperties = { ascii: LATIN, hAnsi: LATIN, eastAsia: 'SimHei', cs: LATIN };
/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
const SIZE = { title: 44, formTitle: 36, body: 28, small: 24, table: 21 };

interface RunStyle { bold?: boolean; size?: number; font?: IFontAttributesProperties }

/** Runs of a text, one line per line of the text: every run names both fonts. */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({
    text: line, bold: style.bold, size: style.size, font: style.font ?? BODY_FONT, break: i > 0 ? 1 : undefined,
  }));
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function para(text: string, o: RunStyle & { align?: Align; indent?: boolean; before?: number; after?: number; line?: number } = {}): Paragraph {
  return new Paragraph({
    children: runs(text, o),
    alignment: o.align ?? AlignmentType.BOTH,
    indent: o.indent ? { firstLine: (o.size ?? SIZE.body) * 20 } : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line },
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const THICK = { style: BorderStyle.SINGLE, size: 12, color: '000000' };

interface CellSpec { text?: string; paragraphs?: Paragraph[]; span?: number; bold?: boolean; align?: Align; shade?: boolean }
type CellInput = string | number | null | CellSpec;

/** A table of fixed column widths (twips): Word, WPS and LibreOffice lay it out alike. */
function table(widths: number[], rows: CellInput[][], o: { header?: boolean; size?: number; minHeight?: number; outer?: boolean } = {}): Table {
  const size = o.size ?? SIZE.table;
  const built = rows.map((cells, r) => {
    let col = 0;
    const children = cells.map((input) => {
      const spec: CellSpec = input !== null && typeof input === 'object' ? input : { text: input === null ? '' : String(input) };
      const span = spec.span ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const bold = spec.bold ?? (o.header && r === 0);
      return new TableCell({
        children: spec.paragraphs ?? [para(spec.text ?? '', {
          size, bold, line: 300, align: spec.align ?? (o.header && r === 0 ? AlignmentType.CENTER : AlignmentType.LEFT),
        })],
        columnSpan: span > 1 ? span : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        shading: spec.shade || (o.header && r === 0) ? { fill: 'F2F2F2', type: 'clear', color: 'auto' } : undefined,
      });
    });
    return new TableRow({
      children, tableHeader: o.header && r === 0, cantSplit: true,
      height: o.minHeight ? { value: o.minHeight, rule: HeightRule.ATLEAST } : undefined,
    });
  });
  const outer = o.outer ? THICK : THIN;
  return new Table({
    rows: built, columnWidths: widths, layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    borders: { top: outer, bottom: outer, left: outer, right: outer, insideHorizontal: THIN, insideVertical: THIN },
  });
}

/** Splits a content width into columns by weight, the last taking what rounding left. */
function columns(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const MM = 56.692913; // twips per millimetre
const A4 = { width: 11906, height: 16838 };

async function pack(locale: Locale, title: string, margins: { top: number; right: number; bottom: number; left: number }, children: Array<Paragraph | Table>): Promise<Buffer> {
  const doc = new Document({
    title, creator: 'waishi',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: SIZE.small, language: { value: locale, eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 360 } },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: A4.width, height: A4.height },
          margin: {
            top: Math.round(margins.top * MM), right: Math.round(margins.right * MM), bottom: Math.round(margins.bottom * MM),
            left: Math.round(margins.left * MM), header: Math.round(15 * MM), footer: Math.round(15 * MM),
          },
        },
      },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

const contentWidth = (left: number, right: number) => Math.floor(A4.width - (left + right) * MM);

// ---------------------------------------------------------------------------------------------------------------------
// The publicity notice.

/** The facts the notice's title and introduction share. */
function noticeParams(app: Application, locale: Locale, unitName: string) {
  const members = remainingMembers(app);
  return {
    unit: unitName,
    head: headOf(members)?.name ?? '',
    n: members.length,
    countries: list(locale, visitedCountries(app).map((c) => country(locale, c))),
    task: app.task,
  };
}

/**
 * The pre-trip publicity notice (因公临时出国（境）公示), to be posted inside the unit before the application goes in.
 * The period's working days are counted on `calendar` (the office's working-day calendar); left out where it does not cover them.
 */
export async function publicityNoticeDocx(app: Application, locale: Locale, unitName: string, today: string, calendar: WorkingCalendar): Promise<Buffer> {
  const L = (key: LabelKey, params?: Record<string, string | number>) => travelLabel(locale, key, params);
  const p = noticeParams(app, locale, unitName);
  const members = remainingMembers(app);
  const margin = { top: 37, right: 26, bottom: 35, left: 28 };
  const width = contentWidth(margin.left, margin.right);
  const blank = locale === 'en-US' ? '________' : '____年__月__日';

  let workingDays = '';
  if (app.publicityStart && app.publicityEnd && app.publicityEnd >= app.publicityStart) {
    try {
      workingDays = L('notice.workingDays', { days: calendar.workingDaysBetween(app.publicityStart, app.publicityEnd) });
    } catch (err) {
      if (!(err instanceof CalendarNotCovered)) throw err;
    }
  }
  const period = L('notice.period', {
    start: app.publicityStart ? formatDate(locale, app.publicityStart) : blank,
    end: app.publicityEnd ? formatDate(locale, app.publicityEnd) : blank,
    workingDays,
  });
  const feedback = L('notice.feedback', {
    contact: app.contactName ?? L('notice.feedbackUnit'),
    phone: app.contactPhone ? L('notice.feedbackPhone', { phone: app.contactPhone }) : '',
  });
  const body = (text: string) => para(text, { size: SIZE.body, indent: locale !== 'en-US', after: 60, line: 440 });
  const heading = (key: LabelKey) => para(L(key), { size: SIZE.body, font: HEADING_FONT, indent: locale !== 'en-US', before: 120, after: 60, line: 440 });

  const memberRows: CellInput[][] = [
    [L('col.no'), L('col.name'), L('col.unit'), L('col.post'), L('col.rank'), L('col.role')],
    ...members.map((m, i) => [
      { text: String(i + 1), align: AlignmentType.CENTER }, m.name, m.unitName ?? unitName, m.post, rankLabel(locale, m.rank), roleLabel(locale, m.role),
    ]),
  ];
  const legRows: CellInput[][] = [
    [L('col.no'), L('col.country'), L('col.city'), L('col.arrive'), L('col.leave')],
    ...app.legs.map((leg, i) => [
      { text: String(i + 1), align: AlignmentType.CENTER },
      leg.transitOnly ? `${country(locale, leg.country)}${locale === 'en-US' ? ` (${L('form.transit')})` : `（${L('form.transit')}）`}` : country(locale, leg.country),
      leg.city, formatDate(locale, leg.arriveOn), formatDate(locale, leg.leaveOn),
    ]),
  ];
  const dates = effectiveDates(app);
  const title = L('notice.title', p);

  const children: Array<Paragraph | Table> = [
    para(title, { size: SIZE.title, font: TITLE_FONT, bold: true, align: AlignmentType.CENTER, after: 360, line: 560 }),
    body(`${L('notice.intro', p)}${period}${feedback}`),
    heading('notice.members'),
    table(columns(width, [6, 12, 26, 20, 16, 14]), memberRows, { header: true }),
    heading('notice.task'),
    body(app.purpose ? `${app.task}${locale === 'en-US' ? '. ' : '。'}${app.purpose}` : app.task),
    heading('notice.schedule'),
    body(L('notice.scheduleSummary', {
      countries: p.countries, depart: formatDate(locale, dates.depart), return: formatDate(locale, dates.return), days: dates.days,
    })),
    table(columns(width, [6, 22, 22, 25, 25]), legRows, { header: true }),
    heading('notice.route'),
    body(routeText(app, locale)),
    heading('notice.inviter'),
    body(inviterText(app, locale)),
    heading('notice.funding'),
    body(L('notice.fundingLine', { source: app.fundingSource ?? L('form.none'), total: totalsText(app, locale) })),
    para('', { before: 480 }),
    para(unitName, { size: SIZE.body, align: AlignmentType.RIGHT, line: 440 }),
    para(formatDate(locale, today), { size: SIZE.body, align: AlignmentType.RIGHT, line: 440 }),
  ];
  return pack(locale, title, margin, children);
}

// ---------------------------------------------------------------------------------------------------------------------
// The approval form.

/** Steps that carry a review opinion: the follow-up after the trip is not part of the approval. */
const REVIEW_STEPS = new Set<Step['kind']>([
  'submit', 'withdraw', 'return', 'refuse', 'approve', 'leader_approve', 'leader_return', 'leader_refuse', 'forward', 'record_decision', 'cancel',
]);

/** The task and budget approval form (任务和预算审批意见表), with the office's decision and review opinions. */
export async function approvalFormDocx(app: Application, steps: Step[], locale: Locale, unitName: string): Promise<Buffer> {
  const L = (key: LabelKey, params?: Record<string, string | number>) => travelLabel(locale, key, params);
  const enLocale = locale === 'en-US';
  const margin = { top: 25, right: 22, bottom: 22, left: 25 };
  const width = contentWidth(margin.left, margin.right);
  const members = remainingMembers(app);
  const head = headOf(members);
  const removed = new Set(app.decision.removedMembers);
  const label = (key: LabelKey): CellSpec => ({ text: L(key), bold: true, shade: true, align: AlignmentType.CENTER });
  const section = (key: LabelKey, extra?: string) => para(extra ? `${L(key)}${extra}` : L(key), {
    size: SIZE.small, font: HEADING_FONT, before: 200, after: 80,
  });
  const days = (n: number) => L(n === 1 ? 'days.one' : 'days', { days: n });
  const range = (from: string | null, to: string | null) => (from || to ? L('dateRange', { from: formatDate(locale, from), to: formatDate(locale, to) }) : '');

  // The form proper: label, value, label, value.
  const four = columns(width, [20, 34, 16, 30]);
  const headText = head ? (head.post ? (enLocale ? `${head.name}, ${head.post}` : `${head.name}（${head.post}）`) : head.name) : '';
  const main = table(four, [
    [label('form.unit'), { text: unitName, span: 3 }],
    [label('form.task'), { text: app.task, span: 3 }],
    [label('form.head'), headText, label('form.people'), members.length === app.members.length ? String(members.length)
      : L('form.peopleRemoved', { n: members.length, applied: app.members.length, removed: app.members.length - members.length })],
    [label('form.destinations'), { text: destinations(app, locale), span: 3 }],
    [label('form.dates'), range(app.departDate, app.returnDate), label('form.daysAbroad'), days(daysBetween(app.departDate, app.returnDate) + 1)],
    [label('form.inviter'), { text: inviterText(app, locale, true), span: 3 }],
    [label('form.purpose'), { text: app.purpose ?? '', span: 3 }],
    [label('form.funding'), { text: app.fundingSource ?? '', span: 3 }],
  ], { outer: true, minHeight: 460 });

  const memberTable = table(columns(width, [6, 11, 24, 17, 12, 10, 12, 10]), [
    [L('col.no'), L('col.name'), L('col.unit'), L('col.post'), L('col.rank'), L('col.role'), L('col.passportType'), L('col.note')],
    ...app.members.map((m, i) => [
      { text: String(i + 1), align: AlignmentType.CENTER }, m.name, m.unitName ?? unitName, m.post, rankLabel(locale, m.rank), roleLabel(locale, m.role),
      passportTypeLabel(locale, m.passportType),
      [removed.has(m.name) ? L('form.removedMark') : '', m.leadership ? L('form.leadershipMark') : ''].filter(Boolean).join(enLocale ? '; ' : '；'),
    ]),
  ], { header: true, outer: true });

  const right = AlignmentType.RIGHT;
  const budgetRows: CellInput[][] = [
    [L('col.no'), L('col.category'), L('col.country'), L('col.persons'), L('col.units'), L('col.unitAmount'), L('col.currency'), L('col.amount')],
    ...app.budget.map((line, i) => [
      { text: String(i + 1), align: AlignmentType.CENTER }, categoryLabel(locale, line.category), country(locale, line.country),
      { text: String(line.persons), align: right }, { text: String(line.units), align: right }, { text: formatMoney(line.unitAmount), align: right },
      { text: line.currency, align: AlignmentType.CENTER }, { text: formatMoney(lineAmount(line)), align: right },
    ]),
    ...(app.budget.length ? [] : [[{ text: L('form.none'), span: 8, align: AlignmentType.CENTER }]]),
    ...budgetTotals(app).map((t) => [
      { text: L('form.total', { currency: t.currency }), span: 7, bold: true, align: right },
      { text: formatMoney(t.amount), bold: true, align: right },
    ]),
  ];
  const budgetTable = table(columns(width, [6, 17, 15, 8, 10, 15, 10, 19]), budgetRows, { header: true, outer: true });

  const d = app.decision;
  const forwarded = d.forwardedTo || d.forwardedOn ? L('form.forwardedLine', { on: formatDate(locale, d.forwardedOn), to: d.forwardedTo ?? '' }) : '';
  const decisionTable = table(four, [
    [label('form.removedMembers'), { text: d.removedMembers.length ? list(locale, d.removedMembers) : L('form.none'), span: 3 }],
    [label('form.daysCut'), d.daysCut ? days(d.daysCut) : L('form.none'), label('form.approvedDates'), range(d.approvedDepart, d.approvedReturn)],
    [label('form.decisionDocNo'), d.decisionDocNo ?? '', label('form.forwarded'), forwarded],
    [label('form.decisionComment'), { text: d.comment ?? '', span: 3 }],
  ], { outer: true, minHeight: 460 });

  const reviews = steps.filter((s) => REVIEW_STEPS.has(s.kind)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const reviewTable = table(columns(width, [16, 24, 18, 42]), [
    [L('col.step'), L('col.actor'), L('col.time'), L('col.comment')],
    ...reviews.map((s) => [
      stepKindLabel(locale, s.kind),
      [s.actorName, s.orgUnitName].filter(Boolean).join(enLocale ? ', ' : '，'),
      formatShanghaiTime(s.createdAt),
      s.comment ?? '',
    ]),
    ...(reviews.length ? [] : [[{ text: L('form.none'), span: 4, align: AlignmentType.CENTER }]]),
  ], { header: true, outer: true });

  const signRow = (key: LabelKey, sign: LabelKey): CellInput[] => [
    label(key),
    { paragraphs: [para('', { size: SIZE.table }), para('', { size: SIZE.table }), para('', { size: SIZE.table }), para(L(sign), { size: SIZE.table, align: right })], span: 3 },
  ];
  const signatures = table(four, [
    signRow('form.unitOpinion', 'form.signUnit'),
    signRow('form.officeOpinion', 'form.sign'),
    signRow('form.leaderOpinion', 'form.sign'),
  ], { outer: true, minHeight: 1600 });

  const title = L('form.title');
  const children: Array<Paragraph | Table> = [
    para(title, { size: SIZE.formTitle, font: TITLE_FONT, bold: true, align: AlignmentType.CENTER, after: 120, line: 480 }),
    para(L('form.meta', {
      id: app.id, level: approverLevelLabel(locale, app.check.approverLevel), status: statusLabel(locale, app.status),
    }), { size: SIZE.table, align: AlignmentType.CENTER, after: 160 }),
    main,
    section('form.members'),
    memberTable,
    section('form.budget'),
    budgetTable,
  ];
  if (app.check.findings.length) {
    children.push(section('form.findings'), table(columns(width, [8, 18, 74]), [
      [L('col.no'), L('col.severity'), L('col.message')],
      ...app.check.findings.map((f, i) => [{ text: String(i + 1), align: AlignmentType.CENTER }, severityLabel(locale, f.severity), f.message]),
    ], { header: true, outer: true }));
  }
  children.push(section('form.decision'), decisionTable, section('form.reviews'), reviewTable, para('', { after: 120 }), signatures);
  return pack(locale, title, margin, children);
}
