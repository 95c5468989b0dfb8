/**
 * Synthetic but realistic outbound-travel data for bench/travel.ts: the org tree (city → 10 districts →
 * 300 units), applications with their JSON legs/members/budget, their history steps, reminders, and the
 * units' annual plans with items. Deterministic (seeded PRNG): two runs measure the same data.
 *
 * Rows are produced as COPY text (ids given explicitly, so steps, reminders and plan items can point at
 * them without a round trip; the sequences are moved past them after the load).
 */
import type { Db } from '../src/server/db/client';
import { orgUnits } from '../src/server/platform/platform.table';
import { fillPaths } from '../src/server/platform/org/org.seed';
import { countryName } from '../src/shared/reference/countries';
import { addDays, addMonths, daysBetween } from '../src/shared/reference/dates';
import { rng, weighted } from './data';

export interface TravelTree {
  cityId: number;
  districts: Array<{ id: number; nameZh: string }>;
  units: Array<{ id: number; nameZh: string; districtId: number }>;
}

const DISTRICTS = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区'];
const BODIES = [
  '商务局',
  '教育局',
  '科学技术局',
  '卫生健康局',
  '文化广电旅游体育局',
  '农业农村局',
  '发展和改革局',
  '经济和信息化局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源和规划局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '民政局',
  '司法局',
  '市场监督管理局',
  '统计局',
  '医疗保障局',
  '应急管理局',
  '审计局',
  '投资促进局',
  '融媒体中心',
  '第一人民医院',
  '中医院',
  '第一中学',
  '实验小学',
  '职业技术学校',
  '城市建设投资集团',
];

/** city → 10 districts → 30 units each (kind 'unit'), names unique across the tree. */
export async function createTravelTree(db: Db): Promise<TravelTree> {
  const [city] = await db.insert(orgUnits).values({ kind: 'city', nameZh: '基准市', nameEn: 'Bench City', path: '', depth: 0 }).returning();
  await fillPaths(db);
  const districts = await db
    .insert(orgUnits)
    .values(DISTRICTS.map((n) => ({ parentId: city.id, kind: 'district', nameZh: n, nameEn: n, path: '', depth: 1 })))
    .returning();
  await fillPaths(db);
  const units = await db
    .insert(orgUnits)
    .values(
      districts.flatMap((d) =>
        BODIES.map((b) => ({
          parentId: d.id,
          kind: 'unit',
          nameZh: `${d.nameZh}${b}`,
          nameEn: `${d.nameEn} ${b}`,
          path: '',
          depth: 2,
        })),
      ),
    )
    .returning();
  await fillPaths(db);
  return {
    cityId: city.id,
    districts: districts.map((d) => ({ id: d.id, nameZh: d.nameZh })),
    units: units.map((u) => ({ id: u.id, nameZh: u.nameZh, districtId: u.parentId! })),
  };
}

// Destinations: mostly countries with a budget standard in the default rules, a tail of others.
const DESTINATIONS: Array<[string, number]> = [
  ['KOR', 20],
  ['JPN', 18],
  ['USA', 12],
  ['DEU', 10],
  ['FRA', 8],
  ['GBR', 7],
  ['SGP', 5],
  ['AUS', 4],
  ['ITA', 4],
  ['RUS', 4],
  ['THA', 3],
  ['BRA', 2],
  ['ZAF', 2],
  ['NZL', 2],
  ['ESP', 2],
  ['CAN', 2],
  ['NLD', 2],
  ['MEX', 1],
  ['EGY', 1],
  ['ARG', 1],
];
const CITIES: Record<string, string[]> = {
  KOR: ['首尔', '水原', '釜山', '仁川'],
  JPN: ['东京', '大阪', '静冈', '横滨'],
  USA: ['纽约', '旧金山', '波士顿', '芝加哥'],
  DEU: ['柏林', '慕尼黑', '法兰克福'],
  FRA: ['巴黎', '里昂', '尼斯'],
  GBR: ['伦敦', '曼彻斯特', '爱丁堡'],
  SGP: ['新加坡'],
  AUS: ['悉尼', '墨尔本'],
  ITA: ['罗马', '米兰'],
  RUS: ['莫斯科', '喀山'],
};
// The default budget standards (travel.ruleset.ts): currency and caps per night/day. Others are budgeted in USD.
const STANDARDS: Record<string, { currency: string; lodging: number; meals: number; incidentals: number }> = {
  USA: { currency: 'USD', lodging: 200, meals: 70, incidentals: 60 },
  JPN: { currency: 'JPY', lodging: 20000, meals: 7000, incidentals: 5000 },
  KOR: { currency: 'USD', lodging: 160, meals: 60, incidentals: 40 },
  DEU: { currency: 'EUR', lodging: 160, meals: 55, incidentals: 40 },
  FRA: { currency: 'EUR', lodging: 170, meals: 60, incidentals: 40 },
  GBR: { currency: 'GBP', lodging: 150, meals: 50, incidentals: 40 },
  BRA: { currency: 'USD', lodging: 180, meals: 60, incidentals: 40 },
  ZAF: { currency: 'USD', lodging: 150, meals: 50, incidentals: 35 },
};
const TOPICS = [
  '开展经贸交流',
  '开展教育合作交流',
  '开展友好城市交流',
  '开展科技合作',
  '开展文化交流',
  '开展卫生合作',
  '开展招商推介',
  '出席国际学术会议',
  '考察培训',
];
const INVITERS = ['市政府', '经济振兴厅', '商工会议所', '大学', '友好协会', '贸易投资促进机构', '医学中心', '文化中心'];
const ZH_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '于',
  '蒋',
  '蔡',
  '欧阳',
  '司马',
];
const ZH_GIVEN = [...'志明伟强秀英丽娜敏静军杰涛超霞平刚桂芳建华文辉玉兰海燕晓东春梅红霞国庆建国永峰子涵一鸣嘉怡思远浩然欣然雨萱宇轩'];
const POSTS: Record<string, string[]> = {
  provincial: ['副市长'],
  bureau: ['局长', '党委书记', '院长', '校长'],
  division: ['副局长', '处长', '副院长', '主任'],
  section: ['科长', '副科长'],
  staff: ['科员', '工作人员'],
  other: ['教师', '医生', '工程师', '翻译'],
};
const COMMENTS = ['同意', '经审核，同意出访', '请压缩团组规模', '请按批准日期执行', '同意，注意外事纪律'];
const REFUSALS = ['出访任务不明确，不予批准', '超出年度计划且理由不充分', '团组人员构成不符合规定', '邀请单位资质存疑'];

export const APP_COLUMNS = [
  'id',
  'org_unit_id',
  'year',
  'status',
  'plan_item_id',
  'task',
  'purpose',
  'inviter_name',
  'inviter_country',
  'inviter_intermediary',
  'depart_date',
  'return_date',
  'countries',
  'legs',
  'members',
  'budget',
  'funding_source',
  'publicity_start',
  'publicity_end',
  'contact_name',
  'contact_phone',
  'submitted_at',
  'first_submitted_on',
  'decided_at',
  'decided_on',
  'reviewed_by_org_unit_id',
  'removed_members',
  'days_cut',
  'approved_depart',
  'approved_return',
  'decision_doc_no',
  'decision_comment',
  'forwarded_on',
  'forwarded_to',
  'forwarded_by_org_unit_id',
  'actual_depart',
  'actual_return',
  'actual_members',
  'passports_due',
  'passports_returned_on',
  'report_due',
  'report_filed_on',
  'report_summary',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'archived_at',
  'archive_reason',
] as const;
export const STEP_COLUMNS = [
  'application_id',
  'org_unit_id',
  'kind',
  'actor_id',
  'actor_name',
  'actor_org_unit_id',
  'comment',
  'detail',
  'created_at',
] as const;
export const REMINDER_COLUMNS = [
  'application_id',
  'org_unit_id',
  'kind',
  'due_on',
  'message',
  'sent_at',
  'sent_by',
  'sent_by_name',
  'acknowledged_at',
] as const;
export const PLAN_COLUMNS = ['id', 'org_unit_id', 'year', 'notes', 'version', 'created_at', 'updated_at'] as const;
export const ITEM_COLUMNS = ['id', 'plan_id', 'org_unit_id', 'title', 'countries', 'people', 'days', 'month', 'budget'] as const;

type Cell = string | number | boolean | null | undefined;
/** COPY text format: \N for null, backslash, tab and newlines escaped. */
const esc = (v: Cell): string => (v == null ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));
const line = (cells: Cell[]) => cells.map(esc).join('\t') + '\n';
const pgArray = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
/** A timestamp on a day, at an office hour (Beijing time). */
const at = (day: string, r: () => number) =>
  `${day} ${String(9 + Math.floor(r() * 8)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:00+08`;

export interface TravelData {
  /** COPY text chunks, in load order. */
  plans: string[];
  items: string[];
  applications: string[];
  steps: string[];
  reminders: string[];
  counts: { applications: number; steps: number; reminders: number; plans: number; items: number; overdueItems: number };
  byStatus: Record<string, number>;
}

/**
 * Generates `rows` applications over the units (a long-tailed spread), with ~70 % approved (decided over the
 * last 3 years, some shrunk, most with the trip recorded and a few passports/reports overdue), 10 % refused,
 * 10 % submitted, 10 % drafts and a little of the other statuses, ~5 history steps each, reminders for part of
 * the overdue items, and a plan for every unit-year with an item for each planned application plus spare ones.
 */
export function generateTravel(tree: TravelTree, today: string, rows: number, seed = 7): TravelData {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const pickUnit = weighted(tree.units.map((u, i) => [u, 1 / (1 + (i % 23))] as [typeof u, number]));
  const pickCountry = weighted(DESTINATIONS);
  const pickStatus = weighted<string>([
    ['approved', 690],
    ['refused', 100],
    ['submitted', 90],
    ['draft', 90],
    ['leader_review', 10],
    ['forwarded', 8],
    ['returned', 8],
    ['cancelled', 4],
  ]);
  const pickSize = weighted<number>([
    [1, 6],
    [2, 15],
    [3, 28],
    [4, 24],
    [5, 15],
    [6, 10],
    [7, 2],
  ]);
  const pickHeadRank = weighted<string>([
    ['provincial', 3],
    ['bureau', 35],
    ['division', 45],
    ['section', 17],
  ]);
  const pickRank = weighted<string>([
    ['division', 30],
    ['section', 30],
    ['staff', 25],
    ['other', 15],
  ]);
  const pickCountries = weighted<number>([
    [1, 55],
    [2, 30],
    [3, 13],
    [4, 2],
  ]);
  const districtName = new Map(tree.districts.map((d) => [d.id, d.nameZh]));
  const firstYear = Number(addDays(today, -1095 - 60).slice(0, 4));
  const lastYear = Number(addDays(today, 200).slice(0, 4));
  const years = lastYear - firstYear + 1;
  const planId = (unitIndex: number, year: number) => 1 + unitIndex * years + (year - firstYear);
  const unitIndex = new Map(tree.units.map((u, i) => [u.id, i]));
  const items: string[] = [];
  let itemId = 0;

  const out: TravelData = {
    plans: [],
    items: [],
    applications: [],
    steps: [],
    reminders: [],
    counts: { applications: rows, steps: 0, reminders: 0, plans: 0, items: 0, overdueItems: 0 },
    byStatus: {},
  };
  let apps: string[] = [];
  let steps: string[] = [];
  let reminders: string[] = [];
  const flush = () => {
    if (apps.length) out.applications.push(apps.join(''));
    if (steps.length) out.steps.push(steps.join(''));
    if (reminders.length) out.reminders.push(reminders.join(''));
    apps = [];
    steps = [];
    reminders = [];
  };

  for (let id = 1; id <= rows; id++) {
    const unit = pickUnit(r());
    const status = pickStatus(r());
    out.byStatus[status] = (out.byStatus[status] ?? 0) + 1;
    const decided = ['approved', 'refused', 'cancelled'].includes(status);
    // When things happened: decisions over the last three years; open applications are recent.
    let firstSubmittedOn: string | null = null;
    let decidedOn: string | null = null;
    let depart: string;
    if (decided) {
      decidedOn = addDays(today, -int(0, 1094));
      firstSubmittedOn = addDays(decidedOn, -int(3, 25));
      depart = addDays(decidedOn, int(7, 60));
    } else if (status === 'draft') {
      depart = addDays(today, int(15, 150));
    } else {
      firstSubmittedOn = addDays(today, -int(0, 45));
      depart = addDays(today, int(10, 90));
    }
    const year = Number(depart.slice(0, 4));

    // Legs: 1-4 countries (4 breaks the 2013 limit), days mostly within the limit for that many.
    const nCountries = pickCountries(r());
    const countries: string[] = [];
    while (countries.length < nCountries) {
      const c = pickCountry(r());
      if (!countries.includes(c)) countries.push(c);
    }
    const maxDays = [5, 8, 10, 10][nCountries - 1];
    const days = chance(0.04) ? maxDays + 1 : Math.max(nCountries + 1, maxDays - int(0, 2));
    const ret = addDays(depart, days - 1);
    const legs: Array<Record<string, unknown>> = [];
    let day = 0;
    countries.forEach((c, k) => {
      const share = k === countries.length - 1 ? days - 1 - day : Math.max(1, Math.floor((days - 1) / countries.length));
      legs.push({
        country: c,
        city: CITIES[c] ? pick(CITIES[c]) : null,
        arriveOn: addDays(depart, day),
        leaveOn: addDays(depart, day + share),
        transitOnly: false,
      });
      day += share;
    });
    if (chance(0.05))
      legs.splice(1, 0, { country: 'ARE', city: '迪拜', arriveOn: legs[0].leaveOn as string, leaveOn: legs[0].leaveOn as string, transitOnly: true });

    // Members: head first (ranks mixed), unique names, passports valid for years (a few expire too soon).
    const size = pickSize(r());
    const names = new Set<string>();
    while (names.size < size) names.add(pick(ZH_SURNAMES) + (chance(0.55) ? pick(ZH_GIVEN) + pick(ZH_GIVEN) : pick(ZH_GIVEN)));
    const members = [...names].map((name, k) => {
      const rank = k === 0 ? pickHeadRank(r()) : pickRank(r());
      return {
        name,
        unitName: k > 0 && chance(0.15) ? `${districtName.get(unit.districtId)}外事办公室` : unit.nameZh,
        post: pick(POSTS[rank]),
        rank,
        passportType: chance(0.93) ? 'official' : 'official_ordinary',
        passportNumber: `SE${String(int(0, 9_999_999)).padStart(7, '0')}`,
        passportExpiry: chance(0.015) ? addMonths(ret, int(1, 5)) : addDays(ret, int(300, 3000)),
        role: k === 0 ? 'head' : k === size - 1 && size >= 3 && chance(0.5) ? 'interpreter' : 'member',
        leadership: k === 0 ? chance(0.6) : chance(0.01),
      };
    });

    // Budget: tickets in CNY, lodging/meals (and sometimes incidentals) per country in its standard's currency.
    const budget: Array<Record<string, unknown>> = [
      { category: 'international_travel', country: null, persons: size, units: 1, unitAmount: int(30, 130) * 100, currency: 'CNY', note: null },
    ];
    for (const leg of legs) {
      if (leg.transitOnly) continue;
      const c = leg.country as string;
      const nights = Math.max(1, daysBetween(leg.arriveOn as string, leg.leaveOn as string));
      const std = STANDARDS[c] ?? { currency: 'USD', lodging: 180, meals: 60, incidentals: 40 };
      const within = (cap: number) => Math.round(cap * (chance(0.05) ? 1.1 : 0.75 + r() * 0.25));
      budget.push({ category: 'lodging', country: c, persons: size, units: nights, unitAmount: within(std.lodging), currency: std.currency, note: null });
      budget.push({ category: 'meals', country: c, persons: size, units: nights + 1, unitAmount: within(std.meals), currency: std.currency, note: null });
      if (chance(0.4))
        budget.push({
          category: 'incidentals',
          country: c,
          persons: size,
          units: nights + 1,
          unitAmount: within(std.incidentals),
          currency: std.currency,
          note: null,
        });
    }
    if (chance(0.3))
      budget.push({ category: 'local_transport', country: null, persons: 1, units: 1, unitAmount: int(5, 40) * 100, currency: 'CNY', note: '租车' });

    // Plan item: most non-draft applications draw on one of their unit's plan for the year.
    let planItemId: number | null = null;
    if (chance(status === 'draft' ? 0.5 : 0.8)) {
      planItemId = ++itemId;
      const over = chance(0.05);
      items.push(
        line([
          planItemId,
          planId(unitIndex.get(unit.id)!, year),
          unit.id,
          `${countries.map((c) => countryName(c, 'zh-CN')).join('、')}交流`,
          pgArray(countries),
          over ? size - 1 || 1 : size + int(0, 1),
          over ? days - 1 : days + int(0, 1),
          Number(depart.slice(5, 7)),
          size * int(15, 40) * 1000,
        ]),
      );
    }

    const publicityEnd = addDays(depart, -int(3, 20));
    const publicityStart = chance(0.03) ? addDays(publicityEnd, -3) : addDays(publicityEnd, -int(6, 9));
    const created = addDays(firstSubmittedOn ?? addDays(today, -int(0, 40)), -int(0, 10));
    const stepRows: Cell[][] = [];
    const stepAt = (kind: string, on: string, actorOrg: number, comment: string | null = null, detail: unknown = null) =>
      stepRows.push([
        id,
        unit.id,
        kind,
        null,
        actorOrg === unit.id ? '联络员' : '外办审核员',
        actorOrg,
        comment,
        detail ? JSON.stringify(detail) : null,
        at(on, r),
      ]);
    stepAt('create', created, unit.id);
    if (firstSubmittedOn) stepAt('submit', firstSubmittedOn, unit.id);

    const a = {
      status,
      submittedAt: firstSubmittedOn ? at(firstSubmittedOn, r) : null,
      decidedAt: null as string | null,
      reviewedBy: null as number | null,
      removed: [] as string[],
      daysCut: 0,
      approvedDepart: null as string | null,
      approvedReturn: null as string | null,
      docNo: null as string | null,
      comment: null as string | null,
      forwardedOn: null as string | null,
      forwardedTo: null as string | null,
      forwardedBy: null as number | null,
      actualDepart: null as string | null,
      actualReturn: null as string | null,
      actualMembers: [] as string[],
      passportsDue: null as string | null,
      passportsReturnedOn: null as string | null,
      reportDue: null as string | null,
      reportFiledOn: null as string | null,
      reportSummary: null as string | null,
      updated: firstSubmittedOn ?? created,
    };
    const office = chance(0.85) ? unit.districtId : tree.cityId;
    if (status === 'returned') {
      stepAt('return', addDays(firstSubmittedOn!, int(1, 5)), office, '请补充邀请函');
      a.comment = '请补充邀请函';
    }
    if (status === 'forwarded') {
      a.forwardedOn = addDays(firstSubmittedOn!, int(1, 5));
      a.forwardedTo = '省外办';
      a.forwardedBy = office;
      stepAt('forward', a.forwardedOn, office, null, { forwardedOn: a.forwardedOn, forwardedTo: a.forwardedTo });
    }
    if (status === 'leader_review') {
      a.reviewedBy = office;
      a.approvedDepart = depart;
      a.approvedReturn = ret;
      stepAt('approve', addDays(firstSubmittedOn!, int(1, 5)), office, pick(COMMENTS), { removedMembers: [], daysCut: 0, approverLevel: 'leader' });
    }
    if (status === 'refused') {
      a.comment = pick(REFUSALS);
      a.decidedAt = at(decidedOn!, r);
      a.reviewedBy = office;
      stepAt('refuse', decidedOn!, office, a.comment);
    }
    if (status === 'approved' || status === 'cancelled') {
      a.reviewedBy = office;
      a.decidedAt = at(decidedOn!, r);
      a.comment = chance(0.4) ? pick(COMMENTS) : null;
      if (size >= 3 && chance(0.1)) a.removed = [members[int(1, size - 1)].name];
      if (days >= 4 && chance(0.08)) a.daysCut = 1;
      a.approvedDepart = depart;
      a.approvedReturn = addDays(ret, -a.daysCut);
      if (chance(0.3)) a.docNo = `${districtName.get(unit.districtId) ?? '市'}外办〔${decidedOn!.slice(0, 4)}〕${int(1, 400)}号`;
      const level = members[0].rank === 'section' ? 'office' : 'leader';
      stepAt('approve', level === 'office' ? decidedOn! : addDays(decidedOn!, -int(1, 3)), office, a.comment, {
        removedMembers: a.removed,
        daysCut: a.daysCut,
        approverLevel: level,
      });
      if (level === 'leader') stepAt('leader_approve', decidedOn!, office, '同意');
      a.updated = decidedOn!;
    }
    if (status === 'cancelled') {
      const on = addDays(decidedOn!, int(1, 7));
      stepAt('cancel', on, unit.id, '外方日程调整，取消出访');
      a.updated = on;
    }
    if (status === 'approved' && a.approvedReturn! < today) {
      // The trip happened; how likely an item is still outstanding falls with its age.
      const age = daysBetween(a.approvedReturn!, today);
      const slack = age < 60 ? 1 : age < 365 ? 0.4 : 0.12;
      const remaining = members.map((m) => m.name).filter((n) => !a.removed.includes(n));
      const owe: Array<{ kind: string; due: string }> = [];
      if (chance(0.04 * slack)) {
        owe.push({ kind: 'return', due: addDays(a.approvedReturn!, 7) });
      } else {
        a.actualDepart = a.approvedDepart;
        a.actualReturn = a.approvedReturn;
        a.actualMembers = remaining;
        a.passportsDue = addDays(a.actualReturn!, 7);
        a.reportDue = addMonths(a.actualReturn!, 1);
        const back = addDays(a.actualReturn!, int(1, 3));
        if (back <= today)
          stepAt('trip_return', back, unit.id, null, { actualDepart: a.actualDepart, actualReturn: a.actualReturn, members: remaining.length });
        const passportsOn = addDays(a.actualReturn!, int(1, 7));
        if (passportsOn <= today && !chance(0.06 * slack)) {
          a.passportsReturnedOn = passportsOn;
          stepAt('passports_returned', passportsOn, office, null, { on: passportsOn });
        } else if (a.passportsDue < today) owe.push({ kind: 'passports', due: a.passportsDue });
        const reportOn = addDays(a.actualReturn!, int(5, 30));
        if (reportOn <= today && !chance(0.08 * slack)) {
          a.reportFiledOn = reportOn;
          a.reportSummary = `团组按计划完成${pick(TOPICS).replace(/^开展/, '')}任务，达成合作意向${int(1, 5)}项。`;
          stepAt('report_filed', reportOn, unit.id, null, { filedOn: reportOn });
        } else if (a.reportDue < today) owe.push({ kind: 'report', due: a.reportDue });
        a.updated =
          [a.passportsReturnedOn, a.reportFiledOn, back]
            .filter((x): x is string => !!x && x <= today)
            .sort()
            .at(-1) ?? a.updated;
      }
      out.counts.overdueItems += owe.length;
      // Reminders: about half the overdue items have had one to three; a few already-resolved items had one too.
      for (const o of owe) {
        if (!chance(0.5)) continue;
        const n = int(1, 3);
        for (let k = 0; k < n; k++) {
          const sent = addDays(o.due, 3 + k * 10);
          if (sent > today) break;
          reminders.push(
            line([
              id,
              unit.id,
              o.kind,
              o.due,
              k ? '请尽快办理，逾期将暂停受理新申请' : '请按时办理',
              at(sent, r),
              null,
              '外办审核员',
              chance(0.3) ? at(addDays(sent, 1), r) : null,
            ]),
          );
          stepAt('reminder', sent, office, null, { kind: o.kind, dueOn: o.due });
          out.counts.reminders += 1;
        }
      }
      if (!owe.length && a.reportFiledOn && a.reportDue && a.reportFiledOn > a.reportDue && chance(0.5)) {
        const sent = addDays(a.reportDue, 2);
        reminders.push(line([id, unit.id, 'report', a.reportDue, '请按时办理', at(sent, r), null, '外办审核员', at(addDays(sent, 1), r)]));
        stepAt('reminder', sent, office, null, { kind: 'report', dueOn: a.reportDue });
        out.counts.reminders += 1;
      }
    }
    const archived = status === 'draft' && chance(0.02);
    const task = `赴${countries.map((c) => countryName(c, 'zh-CN')).join('、')}${pick(TOPICS)}`;
    apps.push(
      line([
        id,
        unit.id,
        year,
        status,
        planItemId,
        task,
        `与${countryName(countries[0], 'zh-CN')}${pick(INVITERS)}座谈交流，洽谈合作事项`,
        `${CITIES[countries[0]] ? pick(CITIES[countries[0]]) : countryName(countries[0], 'zh-CN')}${pick(INVITERS)}`,
        countries[0],
        chance(0.01),
        depart,
        ret,
        pgArray([...new Set(legs.filter((l) => !l.transitOnly).map((l) => l.country as string))]),
        JSON.stringify(legs),
        JSON.stringify(members),
        JSON.stringify(budget),
        chance(0.8) ? '部门预算' : '专项经费',
        publicityStart,
        publicityEnd,
        '外事联络员',
        `0571-${int(80000000, 89999999)}`,
        a.submittedAt,
        firstSubmittedOn,
        a.decidedAt,
        decidedOn,
        a.reviewedBy,
        pgArray(a.removed),
        a.daysCut,
        a.approvedDepart,
        a.approvedReturn,
        a.docNo,
        a.comment,
        a.forwardedOn,
        a.forwardedTo,
        a.forwardedBy,
        a.actualDepart,
        a.actualReturn,
        pgArray(a.actualMembers),
        a.passportsDue,
        a.passportsReturnedOn,
        a.reportDue,
        a.reportFiledOn,
        a.reportSummary,
        stepRows.length,
        at(created, r),
        null,
        at(a.updated, r),
        null,
        archived ? at(a.updated, r) : null,
        archived ? '重复录入' : null,
      ]),
    );
    for (const s of stepRows) steps.push(line(s));
    out.counts.steps += stepRows.length;
    if (id % 5000 === 0) flush();
  }
  flush();

  // A plan for every unit-year; spare items (never drawn on) in each.
  const plans: string[] = [];
  tree.units.forEach((u, ui) => {
    for (let y = firstYear; y <= lastYear; y++) {
      plans.push(
        line([planId(ui, y), u.id, y, chance(0.3) ? `${y}年度因公出国（境）计划` : null, 1, `${y - 1}-12-15 10:00:00+08`, `${y - 1}-12-20 10:00:00+08`]),
      );
      for (let k = int(1, 3); k > 0; k--) {
        const c = pickCountry(r());
        items.push(
          line([++itemId, planId(ui, y), u.id, `${countryName(c, 'zh-CN')}交流（备用）`, pgArray([c]), int(2, 5), int(4, 6), int(1, 12), int(50, 200) * 1000]),
        );
      }
    }
  });
  out.plans = [plans.join('')];
  for (let k = 0; k < items.length; k += 5000) out.items.push(items.slice(k, k + 5000).join(''));
  out.counts.plans = plans.length;
  out.counts.items = items.length;
  return out;
}
