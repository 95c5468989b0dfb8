/**
 * The residents ledger's enum labels, once for the pages, the sheets and the API's refusals. Where the
 * pages and the server used to word a value differently, the wording the sheets and refusals already
 * used (and the tests pin) is kept: 在住 / Present, 已离境, 未知 / Unknown.
 */
import type { MovementKind, RESIDENT_SORTS, RESIDENT_STATUSES, REVIEW_FLAGS, SEXES, VISA_ENTRIES } from '../contracts/residents';
import { DOC_TYPES, VISA_TYPES, type DocTypeCode, type VisaTypeCode } from '../reference/visas';
import { defineLabels, type Label, type Labels } from './labels';

export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];
export type Sex = (typeof SEXES)[number];
export type VisaEntries = (typeof VISA_ENTRIES)[number];
export type ResidentSort = (typeof RESIDENT_SORTS)[number];
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

export const RESIDENT_STATUS_LABELS = defineLabels<ResidentStatus>({
  active: { zh: '在住', en: 'Present' },
  departed: { zh: '已离境', en: 'Departed' },
  archived: { zh: '已归档', en: 'Archived' },
});

/** The list's status filter: a status, or all of them. */
export const RESIDENT_STATUS_FILTER_LABELS = defineLabels<ResidentStatus | 'all'>({
  ...RESIDENT_STATUS_LABELS,
  all: { zh: '全部状态', en: 'All statuses' },
});

export const SEX_LABELS = defineLabels<Sex>({
  M: { zh: '男', en: 'Male' },
  F: { zh: '女', en: 'Female' },
  X: { zh: '未知', en: 'Unknown' },
});

export const VISA_ENTRY_LABELS = defineLabels<VisaEntries>({
  single: { zh: '一次', en: 'Single' },
  double: { zh: '两次', en: 'Double' },
  multiple: { zh: '多次', en: 'Multiple' },
});

export const MOVEMENT_KIND_LABELS = defineLabels<MovementKind>({
  arrival: { zh: '入境/抵达', en: 'Arrival' },
  address_change: { zh: '住址变更', en: 'Address change' },
  departure: { zh: '离开', en: 'Departure' },
  registration: { zh: '住宿登记', en: 'Accommodation registration' },
});

export const RESIDENT_SORT_LABELS = defineLabels<ResidentSort>({
  updatedAt: { zh: '最近修改', en: 'last change' },
  name: { zh: '姓名', en: 'name' },
  nationality: { zh: '国籍', en: 'nationality' },
  arrivalDate: { zh: '入境日期', en: 'arrival date' },
  docExpiry: { zh: '证件有效期', en: 'document expiry' },
  visaExpiry: { zh: '签证有效期', en: 'visa expiry' },
});

/** What a clerk is asked to check again on an accepted file. */
export const REVIEW_FLAG_LABELS = defineLabels<ReviewFlag>({
  taiwanPassport: {
    zh: '待核实：中国台湾居民一般持台湾居民来往大陆通行证，此档案登记的是普通护照',
    en: 'To check: residents of Taiwan (China) normally hold the Mainland Travel Permit for Taiwan Residents; this file records an ordinary passport',
  },
});

/** A reference list's own labels (visas.ts keeps the codes with their names and aliases), read as a label table. */
const fromReference = <E extends string>(list: ReadonlyArray<{ code: E } & Label>): Labels<E> =>
  Object.fromEntries(list.map((t) => [t.code, { zh: t.zh, en: t.en }])) as Record<E, Label>;

export const DOC_TYPE_LABELS: Labels<DocTypeCode> = fromReference<DocTypeCode>(DOC_TYPES);
export const VISA_TYPE_LABELS: Labels<VisaTypeCode> = fromReference<VisaTypeCode>(VISA_TYPES);

/** Yes or no in a sheet cell (accommodation registered). */
export const YES_NO_LABELS = defineLabels<'yes' | 'no'>({ yes: { zh: '是', en: 'yes' }, no: { zh: '否', en: 'no' } });
