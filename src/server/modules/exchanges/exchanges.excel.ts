import { cityInputSchema } from '@shared/contracts/exchanges';
import { EVENT_KIND_LABELS, PAIR_STATUS_LABELS, PAIR_TIER_LABELS, RELATION_LABELS, VISIT_STATUS_LABELS, VISIT_TYPE_LABELS } from '@shared/labels/exchanges';
import { joinList, labelOf, say, valueFromLabel, type Label } from '@shared/labels/labels';
import type { Locale } from '@shared/contracts/common';
import { countryName, toAlpha3 } from '@shared/reference/countries';
import { parseFlexibleDate } from '@shared/reference/dates';
import type { Db } from '@server/db/client';
import { cellText, cellTyped, type CellValue, type ColumnSpec, type XlsxColumn } from '@server/platform/files/excel';
import { zodIssueMessage, translate } from '@server/platform/i18n/i18n';
import type { BatchOutcome, ImportHandler } from '@server/platform/jobs/jobs';
import { listOrgUnits } from '@server/platform/org/org.service';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { citiesInScope } from './cities.service';
import { insertCity, updateCityFields, type CityRow } from './repository/cities';
import type { EventRow } from './repository/events';
import type { VisitRow } from './repository/visits';
import { changedFields, recordAudit } from '@server/platform/audit/audit';

const CITY_COLUMNS = [
  {
    key: 'foreignCityZh',
    headers: ['外国城市', '外国城市（中文）', '友城名称', '城市中文名', 'foreign city (chinese)', 'city (zh)'],
    zh: '外国城市（中文）',
    en: 'Foreign city (Chinese)',
  },
  {
    key: 'foreignCityEn',
    headers: ['外国城市（英文）', '城市英文名', '英文名称', 'foreign city', 'foreign city (english)', 'city'],
    zh: '外国城市（英文）',
    en: 'Foreign city (English)',
  },
  { key: 'country', headers: ['国家', '所在国', '国别', 'country'], zh: '国家', en: 'Country' },
  { key: 'provinceState', headers: ['省州', '所在省州', '省/州', 'province', 'state', 'province/state'], zh: '省/州', en: 'Province/state' },
  { key: 'relationType', headers: ['关系类型', '类型', '友城类型', 'relation type', 'type'], zh: '关系类型', en: 'Relation type' },
  { key: 'establishedOn', headers: ['缔结日期', '结好日期', '建立日期', '缔结时间', 'established', 'date established'], zh: '缔结日期', en: 'Established' },
  { key: 'localParty', headers: ['我方', '本地方', '我方城市', '缔结方', 'local party'], zh: '我方', en: 'Local party' },
  { key: 'agreementDoc', headers: ['协议', '协议文本', '协议书', 'agreement'], zh: '协议', en: 'Agreement' },
  { key: 'status', headers: ['状态', 'status'], zh: '状态', en: 'Status' },
  { key: 'tier', headers: ['管理层级', '分类', '类别', 'tier'], zh: '管理层级', en: 'Tier' },
  { key: 'industries', headers: ['合作领域', '重点领域', 'industries', 'fields'], zh: '合作领域', en: 'Fields of cooperation' },
  { key: 'notes', headers: ['备注', 'notes'], zh: '备注', en: 'Notes' },
] as const;
type CityKey = (typeof CITY_COLUMNS)[number]['key'];

const text = cellText;

/**
 * The friendship-city register import: a pair is matched by local party, country and Chinese city name.
 * A pair on record is updated with only the columns the sheet has (and only where they differ); a later row
 * of the same sheet for the same pair updates what the earlier one stored. Each pair created or changed gets
 * its own audit event in the batch's transaction.
 */
export async function cityImportHandler(db: Db, actor: Actor): Promise<ImportHandler<CityKey>> {
  const units = (await listOrgUnits(db, scopeOf(actor))).filter((u) => u.kind === 'city' || u.kind === 'district');
  // The register in scope, loaded once: a few hundred pairs at most, so no query per sheet row.
  const pairKey = (orgUnitId: number, country: string, zh: string) => `${orgUnitId}|${country}|${zh}`;
  const existing = new Map((await citiesInScope(db, actor)).map((c) => [pairKey(c.orgUnitId, c.country, c.foreignCityZh), c]));
  const partyOf = (name: string | null) =>
    name ? (units.find((u) => u.nameZh === name || u.nameEn.toLowerCase() === name.toLowerCase())?.id ?? null) : actor.orgUnitId;
  const specs: ColumnSpec<CityKey>[] = CITY_COLUMNS.map((c) => ({ key: c.key, headers: [...c.headers, c.zh, c.en], date: c.key === 'establishedOn' }));
  return {
    kind: 'exchanges.cities.import',
    entityType: 'friendshipCity',
    specs,
    required: ['foreignCityZh', 'country'],
    batchSize: 500,
    async processBatch(tx, _a, rows, { jobId }): Promise<BatchOutcome<CityKey>> {
      const outcome: BatchOutcome<CityKey> = { inserted: 0, updated: 0, unchanged: 0, rejected: [] };
      for (const row of rows) {
        const v = row.values;
        const has = (k: CityKey) => k in v;
        const problems: string[] = [];
        const orgUnitId = partyOf(text(v.localParty));
        if (!orgUnitId || !units.some((u) => u.id === orgUnitId)) problems.push(translate(actor.locale, 'err.localParty'));
        const country = toAlpha3(text(v.country));
        if (!country) problems.push(translate(actor.locale, 'err.unknownCountry', { value: text(v.country) ?? '' }));
        // Names are kept as typed (full-width brackets too), as the form stores them, so the pair is found again.
        const zhName = cellTyped(v.foreignCityZh) ?? '';
        const key = orgUnitId && country ? pairKey(orgUnitId, country, zhName) : null;
        const current = key ? existing.get(key) : undefined;
        /** The sheet's value when it has the column (or the pair is new), else the one on record. */
        const pick = <T>(k: CityKey, fromSheet: () => T, stored: (c: NonNullable<typeof current>) => T): T =>
          !current || has(k) ? fromSheet() : stored(current);
        const established = parseFlexibleDate(v.establishedOn as string | number | Date | null);
        const parsed = cityInputSchema.safeParse({
          orgUnitId: orgUnitId ?? undefined,
          foreignCityZh: zhName,
          foreignCityEn: pick(
            'foreignCityEn',
            () => cellTyped(v.foreignCityEn) ?? zhName,
            (c) => c.foreignCityEn,
          ),
          country: country ?? 'XXX',
          provinceState: pick(
            'provinceState',
            () => cellTyped(v.provinceState),
            (c) => c.provinceState,
          ),
          relationType: pick(
            'relationType',
            () => valueFromLabel(RELATION_LABELS, text(v.relationType)) ?? (text(v.relationType) ? 'invalid' : 'friendship'),
            (c) => c.relationType,
          ),
          establishedOn: pick(
            'establishedOn',
            () => (established.ok ? established.value : 'invalid'),
            (c) => c.establishedOn,
          ),
          agreementDoc: pick(
            'agreementDoc',
            () => cellTyped(v.agreementDoc),
            (c) => c.agreementDoc,
          ),
          status: pick(
            'status',
            () => valueFromLabel(PAIR_STATUS_LABELS, text(v.status)) ?? 'active',
            (c) => c.status,
          ),
          tier: pick(
            'tier',
            () => valueFromLabel(PAIR_TIER_LABELS, text(v.tier)),
            (c) => c.tier,
          ),
          industries: pick(
            'industries',
            () =>
              (text(v.industries) ?? '')
                .split(/[,，;；、]/)
                .map((s) => s.trim())
                .filter(Boolean),
            (c) => c.industries,
          ),
          notes: pick(
            'notes',
            () => cellTyped(v.notes),
            (c) => c.notes,
          ),
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const col = CITY_COLUMNS.find((c) => c.key === issue.path[0]);
            problems.push(`${col ? say(col, actor.locale) : String(issue.path[0])}: ${zodIssueMessage(actor.locale, issue)}`);
          }
        }
        if (problems.length || !parsed.success || !country || !orgUnitId) {
          outcome.rejected.push({ row, reason: problems.join('; ') });
          continue;
        }
        const values = { ...parsed.data, orgUnitId, country };
        const detail = { jobId, row: row.rowNumber };
        if (!current) {
          const created = await insertCity(tx, actor, values);
          existing.set(pairKey(orgUnitId, country, values.foreignCityZh), created);
          await recordAudit(tx, actor, {
            action: 'friendshipCity.import.create',
            entityType: 'friendship_city',
            entityId: created.id,
            orgUnitId,
            after: values,
            detail,
          });
          outcome.inserted++;
          continue;
        }
        const diff = changedFields(current as unknown as Record<string, unknown>, values);
        if (!diff) {
          outcome.unchanged++;
          continue;
        }
        const saved = await updateCityFields(tx, actor, current.id, diff.after);
        existing.set(key!, saved);
        await recordAudit(tx, actor, {
          action: 'friendshipCity.import.update',
          entityType: 'friendship_city',
          entityId: current.id,
          orgUnitId,
          before: diff.before,
          after: diff.after,
          detail,
        });
        outcome.updated++;
      }
      return outcome;
    },
  };
}

/** A column as [key, header in Chinese, header in English, width]. */
type ColumnDef = [string, string, string, number?];
const columnsOf = (cols: ColumnDef[], locale: Locale): XlsxColumn[] =>
  cols.map(([key, zh, en, width]) => ({ key, header: say({ zh, en }, locale), width: width ?? 12 }));
/** Names joined as the sheet's language writes a list; the head's name and title with a comma of that language. */
const joined = (names: string[], locale: Locale) => joinList(names, locale);
const HEAD_SEPARATOR: Label = { zh: '，', en: ', ' };

export function cityExportColumns(locale: Locale): XlsxColumn[] {
  return CITY_COLUMNS.map((c) => ({ key: c.key, header: say(c, locale), width: c.key === 'notes' ? 30 : 16 }));
}

export function cityExportRow(c: CityRow, partyName: string, locale: Locale): Record<string, CellValue> {
  return {
    foreignCityZh: c.foreignCityZh,
    foreignCityEn: c.foreignCityEn,
    country: countryName(c.country, locale),
    provinceState: c.provinceState,
    relationType: labelOf(RELATION_LABELS, c.relationType, locale),
    establishedOn: c.establishedOn,
    localParty: partyName,
    agreementDoc: c.agreementDoc,
    status: labelOf(PAIR_STATUS_LABELS, c.status, locale),
    tier: c.tier,
    industries: c.industries.join('、'),
    notes: c.notes,
  };
}

const VISIT_COLUMNS: ColumnDef[] = [
  ['startDate', '开始日期', 'Start'],
  ['endDate', '结束日期', 'End'],
  ['type', '类型', 'Type', 22],
  ['countries', '国家/地区', 'Countries', 20],
  ['organisation', '来访单位', 'Organisation', 30],
  ['head', '团长', 'Head of delegation', 28],
  ['peopleCount', '人数', 'People', 8],
  ['purpose', '来访目的', 'Purpose', 30],
  ['hostUnit', '接待单位', 'Host unit', 20],
  ['receivingLeader', '会见领导', 'Receiving leader', 16],
  ['agreementsSigned', '签署协议数', 'Agreements', 10],
  ['outcomes', '成果', 'Outcomes', 30],
  ['status', '状态', 'Status', 10],
  ['orgUnit', '登记单位', 'Recorded by', 14],
];

export const visitExportColumns = (locale: Locale): XlsxColumn[] => columnsOf(VISIT_COLUMNS, locale);

export function visitExportRow(v: VisitRow, orgName: string, locale: Locale): Record<string, CellValue> {
  return {
    startDate: v.startDate,
    endDate: v.endDate,
    type: labelOf(VISIT_TYPE_LABELS, v.type, locale),
    countries: joined(
      v.countries.map((c) => countryName(c, locale)),
      locale,
    ),
    organisation: v.organisation,
    head: [v.headName, v.headTitle].filter(Boolean).join(say(HEAD_SEPARATOR, locale)),
    peopleCount: v.peopleCount,
    purpose: v.purpose,
    hostUnit: v.hostUnit,
    receivingLeader: v.receivingLeader,
    agreementsSigned: v.agreementsSigned,
    outcomes: v.outcomes,
    status: labelOf(VISIT_STATUS_LABELS, v.status, locale),
    orgUnit: orgName,
  };
}

const EVENT_COLUMNS: ColumnDef[] = [
  ['startDate', '开始日期', 'Start'],
  ['endDate', '结束日期', 'End'],
  ['kind', '类型', 'Kind'],
  ['name', '活动名称', 'Event', 30],
  ['venue', '地点', 'Venue', 20],
  ['countries', '国家/地区', 'Countries', 20],
  ['guestsCount', '嘉宾人数', 'Guests', 10],
  ['consulsCount', '领事人数', 'Consuls', 10],
  ['mediaCount', '媒体数', 'Media', 8],
  ['mediaOutlets', '媒体', 'Media outlets', 24],
  ['agreementsSigned', '签署协议数', 'Agreements', 10],
  ['notes', '备注', 'Notes', 30],
  ['orgUnit', '登记单位', 'Recorded by', 14],
];

export const eventExportColumns = (locale: Locale): XlsxColumn[] => columnsOf(EVENT_COLUMNS, locale);

export function eventExportRow(e: EventRow, orgName: string, locale: Locale): Record<string, CellValue> {
  return {
    startDate: e.startDate,
    endDate: e.endDate,
    kind: labelOf(EVENT_KIND_LABELS, e.kind, locale),
    name: e.name,
    venue: e.venue,
    countries: joined(
      e.countries.map((c) => countryName(c, locale)),
      locale,
    ),
    guestsCount: e.guestsCount,
    consulsCount: e.consulsCount,
    mediaCount: e.mediaCount,
    mediaOutlets: joined(e.mediaOutlets, locale),
    agreementsSigned: e.agreementsSigned,
    notes: e.notes,
    orgUnit: orgName,
  };
}
