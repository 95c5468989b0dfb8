import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOrgUnitSchema } from '../../../src/shared/contracts/org';
import { residentInputSchema } from '../../../src/shared/contracts/residents';
import { createUserSchema } from '../../../src/shared/contracts/users';
import { RESIDENT_FIELDS } from '../../../src/server/modules/residents/residents.fields';
import { fieldLabelsFor, valueAt } from '../../../src/server/platform/i18n/fields';
import { zodIssueMessage } from '../../../src/server/platform/i18n/i18n';

const valid = { orgUnitId: 5, surname: 'KIM', givenNames: 'MINSU', nationality: 'KOR', docType: 'passport', docNumber: 'M12345678' };

/** The message of the first issue at `field` when `patch` is sent, as the error handler builds it. */
function messageFor(patch: Record<string, unknown>, field: string, locale: 'zh-CN' | 'en-US', drop: string[] = []) {
  const body: Record<string, unknown> = { ...valid, ...patch };
  for (const k of drop) delete body[k];
  const r = residentInputSchema.safeParse(body);
  expect(r.success).toBe(false);
  const issue = r.error!.issues.find((i) => i.path[0] === field);
  expect(issue, `no issue at ${field}`).toBeDefined();
  return zodIssueMessage(locale, issue!, { labels: RESIDENT_FIELDS, input: valueAt(body, issue!.path) });
}

const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/;

describe('zod refusals in plain words', () => {
  it.each([
    ['required (missing)', {}, 'docNumber', ['docNumber'], '证件号码必填', 'Document number is required'],
    ['required (empty)', { docNumber: '' }, 'docNumber', [], '证件号码必填', 'Document number is required'],
    ['required (blank)', { docNumber: '   ' }, 'docNumber', [], '证件号码必填', 'Document number is required'],
    ['required (null)', { nationality: null }, 'nationality', [], '国籍/地区必填', 'Nationality/region is required'],
    ['too short', { docNumber: 'M1' }, 'docNumber', [], '证件号码至少 3 个字符', 'Document number needs at least 3 characters'],
    ['too long', { docNumber: 'M'.repeat(31) }, 'docNumber', [], '证件号码最多 30 个字符', 'Document number can have at most 30 characters'],
    ['not a number', { orgUnitId: 'abc' }, 'orgUnitId', [], '居住区域应填写数字', 'Area of residence must be a number'],
    ['number too small', { orgUnitId: 0 }, 'orgUnitId', [], '居住区域须大于 0', 'Area of residence must be more than 0'],
    ['number out of range', { orgUnitId: 3_000_000_000 }, 'orgUnitId', [], '居住区域不能大于 2147483647', 'Area of residence cannot be more than 2147483647'],
    ['not text', { notes: 12345 }, 'notes', [], '备注应填写文字', 'Notes must be text'],
    ['not yes/no', { accommodationRegistered: 'yes' }, 'accommodationRegistered', [], '住宿登记应为“是”或“否”', 'Accommodation registered must be yes or no'],
    ['too many items', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags', [], '标签最多填写 20 项', 'Tags can have at most 20 entries'],
    ['not a list', { tags: 'x' }, 'tags', [], '标签应为多项列表', 'Tags must be a list'],
    [
      'bad date',
      { birthDate: '2020-02-30' },
      'birthDate',
      [],
      '出生日期：日期格式应为 YYYY-MM-DD 且为有效日期',
      'Date of birth: A date must be YYYY-MM-DD and exist in the calendar',
    ],
  ] as const)('%s', (_kind, patch, field, drop, zh, en) => {
    expect(messageFor(patch, field, 'zh-CN', [...drop])).toBe(zh);
    expect(messageFor(patch, field, 'en-US', [...drop])).toBe(en);
  });

  it('lists the allowed values by their labels, never by their codes', () => {
    const zh = messageFor({ docType: 'driving_licence' }, 'docType', 'zh-CN');
    expect(zh).toMatch(/^证件类型应为以下之一：普通护照、外交护照、公务护照、旅行证、港澳居民来往内地通行证、台湾居民来往大陆通行证、身份证件、其他证件$/);
    const en = messageFor({ sex: 'W' }, 'sex', 'en-US');
    expect(en).toBe('Sex must be one of: Male, Female, Unknown');
  });

  it("words the platform's roles, unit levels and languages as the admin pages do (src/shared/labels/platform.ts)", () => {
    const platformMessage = (schema: z.ZodType, url: string, body: Record<string, unknown>, field: string, locale: 'zh-CN' | 'en-US') => {
      const issue = schema.safeParse(body).error!.issues.find((i) => i.path[0] === field)!;
      return zodIssueMessage(locale, issue, { labels: fieldLabelsFor(url), input: valueAt(body, issue.path) });
    };
    const user = { username: 'li.si', displayName: '李四', orgUnitId: 1, password: 'long-enough-1', role: 'boss', locale: 'fr-FR' };
    expect(platformMessage(createUserSchema, '/api/users', user, 'role', 'zh-CN')).toBe(
      '角色应为以下之一：系统管理员、外办工作人员、区级操作员、街道/社区操作员、领导（只读）、单位外事联络员',
    );
    expect(platformMessage(createUserSchema, '/api/users', user, 'locale', 'en-US')).toBe('Language must be one of: Chinese, English');
    const unit = { parentId: 1, kind: 'province', nameZh: '某单位' };
    expect(platformMessage(createOrgUnitSchema, '/api/org/units', unit, 'kind', 'zh-CN')).toBe(
      '单位层级应为以下之一：市、区（县）、街道（乡镇）、社区（村）、部门、单位',
    );
    expect(platformMessage(createOrgUnitSchema, '/api/org/units', unit, 'kind', 'en-US')).toBe(
      'Level must be one of: City, District, Street, Community, Department, Unit',
    );
  });

  it('names no internal key, type name or "undefined" in any language', () => {
    const cases: Array<[Record<string, unknown>, string, string[]]> = [
      [{}, 'docNumber', ['docNumber']],
      [{ visaIssueDate: 'x' }, 'visaIssueDate', []],
      [{ docType: 1 }, 'docType', []],
      [{ givenNames: 5 }, 'givenNames', []],
      [{ surname: 'x'.repeat(101) }, 'surname', []],
      [{ orgUnitId: 1.5 }, 'orgUnitId', []],
    ];
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const [patch, field, drop] of cases) {
        const m = messageFor(patch, field, locale, drop);
        expect(m, m).not.toMatch(CAMEL);
        expect(m, m).not.toMatch(/undefined|received|expected|\bstring\b|\bboolean\b|Invalid input/i);
      }
    }
  });

  it('falls back to a generic plain sentence when no label is known', () => {
    const r = z.object({ fooBar: z.string().min(2) }).safeParse({ fooBar: 'x' });
    const issue = r.error!.issues[0]!;
    expect(zodIssueMessage('zh-CN', issue, { input: { found: true, value: 'x' } })).toBe('此项至少 2 个字符');
    expect(zodIssueMessage('en-US', issue, {})).toBe('This field needs at least 2 characters');
  });
});
