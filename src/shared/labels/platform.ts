/**
 * The platform's enum labels (roles, org unit kinds, interface languages), once for the admin pages and the
 * server, and the name of an org unit in a language.
 */
import type { Role } from '../contracts/auth';
import type { Locale } from '../contracts/common';
import type { OrgKind } from '../contracts/org';
import { defineLabels, say } from './labels';

export const ROLE_LABELS = defineLabels<Role>({
  admin: { zh: '系统管理员', en: 'Administrator' },
  office_staff: { zh: '外办工作人员', en: 'Office staff' },
  district_operator: { zh: '区级操作员', en: 'District operator' },
  street_operator: { zh: '街道/社区操作员', en: 'Street/community operator' },
  leader: { zh: '领导（只读）', en: 'Leader (read-only)' },
  unit_applicant: { zh: '单位外事联络员', en: 'Unit contact (outbound travel)' },
});

export const ORG_KIND_LABELS = defineLabels<OrgKind>({
  city: { zh: '市', en: 'City' },
  district: { zh: '区（县）', en: 'District' },
  street: { zh: '街道（乡镇）', en: 'Street' },
  community: { zh: '社区（村）', en: 'Community' },
  department: { zh: '部门', en: 'Department' },
  unit: { zh: '单位', en: 'Unit' },
});

/** The interface languages a user may choose. */
export const LOCALE_LABELS = defineLabels<Locale>({
  'zh-CN': { zh: '简体中文', en: 'Chinese' },
  'en-US': { zh: '英文', en: 'English' },
});

/** An org unit's name in the given language; a unit entered without an English name keeps its Chinese one. */
export const unitName = (unit: { nameZh: string; nameEn: string }, locale: Locale): string => say({ zh: unit.nameZh, en: unit.nameEn || unit.nameZh }, locale);
