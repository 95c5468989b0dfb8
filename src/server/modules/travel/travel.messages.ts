import type { Locale } from '@shared/contracts/common';
import { defineMessages, formatMessage, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** Travel's refusals, in the office's words; installed with the platform's through the manifest. */
export const travelMessages = defineMessages(
  {
    'err.travelRuleDate': '已有自 {date} 起施行的同类规则版本',
    'err.travelRuleParams': '规则参数不正确',
    'err.travelStatus': '申请当前所处的环节不能执行此操作，请刷新后查看最新状态',
    'err.travelBlockingSubmit': '申请仍有 {count} 项不符合规定（见标红字段），不能提交',
    'err.travelBlockingApprove': '按批准的人员和日期仍有 {count} 项不符合规定，不能批准',
    'err.travelFinding': '{message}',
    'err.travelNeedsForward': '团组成员级别须报上级审批，请选择“转报上级”',
    'err.travelUnitHeld': '本单位有 {count} 条逾期未办的提醒（回国登记、护照交回或出访报告），办结前暂停提交新的出访申请',
    'err.travelUnit': '申请单位须为您管辖范围内的单位',
    'err.travelLegDates': '行程日期须在出境与入境日期之间，且离开日期不早于到达日期',
    'err.travelPlanExists': '该单位 {year} 年度出访计划已存在',
    'err.travelPlanItemUsed': '计划项“{title}”已被出访申请使用，不能删除',
    'err.travelMemberIndex': '没有第 {index} 名团员',
    'err.travelNoMembers': '至少保留一名团员',
    'err.travelApprovedDates': '批准的出入境日期须在申请的日期之内',
    'err.passportDuplicate': '护照号码 {number} 已登记',
    'err.passportState': '护照当前状态不允许此操作',
    'err.travelNotOverdue': '该事项未逾期或已办结，无需提醒',
    'err.travelActualMembers': '实际出访人员须是批准的团员：{name}',
    'err.travelSelfReview': '不能审核本单位自己的申请',
    'err.currency': '币种应为三位字母代码（如 USD）',
    'err.passportNumber': '护照号码只能包含字母和数字',
  },
  {
    'err.travelRuleDate': 'A version of this rule already takes effect on {date}',
    'err.travelRuleParams': 'The rule parameters are not valid',
    'err.travelStatus': 'This cannot be done at the application’s current stage; reload it to see where it stands',
    'err.travelBlockingSubmit': 'The application still breaks {count} rule(s) (see the marked fields) and cannot be submitted',
    'err.travelBlockingApprove': 'With the approved members and dates the trip still breaks {count} rule(s) and cannot be approved',
    'err.travelFinding': '{message}',
    'err.travelNeedsForward': 'A member’s rank requires approval above this office: forward the application instead',
    'err.travelUnitHeld':
      'Your unit has {count} overdue reminders (return record, passports or trip report); new applications are held until they are dealt with',
    'err.travelUnit': 'The applying unit must be a unit within your area',
    'err.travelLegDates': 'Itinerary dates must lie between departure and return, and each leg must end after it starts',
    'err.travelPlanExists': 'The unit already has a plan for {year}',
    'err.travelPlanItemUsed': 'Plan item "{title}" is used by an application and cannot be removed',
    'err.travelMemberIndex': 'There is no member number {index}',
    'err.travelNoMembers': 'At least one member must remain',
    'err.travelApprovedDates': 'Approved dates must lie within the dates applied for',
    'err.passportDuplicate': 'Passport {number} is already registered',
    'err.passportState': 'The passport is not in a state that allows this',
    'err.travelNotOverdue': 'This item is not overdue or has been dealt with; no reminder is needed',
    'err.travelActualMembers': 'Members who travelled must be approved members: {name}',
    'err.travelSelfReview': 'You cannot review your own unit’s application',
    'err.currency': 'A currency is a three-letter code such as USD',
    'err.passportNumber': 'A passport number has letters and digits only',
  },
);

declare module '../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof travelMessages> {}
}

/** The texts of rule findings, shown beside the field they concern (a budget category is named by the shared budget-category labels). */
const zh = {
  countries: '出访 {count} 个国家（地区），超过每次最多 {max} 个的规定（{doc}）',
  days: '在外 {days} 天，超过 {countries} 国（地区）最多 {max} 天的规定{extra}（{doc}）',
  daysExtra: '（含拉美、非洲航线不便可增加的 {extra} 天）',
  members: '团组 {count} 人，超过每团最多 {max} 人（含翻译）的规定（{doc}）',
  leadership: '{name} 与同单位领导班子成员 {others} 同团出访，不符合同一单位领导班子成员不同团出访的规定（{doc}）',
  unplanned: '本次出访不在单位年度出访计划内，只能在计划总数内调剂（{doc}）',
  noPlan: '单位尚无 {year} 年度出访计划（{doc}）',
  planExceeded: '超出年度计划该项：计划 {planPeople} 人 {planDays} 天，申请 {people} 人 {days} 天',
  planItemTaken: '该计划项已被另一申请（#{other}）使用',
  planItemMissing: '所选计划项不存在或不属于本单位 {year} 年度计划',
  publicityMissing: '未填写公示起止日期：须在单位内部公示不少于 {min} 个工作日（{doc}）',
  publicityShort: '公示 {days} 个工作日，少于规定的 {min} 个工作日（{doc}）',
  publicityOrder: '公示结束日期不能早于开始日期',
  publicityAfterDeparture: '公示须在出境前结束（出境日期 {depart}）',
  budgetOver: '{category}标准 {currency} {cap}/人·{unit}，申请 {currency} {amount}（{country}，{doc}）',
  budgetCurrency: '{country} 的开支标准以 {currency} 计，本行为 {given}，无法比对',
  budgetNoStandard: '未找到 {country} 的{category}开支标准',
  passport: '{name} 的护照 {expiry} 到期，不足回国后 {months} 个月有效期（须不早于 {needed}）',
  inviter: '邀请方应为国（境）外对口单位，不得通过中介机构邀请（{doc}）',
  'unit.night': '晚',
  'unit.day': '天',
} as const;
export type FindingText = keyof typeof zh;

const en: Record<FindingText, string> = {
  countries: 'The trip visits {count} countries or regions; at most {max} are allowed ({doc})',
  days: '{days} days abroad; at most {max} days are allowed for {countries} countries{extra} ({doc})',
  daysExtra: ' (including the {extra} extra day for Latin America / Africa)',
  members: 'The delegation has {count} members; at most {max} are allowed, interpreter included ({doc})',
  leadership: '{name} travels with {others} of the same unit’s leadership team; they may not travel in one delegation ({doc})',
  unplanned: 'This trip is not in the unit’s annual plan; it is allowed only by swapping within the plan’s total ({doc})',
  noPlan: 'The unit has no annual plan for {year} ({doc})',
  planExceeded: 'More than the plan item allows: planned {planPeople} people for {planDays} days, applied for {people} people for {days} days',
  planItemTaken: 'This plan item is already used by application #{other}',
  planItemMissing: 'The chosen plan item does not exist or is not in the unit’s plan for {year}',
  publicityMissing: 'No publicity dates: the trip must be made public inside the unit for at least {min} working days ({doc})',
  publicityShort: 'Publicity of {days} working days is shorter than the required {min} ({doc})',
  publicityOrder: 'The publicity cannot end before it starts',
  publicityAfterDeparture: 'The publicity must end before departure ({depart})',
  budgetOver: '{category} standard is {currency} {cap} per person per {unit}; this line asks {currency} {amount} ({country}, {doc})',
  budgetCurrency: 'The standard for {country} is in {currency}; this line is in {given} and cannot be compared',
  budgetNoStandard: 'No {category} standard for {country}',
  passport: '{name}’s passport expires on {expiry}, less than {months} months after return (needed: {needed} or later)',
  inviter: 'The invitation must come from a counterpart body abroad, not an intermediary agency ({doc})',
  'unit.night': 'night',
  'unit.day': 'day',
};

const findings = defineMessages(zh, en);

/** A finding's text; a part the rule did not fill (an optional extra) is left out. */
export function findingText(locale: Locale, key: FindingText, params: Record<string, string | number> = {}): string {
  return formatMessage(locale, findings[locale][key], params, { missing: '' });
}
