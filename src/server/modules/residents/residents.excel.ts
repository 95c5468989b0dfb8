import { and, eq, inArray, sql } from 'drizzle-orm';
import { residentInputSchema, type ResidentStats } from '../../../shared/contracts/residents';
import type { Locale } from '../../../shared/contracts/common';
import { countryName, toAlpha3 } from '../../../shared/reference/countries';
import { parseFlexibleDate, todayInShanghai } from '../../../shared/reference/dates';
import { normalizeDocNumber, toHalfWidth } from '../../../shared/reference/normalize';
import { toDocType, VISA_TYPES } from '../../../shared/reference/visas';
import type { Db } from '../../db/client';
import type { CellValue, ColumnSpec, SheetRow, XlsxColumn } from '../../platform/excel';
import { translate, zodIssueMessage } from '../../platform/i18n';
import type { BatchOutcome, ImportHandler } from '../../platform/jobs';
import { listOrgUnits } from '../../platform/org.service';
import type { Actor } from '../../platform/permissions';
import { scopeOf } from '../../platform/scope';
import { toStoredFields, statusFor } from './residents.normalize';
import { findByDocuments, type ResidentRow } from './residents.repository';
import { impliedMovements } from './residents.service';
import { residentMovements, residents } from './residents.table';

export const COLUMNS = [
  { key: 'surname', headers: ['姓', '英文姓', '外文姓', 'surname', 'family name', 'last name'], zh: '英文姓', en: 'Surname' },
  { key: 'givenNames', headers: ['名', '英文名', '外文名', 'given names', 'given name', 'first name'], zh: '英文名', en: 'Given names' },
  { key: 'fullName', headers: ['英文姓名', '外文姓名', '姓名（英文）', 'name', 'full name', 'name in passport'], zh: null, en: null },
  { key: 'nameZh', headers: ['中文姓名', '中文名', '姓名', 'chinese name'], zh: '中文姓名', en: 'Chinese name' },
  { key: 'sex', headers: ['性别', 'sex', 'gender'], zh: '性别', en: 'Sex' },
  { key: 'birthDate', headers: ['出生日期', '出生年月日', '生日', 'date of birth', 'birth date', 'dob'], zh: '出生日期', en: 'Date of birth' },
  { key: 'nationality', headers: ['国籍', '国籍（地区）', '国家', '国家地区', 'nationality', 'country'], zh: '国籍', en: 'Nationality' },
  { key: 'docType', headers: ['证件类型', '证件种类', 'document type'], zh: '证件类型', en: 'Document type' },
  { key: 'docNumber', headers: ['证件号码', '护照号码', '护照号', '证件号', 'passport no', 'passport number', 'document number', 'document no'], zh: '证件号码', en: 'Document number' },
  { key: 'docIssuingCountry', headers: ['签发国', '签发国家', '证件签发国', 'issuing country', 'issuing state'], zh: '签发国', en: 'Issuing country' },
  { key: 'docExpiry', headers: ['证件有效期', '护照有效期', '证件有效期至', '护照有效期至', 'document expiry', 'passport expiry', 'date of expiry'], zh: '证件有效期至', en: 'Document expiry' },
  { key: 'visaType', headers: ['签证类型', '签证种类', '签证（居留许可）类型', '签证/居留许可类型', 'visa type', 'visa/permit type'], zh: '签证/居留许可类型', en: 'Visa/permit type' },
  { key: 'visaNumber', headers: ['签证号码', '签证号', '居留许可号码', 'visa number', 'visa no'], zh: '签证/居留许可号码', en: 'Visa/permit number' },
  { key: 'visaIssueDate', headers: ['签证签发日期', '签发日期', 'visa issue date'], zh: '签发日期', en: 'Visa issue date' },
  { key: 'visaExpiry', headers: ['签证有效期', '签证有效期至', '居留许可有效期', '停留有效期', 'visa expiry', 'permit expiry'], zh: '签证有效期至', en: 'Visa/permit expiry' },
  { key: 'district', headers: ['区', '区县', '所属区', '区（县、市）', 'district'], zh: '区县', en: 'District' },
  { key: 'street', headers: ['街道', '街道（乡镇）', '乡镇街道', '所属街道', 'street', 'subdistrict'], zh: '街道', en: 'Subdistrict' },
  { key: 'community', headers: ['社区', '社区（村）', '所属社区', '居委会', 'community'], zh: '社区', en: 'Community' },
  { key: 'addressBuilding', headers: ['楼栋', '楼号', '小区楼栋', 'building'], zh: '楼栋', en: 'Building' },
  { key: 'addressRoom', headers: ['房号', '门牌号', '室', 'room'], zh: '房号', en: 'Room' },
  { key: 'addressDetail', headers: ['详细地址', '居住地址', '住址', '现住址', 'address'], zh: '详细地址', en: 'Address' },
  { key: 'phone', headers: ['联系电话', '电话', '手机', '手机号码', 'phone', 'telephone', 'mobile'], zh: '联系电话', en: 'Phone' },
  { key: 'purpose', headers: ['来华事由', '来华目的', '居留事由', '事由', 'purpose'], zh: '来华事由', en: 'Purpose' },
  { key: 'employer', headers: ['工作单位', '就读学校', '工作单位/学校', '服务单位', 'employer', 'school', 'employer/school'], zh: '工作单位/学校', en: 'Employer/school' },
  { key: 'occupation', headers: ['职业', '职务', 'occupation'], zh: '职业', en: 'Occupation' },
  { key: 'arrivalDate', headers: ['入境日期', '来华日期', '抵达日期', '入住日期', 'arrival date', 'date of arrival'], zh: '入境日期', en: 'Arrival date' },
  { key: 'arrivalPort', headers: ['入境口岸', '口岸', 'port of entry', 'arrival port'], zh: '入境口岸', en: 'Port of entry' },
  { key: 'departureDate', headers: ['离境日期', '离开日期', 'departure date'], zh: '离境日期', en: 'Departure date' },
  { key: 'host', headers: ['接待单位', '邀请单位', '接待人', '担保人', 'host', 'inviting unit'], zh: '接待单位', en: 'Host' },
  { key: 'accommodationRegistered', headers: ['住宿登记', '是否住宿登记', '已住宿登记', 'accommodation registered', 'registered'], zh: '已住宿登记', en: 'Accommodation registered' },
  { key: 'accommodationRegisteredOn', headers: ['住宿登记日期', '登记日期', 'registration date'], zh: '住宿登记日期', en: 'Registration date' },
  { key: 'tags', headers: ['标签', 'tags'], zh: '标签', en: 'Tags' },
  { key: 'notes', headers: ['备注', 'notes', 'remarks'], zh: '备注', en: 'Notes' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];
// The export's own headers, in both languages, are always accepted: an exported sheet imports back.
export const SPECS: ColumnSpec<ColumnKey>[] = COLUMNS.map((c) => ({ key: c.key, headers: [...c.headers, ...(c.zh ? [c.zh, c.en] : [])] }));
const EXPORT_COLUMNS = COLUMNS.filter((c) => c.zh !== null);

const text = (v: CellValue | undefined): string | null => {
  if (v === null || v === undefined) return null;
  const s = toHalfWidth(v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim();
  return s === '' ? null : s;
};

const SEX: Record<string, 'M' | 'F' | 'X'> = { 男: 'M', 女: 'F', m: 'M', f: 'F', male: 'M', female: 'F', x: 'X', 未知: 'X' };
const YES = new Set(['是', '已', '已登记', 'y', 'yes', 'true', '1', '√', '✓']);

type Parsed = { ok: true; value: ReturnType<typeof residentInputSchema.parse> } | { ok: false; reason: string };

/** One sheet row → the same validated input the form sends; every problem in the user's language. */
export function parseRow(values: Partial<Record<ColumnKey, CellValue>>, resolveArea: (d: string | null, s: string | null, c: string | null) => number | null, locale: Locale): Parsed {
  const problems: string[] = [];
  const date = (key: ColumnKey, label: string) => {
    const r = parseFlexibleDate(values[key] as string | number | Date | null);
    if (r.ok) return r.value;
    if (r.reason === 'invalid') problems.push(`${label}: ${translate(locale, 'err.date')} (${text(values[key])})`);
    return null;
  };
  const label = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)![locale === 'en-US' ? 'en' : 'zh'] ?? key;
  let surname = text(values.surname) ?? '';
  let givenNames = text(values.givenNames) ?? '';
  const full = text(values.fullName);
  if (!surname && !givenNames && full) {
    // Passports print SURNAME, GIVEN NAMES; a sheet often has "KIM MINSU" in one cell.
    const [first, ...rest] = full.split(/[,，]\s*|\s+/);
    surname = first ?? '';
    givenNames = rest.join(' ');
  }
  const sexText = text(values.sex)?.toLowerCase();
  const docTypeText = text(values.docType);
  const docType = docTypeText ? toDocType(docTypeText) : 'passport';
  if (!docType) problems.push(`${label('docType')}: ${docTypeText}`);
  const orgUnitId = resolveArea(text(values.district), text(values.street), text(values.community));
  if (!orgUnitId) problems.push(translate(locale, 'err.orgNotArea'));
  const registered = text(values.accommodationRegistered);
  const candidate = {
    orgUnitId: orgUnitId ?? 0,
    surname, givenNames, nameZh: text(values.nameZh),
    sex: sexText ? SEX[sexText] ?? null : null,
    birthDate: date('birthDate', label('birthDate')),
    nationality: text(values.nationality) ?? '',
    docType: docType ?? 'other',
    docNumber: normalizeDocNumber(text(values.docNumber) ?? ''),
    docIssuingCountry: text(values.docIssuingCountry),
    docExpiry: date('docExpiry', label('docExpiry')),
    visaType: text(values.visaType), visaNumber: text(values.visaNumber),
    visaIssueDate: date('visaIssueDate', label('visaIssueDate')), visaExpiry: date('visaExpiry', label('visaExpiry')),
    purpose: text(values.purpose), employer: text(values.employer), occupation: text(values.occupation),
    addressBuilding: text(values.addressBuilding), addressRoom: text(values.addressRoom), addressDetail: text(values.addressDetail),
    phone: text(values.phone), arrivalDate: date('arrivalDate', label('arrivalDate')), arrivalPort: text(values.arrivalPort),
    departureDate: date('departureDate', label('departureDate')), host: text(values.host),
    accommodationRegistered: registered ? YES.has(registered.toLowerCase()) : false,
    accommodationRegisteredOn: date('accommodationRegisteredOn', label('accommodationRegisteredOn')),
    tags: (text(values.tags) ?? '').split(/[,，;；、]/).map((t) => t.trim()).filter(Boolean),
    notes: text(values.notes),
  };
  const parsed = residentInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // An unresolved area is already reported above in words; the placeholder id's own issue is noise.
      if (issue.path[0] === 'orgUnitId' && !orgUnitId) continue;
      const key = String(issue.path[0]) as ColumnKey;
      problems.push(`${COLUMNS.some((c) => c.key === key) ? label(key) : key}: ${zodIssueMessage(locale, issue)}`);
    }
  }
  if (problems.length || !parsed.success) return { ok: false, reason: problems.join('; ') };
  return { ok: true, value: parsed.data };
}

/** Area names as offices write them (西湖区 / 北山街道 / 某社区, with or without 居委会) → the unit in scope. */
async function areaResolver(db: Db, actor: Actor) {
  const units = await listOrgUnits(db, scopeOf(actor));
  const norm = (s: string) => toHalfWidth(s).replace(/\s/g, '').replace(/(社区居民委员会|社区居委会|居委会|村民委员会|村委会|街道办事处|办事处)$/, '');
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<number | null, Map<string, number>>();
  for (const u of units) {
    if (u.archived) continue;
    const parent = byId.has(u.parentId ?? -1) ? u.parentId : null;
    if (!children.has(parent)) children.set(parent, new Map());
    children.get(parent)!.set(norm(u.nameZh), u.id);
  }
  const own = byId.get(actor.orgUnitId);
  const descendants = (rootId: number | null) => {
    const out = new Map<string, number[]>();
    const walk = (id: number | null) => {
      for (const [name, childId] of children.get(id) ?? []) {
        out.set(name, [...(out.get(name) ?? []), childId]);
        walk(childId);
      }
    };
    walk(rootId);
    return out;
  };
  const everything = descendants(null);
  const unique = (name: string | null, within?: number) => {
    if (!name) return null;
    const hits = (everything.get(norm(name)) ?? []).filter((id) => within === undefined || byId.get(id)!.parentId === within
      || (byId.get(id)!.depth > (byId.get(within)?.depth ?? 0)));
    return hits.length === 1 ? hits[0] : null;
  };
  return (district: string | null, street: string | null, community: string | null): number | null => {
    const districtId = unique(district) ?? undefined;
    const streetId = unique(street, districtId) ?? undefined;
    const communityId = unique(community, streetId ?? districtId);
    const chosen = communityId ?? streetId ?? null;
    if (chosen) return chosen;
    // A street or community operator's own sheet needs no area columns: everyone lives in their area.
    return own && (own.kind === 'street' || own.kind === 'community') && !district && !street && !community ? own.id : null;
  };
}

const COMPARED: Array<keyof ResidentRow> = [
  'orgUnitId', 'surname', 'givenNames', 'nameZh', 'sex', 'birthDate', 'nationality', 'docType', 'docExpiry', 'visaType', 'visaNumber',
  'visaIssueDate', 'visaExpiry', 'purpose', 'employer', 'occupation', 'addressBuilding', 'addressRoom', 'addressDetail', 'phone',
  'arrivalDate', 'arrivalPort', 'departureDate', 'host', 'accommodationRegistered', 'accommodationRegisteredOn', 'tags', 'notes',
];

/** The residents import: matches files by document, so re-importing a sheet changes nothing. */
export async function residentImportHandler(db: Db, actor: Actor): Promise<ImportHandler<ColumnKey>> {
  const resolveArea = await areaResolver(db, actor);
  const scope = scopeOf(actor);
  const seen = new Map<string, number>();
  const today = todayInShanghai();
  const duplicateReason = (row: number) => (actor.locale === 'en-US' ? `Same document number as row ${row} of this sheet` : `证件号码与本表第 ${row} 行重复`);
  return {
    kind: 'residents.import', entityType: 'resident', specs: SPECS, required: ['docNumber', 'nationality'], batchSize: 1000,
    async processBatch(tx, _actor, rows): Promise<BatchOutcome<ColumnKey>> {
      const outcome: BatchOutcome<ColumnKey> = { inserted: 0, updated: 0, unchanged: 0, rejected: [] };
      const good: Array<{ row: SheetRow<ColumnKey>; fields: Exclude<ReturnType<typeof toStoredFields>, { problems: unknown }>['fields'] }> = [];
      for (const row of rows) {
        const parsed = parseRow(row.values, resolveArea, actor.locale);
        if (!parsed.ok) { outcome.rejected.push({ row, reason: parsed.reason }); continue; }
        const stored = toStoredFields(parsed.value);
        if ('problems' in stored) {
          outcome.rejected.push({ row, reason: stored.problems.map((p) => translate(actor.locale, p.key, p.params)).join('; ') });
          continue;
        }
        const key = `${stored.fields.docIssuingCountry}|${stored.fields.docNumber}`;
        const first = seen.get(key);
        if (first !== undefined) { outcome.rejected.push({ row, reason: duplicateReason(first) }); continue; }
        seen.set(key, row.rowNumber);
        good.push({ row, fields: stored.fields });
      }
      const existing = await findByDocuments(tx, good.map((g) => ({ country: g.fields.docIssuingCountry, number: g.fields.docNumber })));
      const byKey = new Map(existing.map((e) => [`${e.docIssuingCountry}|${e.docNumber}`, e]));
      const scopeIds = new Set((await listOrgUnits(tx, scope)).map((u) => u.id));
      const fresh: typeof good = [];
      for (const g of good) {
        const current = byKey.get(`${g.fields.docIssuingCountry}|${g.fields.docNumber}`);
        if (!current) { fresh.push(g); continue; }
        if (!scopeIds.has(current.orgUnitId) || current.status === 'archived') {
          outcome.rejected.push({ row: g.row, reason: translate(actor.locale, 'err.duplicateDocument', { docNumber: g.fields.docNumber }) });
          continue;
        }
        const changes = Object.fromEntries(COMPARED.filter((k) => JSON.stringify(current[k] ?? null) !== JSON.stringify((g.fields as Record<string, unknown>)[k] ?? null))
          .map((k) => [k, (g.fields as Record<string, unknown>)[k] ?? null])) as Partial<ResidentRow>;
        if (!Object.keys(changes).length) { outcome.unchanged++; continue; }
        await tx.update(residents).set({
          ...changes, status: statusFor(g.fields.departureDate, today), version: sql`${residents.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId,
        }).where(eq(residents.id, current.id));
        const moves = impliedMovements(current, changes, today);
        if (moves.length) await tx.insert(residentMovements).values(moves.map((m) => ({ residentId: current.id, ...m, recordedBy: actor.userId })));
        outcome.updated++;
      }
      if (fresh.length) {
        const inserted = await tx.insert(residents).values(fresh.map((g) => ({
          ...g.fields, status: statusFor(g.fields.departureDate, today), createdBy: actor.userId, updatedBy: actor.userId,
        }))).returning({ id: residents.id, orgUnitId: residents.orgUnitId, arrivalDate: residents.arrivalDate, arrivalPort: residents.arrivalPort,
          accommodationRegistered: residents.accommodationRegistered, accommodationRegisteredOn: residents.accommodationRegisteredOn, departureDate: residents.departureDate });
        const moves = inserted.flatMap((r) => impliedMovements(null, r, today).map((m) => ({ residentId: r.id, ...m, recordedBy: actor.userId })));
        if (moves.length) await tx.insert(residentMovements).values(moves);
        outcome.inserted += inserted.length;
      }
      return outcome;
    },
  };
}

/** Export and template columns: the import's own headers, so an exported sheet imports back unchanged. */
export function exportColumns(locale: Locale): XlsxColumn[] {
  return EXPORT_COLUMNS.map((c) => ({ key: c.key, header: locale === 'en-US' ? c.en! : c.zh!, width: c.key === 'addressDetail' || c.key === 'employer' ? 28 : 14 }));
}

export function exportRow(r: ResidentRow, area: Array<{ nameZh: string; kind: string }>, locale: Locale, docNumber: string): Record<string, CellValue> {
  const visa = VISA_TYPES.find((v) => v.code === r.visaType);
  const at = (kind: string) => area.find((a) => a.kind === kind)?.nameZh ?? null;
  return {
    ...r,
    docNumber,
    visaNumber: r.visaNumber,
    nationality: countryName(r.nationality, locale),
    docIssuingCountry: countryName(r.docIssuingCountry, locale),
    visaType: visa ? (locale === 'en-US' ? visa.en : visa.zh) : r.visaType,
    sex: r.sex ? (locale === 'en-US' ? r.sex : { M: '男', F: '女', X: '未知' }[r.sex] ?? r.sex) : null,
    district: at('district'), street: at('street'), community: at('community'),
    accommodationRegistered: r.accommodationRegistered ? (locale === 'en-US' ? 'yes' : '是') : (locale === 'en-US' ? 'no' : '否'),
    tags: r.tags.join(', '),
    docType: r.docType,
  } as unknown as Record<string, CellValue>;
}

/** The "as of 12:00" daily report as a worksheet: totals, then by area and by nationality. */
export function dailyReportRows(stats: ResidentStats, date: string, locale: Locale, unitName: string): CellValue[][] {
  const en = locale === 'en-US';
  return [
    [en ? `Foreign residents daily report — ${unitName}, as of ${date} 12:00` : `${unitName}境外人员日报（截至 ${date} 12:00）`],
    [],
    [en ? 'Residents on file' : '在册人数', stats.total],
    [en ? 'Arrivals in the last 14 days' : '近14日入境', stats.arrivalsLast14Days],
    [en ? 'Documents expiring within 30 days' : '30日内证件到期', stats.documentsExpiring30Days],
    [en ? 'Visas/permits expiring within 30 days' : '30日内签证/居留许可到期', stats.visasExpiring30Days],
    [en ? 'Accommodation not registered' : '未办理住宿登记', stats.notRegistered],
    [],
    [en ? 'By area' : '按区域', en ? 'Residents' : '人数'],
    ...stats.byArea.map((a) => [en ? a.nameEn : a.nameZh, a.count] as CellValue[]),
    [],
    [en ? 'By nationality' : '按国籍', en ? 'Residents' : '人数'],
    ...stats.byNationality.map((n) => [countryName(n.code, locale), n.count] as CellValue[]),
  ];
}

