import { residentInputSchema, type ResidentStats } from '@shared/contracts/residents';
import type { Locale } from '@shared/contracts/common';
import { countryName } from '@shared/reference/countries';
import { parseFlexibleDate } from '@shared/reference/dates';
import { normalizeDocNumber } from '@shared/reference/normalize';
import { toDocType } from '@shared/reference/visas';
import { labelOf, say, valueFromLabel, type Label, type Labels } from '@shared/labels/labels';
import { unitName } from '@shared/labels/platform';
import { DOC_TYPE_LABELS, RESIDENT_STATUS_LABELS, SEX_LABELS, VISA_TYPE_LABELS, YES_NO_LABELS, type Sex } from '@shared/labels/residents';
import { cellText, cellTyped, type CellValue, type ColumnSpec, type XlsxColumn } from '@server/platform/files/excel';
import { valueAt, type FieldLabels } from '@server/platform/i18n/fields';
import { translate, zodIssueMessage, type MessageKey } from '@server/platform/i18n/i18n';
import type { AreaMiss } from './residents.areas';
import { RESIDENT_FIELDS } from './residents.fields';
import { maskDocNumber } from './residents.policy';
import type { ResidentRow } from './residents.repository';
import { statusFor } from './residents.normalize';

export const COLUMNS = [
  { key: 'surname', headers: ['姓', '英文姓', '外文姓', 'surname', 'family name', 'last name'], zh: '英文姓', en: 'Surname' },
  { key: 'givenNames', headers: ['名', '英文名', '外文名', 'given names', 'given name', 'first name'], zh: '英文名', en: 'Given names' },
  { key: 'fullName', headers: ['英文姓名', '外文姓名', '姓名（英文）', 'name', 'full name', 'name in passport'], zh: null, en: null },
  { key: 'nameZh', headers: ['中文姓名', '中文名', '姓名', 'chinese name'], zh: '中文姓名', en: 'Chinese name' },
  { key: 'sex', headers: ['性别', 'sex', 'gender'], zh: '性别', en: 'Sex' },
  { key: 'birthDate', headers: ['出生日期', '出生年月日', '生日', 'date of birth', 'birth date', 'dob'], zh: '出生日期', en: 'Date of birth' },
  { key: 'nationality', headers: ['国籍', '国籍（地区）', '国家', '国家地区', 'nationality', 'country'], zh: '国籍', en: 'Nationality' },
  { key: 'docType', headers: ['证件类型', '证件种类', 'document type'], zh: '证件类型', en: 'Document type' },
  {
    key: 'docNumber',
    headers: ['证件号码', '护照号码', '护照号', '证件号', 'passport no', 'passport number', 'document number', 'document no'],
    zh: '证件号码',
    en: 'Document number',
  },
  { key: 'docIssuingCountry', headers: ['签发国', '签发国家', '证件签发国', 'issuing country', 'issuing state'], zh: '签发国', en: 'Issuing country' },
  {
    key: 'docExpiry',
    headers: ['证件有效期', '护照有效期', '证件有效期至', '护照有效期至', 'document expiry', 'passport expiry', 'date of expiry'],
    zh: '证件有效期至',
    en: 'Document expiry',
  },
  {
    key: 'visaType',
    headers: ['签证类型', '签证种类', '签证（居留许可）类型', '签证/居留许可类型', 'visa type', 'visa/permit type'],
    zh: '签证/居留许可类型',
    en: 'Visa/permit type',
  },
  { key: 'visaNumber', headers: ['签证号码', '签证号', '居留许可号码', 'visa number', 'visa no'], zh: '签证/居留许可号码', en: 'Visa/permit number' },
  { key: 'visaIssueDate', headers: ['签证签发日期', '签发日期', 'visa issue date'], zh: '签发日期', en: 'Visa issue date' },
  {
    key: 'visaExpiry',
    headers: ['签证有效期', '签证有效期至', '居留许可有效期', '停留有效期', 'visa expiry', 'permit expiry'],
    zh: '签证有效期至',
    en: 'Visa/permit expiry',
  },
  { key: 'district', headers: ['区', '区县', '所属区', '区（县、市）', 'district'], zh: '区县', en: 'District' },
  { key: 'street', headers: ['街道', '街道（乡镇）', '乡镇街道', '所属街道', 'street', 'subdistrict'], zh: '街道', en: 'Subdistrict' },
  { key: 'community', headers: ['社区', '社区（村）', '所属社区', '居委会', 'community'], zh: '社区', en: 'Community' },
  { key: 'addressBuilding', headers: ['楼栋', '楼号', '小区楼栋', 'building'], zh: '楼栋', en: 'Building' },
  { key: 'addressRoom', headers: ['房号', '门牌号', '室', 'room'], zh: '房号', en: 'Room' },
  { key: 'addressDetail', headers: ['详细地址', '居住地址', '住址', '现住址', 'address'], zh: '详细地址', en: 'Address' },
  { key: 'phone', headers: ['联系电话', '电话', '手机', '手机号码', 'phone', 'telephone', 'mobile'], zh: '联系电话', en: 'Phone' },
  { key: 'purpose', headers: ['来华事由', '来华目的', '居留事由', '事由', 'purpose'], zh: '来华事由', en: 'Purpose' },
  {
    key: 'employer',
    headers: ['工作单位', '就读学校', '工作单位/学校', '服务单位', 'employer', 'school', 'employer/school'],
    zh: '工作单位/学校',
    en: 'Employer/school',
  },
  { key: 'occupation', headers: ['职业', '职务', 'occupation'], zh: '职业', en: 'Occupation' },
  { key: 'arrivalDate', headers: ['入境日期', '来华日期', '抵达日期', '入住日期', 'arrival date', 'date of arrival'], zh: '入境日期', en: 'Arrival date' },
  { key: 'arrivalPort', headers: ['入境口岸', '口岸', 'port of entry', 'arrival port'], zh: '入境口岸', en: 'Port of entry' },
  { key: 'departureDate', headers: ['离境日期', '离开日期', 'departure date'], zh: '离境日期', en: 'Departure date' },
  // Shown in the export; an import ignores it, since the status follows the dates.
  { key: 'status', headers: ['状态', '在住状态', 'status'], zh: '状态', en: 'Status' },
  { key: 'host', headers: ['接待单位', '邀请单位', '接待人', '担保人', 'host', 'inviting unit'], zh: '接待单位', en: 'Host' },
  {
    key: 'accommodationRegistered',
    headers: ['住宿登记', '是否住宿登记', '已住宿登记', 'accommodation registered', 'registered'],
    zh: '已住宿登记',
    en: 'Accommodation registered',
  },
  { key: 'accommodationRegisteredOn', headers: ['住宿登记日期', '登记日期', 'registration date'], zh: '住宿登记日期', en: 'Registration date' },
  { key: 'tags', headers: ['标签', 'tags'], zh: '标签', en: 'Tags' },
  { key: 'notes', headers: ['备注', 'notes', 'remarks'], zh: '备注', en: 'Notes' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];
// The export's own headers, in both languages, are always accepted: an exported sheet imports back.
const DATE_KEYS = new Set<string>(['birthDate', 'docExpiry', 'visaIssueDate', 'visaExpiry', 'arrivalDate', 'departureDate', 'accommodationRegisteredOn']);
export const SPECS: ColumnSpec<ColumnKey>[] = COLUMNS.map((c) => ({
  key: c.key,
  headers: [...c.headers, ...(c.zh ? [c.zh, c.en] : [])],
  date: DATE_KEYS.has(c.key),
}));
const EXPORT_COLUMNS = COLUMNS.filter((c): c is Extract<(typeof COLUMNS)[number], Label> => c.zh !== null);

const text = cellText;
const typed = cellTyped;

/** A sex as sheets write it: its code or label in either language (SEX_LABELS), or 男性 / 女性. */
const SEX_ALIASES: Record<string, Sex> = { 男性: 'M', 女性: 'F' };
const sexFrom = (s: string): Sex | null => valueFromLabel(SEX_LABELS, s) ?? SEX_ALIASES[s] ?? null;
const AREA_MISS: Record<AreaMiss['kind'], MessageKey> = { district: 'err.unknownDistrict', street: 'err.unknownStreet', community: 'err.unknownCommunity' };
/** The sheet's own headers name the fields of an import's refusals. */
const IMPORT_LABELS: FieldLabels = {
  ...RESIDENT_FIELDS,
  ...Object.fromEntries(COLUMNS.filter((c) => c.zh).map((c) => [c.key, { ...RESIDENT_FIELDS[c.key], zh: c.zh!, en: c.en! }])),
};
type AreaResolver = ((d: string | null, s: string | null, c: string | null) => number | null) & {
  explain?: (d: string | null, s: string | null, c: string | null) => AreaMiss | null;
};
const YES = new Set(['是', '已', '已登记', 'y', 'yes', 'true', '1', '√', '✓']);

type Parsed = { ok: true; value: ReturnType<typeof residentInputSchema.parse> } | { ok: false; reason: string };

/**
 * One sheet row → the same validated input the form sends; every problem in the user's language.
 *
 * Only the columns the sheet has are read from it: with `base` (the file already on record for the row's
 * document) every other field keeps its stored value, so a sheet of a few columns updates those and
 * nothing else, and the rules across fields (arrival before departure…) are checked on the result. A new
 * person (no base) takes the rest as empty, and still needs the required fields.
 */
export function parseRow(values: Partial<Record<ColumnKey, CellValue>>, resolveArea: AreaResolver, locale: Locale, base: ResidentRow | null = null): Parsed {
  const problems: string[] = [];
  const has = (key: ColumnKey) => key in values;
  /** The sheet's value when the sheet has the column (or there is nothing on record), else the stored one. */
  const pick = <T>(keys: ColumnKey[], fromSheet: () => T, stored: (b: ResidentRow) => T): T => (!base || keys.some(has) ? fromSheet() : stored(base));
  const date = (key: ColumnKey, label: string) => {
    if (base && !has(key)) return base[key as keyof ResidentRow] as string | null;
    const r = parseFlexibleDate(values[key] as string | number | Date | null);
    if (r.ok) return r.value;
    if (r.reason === 'invalid')
      problems.push(translate(locale, 'err.fieldMessage', { field: label, message: `${translate(locale, 'err.date')}（${text(values[key])}）` }));
    return null;
  };
  const label = (key: ColumnKey) => {
    const c = COLUMNS.find((col) => col.key === key)!;
    return c.zh !== null ? say(c, locale) : key;
  };
  let surname = pick(
    ['surname'],
    () => text(values.surname) ?? '',
    (b) => b.surname,
  );
  let givenNames = pick(
    ['givenNames'],
    () => text(values.givenNames) ?? '',
    (b) => b.givenNames,
  );
  const full = text(values.fullName);
  if (full && !text(values.surname) && !text(values.givenNames)) {
    // Passports print SURNAME, GIVEN NAMES; a sheet often has "KIM MINSU" in one cell.
    const [first, ...rest] = full.split(/[,，]\s*|\s+/);
    surname = first ?? '';
    givenNames = rest.join(' ');
  }
  const sexText = text(values.sex);
  if (sexText && !sexFrom(sexText)) problems.push(translate(locale, 'err.sex', { value: text(values.sex)! }));
  const docTypeText = text(values.docType);
  const docType = pick(
    ['docType'],
    () => (docTypeText ? toDocType(docTypeText) : 'passport'),
    (b) => b.docType as NonNullable<ReturnType<typeof toDocType>>,
  );
  if (!docType) problems.push(translate(locale, 'err.unknownDocType', { value: docTypeText! }));
  const area = [text(values.district), text(values.street), text(values.community)] as const;
  const orgUnitId = pick(
    ['district', 'street', 'community'],
    () => resolveArea(...area),
    (b) => b.orgUnitId,
  );
  if (!orgUnitId) {
    const miss = resolveArea.explain?.(...area);
    problems.push(miss ? translate(locale, AREA_MISS[miss.kind], { name: miss.name }) : translate(locale, 'err.orgNotArea'));
  }
  const registered = text(values.accommodationRegistered);
  const plain = (key: ColumnKey & keyof ResidentRow) =>
    pick(
      [key],
      () => text(values[key]),
      (b) => b[key] as string | null,
    );
  // Free text (notes, addresses, employer…) is kept as typed, full-width punctuation included.
  const asTyped = (key: ColumnKey & keyof ResidentRow) =>
    pick(
      [key],
      () => typed(values[key]),
      (b) => b[key] as string | null,
    );
  const candidate = {
    orgUnitId: orgUnitId ?? 0,
    surname,
    givenNames,
    nameZh: plain('nameZh'),
    sex: pick(
      ['sex'],
      () => (sexText ? sexFrom(sexText) : null),
      (b) => b.sex as Sex | null,
    ),
    birthDate: date('birthDate', label('birthDate')),
    nationality: text(values.nationality) ?? '',
    docType: docType ?? 'other',
    docNumber: normalizeDocNumber(text(values.docNumber) ?? ''),
    docIssuingCountry: plain('docIssuingCountry'),
    docExpiry: date('docExpiry', label('docExpiry')),
    visaType: plain('visaType'),
    visaNumber: plain('visaNumber'),
    visaIssueDate: date('visaIssueDate', label('visaIssueDate')),
    visaExpiry: date('visaExpiry', label('visaExpiry')),
    purpose: asTyped('purpose'),
    employer: asTyped('employer'),
    occupation: asTyped('occupation'),
    addressBuilding: asTyped('addressBuilding'),
    addressRoom: asTyped('addressRoom'),
    addressDetail: asTyped('addressDetail'),
    phone: plain('phone'),
    arrivalDate: date('arrivalDate', label('arrivalDate')),
    arrivalPort: asTyped('arrivalPort'),
    departureDate: date('departureDate', label('departureDate')),
    host: asTyped('host'),
    accommodationRegistered: pick(
      ['accommodationRegistered'],
      () => (registered ? YES.has(registered.toLowerCase()) : false),
      (b) => b.accommodationRegistered,
    ),
    accommodationRegisteredOn: date('accommodationRegisteredOn', label('accommodationRegisteredOn')),
    tags: pick(
      ['tags'],
      () =>
        (text(values.tags) ?? '')
          .split(/[,，;；、]/)
          .map((t) => t.trim())
          .filter(Boolean),
      (b) => b.tags,
    ),
    notes: asTyped('notes'),
  };
  const parsed = residentInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // An unresolved area is already reported above in words; the placeholder id's own issue is noise.
      if (issue.path[0] === 'orgUnitId' && !orgUnitId) continue;
      problems.push(zodIssueMessage(locale, issue, { labels: IMPORT_LABELS, input: valueAt(candidate, issue.path) }));
    }
  }
  if (problems.length || !parsed.success) return { ok: false, reason: problems.join('; ') };
  return { ok: true, value: parsed.data };
}

/** Names of the ledger's sheets and downloads. */
export const SHEET_NAMES = {
  ledger: { zh: '台账', en: 'Residents' },
  exportFile: (day: string): Label => ({ zh: `境外人员台账-${day}.xlsx`, en: `foreign-residents-${day}.xlsx` }),
  template: { zh: '境外人员台账导入模板.xlsx', en: 'residents-import-template.xlsx' },
  dailyFile: (date: string): Label => ({ zh: `境外人员日报-${date}.xlsx`, en: `daily-report-${date}.xlsx` }),
} satisfies Record<string, Label | ((day: string) => Label)>;

/** Export and template columns: the import's own headers, so an exported sheet imports back unchanged. */
export function exportColumns(locale: Locale): XlsxColumn[] {
  return EXPORT_COLUMNS.map((c) => ({ key: c.key, header: say(c, locale), width: c.key === 'addressDetail' || c.key === 'employer' ? 28 : 14 }));
}

/** One file as a sheet row in the sheet's language: labels, never codes; English area names on the English sheet. */
export function exportRow(
  r: ResidentRow,
  area: Array<{ nameZh: string; nameEn?: string; kind: string }>,
  locale: Locale,
  mask: boolean,
  today: string,
): Record<string, CellValue> {
  const at = (kind: string) => {
    const unit = area.find((a) => a.kind === kind);
    // A unit with no English name shows its Chinese one on the English sheet.
    return unit ? unitName({ nameZh: unit.nameZh, nameEn: unit.nameEn || unit.nameZh }, locale) : null;
  };
  /** An empty cell stays empty; an unknown code is written as it is. */
  const cellLabel = <E extends string>(labels: Labels<E>, code: string | null) => (code ? labelOf(labels, code, locale) : null);
  return {
    ...r,
    docNumber: mask ? maskDocNumber(r.docNumber) : r.docNumber,
    visaNumber: mask && r.visaNumber ? maskDocNumber(r.visaNumber) : r.visaNumber,
    nationality: countryName(r.nationality, locale),
    docIssuingCountry: countryName(r.docIssuingCountry, locale),
    visaType: cellLabel(VISA_TYPE_LABELS, r.visaType),
    sex: cellLabel(SEX_LABELS, r.sex),
    district: at('district'),
    street: at('street'),
    community: at('community'),
    accommodationRegistered: say(YES_NO_LABELS[r.accommodationRegistered ? 'yes' : 'no'], locale),
    tags: r.tags.join(', '),
    docType: cellLabel(DOC_TYPE_LABELS, r.docType),
    // The status as of today, as the list shows it: a departure date that has come means departed.
    status: cellLabel(RESIDENT_STATUS_LABELS, r.status === 'archived' ? 'archived' : statusFor(r.departureDate, today)),
  } as unknown as Record<string, CellValue>;
}

/** The daily report's wording. */
const DAILY = {
  title: (unit: string, date: string): Label => ({
    zh: `${unit}境外人员日报（截至 ${date} 12:00）`,
    en: `Foreign residents daily report — ${unit}, as of ${date} 12:00`,
  }),
  total: { zh: '在册人数', en: 'Residents on file' },
  arrivals: { zh: '近14日入境', en: 'Arrivals in the last 14 days' },
  docs: { zh: '30日内证件到期', en: 'Documents expiring within 30 days' },
  visas: { zh: '30日内签证/居留许可到期', en: 'Visas/permits expiring within 30 days' },
  notRegistered: { zh: '未办理住宿登记', en: 'Accommodation not registered' },
  byArea: { zh: '按区域', en: 'By area' },
  byNationality: { zh: '按国籍', en: 'By nationality' },
  people: { zh: '人数', en: 'Residents' },
} satisfies Record<string, Label | ((unit: string, date: string) => Label)>;

/** The "as of 12:00" daily report as a worksheet: totals, then by area and by nationality. */
export function dailyReportRows(stats: ResidentStats, date: string, locale: Locale, unit: string): CellValue[][] {
  const w = (l: Label) => say(l, locale);
  return [
    [w(DAILY.title(unit, date))],
    [],
    [w(DAILY.total), stats.total],
    [w(DAILY.arrivals), stats.arrivalsLast14Days],
    [w(DAILY.docs), stats.documentsExpiring30Days],
    [w(DAILY.visas), stats.visasExpiring30Days],
    [w(DAILY.notRegistered), stats.notRegistered],
    [],
    [w(DAILY.byArea), w(DAILY.people)],
    ...stats.byArea.map((a) => [unitName(a, locale), a.count] as CellValue[]),
    [],
    [w(DAILY.byNationality), w(DAILY.people)],
    ...stats.byNationality.map((n) => [countryName(n.code, locale), n.count] as CellValue[]),
  ];
}
