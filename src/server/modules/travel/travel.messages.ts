import type { Locale } from '../../../shared/contracts/common';

/** The texts of rule findings, shown beside the field they concern. */
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
  'unit.night': '晚', 'unit.day': '天',
  'category.lodging': '住宿费', 'category.meals': '伙食费', 'category.incidentals': '公杂费',
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
  'unit.night': 'night', 'unit.day': 'day',
  'category.lodging': 'Lodging', 'category.meals': 'Meals', 'category.incidentals': 'Incidentals',
};

export function findingText(locale: Locale, key: FindingText, params: Record<string, string | number> = {}): string {
  const template = locale === 'en-US' ? en[key] : zh[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
