import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Locale } from '../../shared/contracts/common';

const zh = {
  'err.validation': '输入有误，请检查标出的字段',
  'err.unauthenticated': '请先登录',
  'err.badCredentials': '用户名或密码错误',
  'err.locked': '连续登录失败次数过多，账号已锁定至 {until}',
  'err.disabled': '账号已停用，请联系管理员',
  'err.forbidden': '您没有执行此操作的权限',
  'err.notFound': '记录不存在或不在您的管辖范围内',
  'err.routeNotFound': '接口不存在',
  'err.conflict': '此记录已被他人修改，请刷新后再改',
  'err.csrf': '页面已过期，请刷新后重试',
  'err.rateLimited': '请求过于频繁，请稍后再试',
  'err.internal': '服务器出错，请稍后再试',
  'err.date': '日期格式应为 YYYY-MM-DD 且为有效日期',
  'err.passwordTooShort': '密码至少 10 个字符',
  'err.wrongPassword': '当前密码不正确',
  'err.samePassword': '新密码不能与当前密码相同',
  'err.username': '用户名只能包含字母、数字、点、下划线和连字符',
  'err.usernameTaken': '用户名已存在',
  'err.reasonRequired': '请填写原因（至少 2 个字）',
  'err.unknownCountry': '无法识别的国家或地区：{value}',
  'err.unknownVisaType': '无法识别的签证/证件类型：{value}',
  'err.orgOutOfScope': '所选区域不在您的管辖范围内',
  'err.orgNotArea': '请选择街道或社区作为居住区域',
  'err.duplicateDocument': '证件号码 {docNumber} 已登记为另一人的档案',
  'err.archived': '档案已归档，恢复后才能修改',
  'err.notArchived': '档案未归档',
  'err.fileRequired': '请上传 .xlsx 文件',
  'err.fileType': '只接受 Excel .xlsx 文件',
  'err.badWorkbook': '无法读取该 Excel 文件：{detail}',
  'err.noHeader': '表中找不到表头行（需要至少包含“证件号码”和“国籍”列）',
  'err.roleScope': '该角色与所属单位层级不匹配',
  'err.cannotDisableSelf': '不能停用自己的账号',
  'err.orgParent': '上级单位不存在或不在您的管辖范围内',
  'err.movementArea': '地址变更需要选择新的居住区域',
  'err.dateOrder': '{later} 不能早于 {earlier}',
  'err.mrz': '无法识别 MRZ：{detail}',
  'err.localParty': '请选择市或区作为所属单位',
  'err.fileTooLarge': '文件过大（上限 20 MB）',
  'err.uploadBroken': '文件上传不完整，请重新上传',
  'err.xlsxTooLarge': 'Excel 文件过大（上限 50 MB）',
  'err.dateRange': '结束日期不能早于开始日期',
  'err.duplicatePair': '该友好城市关系已登记',
  'err.linkOutOfScope': '关联的记录不存在或不在您的管辖范围内',
  'err.permanentId': '永久居留身份证号码应为以 9 开头的 18 位号码，且校验位正确',
  'err.travelRuleDate': '已有自 {date} 起施行的同类规则版本',
  'err.travelRuleParams': '规则参数不正确',
  'err.currency': '币种应为三位字母代码（如 USD）',
  'err.passportNumber': '护照号码只能包含字母和数字',
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
  'err.calendarNotCovered': '节假日日历只覆盖 {first}–{last} 年，无法计算 {date} 的工作日',
  'err.travelMemberIndex': '没有第 {index} 名团员',
  'err.travelNoMembers': '至少保留一名团员',
  'err.travelApprovedDates': '批准的出入境日期须在申请的日期之内',
  'err.passportDuplicate': '护照号码 {number} 已登记',
  'err.passportState': '护照当前状态不允许此操作',
  'err.travelNotOverdue': '该事项未逾期或已办结，无需提醒',
  'err.travelActualMembers': '实际出访人员须是批准的团员：{name}',
  'err.travelSelfReview': '不能审核本单位自己的申请',
  // Integrity: duplicates refused by a unique index when two people create the same thing at once.
  'err.duplicate': '该记录已存在（可能刚由他人创建），请刷新后查看',
  'err.divisionCodeTaken': '行政区划代码 {code} 已由另一单位使用',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'err.validation': 'Some fields are not valid; please check the marked fields',
  'err.unauthenticated': 'Please sign in first',
  'err.badCredentials': 'Wrong username or password',
  'err.locked': 'Too many failed sign-ins; the account is locked until {until}',
  'err.disabled': 'This account is disabled; please contact an administrator',
  'err.forbidden': 'You are not allowed to do this',
  'err.notFound': 'The record does not exist or is outside your area',
  'err.routeNotFound': 'No such API route',
  'err.conflict': 'Someone else changed this record; reload it before changing it',
  'err.csrf': 'The page has expired; reload it and try again',
  'err.rateLimited': 'Too many requests; please try again later',
  'err.internal': 'Server error; please try again later',
  'err.date': 'A date must be YYYY-MM-DD and exist in the calendar',
  'err.passwordTooShort': 'A password needs at least 10 characters',
  'err.wrongPassword': 'The current password is not correct',
  'err.samePassword': 'The new password must differ from the current one',
  'err.username': 'A username may contain only letters, digits, dot, underscore and hyphen',
  'err.usernameTaken': 'This username is taken',
  'err.reasonRequired': 'Please give a reason (at least 2 characters)',
  'err.unknownCountry': 'Unknown country or region: {value}',
  'err.unknownVisaType': 'Unknown visa or permit type: {value}',
  'err.orgOutOfScope': 'The chosen area is outside your area of responsibility',
  'err.orgNotArea': 'Choose a street or community as the place of residence',
  'err.duplicateDocument': 'Document number {docNumber} already belongs to another file',
  'err.archived': 'The file is archived; restore it before changing it',
  'err.notArchived': 'The file is not archived',
  'err.fileRequired': 'Please upload an .xlsx file',
  'err.fileType': 'Only Excel .xlsx files are accepted',
  'err.badWorkbook': 'This Excel file cannot be read: {detail}',
  'err.noHeader': 'No header row found (it needs at least the "document number" and "nationality" columns)',
  'err.roleScope': 'This role does not fit the level of the chosen unit',
  'err.cannotDisableSelf': 'You cannot disable your own account',
  'err.orgParent': 'The parent unit does not exist or is outside your area',
  'err.movementArea': 'An address change needs the new area',
  'err.dateOrder': '{later} cannot be earlier than {earlier}',
  'err.mrz': 'The MRZ cannot be read: {detail}',
  'err.localParty': 'Choose the city or a district as the local party',
  'err.fileTooLarge': 'The file is too large (20 MB at most)',
  'err.uploadBroken': 'The upload did not arrive complete; please upload the file again',
  'err.xlsxTooLarge': 'The Excel file is too large (50 MB at most)',
  'err.dateRange': 'The end date cannot be before the start date',
  'err.duplicatePair': 'This friendship-city pair is already registered',
  'err.linkOutOfScope': 'The linked record does not exist or is outside your area',
  'err.permanentId': 'A permanent residence ID number has 18 characters, starts with 9 and ends with a valid check character',
  'err.travelRuleDate': 'A version of this rule already takes effect on {date}',
  'err.travelRuleParams': 'The rule parameters are not valid',
  'err.currency': 'A currency is a three-letter code such as USD',
  'err.passportNumber': 'A passport number has letters and digits only',
  'err.travelStatus': 'This cannot be done at the application’s current stage; reload it to see where it stands',
  'err.travelBlockingSubmit': 'The application still breaks {count} rule(s) (see the marked fields) and cannot be submitted',
  'err.travelBlockingApprove': 'With the approved members and dates the trip still breaks {count} rule(s) and cannot be approved',
  'err.travelFinding': '{message}',
  'err.travelNeedsForward': 'A member’s rank requires approval above this office: forward the application instead',
  'err.travelUnitHeld': 'Your unit has {count} overdue reminders (return record, passports or trip report); new applications are held until they are dealt with',
  'err.travelUnit': 'The applying unit must be a unit within your area',
  'err.travelLegDates': 'Itinerary dates must lie between departure and return, and each leg must end after it starts',
  'err.travelPlanExists': 'The unit already has a plan for {year}',
  'err.travelPlanItemUsed': 'Plan item "{title}" is used by an application and cannot be removed',
  'err.calendarNotCovered': 'The holiday calendar covers {first}–{last} only; working days around {date} cannot be counted',
  'err.travelMemberIndex': 'There is no member number {index}',
  'err.travelNoMembers': 'At least one member must remain',
  'err.travelApprovedDates': 'Approved dates must lie within the dates applied for',
  'err.passportDuplicate': 'Passport {number} is already registered',
  'err.passportState': 'The passport is not in a state that allows this',
  'err.travelNotOverdue': 'This item is not overdue or has been dealt with; no reminder is needed',
  'err.travelActualMembers': 'Members who travelled must be approved members: {name}',
  'err.travelSelfReview': 'You cannot review your own unit’s application',
  // Integrity: duplicates refused by a unique index when two people create the same thing at once.
  'err.duplicate': 'This record already exists (someone may have just created it); reload to see it',
  'err.divisionCodeTaken': 'Division code {code} already belongs to another unit',
};

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, 'en-US': en };

export function isMessageKey(s: string): s is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, s);
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The caller's language: the signed-in user's choice, else Accept-Language, else Chinese. */
export function requestLocale(req: FastifyRequest): Locale {
  if (req.actor) return req.actor.locale;
  const header = String(req.headers['accept-language'] ?? '').toLowerCase();
  return header.startsWith('en') ? 'en-US' : 'zh-CN';
}

const zodLocales: Record<Locale, ReturnType<typeof z.locales.zhCN>> = {
  'zh-CN': z.locales.zhCN(),
  'en-US': z.locales.en(),
};

/** A zod issue's message in the caller's language: our own keys are translated, zod's own texts localised. */
export function zodIssueMessage(locale: Locale, issue: z.core.$ZodIssue): string {
  if (isMessageKey(issue.message)) return translate(locale, issue.message);
  const localeError = zodLocales[locale].localeError as (iss: unknown) => string | { message: string } | undefined;
  const localized = localeError({ ...issue, input: (issue as { input?: unknown }).input });
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
}
