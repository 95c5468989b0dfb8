/**
 * The labels of outbound travel's enums, once, in both languages: the pages, the batch list (.xlsx), the
 * publicity notice and approval form (.docx) and the field-error messages all read these tables.
 * Where the pages and the Word documents used to word a value differently, the documents' wording (what
 * the office prints and files) is kept.
 */
import {
  APPLICATION_STATUSES,
  APPROVER_LEVELS,
  BUDGET_CATEGORIES,
  MEMBER_ROLES,
  OVERDUE_KINDS,
  PASSPORT_STATES,
  PASSPORT_TYPES,
  RANKS,
  RULE_KEYS,
  RULE_KINDS,
  SEVERITIES,
  STEP_KINDS,
} from '../contracts/travel';
import { defineLabels } from './labels';

type Of<T extends readonly string[]> = T[number];

export const applicationStatusLabels = defineLabels<Of<typeof APPLICATION_STATUSES>>({
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待外办审核', en: 'Awaiting office review' },
  returned: { zh: '已退回修改', en: 'Returned for changes' },
  leader_review: { zh: '待领导审批', en: 'Awaiting leader' },
  forwarded: { zh: '已报上级审批', en: 'Referred upward' },
  approved: { zh: '已批准', en: 'Approved' },
  refused: { zh: '不予批准', en: 'Refused' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
});

/** Who gives the approval a delegation's ranks require. */
export const approverLevelLabels = defineLabels<Of<typeof APPROVER_LEVELS>>({
  office: { zh: '外办审批', en: 'Foreign affairs office' },
  leader: { zh: '领导审批', en: 'Leader' },
  upward: { zh: '报上级审批', en: 'Higher authority' },
});

/** 级别 of a delegation member. */
export const rankLabels = defineLabels<Of<typeof RANKS>>({
  provincial: { zh: '省部级', en: 'Provincial / ministerial' },
  bureau: { zh: '厅局级', en: 'Bureau / department' },
  division: { zh: '县处级', en: 'Division / county' },
  section: { zh: '乡科级', en: 'Section' },
  staff: { zh: '科员及以下', en: 'Staff' },
  other: { zh: '其他', en: 'Other' },
});

export const passportTypeLabels = defineLabels<Of<typeof PASSPORT_TYPES>>({
  official: { zh: '公务护照', en: 'Service passport' },
  official_ordinary: { zh: '公务普通护照', en: 'Official ordinary passport' },
  diplomatic: { zh: '外交护照', en: 'Diplomatic passport' },
  hk_macao_permit: { zh: '往来港澳通行证', en: 'Hong Kong / Macao travel permit' },
  taiwan_permit: { zh: '大陆居民往来台湾通行证', en: 'Taiwan travel permit' },
  private: { zh: '普通护照', en: 'Ordinary passport' },
});

/** A member's role in the delegation. */
export const memberRoleLabels = defineLabels<Of<typeof MEMBER_ROLES>>({
  head: { zh: '团长', en: 'Head' },
  member: { zh: '团员', en: 'Member' },
  interpreter: { zh: '翻译', en: 'Interpreter' },
  other: { zh: '其他', en: 'Other' },
});

export const budgetCategoryLabels = defineLabels<Of<typeof BUDGET_CATEGORIES>>({
  international_travel: { zh: '国际旅费', en: 'International travel' },
  lodging: { zh: '住宿费', en: 'Lodging' },
  meals: { zh: '伙食费', en: 'Meals' },
  incidentals: { zh: '公杂费', en: 'Incidentals' },
  local_transport: { zh: '国外城市间交通费', en: 'Transport between cities abroad' },
  other: { zh: '其他费用', en: 'Other' },
});

/** A step of an application's history. */
export const stepKindLabels = defineLabels<Of<typeof STEP_KINDS>>({
  create: { zh: '创建', en: 'Created' },
  submit: { zh: '报送', en: 'Submitted' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
  return: { zh: '退回修改', en: 'Returned for changes' },
  refuse: { zh: '不予批准', en: 'Refused' },
  approve: { zh: '外办审核同意', en: 'Approved by the office' },
  leader_approve: { zh: '领导批准', en: 'Approved by the leader' },
  leader_return: { zh: '领导退回', en: 'Returned by the leader' },
  leader_refuse: { zh: '领导不予批准', en: 'Refused by the leader' },
  forward: { zh: '报上级审批', en: 'Referred upward' },
  record_decision: { zh: '登记上级批复', en: 'Higher decision recorded' },
  cancel: { zh: '取消', en: 'Cancelled' },
  trip_return: { zh: '回国登记', en: 'Return recorded' },
  passports_returned: { zh: '交回证照', en: 'Passports returned' },
  report_filed: { zh: '报送出访报告', en: 'Report filed' },
  reminder: { zh: '催办', en: 'Reminder' },
});

/** A finding of the rule check: what it says about the application. */
export const findingSeverityLabels = defineLabels<Of<typeof SEVERITIES>>({
  block: { zh: '不符合规定', en: 'Not compliant' },
  warn: { zh: '提示', en: 'Warning' },
});

/** The same values as a rule version sets them: what a broken rule does to the application. */
export const ruleSeverityLabels = defineLabels<Of<typeof SEVERITIES>>({
  block: { zh: '阻止提交', en: 'Blocks submission' },
  warn: { zh: '仅提醒', en: 'Warning only' },
});

/** The rule a finding comes from. */
export const ruleKeyLabels = defineLabels<Of<typeof RULE_KEYS>>({
  countries: { zh: '出访国家（地区）数', en: 'Countries per trip' },
  days: { zh: '在外天数', en: 'Days abroad' },
  members: { zh: '团组人数', en: 'Delegation size' },
  leadership: { zh: '领导班子成员同团', en: 'Leadership travelling together' },
  unplanned: { zh: '计划外出访', en: 'Trip not in the plan' },
  publicity: { zh: '出访公示', en: 'Publicity' },
  budget: { zh: '经费开支标准', en: 'Budget standards' },
  passport: { zh: '护照有效期', en: 'Passport validity' },
  inviter: { zh: '邀请方（中介机构）', en: 'Inviter (intermediary)' },
});

export const ruleKindLabels = defineLabels<Of<typeof RULE_KINDS>>({
  limits: { zh: '出访限制', en: 'Limits' },
  budget: { zh: '经费开支标准', en: 'Budget standards' },
  approval: { zh: '审批权限', en: 'Approval by rank' },
});

/** What an approved trip still owes the office past its due date. */
export const overdueKindLabels = defineLabels<Of<typeof OVERDUE_KINDS>>({
  return: { zh: '未登记回国', en: 'Return not recorded' },
  passports: { zh: '证照未交回', en: 'Passports not returned' },
  report: { zh: '出访报告未报送', en: 'Report not filed' },
});

export const passportStateLabels = defineLabels<Of<typeof PASSPORT_STATES>>({
  in_custody: { zh: '在库保管', en: 'In custody' },
  issued: { zh: '已领用', en: 'Issued' },
  cancelled: { zh: '已注销', en: 'Cancelled' },
});
