import { toAlpha3 } from '@shared/reference/countries';
import { normalizeDocNumber, toHalfWidth } from '@shared/reference/normalize';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { changedFields, recordAuditMany, type AuditEntry } from '@server/platform/audit/audit';
import type { SheetRow } from '@server/platform/files/excel';
import { translate } from '@server/platform/i18n/i18n';
import type { BatchOutcome, ImportHandler } from '@server/platform/jobs/jobs';
import { listOrgUnits } from '@server/platform/org/org.service';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { makeAreaResolver } from './residents.areas';
import { parseRow, SPECS, type ColumnKey } from './residents.excel';
import { statusFor, toStoredFields, type StoredFields } from './residents.normalize';
import {
  findByDocuments,
  insertImported,
  insertMovements,
  insertMovementsBulk,
  updateImported,
  type ResidentInsert,
  type ResidentRow,
} from './residents.repository';
import { impliedMovements } from './residents.service';

const COMPARED: Array<keyof ResidentRow & keyof StoredFields> = [
  'orgUnitId',
  'surname',
  'givenNames',
  'nameZh',
  'sex',
  'birthDate',
  'nationality',
  'docType',
  'docExpiry',
  'visaType',
  'visaNumber',
  'visaIssueDate',
  'visaExpiry',
  'purpose',
  'employer',
  'occupation',
  'addressBuilding',
  'addressRoom',
  'addressDetail',
  'phone',
  'arrivalDate',
  'arrivalPort',
  'departureDate',
  'host',
  'accommodationRegistered',
  'accommodationRegisteredOn',
  'tags',
  'notes',
];
const INSERTED: Array<keyof ResidentInsert & string> = [
  ...COMPARED,
  'nameSort',
  'nameInitials',
  'docNumber',
  'docIssuingCountry',
  'status',
  'createdBy',
  'updatedBy',
];
/** The stored fields a sheet column feeds (a column not listed feeds the field of its own name). */
const SOURCES: Partial<Record<(typeof COMPARED)[number], ColumnKey[]>> = {
  surname: ['surname', 'fullName'],
  givenNames: ['givenNames', 'fullName'],
  orgUnitId: ['district', 'street', 'community'],
  accommodationRegisteredOn: ['accommodationRegistered', 'accommodationRegisteredOn'],
};
const NAME_FIELDS = new Set<string>(['surname', 'givenNames', 'nameZh']);

/** The document a row is about, as the ledger keys it (issuing country, else nationality), before any validation. */
function sheetKey(values: SheetRow<ColumnKey>['values']): string | null {
  const cell = (k: ColumnKey) => (values[k] == null ? null : toHalfWidth(String(values[k])).trim() || null);
  const country = toAlpha3(cell('docIssuingCountry') ?? cell('nationality'));
  const number = normalizeDocNumber(cell('docNumber') ?? '');
  return country && number ? `${country}|${number}` : null;
}

/**
 * The residents import: files are matched by document, so re-importing a sheet changes nothing.
 *
 * A file on record is updated with only the columns the sheet has, and only where they differ. A later
 * row of the same sheet for the same document is applied as an update of the earlier one (identical rows
 * change nothing). Every file created or changed gets its own audit event, in the batch's transaction.
 */
export async function residentImportHandler(db: Db, actor: Actor): Promise<ImportHandler<ColumnKey>> {
  const scope = scopeOf(actor);
  const units = await listOrgUnits(db, scope);
  const resolveArea = makeAreaResolver(units, actor.orgUnitId);
  const today = clock.today();

  /** Rows with no document twice among them: each sees what the rows before it stored. */
  async function processGroup(tx: Db, rows: SheetRow<ColumnKey>[], outcome: BatchOutcome<ColumnKey>, jobId: number) {
    const keyed = rows.map((row) => ({ row, key: sheetKey(row.values) }));
    const existing = await findByDocuments(
      tx,
      scope,
      keyed.flatMap(({ key }) => {
        if (!key) return [];
        const [country, number] = key.split('|');
        return [{ country, number }];
      }),
    );
    const fresh: Array<{ row: SheetRow<ColumnKey>; fields: StoredFields }> = [];
    const audits: AuditEntry[] = [];
    for (const { row, key } of keyed) {
      const current = key ? existing.inScope.get(key) : undefined;
      // A document already filed outside the importer's subtree, or on an archived file, is refused, as the form refuses it.
      if (key && (existing.elsewhere.has(key) || current?.status === 'archived')) {
        outcome.rejected.push({ row, reason: translate(actor.locale, 'err.duplicateDocument', { docNumber: key.split('|')[1] }) });
        continue;
      }
      const parsed = parseRow(row.values, resolveArea, actor.locale, current ?? null);
      if (!parsed.ok) {
        outcome.rejected.push({ row, reason: parsed.reason });
        continue;
      }
      const stored = toStoredFields(parsed.value, today);
      if ('problems' in stored) {
        outcome.rejected.push({ row, reason: stored.problems.map((p) => translate(actor.locale, p.key, p.params)).join('; ') });
        continue;
      }
      const g = { row, fields: stored.fields };
      if (!current) {
        fresh.push(g);
        continue;
      }
      // Only fields the sheet's columns feed, and only where they differ: a partial sheet blanks nothing.
      const changed = COMPARED.filter(
        (k) => (SOURCES[k] ?? [k as ColumnKey]).some((c) => c in row.values) && JSON.stringify(current[k] ?? null) !== JSON.stringify(g.fields[k] ?? null),
      );
      if (!changed.length) {
        outcome.unchanged++;
        continue;
      }
      const changes = Object.fromEntries(changed.map((k) => [k, g.fields[k] ?? null])) as Partial<ResidentRow>;
      const derived = changed.some((k) => NAME_FIELDS.has(k)) ? { nameSort: g.fields.nameSort, nameInitials: g.fields.nameInitials } : {};
      const status = statusFor(g.fields.departureDate, today);
      await updateImported(tx, current.id, actor.userId, { ...changes, ...derived, status });
      // The movement reads the whole file as it will be: a sheet of arrival dates alone keeps the area and port.
      const moves = impliedMovements(current, { ...current, ...changes }, today);
      await insertMovements(
        tx,
        moves.map((m) => ({ residentId: current.id, ...m, recordedBy: actor.userId })),
      );
      const diff = changedFields(current, { ...changes, ...(status !== current.status ? { status } : {}) })!;
      audits.push({
        action: 'resident.import.update',
        entityType: 'resident',
        entityId: current.id,
        orgUnitId: changes.orgUnitId ?? current.orgUnitId,
        before: diff.before,
        after: diff.after,
        detail: { jobId, row: row.rowNumber },
      });
      outcome.updated++;
    }
    if (fresh.length) {
      const inserted = await insertImported(
        tx,
        fresh.map((g) => ({
          ...g.fields,
          status: statusFor(g.fields.departureDate, today),
          createdBy: actor.userId,
          updatedBy: actor.userId,
        })),
        INSERTED,
      );
      const moves = inserted.flatMap(({ id, ...r }) => impliedMovements(null, r, today).map((m) => ({ residentId: id, ...m, recordedBy: actor.userId })));
      await insertMovementsBulk(tx, moves);
      // insert … select from unnest returns the rows in the order given.
      inserted.forEach((r, i) => {
        const { nameSort: _s, nameInitials: _i, ...after } = fresh[i].fields;
        audits.push({
          action: 'resident.import.create',
          entityType: 'resident',
          entityId: r.id,
          orgUnitId: r.orgUnitId,
          after,
          detail: { jobId, row: fresh[i].row.rowNumber },
        });
      });
      outcome.inserted += inserted.length;
    }
    await recordAuditMany(tx, actor, audits);
  }

  return {
    kind: 'residents.import',
    entityType: 'resident',
    specs: SPECS,
    required: ['docNumber', 'nationality'],
    batchSize: 2000,
    async processBatch(tx, _actor, rows, { jobId }): Promise<BatchOutcome<ColumnKey>> {
      const outcome: BatchOutcome<ColumnKey> = { inserted: 0, updated: 0, unchanged: 0, rejected: [] };
      let group: SheetRow<ColumnKey>[] = [];
      const keys = new Set<string>();
      for (const row of rows) {
        const key = sheetKey(row.values);
        if (key && keys.has(key)) {
          await processGroup(tx, group, outcome, jobId);
          group = [];
          keys.clear();
        }
        group.push(row);
        if (key) keys.add(key);
      }
      if (group.length) await processGroup(tx, group, outcome, jobId);
      return outcome;
    },
  };
}
