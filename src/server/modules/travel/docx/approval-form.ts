/**
 * The task and budget approval form (任务和预算审批意见表), drafted from the application and its history,
 * as .docx. A pure function of its arguments.
 */
import type { Locale } from '@shared/contracts/common';
import type { Application, Step } from '@shared/contracts/travel';
import { labelOf } from '@shared/labels/labels';
import {
  applicationStatusLabels,
  approverLevelLabels,
  budgetCategoryLabels,
  findingSeverityLabels,
  memberRoleLabels,
  passportTypeLabels,
  rankLabels,
  stepKindLabels,
} from '@shared/labels/travel';
import { daysBetween } from '@shared/reference/dates';
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
  type CellSpec,
  type Paragraph,
  type Table,
} from '@server/platform/files/docx';
import { lineAmount } from '../travel.rules';
import { common, textTable, type Params } from './texts';
import { budgetTotals, countryIn, formatDate, formatMoney, formatShanghaiTime, headOf, inviterText, listOf, placeName, remainingMembers } from './trip-facts';

const text = textTable(
  {
    title: '因公临时出国（境）任务和预算审批意见表',
    meta: '申请编号：{id}　　审批级别：{level}　　状态：{status}',
    unit: '组团单位',
    task: '团组名称/任务',
    purpose: '出访目的及主要活动',
    head: '团长',
    headPost: '{name}（{post}）',
    people: '人数',
    peopleRemoved: '{n}（申请{applied}人，核减{removed}人）',
    destinations: '出访国家（地区）及城市',
    destinationsTransit: '{visited}；{transit}：{stops}',
    dates: '出入境日期',
    daysAbroad: '在外天数',
    inviter: '邀请单位',
    funding: '经费来源',
    members: '团组成员',
    budget: '经费预算',
    findings: '规则核验结果',
    decision: '审批结果',
    reviews: '审核意见',
    removedMembers: '核减人员',
    daysCut: '压缩天数',
    approvedDates: '批准出入境日期',
    decisionDocNo: '批准文号',
    forwarded: '报送上级审批',
    forwardedLine: '{on}报送{to}',
    decisionComment: '审批意见',
    unitOpinion: '单位意见（盖章）',
    officeOpinion: '外办审核意见',
    leaderOpinion: '领导审批意见',
    signUnit: '（盖章）　　负责人签字：　　　　　　年　　月　　日',
    sign: '签字：　　　　　　年　　月　　日',
    total: '合计（{currency}）',
    removedMark: '核减',
    leadershipMark: '领导班子成员',
    'col.passportType': '护照类型',
    'col.note': '备注',
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
    days: '{days}天',
    'days.one': '{days}天',
    dateRange: '{from}至{to}',
  } as const,
  {
    title: 'Approval Form for the Task and Budget of a Temporary Official Trip Abroad',
    meta: 'Application no. {id}    Approval level: {level}    Status: {status}',
    unit: 'Sending unit',
    task: 'Delegation / task',
    purpose: 'Purpose and main activities',
    head: 'Head of delegation',
    headPost: '{name}, {post}',
    people: 'Persons',
    peopleRemoved: '{n} ({applied} applied for, {removed} removed)',
    destinations: 'Countries (regions) and cities',
    destinationsTransit: '{visited}; {transit}: {stops}',
    dates: 'Departure and return',
    daysAbroad: 'Days abroad',
    inviter: 'Inviting organisation',
    funding: 'Funding source',
    members: 'Members of the delegation',
    budget: 'Budget',
    findings: 'Rule check',
    decision: 'Decision',
    reviews: 'Review opinions',
    removedMembers: 'Members removed',
    daysCut: 'Days cut',
    approvedDates: 'Approved dates',
    decisionDocNo: 'Decision document no.',
    forwarded: 'Referred upward',
    forwardedLine: 'to {to} on {on}',
    decisionComment: 'Decision comment',
    unitOpinion: 'Opinion of the unit (seal)',
    officeOpinion: 'Review by the foreign affairs office',
    leaderOpinion: 'Decision of the approving leader',
    signUnit: '(Seal)    Signature of the head of unit:                Date:',
    sign: 'Signature:                Date:',
    total: 'Total ({currency})',
    removedMark: 'Removed',
    leadershipMark: 'Leadership team',
    'col.passportType': 'Passport type',
    'col.note': 'Note',
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
    days: '{days} days',
    'days.one': '{days} day',
    dateRange: '{from} – {to}',
  },
);
type Key = Parameters<typeof text>[1];

/** Country names with their cities: 日本（东京、大阪）、韩国（首尔）; transit stops after, marked. */
function destinations(app: Application, locale: Locale): string {
  const byCountry = new Map<string, string[]>();
  const transit: string[] = [];
  for (const leg of app.legs) {
    if (leg.transitOnly) {
      transit.push(placeName(locale, leg));
      continue;
    }
    const cities = byCountry.get(leg.country) ?? [];
    if (leg.city && !cities.includes(leg.city)) cities.push(leg.city);
    byCountry.set(leg.country, cities);
  }
  const visited = [...byCountry]
    .map(([code, cities]) =>
      cities.length ? common(locale, 'paren', { text: countryIn(locale, code), note: listOf(locale, cities) }) : countryIn(locale, code),
    )
    .join(common(locale, 'sep.semi'));
  if (!transit.length) return visited;
  return text(locale, 'destinationsTransit', { visited, transit: common(locale, 'transit'), stops: listOf(locale, transit) });
}

/** Steps that carry a review opinion: the follow-up after the trip is not part of the approval. */
const REVIEW_STEPS = new Set<Step['kind']>([
  'submit',
  'withdraw',
  'return',
  'refuse',
  'approve',
  'leader_approve',
  'leader_return',
  'leader_refuse',
  'forward',
  'record_decision',
  'cancel',
]);

/** The task and budget approval form (任务和预算审批意见表), with the office's decision and review opinions. */
export async function approvalFormDocx(app: Application, steps: Step[], locale: Locale, unitName: string): Promise<Buffer> {
  const L = (key: Key, params?: Params) => text(locale, key, params);
  const C = (key: Parameters<typeof common>[1]) => common(locale, key);
  const margin = { top: 25, right: 22, bottom: 22, left: 25 };
  const width = contentWidth(margin.left, margin.right);
  const members = remainingMembers(app);
  const head = headOf(members);
  const removed = new Set(app.decision.removedMembers);
  const label = (key: Key): CellSpec => ({ text: L(key), bold: true, shade: true, align: AlignmentType.CENTER });
  const section = (key: Key) => para(L(key), { size: SIZE.small, font: HEADING_FONT, before: 200, after: 80 });
  const days = (n: number) => L(n === 1 ? 'days.one' : 'days', { days: n });
  const range = (from: string | null, to: string | null) => (from || to ? L('dateRange', { from: formatDate(locale, from), to: formatDate(locale, to) }) : '');

  // The form proper: label, value, label, value.
  const four = columns(width, [20, 34, 16, 30]);
  const headText = head ? (head.post ? L('headPost', { name: head.name, post: head.post }) : head.name) : '';
  const main = table(
    four,
    [
      [label('unit'), { text: unitName, span: 3 }],
      [label('task'), { text: app.task, span: 3 }],
      [
        label('head'),
        headText,
        label('people'),
        members.length === app.members.length
          ? String(members.length)
          : L('peopleRemoved', { n: members.length, applied: app.members.length, removed: app.members.length - members.length }),
      ],
      [label('destinations'), { text: destinations(app, locale), span: 3 }],
      [label('dates'), range(app.departDate, app.returnDate), label('daysAbroad'), days(daysBetween(app.departDate, app.returnDate) + 1)],
      [label('inviter'), { text: inviterText(app, locale, true), span: 3 }],
      [label('purpose'), { text: app.purpose ?? '', span: 3 }],
      [label('funding'), { text: app.fundingSource ?? '', span: 3 }],
    ],
    { outer: true, minHeight: 460 },
  );

  const memberTable = table(
    columns(width, [6, 11, 24, 17, 12, 10, 12, 10]),
    [
      [C('col.no'), C('col.name'), C('col.unit'), C('col.post'), C('col.rank'), C('col.role'), L('col.passportType'), L('col.note')],
      ...app.members.map((m, i) => [
        { text: String(i + 1), align: AlignmentType.CENTER },
        m.name,
        m.unitName ?? unitName,
        m.post,
        labelOf(rankLabels, m.rank, locale),
        labelOf(memberRoleLabels, m.role, locale),
        labelOf(passportTypeLabels, m.passportType, locale),
        [removed.has(m.name) ? L('removedMark') : '', m.leadership ? L('leadershipMark') : ''].filter(Boolean).join(C('sep.semi')),
      ]),
    ],
    { header: true, outer: true },
  );

  const right = AlignmentType.RIGHT;
  const budgetRows: CellInput[][] = [
    [C('col.no'), L('col.category'), C('col.country'), L('col.persons'), L('col.units'), L('col.unitAmount'), L('col.currency'), L('col.amount')],
    ...app.budget.map((line, i) => [
      { text: String(i + 1), align: AlignmentType.CENTER },
      labelOf(budgetCategoryLabels, line.category, locale),
      countryIn(locale, line.country),
      { text: String(line.persons), align: right },
      { text: String(line.units), align: right },
      { text: formatMoney(line.unitAmount), align: right },
      { text: line.currency, align: AlignmentType.CENTER },
      { text: formatMoney(lineAmount(line)), align: right },
    ]),
    ...(app.budget.length ? [] : [[{ text: C('none'), span: 8, align: AlignmentType.CENTER }]]),
    ...budgetTotals(app).map((t) => [
      { text: L('total', { currency: t.currency }), span: 7, bold: true, align: right },
      { text: formatMoney(t.amount), bold: true, align: right },
    ]),
  ];
  const budgetTable = table(columns(width, [6, 17, 15, 8, 10, 15, 10, 19]), budgetRows, { header: true, outer: true });

  const d = app.decision;
  const forwarded = d.forwardedTo || d.forwardedOn ? L('forwardedLine', { on: formatDate(locale, d.forwardedOn), to: d.forwardedTo ?? '' }) : '';
  const decisionTable = table(
    four,
    [
      [label('removedMembers'), { text: d.removedMembers.length ? listOf(locale, d.removedMembers) : C('none'), span: 3 }],
      [label('daysCut'), d.daysCut ? days(d.daysCut) : C('none'), label('approvedDates'), range(d.approvedDepart, d.approvedReturn)],
      [label('decisionDocNo'), d.decisionDocNo ?? '', label('forwarded'), forwarded],
      [label('decisionComment'), { text: d.comment ?? '', span: 3 }],
    ],
    { outer: true, minHeight: 460 },
  );

  const reviews = steps.filter((s) => REVIEW_STEPS.has(s.kind)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const reviewTable = table(
    columns(width, [16, 24, 18, 42]),
    [
      [L('col.step'), L('col.actor'), L('col.time'), L('col.comment')],
      ...reviews.map((s) => [
        labelOf(stepKindLabels, s.kind, locale),
        [s.actorName, s.orgUnitName].filter(Boolean).join(C('sep.comma')),
        formatShanghaiTime(s.createdAt),
        s.comment ?? '',
      ]),
      ...(reviews.length ? [] : [[{ text: C('none'), span: 4, align: AlignmentType.CENTER }]]),
    ],
    { header: true, outer: true },
  );

  const signRow = (key: Key, sign: Key): CellInput[] => [
    label(key),
    {
      paragraphs: [
        para('', { size: SIZE.table }),
        para('', { size: SIZE.table }),
        para('', { size: SIZE.table }),
        para(L(sign), { size: SIZE.table, align: right }),
      ],
      span: 3,
    },
  ];
  const signatures = table(four, [signRow('unitOpinion', 'signUnit'), signRow('officeOpinion', 'sign'), signRow('leaderOpinion', 'sign')], {
    outer: true,
    minHeight: 1600,
  });

  const title = L('title');
  const children: Array<Paragraph | Table> = [
    para(title, { size: SIZE.formTitle, font: TITLE_FONT, bold: true, align: AlignmentType.CENTER, after: 120, line: 480 }),
    para(
      L('meta', {
        id: app.id,
        level: labelOf(approverLevelLabels, app.check.approverLevel, locale),
        status: labelOf(applicationStatusLabels, app.status, locale),
      }),
      { size: SIZE.table, align: AlignmentType.CENTER, after: 160 },
    ),
    main,
    section('members'),
    memberTable,
    section('budget'),
    budgetTable,
  ];
  if (app.check.findings.length) {
    children.push(
      section('findings'),
      table(
        columns(width, [8, 18, 74]),
        [
          [C('col.no'), L('col.severity'), L('col.message')],
          ...app.check.findings.map((f, i) => [
            { text: String(i + 1), align: AlignmentType.CENTER },
            labelOf(findingSeverityLabels, f.severity, locale),
            f.message,
          ]),
        ],
        { header: true, outer: true },
      ),
    );
  }
  children.push(section('decision'), decisionTable, section('reviews'), reviewTable, para('', { after: 120 }), signatures);
  return packA4(locale, title, margin, children);
}
