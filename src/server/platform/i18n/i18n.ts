import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Locale } from '@shared/contracts/common';
import { PASSWORD_WEAKNESS_LABELS as PW } from '@shared/password-strength';
import { formatOfficeDateTime } from '@shared/reference/dates';
import { joinList } from '@shared/labels/labels';
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
  'err.orgOutOfScope': '所选区域不在您的管辖范围内',
  'err.archived': '档案已归档，恢复后才能修改',
  'err.notArchived': '档案未归档',
  'err.fileRequired': '请上传 .xlsx 文件',
  'err.fileType': '只接受 Excel .xlsx 文件',
  'err.badWorkbook': '无法读取该 Excel 文件，文件可能已损坏或不是 .xlsx 格式，请用 Excel 另存为 .xlsx 后重新上传（技术信息：{detail}）',
  'err.noHeader': '表中找不到表头行（需要至少包含“证件号码”和“国籍”列）',
  'err.roleScope': '该角色与所属单位层级不匹配',
  'err.cannotDisableSelf': '不能停用自己的账号',
  'err.orgParent': '上级单位不存在或不在您的管辖范围内',
  'err.fileTooLarge': '文件过大（上限 20 MB）',
  'err.uploadBroken': '文件上传不完整，请重新上传',
  'err.jobInterrupted': '导入中断：运行它的服务进程已停止（已处理 {processed} / {total} 行，这些行已保存）。请重新上传同一文件完成导入，已导入的行不会重复',
  'err.xlsxTooLarge': 'Excel 文件过大（上限 50 MB）',
  'err.dateRange': '结束日期不能早于开始日期',
  'err.linkOutOfScope': '关联的记录不存在或不在您的管辖范围内',
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
} as const;

/**
 * The keys of the business modules' messages. Each module declares its texts in `<module>.messages.ts` with
 * `defineMessages` and adds their keys here by declaration merging, so this file names no module:
 *
 *   declare module '../../platform/i18n/i18n' { interface ModuleMessages extends MessageKeysOf<typeof travelMessages> {} }
 *
 * Its manifest hands the texts over; buildApp installs them (installMessages) before the first request.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declaration merging
export interface ModuleMessages {}
type PlatformMessageKey = keyof typeof zh;
export type MessageKey = PlatformMessageKey | keyof ModuleMessages;

const en: Record<PlatformMessageKey, string> = {
  'err.validation': 'Some fields are not valid; please check the marked fields',
  'err.unauthenticated': 'Please sign in first',
  'err.badCredentials': 'Wrong username or password',
  'err.locked':
    'Too many failed sign-ins from this network or device; the account is locked here until {until} (Beijing time); devices that signed in before are not affected',
  'err.loginThrottled':
    'This account has had many failed sign-ins; to stop password guessing, try again after {until} (Beijing time), or sign in from a browser you have signed in with before',
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
  'err.orgOutOfScope': 'The chosen area is outside your area of responsibility',
  'err.archived': 'The file is archived; restore it before changing it',
  'err.notArchived': 'The file is not archived',
  'err.fileRequired': 'Please upload an .xlsx file',
  'err.fileType': 'Only Excel .xlsx files are accepted',
  'err.badWorkbook':
    'This Excel file cannot be read: it may be damaged or not an .xlsx file; save it as .xlsx in Excel and upload it again (technical detail: {detail})',
  'err.noHeader': 'No header row found (it needs at least the "document number" and "nationality" columns)',
  'err.roleScope': 'This role does not fit the level of the chosen unit',
  'err.cannotDisableSelf': 'You cannot disable your own account',
  'err.orgParent': 'The parent unit does not exist or is outside your area',
  'err.fileTooLarge': 'The file is too large (20 MB at most)',
  'err.uploadBroken': 'The upload did not arrive complete; please upload the file again',
  'err.jobInterrupted':
    'Import interrupted: the server process running it stopped ({processed} of {total} rows processed and saved). Upload the same file again to complete it; rows already imported are not duplicated',
  'err.xlsxTooLarge': 'The Excel file is too large (50 MB at most)',
  'err.dateRange': 'The end date cannot be before the start date',
  'err.linkOutOfScope': 'The linked record does not exist or is outside your area',
  'err.calendarNotCovered':
    'The working-day calendar does not cover {year}: an administrator must enter the State Council’s {year} holiday notice under Administration → Working-day calendar',
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
  'err.importConcurrent':
    'Another import was registering files with the same document numbers at the same moment, so this one stopped; upload the sheet again once that import has finished (importing again never makes duplicates)',
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
};

/** A module's texts in both languages, the same keys in each. */
export interface MessageCatalog<K extends string = string> {
  readonly 'zh-CN': Readonly<Record<K, string>>;
  readonly 'en-US': Readonly<Record<K, string>>;
}
/** The keys a catalog adds to ModuleMessages. */
export type MessageKeysOf<C> = C extends MessageCatalog<infer K> ? Record<K, true> : never;

/** Declares a module's messages; English must have every key the Chinese has (a missing one fails the type check). */
export const defineMessages = <K extends string>(zhCN: Record<K, string>, enUS: Record<NoInfer<K>, string>): MessageCatalog<K> => ({
  'zh-CN': zhCN,
  'en-US': enUS,
});

const platformMessages: MessageCatalog<PlatformMessageKey> = { 'zh-CN': zh, 'en-US': en };
let dictionaries: Record<Locale, Readonly<Record<string, string>>> = { ...platformMessages };

/** Installs the registered modules' messages beside the platform's; a key two catalogs define refuses to start. */
export function installMessages(catalogs: readonly MessageCatalog[]): void {
  const next: Record<Locale, Record<string, string>> = { 'zh-CN': { ...zh }, 'en-US': { ...en } };
  for (const catalog of catalogs) {
    for (const key of Object.keys(catalog['zh-CN'])) {
      if (key in next['zh-CN']) throw new Error(`message "${key}" is defined twice`);
      next['zh-CN'][key] = catalog['zh-CN'][key]!;
      next['en-US'][key] = catalog['en-US'][key]!;
    }
  }
  dictionaries = next;
}

export function isMessageKey(s: string): s is MessageKey {
  return Object.prototype.hasOwnProperty.call(dictionaries['zh-CN'], s);
}

/**
 * A message parameter: text, a number, a label in both languages (a field's office name) or an instant,
 * which is written in the office's time zone as 2026-12-02 15:59 (a lock-out's end, a deadline).
 */
export type MessageParam = string | number | Localized | Date;

function paramText(locale: Locale, v: MessageParam | undefined, name: string, missing?: string): string {
  if (v === undefined || v === null) return missing ?? `{${name}}`;
  if (v instanceof Date) return formatOfficeDateTime(v);
  if (typeof v === 'object') return pick(v, locale);
  return String(v);
}

/**
 * A message in the given language with its {placeholders} filled. A placeholder without a value stays as it is,
 * or becomes `options.missing` (a finding's optional part). A key no installed catalog has is returned as it is
 * rather than failing the request that wanted to explain something.
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, MessageParam> = {}, options: { missing?: string } = {}): string {
  return formatMessage(locale, dictionaries[locale][key] ?? key, params, options);
}

/** Fills a template's {placeholders}, the way translate does; for a module's own texts that are not refusals (rule findings). */
export function formatMessage(locale: Locale, template: string, params: Record<string, MessageParam> = {}, options: { missing?: string } = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => paramText(locale, params[name], name, options.missing));
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
  locale: Locale,
  issue: z.core.$ZodIssue,
  ctx: { labels?: FieldLabels; input?: { found: boolean; value: unknown } } = {},
): string {
  const label = findFieldLabel(ctx.labels ?? COMMON_FIELDS, issue.path);
  const field = label ? pick(label, locale) : translate(locale, 'err.field.generic');
  const i = issue as z.core.$ZodIssue & {
    input?: unknown;
    minimum?: number | bigint;
    maximum?: number | bigint;
    inclusive?: boolean;
    origin?: string;
    expected?: string;
    values?: unknown[];
    divisor?: number;
  };
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
      return say('err.oneOf', { options: joinList(options, locale) });
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
