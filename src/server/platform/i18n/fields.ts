/**
 * Field labels: the name the office gives each input field, in both languages, so that a refusal says
 * "证件号码必填" / "Document number is required" and never the internal key (docNumber). Each module
 * declares its own map beside its routes and registers it for its URL prefix; the error handler and the
 * imports look the label up by the field's path. The platform itself knows no module's fields, only the
 * few every route shares (version, page, reason …).
 */
import type { Locale } from '@shared/contracts/common';
import { say, type Label } from '@shared/labels/labels';
import { LOCALE_LABELS, ORG_KIND_LABELS, ROLE_LABELS } from '@shared/labels/platform';

/** A text in both languages; the shared label type, so enum labels from src/shared/labels serve as field values. */
export type Localized = Label;
export interface FieldLabel extends Localized {
  /** Labels of an enum field's values, for "must be one of …". */
  values?: Record<string, Localized>;
}
/** Keyed by field path without list indexes: 'docNumber', 'members.passportNumber', 'programme.item'. */
export type FieldLabels = Record<string, FieldLabel>;

export const pick: (l: Localized, locale: Locale) => string = say;

/** Fields every route shares. */
export const COMMON_FIELDS: FieldLabels = {
  id: { zh: '记录编号', en: 'Record number' },
  version: { zh: '版本号', en: 'Version' },
  page: { zh: '页码', en: 'Page' },
  pageSize: { zh: '每页条数', en: 'Rows per page' },
  q: { zh: '搜索内容', en: 'Search text' },
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  date: { zh: '日期', en: 'Date' },
  reason: { zh: '原因', en: 'Reason' },
  sort: { zh: '排序方式', en: 'Sort order' },
  order: { zh: '排序方向', en: 'Sort direction', values: { asc: { zh: '升序', en: 'ascending' }, desc: { zh: '降序', en: 'descending' } } },
  orgUnitId: { zh: '所属单位', en: 'Unit' },
  notes: { zh: '备注', en: 'Notes' },
  note: { zh: '备注', en: 'Note' },
  archived: { zh: '是否归档', en: 'Archived' },
  status: { zh: '状态', en: 'Status' },
  kind: { zh: '类别', en: 'Kind' },
  file: { zh: '文件', en: 'File' },
  entityId: { zh: '记录编号', en: 'Record number' },
  entityType: { zh: '记录类型', en: 'Record type' },
  actor: { zh: '操作人', en: 'User' },
  action: { zh: '操作', en: 'Action' },
};

/** The platform's own routes: sign-in, users, the org tree, the audit log. */
const PLATFORM_FIELDS: Record<string, FieldLabels> = {
  '/api/auth': {
    username: { zh: '用户名', en: 'Username' },
    password: { zh: '密码', en: 'Password' },
    currentPassword: { zh: '当前密码', en: 'Current password' },
    newPassword: { zh: '新密码', en: 'New password' },
    locale: { zh: '界面语言', en: 'Language', values: LOCALE_LABELS },
  },
  '/api/users': {
    username: { zh: '用户名', en: 'Username' },
    displayName: { zh: '姓名', en: 'Name' },
    password: { zh: '密码', en: 'Password' },
    role: { zh: '角色', en: 'Role', values: ROLE_LABELS },
    orgUnitId: { zh: '所属单位', en: 'Unit' },
    locale: { zh: '界面语言', en: 'Language', values: LOCALE_LABELS },
    disabled: { zh: '是否停用', en: 'Disabled' },
  },
  '/api/org': {
    parentId: { zh: '上级单位', en: 'Parent unit' },
    kind: { zh: '单位层级', en: 'Level', values: ORG_KIND_LABELS },
    nameZh: { zh: '中文名称', en: 'Chinese name' },
    nameEn: { zh: '英文名称', en: 'English name' },
    divisionCode: { zh: '区划代码', en: 'Division code' },
    archived: { zh: '是否停用', en: 'Archived' },
  },
  '/api/audit': { actorId: { zh: '操作人', en: 'User' } },
};

const registered = new Map<string, FieldLabels>(Object.entries(PLATFORM_FIELDS));

/** Declares a module's field labels for the routes under `prefix` ('/api/residents'). */
export function registerFieldLabels(prefix: string, labels: FieldLabels): void {
  registered.set(prefix.replace(/\/+$/, ''), labels);
}

/** The labels that apply to a route: its module's (the longest matching prefix) over the shared ones. */
export function fieldLabelsFor(url: string | undefined): FieldLabels {
  let best: [string, FieldLabels] | undefined;
  for (const entry of registered) {
    if (url && (url === entry[0] || url.startsWith(`${entry[0]}/`)) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best ? { ...COMMON_FIELDS, ...best[1] } : COMMON_FIELDS;
}

/** A field's label by its path: the whole path first ('members.name'), then its last named segment. */
export function findFieldLabel(labels: FieldLabels, path: ReadonlyArray<PropertyKey>): FieldLabel | undefined {
  const named = path.filter((p) => typeof p === 'string' && !/^\d+$/.test(p)) as string[];
  for (let i = 0; i < named.length; i++) {
    const hit = labels[named.slice(i).join('.')];
    if (hit) return hit;
  }
  return undefined;
}

/** The value at a path of the request data, to tell an empty field ("required") from a wrong one. */
export function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): { found: boolean; value: unknown } {
  let v: unknown = data;
  for (const p of path) {
    // An absent key of an object is a value the caller left out; a path through a non-object cannot be followed.
    if (v === null || typeof v !== 'object') return { found: false, value: undefined };
    v = Object.prototype.hasOwnProperty.call(v, String(p)) ? (v as Record<string, unknown>)[String(p)] : undefined;
  }
  return { found: true, value: v };
}
