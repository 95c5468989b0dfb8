/** The residents and platform enums are labelled once (src/shared/labels), and the server and pages read those tables. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/shared/contracts/auth';
import { LOCALES } from '../../../src/shared/contracts/common';
import { ORG_KINDS } from '../../../src/shared/contracts/org';
import { DOC_TYPE_CODES, MOVEMENT_KINDS, RESIDENT_SORTS, RESIDENT_STATUSES, REVIEW_FLAGS, SEXES, VISA_ENTRIES } from '../../../src/shared/contracts/residents';
import { labelOf, valueFromLabel } from '../../../src/shared/labels/labels';
import { LOCALE_LABELS, ORG_KIND_LABELS, ROLE_LABELS, unitName } from '../../../src/shared/labels/platform';
import {
  DOC_TYPE_LABELS,
  MOVEMENT_KIND_LABELS,
  RESIDENT_SORT_LABELS,
  RESIDENT_STATUS_FILTER_LABELS,
  RESIDENT_STATUS_LABELS,
  REVIEW_FLAG_LABELS,
  SEX_LABELS,
  VISA_ENTRY_LABELS,
  VISA_TYPE_LABELS,
} from '../../../src/shared/labels/residents';
import { VISA_TYPES } from '../../../src/shared/reference/visas';
import { RESIDENT_FIELDS } from '../../../src/server/modules/residents/residents.fields';
import { fieldLabelsFor } from '../../../src/server/platform/i18n/fields';

const root = path.resolve(import.meta.dirname, '../../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });

describe('enum labels', () => {
  it('label every value of every enum, in both languages', () => {
    const tables: Array<[readonly string[], Record<string, { zh: string; en: string }>]> = [
      [RESIDENT_STATUSES, RESIDENT_STATUS_LABELS],
      [[...RESIDENT_STATUSES, 'all'], RESIDENT_STATUS_FILTER_LABELS],
      [SEXES, SEX_LABELS],
      [VISA_ENTRIES, VISA_ENTRY_LABELS],
      [MOVEMENT_KINDS, MOVEMENT_KIND_LABELS],
      [RESIDENT_SORTS, RESIDENT_SORT_LABELS],
      [REVIEW_FLAGS, REVIEW_FLAG_LABELS],
      [DOC_TYPE_CODES, DOC_TYPE_LABELS],
      [VISA_TYPES.map((v) => v.code), VISA_TYPE_LABELS],
      [ROLES, ROLE_LABELS],
      [ORG_KINDS, ORG_KIND_LABELS],
      [LOCALES, LOCALE_LABELS],
    ];
    for (const [values, labels] of tables) {
      expect(Object.keys(labels)).toEqual([...values]);
      for (const v of values) expect(labels[v].zh && labels[v].en).toBeTruthy();
    }
  });

  it("are the ones the ledger's refusals name", () => {
    expect(RESIDENT_FIELDS.sex.values).toBe(SEX_LABELS);
    expect(RESIDENT_FIELDS.docType.values).toBe(DOC_TYPE_LABELS);
    expect(RESIDENT_FIELDS.visaEntries.values).toBe(VISA_ENTRY_LABELS);
    expect(RESIDENT_FIELDS.kind.values).toBe(MOVEMENT_KIND_LABELS);
    expect(RESIDENT_FIELDS.status.values).toBe(RESIDENT_STATUS_FILTER_LABELS);
    expect(RESIDENT_FIELDS.sort.values).toBe(RESIDENT_SORT_LABELS);
  });

  it("are the ones the platform's refusals name (users, sign-in, the org tree)", () => {
    expect(fieldLabelsFor('/api/users').role.values).toBe(ROLE_LABELS);
    expect(fieldLabelsFor('/api/users').locale.values).toBe(LOCALE_LABELS);
    expect(fieldLabelsFor('/api/auth/password').locale.values).toBe(LOCALE_LABELS);
    expect(fieldLabelsFor('/api/org/units').kind.values).toBe(ORG_KIND_LABELS);
  });

  it('read back what the sheets write: a label in either language gives its code', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const s of SEXES) expect(valueFromLabel(SEX_LABELS, labelOf(SEX_LABELS, s, locale))).toBe(s);
      for (const s of RESIDENT_STATUSES) expect(valueFromLabel(RESIDENT_STATUS_LABELS, labelOf(RESIDENT_STATUS_LABELS, s, locale))).toBe(s);
    }
    expect(unitName({ nameZh: '西湖区', nameEn: 'Xihu District' }, 'en-US')).toBe('Xihu District');
    expect(unitName({ nameZh: '西湖区', nameEn: 'Xihu District' }, 'zh-CN')).toBe('西湖区');
  });

  it('leave no inline language ternaries in the residents module, its pages or the platform files that label', () => {
    const checked = [
      ...files(path.join(root, 'server/modules/residents')),
      ...files(path.join(root, 'web/modules/residents')),
      ...['users/users.service.ts', 'jobs/jobs.ts', 'org/org.service.ts', 'auth/auth.routes.ts'].map((f) => path.join(root, 'server/platform', f)),
    ];
    const offenders = checked
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ file, line, n: i + 1 })),
      )
      .filter(({ line }) => /locale\s*===\s*'(en-US|zh-CN)'\s*\?|\ben\s*\?\s*['`]/.test(line))
      .map(({ file, n, line }) => `${path.relative(root, file)}:${n}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
