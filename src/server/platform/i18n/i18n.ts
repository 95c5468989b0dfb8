import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Locale } from '../../../shared/contracts/common';
import { PASSWORD_WEAKNESS_LABELS as PW } from '../../../shared/password-strength';
import { formatOfficeDateTime } from '../../../shared/reference/dates';
import { COMMON_FIELDS, findFieldLabel, pick, type FieldLabels, type Localized } from './fields';

const zh = {
  'err.validation': '输入有误，请检查标出的字段',
  'err.unauthenticated': '请先登录',
  'err.badCredentials': '用户名或密码错误',
  'err.locked': '从此网络或设备登录失败次数过多，该账号在此已锁定至 {until}（北京时间）；其他已登录过的设备不受影响',
  'err.loginThrottled': '该账号近期登录失败次数过多，为防止猜测密码，请于 {until}（北京时间）后再试；在曾成功登录过的浏览器上可直接登录',
  'err.mustChangePassword': '请先修改初始密码，然后才能继续使用',
  'err.disabled': '账号已停用，请联系管理员',
  'err.forbidden': '您没有执行此操作的权限',
  'err.notFound': '记录不存在或不在您的管辖范围内',
  'err.routeNotFound': '接口不存在',
  'err.conflict': '此记录已被他人修改，请刷新后再改',
  'err.csrf': '页面已过期，请刷新后重试',
  'err.rateLimited': '请求过于频繁，请稍后再试',
  'err.internal': '服务器出错，请稍后再试',
  'err.date': '日期格式应为 YYYY-MM-DD 且为有效日期',
  'err.pwTooShort': PW.tooShort['zh-CN'],
  'err.pwRepeat': PW.repeat['zh-CN'],
  'err.pwSequence': PW.sequence['zh-CN'],
  'err.pwDates': PW.dates['zh-CN'],
  'err.pwCommon': PW.common['zh-CN'],
  'err.pwWords': PW.words['zh-CN'],
  'err.pwPersonal': PW.personal['zh-CN'],
  'err.pwWeak': PW.weak['zh-CN'],
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
  'err.badWorkbook': '无法读取该 Excel 文件，文件可能已损坏或不是 .xlsx 格式，请用 Excel 另存为 .xlsx 后重新上传（技术信息：{detail}）',
  'err.noHeader': '表中找不到表头行（需要至少包含“证件号码”和“国籍”列）',
  'err.roleScope': '该角色与所属单位层级不匹配',
  'err.cannotDisableSelf': '不能停用自己的账号',
  'err.orgParent': '上级单位不存在或不在您的管辖范围内',
  'err.movementArea': '地址变更需要选择新的居住区域',
  'err.dateOrder': '{later}不能早于{earlier}',
  'err.mrz': '无法识别 MRZ：{detail}',
  'err.localParty': '请选择市或区作为所属单位',
  'err.fileTooLarge': '文件过大（上限 20 MB）',
  'err.uploadBroken': '文件上传不完整，请重新上传',
  'err.jobInterrupted': '导入中断：运行它的服务进程已停止（已处理 {processed} / {total} 行，这些行已保存）。请重新上传同一文件完成导入，已导入的行不会重复',
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
  'err.calendarNotCovered': '工作日历未包含 {year} 年，请管理员在“系统管理 → 工作日历”录入国务院办公厅 {year} 年部分节假日安排的通知',
  'err.calendarYearExists': '{year} 年的节假日安排已录入，请在原记录上修改',
  'err.calendarDayYear': '{date} 不在 {year} 年内',
  'err.calendarDayDuplicate': '{date} 重复填写',
  'err.calendarWorkdayWeekday': '{date} 是工作日，调休上班日应为周六或周日',
  'err.calendarNoHolidays': '请至少填写一个放假日期',
  'err.calendarRowDate': '日期无法识别：{value}',
  'err.calendarRowKind': '类型应为“放假”或“调休上班”：{value}',
  'err.calendarNoHeader': '表中找不到表头行（需要至少包含“日期”和“类型”列）',
  'err.calendarDocumentNumber': '请填写通知文号（表中“文号”列或导入时填写）',
  'err.calendarSheetEmpty': '表中没有日期行',
  'err.calendarKeeper': '工作日历全市统一，只有市级管理员可以修改',
  'err.travelMemberIndex': '没有第 {index} 名团员',
  'err.travelNoMembers': '至少保留一名团员',
  'err.travelApprovedDates': '批准的出入境日期须在申请的日期之内',
  'err.passportDuplicate': '护照号码 {number} 已登记',
  'err.passportState': '护照当前状态不允许此操作',
  'err.travelNotOverdue': '该事项未逾期或已办结，无需提醒',
  'err.travelActualMembers': '实际出访人员须是批准的团员：{name}',
  'err.travelSelfReview': '不能审核本单位自己的申请',
  'err.uploadMalformed': '上传的内容不是有效的文件表单，请重新选择文件上传',
  'err.fileName': '文件名含有不允许的控制字符，请改名后重新上传',
  'err.xlsxBomb': '文件解压后过大（超过 {limit} MB），疑似恶意文件',
  'err.xlsxRatio': '文件压缩比异常（{ratio}:1，上限 {limit}:1），疑似恶意文件',
  'err.xlsxEntries': '文件包含 {count} 个部件（上限 {limit} 个），疑似恶意文件',
  'err.xlsxStrings': '文件中的文本条目超过 {limit} 条，无法导入',
  'err.xlsxCellRef': '单元格引用 {ref} 超出 Excel 的范围（最大为 XFD1048576），文件可能已损坏',
  'err.xlsxRowRef': '行号 {ref} 超出 Excel 的范围（最多 1048576 行），文件可能已损坏',
  'err.xlsxRows': '表中的行数超过 Excel 的上限 1048576 行，文件可能已损坏',
  'err.xlsxColumns': '第 {row} 行的单元格超出 Excel 的 16384 列（XFD 列），文件可能已损坏',
  // Integrity: duplicates refused by a unique index when two people create the same thing at once.
  'err.duplicate': '该记录已存在（可能刚由他人创建），请刷新后查看',
  'err.importConcurrent': '另一项导入同时在登记相同证件号码的档案，本次导入已停止；请等那项导入完成后重新上传本表（重复导入不会产生重复档案）',
  'err.badJson': '提交的内容格式不正确（不是有效的 JSON），请刷新页面后重试',
  'err.bodyTooLarge': '提交的内容过大',
  'err.mediaType': '提交内容的类型不受支持',
  'err.nulCharacter': '输入中含有无法保存的空字符（NUL），请删除后重试',
  'err.xlsxCell': '文件中有一段文本超过 {limit} MB（Excel 单元格最多 32767 个字符），文件可能已损坏',
  'err.divisionCodeTaken': '行政区划代码 {code} 已由另一单位使用',
  // Words a clerk understands (issue 8 §5): plain sentences naming the field as the office does.
  'err.field.generic': '此项',
  'err.required': '{field}必填',
  'err.tooShort': '{field}至少 {min} 个字符',
  'err.tooLong': '{field}最多 {max} 个字符',
  'err.tooFewItems': '{field}至少填写 {min} 项',
  'err.tooManyItems': '{field}最多填写 {max} 项',
  'err.numberMin': '{field}不能小于 {min}',
  'err.numberAbove': '{field}须大于 {min}',
  'err.numberMax': '{field}不能大于 {max}',
  'err.numberBelow': '{field}须小于 {max}',
  'err.outOfRange': '{field}超出允许的范围',
  'err.notNumber': '{field}应填写数字',
  'err.notInteger': '{field}应填写整数',
  'err.notText': '{field}应填写文字',
  'err.notYesNo': '{field}应为“是”或“否”',
  'err.notList': '{field}应为多项列表',
  'err.notForm': '{field}的格式不正确',
  'err.oneOf': '{field}应为以下之一：{options}',
  'err.badFormat': '{field}的格式不正确',
  'err.invalidValue': '{field}填写有误',
  'err.unknownKeys': '提交的内容含有无法识别的项目',
  'err.fieldMessage': '{field}：{message}',
  'err.unknownDistrict': '找不到区县“{name}”',
  'err.unknownStreet': '找不到街道“{name}”',
  'err.unknownCommunity': '找不到社区“{name}”',
  'err.unknownDocType': '无法识别的证件类型：{value}',
  'err.docNumberFormat': '{docType}号码格式不正确：{format}',
  'err.permitNationality': '{docType}的持证人国籍/地区应为{regions}',
  'err.chineseNationality': '中国籍人员不在境外人员台账登记范围；港澳台居民请选择国籍/地区 中国香港/中国澳门/中国台湾 并使用通行证',
  'err.sex': '性别应为 男、女 或 未知：{value}',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'err.validation': 'Some fields are not valid; please check the marked fields',
  'err.unauthenticated': 'Please sign in first',
  'err.badCredentials': 'Wrong username or password',
  'err.locked': 'Too many failed sign-ins from this network or device; the account is locked here until {until} (Beijing time); devices that signed in before are not affected',
  'err.loginThrottled': 'This account has had many failed sign-ins; to stop password guessing, try again after {until} (Beijing time), or sign in from a browser you have signed in with before',
  'err.mustChangePassword': 'Change your initial password before doing anything else',
  'err.disabled': 'This account is disabled; please contact an administrator',
  'err.forbidden': 'You are not allowed to do this',
  'err.notFound': 'The record does not exist or is outside your area',
  'err.routeNotFound': 'No such API route',
  'err.conflict': 'Someone else changed this record; reload it before changing it',
  'err.csrf': 'The page has expired; reload it and try again',
  'err.rateLimited': 'Too many requests; please try again later',
  'err.internal': 'Server error; please try again later',
  'err.date': 'A date must be YYYY-MM-DD and exist in the calendar',
  'err.pwTooShort': PW.tooShort['en-US'],
  'err.pwRepeat': PW.repeat['en-US'],
  'err.pwSequence': PW.sequence['en-US'],
  'err.pwDates': PW.dates['en-US'],
  'err.pwCommon': PW.common['en-US'],
  'err.pwWords': PW.words['en-US'],
  'err.pwPersonal': PW.personal['en-US'],
  'err.pwWeak': PW.weak['en-US'],
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
  'err.badWorkbook': 'This Excel file cannot be read: it may be damaged or not an .xlsx file; save it as .xlsx in Excel and upload it again (technical detail: {detail})',
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
  'err.jobInterrupted': 'Import interrupted: the server process running it stopped ({processed} of {total} rows processed and saved). Upload the same file again to complete it; rows already imported are not duplicated',
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
  'err.calendarNotCovered': 'The working-day calendar does not cover {year}: an administrator must enter the State Council’s {year} holiday notice under Administration → Working-day calendar',
  'err.calendarYearExists': 'The holidays of {year} have already been entered; edit that entry instead',
  'err.calendarDayYear': '{date} is not in {year}',
  'err.calendarDayDuplicate': '{date} is listed twice',
  'err.calendarWorkdayWeekday': '{date} is a weekday anyway: a make-up working day is a Saturday or Sunday',
  'err.calendarNoHolidays': 'Enter at least one holiday',
  'err.calendarRowDate': 'Date not recognised: {value}',
  'err.calendarRowKind': 'The type must be a holiday or a make-up working day (holiday / workday): {value}',
  'err.calendarNoHeader': 'No header row found (the sheet needs at least the “Date” and “Type” columns)',
  'err.calendarDocumentNumber': 'Enter the notice’s document number (a “Document number” column in the sheet, or when importing)',
  'err.calendarSheetEmpty': 'The sheet has no date rows',
  'err.calendarKeeper': 'The working-day calendar is one for the whole city: only a city-level administrator may change it',
  'err.travelMemberIndex': 'There is no member number {index}',
  'err.travelNoMembers': 'At least one member must remain',
  'err.travelApprovedDates': 'Approved dates must lie within the dates applied for',
  'err.passportDuplicate': 'Passport {number} is already registered',
  'err.passportState': 'The passport is not in a state that allows this',
  'err.travelNotOverdue': 'This item is not overdue or has been dealt with; no reminder is needed',
  'err.travelActualMembers': 'Members who travelled must be approved members: {name}',
  'err.travelSelfReview': 'You cannot review your own unit’s application',
  'err.uploadMalformed': 'The upload is not a valid file form; please choose the file and upload it again',
  'err.fileName': 'The file name contains control characters, which are not allowed; rename the file and upload it again',
  'err.xlsxBomb': 'The file inflates to too much (over {limit} MB) and looks malicious',
  'err.xlsxRatio': 'The file is compressed abnormally ({ratio}:1, at most {limit}:1) and looks malicious',
  'err.xlsxEntries': 'The file holds {count} parts (at most {limit}) and looks malicious',
  'err.xlsxStrings': 'The file holds more than {limit} text entries and cannot be imported',
  'err.xlsxCellRef': 'Cell reference {ref} lies outside Excel’s range (XFD1048576 at most); the file may be damaged',
  'err.xlsxRowRef': 'Row number {ref} lies outside Excel’s range (1,048,576 rows at most); the file may be damaged',
  'err.xlsxRows': 'The sheet has more rows than Excel’s 1,048,576; the file may be damaged',
  'err.xlsxColumns': 'Row {row} has cells beyond Excel’s 16,384 columns (column XFD); the file may be damaged',
  // Integrity: duplicates refused by a unique index when two people create the same thing at once.
  'err.duplicate': 'This record already exists (someone may have just created it); reload to see it',
  'err.importConcurrent': 'Another import was registering files with the same document numbers at the same moment, so this one stopped; upload the sheet again once that import has finished (importing again never makes duplicates)',
  'err.badJson': 'What was sent is not in the right form (not valid JSON); reload the page and try again',
  'err.bodyTooLarge': 'What was sent is too large',
  'err.mediaType': 'This type of content is not accepted',
  'err.nulCharacter': 'The input contains a NUL character, which cannot be stored; remove it and try again',
  'err.xlsxCell': 'The file holds a run of text over {limit} MB (an Excel cell holds 32,767 characters at most); the file may be damaged',
  'err.divisionCodeTaken': 'Division code {code} already belongs to another unit',
  'err.field.generic': 'This field',
  'err.required': '{field} is required',
  'err.tooShort': '{field} needs at least {min} characters',
  'err.tooLong': '{field} can have at most {max} characters',
  'err.tooFewItems': '{field} needs at least {min} entries',
  'err.tooManyItems': '{field} can have at most {max} entries',
  'err.numberMin': '{field} cannot be less than {min}',
  'err.numberAbove': '{field} must be more than {min}',
  'err.numberMax': '{field} cannot be more than {max}',
  'err.numberBelow': '{field} must be less than {max}',
  'err.outOfRange': '{field} is out of the allowed range',
  'err.notNumber': '{field} must be a number',
  'err.notInteger': '{field} must be a whole number',
  'err.notText': '{field} must be text',
  'err.notYesNo': '{field} must be yes or no',
  'err.notList': '{field} must be a list',
  'err.notForm': '{field} is not in the right form',
  'err.oneOf': '{field} must be one of: {options}',
  'err.badFormat': '{field} is not in the right format',
  'err.invalidValue': '{field} is not valid',
  'err.unknownKeys': 'The request contains items that are not recognised',
  'err.fieldMessage': '{field}: {message}',
  'err.unknownDistrict': 'No district named "{name}"',
  'err.unknownStreet': 'No subdistrict named "{name}"',
  'err.unknownCommunity': 'No community named "{name}"',
  'err.unknownDocType': 'Unknown document type: {value}',
  'err.docNumberFormat': 'The {docType} number is not in the right format: {format}',
  'err.permitNationality': 'The holder of a {docType} must have the nationality/region {regions}',
  'err.chineseNationality': 'Chinese nationals are not kept on the foreign residents ledger; for residents of Hong Kong, Macao or Taiwan choose Hong Kong (China), Macao (China) or Taiwan (China) and their travel permit',
  'err.sex': 'Sex must be male, female or unknown: {value}',
};

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, 'en-US': en };

export function isMessageKey(s: string): s is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, s);
}

/**
 * A message parameter: text, a number, a label in both languages (a field's office name) or an instant,
 * which is written in the office's time zone as 2026-12-02 15:59 (a lock-out's end, a deadline).
 */
export type MessageParam = string | number | Localized | Date;

function paramText(locale: Locale, v: MessageParam | undefined, name: string): string {
  if (v === undefined || v === null) return `{${name}}`;
  if (v instanceof Date) return formatOfficeDateTime(v);
  if (typeof v === 'object') return pick(v, locale);
  return String(v);
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, MessageParam> = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => paramText(locale, params[name], name));
}

/** The caller's language: the signed-in user's choice, else Accept-Language, else Chinese. */
export function requestLocale(req: FastifyRequest): Locale {
  if (req.actor) return req.actor.locale;
  const header = String(req.headers['accept-language'] ?? '').toLowerCase();
  return header.startsWith('en') ? 'en-US' : 'zh-CN';
}

const BIG = 1e15;
const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/**
 * A zod issue in plain words, naming the field as the office does: "证件号码必填", "Document number needs at least
 * 3 characters", "性别应为以下之一：男、女、未知". `labels` are the route's field labels (fields.ts); `input` is the
 * value the caller sent at the issue's path, when known, to tell an empty field (required) from a wrong one.
 * Never an internal key, a type name or "received undefined".
 */
export function zodIssueMessage(
  locale: Locale, issue: z.core.$ZodIssue, ctx: { labels?: FieldLabels; input?: { found: boolean; value: unknown } } = {},
): string {
  const label = findFieldLabel(ctx.labels ?? COMMON_FIELDS, issue.path);
  const field = label ? pick(label, locale) : translate(locale, 'err.field.generic');
  const i = issue as z.core.$ZodIssue & { input?: unknown; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; origin?: string; expected?: string; values?: unknown[]; divisor?: number };
  const known = ctx.input?.found || 'input' in i;
  const value = ctx.input?.found ? ctx.input.value : i.input;
  // Without the input, zod's own default text still tells a missing value apart.
  const missing = known ? isEmpty(value) : /received (undefined|null)/.test(issue.message);
  const say = (key: MessageKey, params: Record<string, MessageParam> = {}) => translate(locale, key, { field, ...params });
  if (isMessageKey(issue.message)) {
    if (issue.message === 'err.date' && missing) return say('err.required');
    const message = translate(locale, issue.message);
    return label && !message.toLowerCase().includes(field.toLowerCase()) ? say('err.fieldMessage', { message }) : message;
  }
  const bound = (n: number | bigint | undefined) => Number(n ?? 0);
  switch (issue.code) {
    case 'invalid_type': {
      if (missing || value === undefined || value === null) return say('err.required');
      const e = i.expected;
      if (e === 'number' || e === 'int' || e === 'bigint' || e === 'nan') return say('err.notNumber');
      if (e === 'string') return say('err.notText');
      if (e === 'boolean') return say('err.notYesNo');
      if (e === 'array' || e === 'set' || e === 'tuple') return say('err.notList');
      if (e === 'date') return say('err.date');
      return say('err.notForm');
    }
    case 'too_small': {
      const min = bound(i.minimum);
      if (i.origin === 'string') return missing || min <= 1 ? say('err.required') : say('err.tooShort', { min });
      if (i.origin === 'array' || i.origin === 'set') return missing ? say('err.required') : say('err.tooFewItems', { min });
      if (Math.abs(min) >= BIG) return say('err.outOfRange');
      return say(i.inclusive === false ? 'err.numberAbove' : 'err.numberMin', { min });
    }
    case 'too_big': {
      const max = bound(i.maximum);
      if (i.origin === 'string') return say('err.tooLong', { max });
      if (i.origin === 'array' || i.origin === 'set') return say('err.tooManyItems', { max });
      if (Math.abs(max) >= BIG) return say('err.outOfRange');
      return say(i.inclusive === false ? 'err.numberBelow' : 'err.numberMax', { max });
    }
    case 'invalid_value': {
      if (missing) return say('err.required');
      const options = (i.values ?? []).map((v) => (label?.values?.[String(v)] ? pick(label.values[String(v)]!, locale) : String(v)));
      return say('err.oneOf', { options: options.join(locale === 'en-US' ? ', ' : '、') });
    }
    case 'not_multiple_of':
      return say(i.divisor === 1 ? 'err.notInteger' : 'err.invalidValue');
    case 'invalid_format':
      return say('err.badFormat');
    case 'unrecognized_keys':
      return translate(locale, 'err.unknownKeys');
    default:
      return missing ? say('err.required') : say('err.invalidValue');
  }
}
