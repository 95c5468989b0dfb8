import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { bulkInsert } from '../../platform/bulk';
import type { SheetRow } from '../../platform/excel';
import { translate } from '../../platform/i18n';
import type { BatchOutcome, ImportHandler } from '../../platform/jobs';
import { listOrgUnits } from '../../platform/org.service';
import type { Actor } from '../../platform/permissions';
import { scopeOf } from '../../platform/scope';
import { makeAreaResolver } from './residents.areas';
import { parseRow, SPECS, type ColumnKey } from './residents.excel';
import { statusFor, toStoredFields, type StoredFields } from './residents.normalize';
import type { ResidentRow } from './residents.repository';
import { impliedMovements } from './residents.service';
import { residentMovements, residents } from './residents.table';
import { clock } from '../../clock';

const COMPARED: Array<keyof ResidentRow & keyof StoredFields> = [
  'orgUnitId', 'surname', 'givenNames', 'nameZh', 'sex', 'birthDate', 'nationality', 'docType', 'docExpiry', 'visaType', 'visaNumber',
  'visaIssueDate', 'visaExpiry', 'purpose', 'employer', 'occupation', 'addressBuilding', 'addressRoom', 'addressDetail', 'phone',
  'arrivalDate', 'arrivalPort', 'departureDate', 'host', 'accommodationRegistered', 'accommodationRegisteredOn', 'tags', 'notes',
];
const INSERTED: Array<keyof typeof residents.$inferInsert> = [...COMPARED, 'nameSort', 'nameInitials', 'docNumber', 'docIssuingCountry', 'status', 'createdBy', 'updatedBy'];
const MOVEMENT_COLUMNS: Array<keyof typeof residentMovements.$inferInsert> = ['residentId', 'kind', 'occurredOn', 'fromOrgUnitId', 'toOrgUnitId', 'detail', 'recordedBy'];

/** Files already on record for these documents, looked up with one join rather than a long IN list. */
async function existingByDocument(tx: Db, keys: Array<{ country: string; number: string }>): Promise<Map<string, ResidentRow>> {
  if (!keys.length) return new Map();
  const found = await tx.select().from(residents).where(sql`(${residents.docIssuingCountry}, ${residents.docNumber}) in (
    select * from unnest(${sql.param(keys.map((k) => k.country))}::text[], ${sql.param(keys.map((k) => k.number))}::text[]))`);
  return new Map(found.map((r) => [`${r.docIssuingCountry}|${r.docNumber}`, r]));
}

/** The residents import: files are matched by document, so re-importing a sheet changes nothing. */
export async function residentImportHandler(db: Db, actor: Actor): Promise<ImportHandler<ColumnKey>> {
  const units = await listOrgUnits(db, scopeOf(actor));
  const resolveArea = makeAreaResolver(units, actor.orgUnitId);
  const scopeIds = new Set(units.map((u) => u.id));
  const seen = new Map<string, number>();
  const today = clock.today();
  const duplicateReason = (row: number) => (actor.locale === 'en-US' ? `Same document number as row ${row} of this sheet` : `证件号码与本表第 ${row} 行重复`);
  return {
    kind: 'residents.import', entityType: 'resident', specs: SPECS, required: ['docNumber', 'nationality'], batchSize: 2000,
    async processBatch(tx, _actor, rows): Promise<BatchOutcome<ColumnKey>> {
      const outcome: BatchOutcome<ColumnKey> = { inserted: 0, updated: 0, unchanged: 0, rejected: [] };
      const good: Array<{ row: SheetRow<ColumnKey>; fields: StoredFields; key: string }> = [];
      for (const row of rows) {
        const parsed = parseRow(row.values, resolveArea, actor.locale);
        if (!parsed.ok) { outcome.rejected.push({ row, reason: parsed.reason }); continue; }
        const stored = toStoredFields(parsed.value, today);
        if ('problems' in stored) {
          outcome.rejected.push({ row, reason: stored.problems.map((p) => translate(actor.locale, p.key, p.params)).join('; ') });
          continue;
        }
        const key = `${stored.fields.docIssuingCountry}|${stored.fields.docNumber}`;
        const first = seen.get(key);
        if (first !== undefined) { outcome.rejected.push({ row, reason: duplicateReason(first) }); continue; }
        seen.set(key, row.rowNumber);
        good.push({ row, fields: stored.fields, key });
      }
      const existing = await existingByDocument(tx, good.map((g) => ({ country: g.fields.docIssuingCountry, number: g.fields.docNumber })));
      const fresh: typeof good = [];
      for (const g of good) {
        const current = existing.get(g.key);
        if (!current) { fresh.push(g); continue; }
        if (!scopeIds.has(current.orgUnitId) || current.status === 'archived') {
          outcome.rejected.push({ row: g.row, reason: translate(actor.locale, 'err.duplicateDocument', { docNumber: g.fields.docNumber }) });
          continue;
        }
        const changed = COMPARED.filter((k) => JSON.stringify(current[k] ?? null) !== JSON.stringify(g.fields[k] ?? null));
        if (!changed.length) { outcome.unchanged++; continue; }
        const changes = Object.fromEntries(changed.map((k) => [k, g.fields[k] ?? null])) as Partial<ResidentRow>;
        await tx.update(residents).set({
          ...changes, status: statusFor(g.fields.departureDate, today), version: sql`${residents.version} + 1`, updatedAt: clock.now(), updatedBy: actor.userId,
        }).where(sql`${residents.id} = ${current.id}`);
        const moves = impliedMovements(current, changes, today);
        if (moves.length) await tx.insert(residentMovements).values(moves.map((m) => ({ residentId: current.id, ...m, recordedBy: actor.userId })));
        outcome.updated++;
      }
      if (fresh.length) {
        const inserted = await bulkInsert<typeof residents, ResidentRow & Record<string, unknown>>(tx, residents, fresh.map((g) => ({
          ...g.fields, status: statusFor(g.fields.departureDate, today), createdBy: actor.userId, updatedBy: actor.userId,
        })), INSERTED, ['id', 'org_unit_id', 'arrival_date', 'arrival_port', 'accommodation_registered', 'accommodation_registered_on', 'departure_date']);
        const moves = inserted.flatMap((r) => impliedMovements(null, {
          orgUnitId: r.org_unit_id as number, arrivalDate: r.arrival_date as string | null, arrivalPort: r.arrival_port as string | null,
          accommodationRegistered: r.accommodation_registered as boolean, accommodationRegisteredOn: r.accommodation_registered_on as string | null,
          departureDate: r.departure_date as string | null,
        }, today).map((m) => ({ residentId: Number(r.id), ...m, recordedBy: actor.userId })));
        await bulkInsert(tx, residentMovements, moves, MOVEMENT_COLUMNS, ['id']);
        outcome.inserted += inserted.length;
      }
      return outcome;
    },
  };
}
