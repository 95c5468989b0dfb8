import type { MovementKind, Resident, ResidentFilter, ResidentListQuery } from '@shared/contracts/residents';
import { say } from '@shared/labels/labels';
import { unitName } from '@shared/labels/platform';
import { toAlpha3 } from '@shared/reference/countries';
import { parseMrz } from '@shared/reference/mrz';
import type { Db } from '@server/db/client';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, conflict, duplicateOf, fieldError, notFound, refusingDuplicates } from '@server/platform/http/errors';
import { areaChains, findOrgUnit } from '@server/platform/org/org.service';
import { displayNames } from '@server/platform/users/users.service';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf, type Scope } from '@server/platform/access/scope';
import { RESIDENT_FIELDS } from './residents.fields';
import { toStoredFields, statusFor, type ParsedInput } from './residents.normalize';
import { maySeeDocNumbers, residentPolicy, searchRights } from './residents.policy';
import {
  findResident,
  insertMovements,
  insertResident,
  iterateResidents,
  listMovements,
  listResidents,
  saveResident,
  type ResidentRow,
} from './residents.repository';
import { clock } from '@server/clock';

const AREA_KINDS = new Set(['street', 'community']);

/** Rejects an area the caller may not file residents under: outside their subtree, or not a street/community. */
export async function checkArea(db: Db, scope: Scope, orgUnitId: number, field = 'orgUnitId'): Promise<void> {
  const unit = await findOrgUnit(db, scope, orgUnitId);
  if (!unit) throw fieldError(field, 'err.orgOutOfScope');
  if (!AREA_KINDS.has(unit.kind) || unit.archived) throw fieldError(field, 'err.orgNotArea');
}

function storedOrThrow(input: ParsedInput) {
  const result = toStoredFields(input);
  if ('problems' in result) throw new AppError(400, 'err.validation', {}, result.problems);
  return result.fields;
}

/** One person per document: the unique index refuses a second file, also when two clerks open it at once. */
const oneFilePerDocument = (docNumber: string) => ({ residents_document_idx: () => duplicateOf('docNumber', 'err.duplicateDocument', { docNumber }) });

/**
 * The status a file has today: archived stays archived, the rest follows the departure date (statusFor),
 * so a file whose recorded departure has passed shows as departed without anyone saving it again.
 * The list filters apply the same rule in SQL (statusIs in the repository).
 */
export function statusToday(r: Pick<ResidentRow, 'status' | 'departureDate'>, today = clock.today()): Resident['status'] {
  return r.status === 'archived' ? 'archived' : statusFor(r.departureDate, today);
}

export async function getResident(db: Db, actor: Actor, id: number): Promise<ResidentRow> {
  const row = await findResident(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

/** A list filter whose nationalities are alpha-3 codes. */
export type LedgerFilter<F extends ResidentFilter = ResidentFilter> = F & { nationalityCodes: string[] | undefined };

/** The filter with its comma-separated nationalities, in any accepted form, as alpha-3 codes; an unknown one is a 400. */
export function withNationalityCodes<F extends ResidentFilter>(f: F): LedgerFilter<F> {
  return { ...f, nationalityCodes: nationalityCodes(f) };
}

function nationalityCodes(f: ResidentFilter): string[] | undefined {
  if (!f.nationality) return undefined;
  return f.nationality
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const code = toAlpha3(s);
      if (!code) throw fieldError('nationality', 'err.unknownCountry', { value: s });
      return code;
    });
}

/** One page of the ledger within the caller's subtree; searching by document number only for those who may see it. */
export async function residentPage(db: Db, actor: Actor, q: ResidentListQuery): Promise<{ rows: ResidentRow[]; total: number }> {
  return listResidents(db, scopeOf(actor), withNationalityCodes(q), clock.today(), searchRights(actor));
}

/** Every file of a filter within the caller's subtree, a batch at a time, for an export of any size. */
export function residentBatches(db: Db, actor: Actor, filter: LedgerFilter, today: string): AsyncGenerator<ResidentRow[]> {
  return iterateResidents(db, scopeOf(actor), filter, today, searchRights(actor));
}

/** Reads a passport's or card's machine-readable zone; an unreadable one is a 400 naming what is wrong, in the user's language. */
export function readMrz(text: string, actor: Actor) {
  const result = parseMrz(text, { now: clock.now() });
  if (result.format === null) {
    throw new AppError(400, 'err.mrz', { detail: result.errors.map((e) => say({ zh: e.message_zh, en: e.message_en }, actor.locale)).join('; ') });
  }
  return result;
}

type MovementDraft = { kind: MovementKind; occurredOn: string; fromOrgUnitId?: number | null; toOrgUnitId?: number | null; detail?: Record<string, unknown> };

/** The movements an edit implies, so changing the address or dates on the form still leaves history. */
export function impliedMovements(before: Partial<ResidentRow> | null, after: Partial<ResidentRow>, today: string): MovementDraft[] {
  const out: MovementDraft[] = [];
  if (after.arrivalDate && after.arrivalDate !== before?.arrivalDate) {
    out.push({ kind: 'arrival', occurredOn: after.arrivalDate, toOrgUnitId: after.orgUnitId, detail: { port: after.arrivalPort ?? null } });
  }
  const addressKeys = ['orgUnitId', 'addressBuilding', 'addressRoom', 'addressDetail'] as const;
  if (before && addressKeys.some((k) => k in after && (after[k] ?? null) !== (before[k] ?? null))) {
    out.push({
      kind: 'address_change',
      occurredOn: today,
      fromOrgUnitId: before.orgUnitId,
      toOrgUnitId: after.orgUnitId ?? before.orgUnitId,
      detail: Object.fromEntries(addressKeys.filter((k) => k !== 'orgUnitId').map((k) => [k, { from: before[k] ?? null, to: after[k] ?? before[k] ?? null }])),
    });
  }
  if (after.accommodationRegistered && !before?.accommodationRegistered) {
    out.push({ kind: 'registration', occurredOn: after.accommodationRegisteredOn ?? today });
  }
  if (after.departureDate && after.departureDate !== before?.departureDate) {
    out.push({ kind: 'departure', occurredOn: after.departureDate, fromOrgUnitId: after.orgUnitId ?? before?.orgUnitId });
  }
  return out;
}

/** Writes the movements of one file, recorded by the actor. */
function recordMovements(tx: Db, residentId: number, actor: Actor, drafts: MovementDraft[]) {
  return insertMovements(
    tx,
    drafts.map((d) => ({
      residentId,
      kind: d.kind,
      occurredOn: d.occurredOn,
      fromOrgUnitId: d.fromOrgUnitId ?? null,
      toOrgUnitId: d.toOrgUnitId ?? null,
      detail: d.detail ?? null,
      recordedBy: actor.userId,
    })),
  );
}

/** Opens a new file; the same document never makes a second person. */
export async function createResident(db: Db, actor: Actor, input: ParsedInput): Promise<ResidentRow> {
  const fields = storedOrThrow(input);
  await checkArea(db, scopeOf(actor), fields.orgUnitId);
  const today = clock.today();
  return refusingDuplicates(
    () =>
      db.transaction(async (tx) => {
        const row = await insertResident(tx, {
          ...fields,
          status: statusFor(fields.departureDate, today),
          createdBy: actor.userId,
          updatedBy: actor.userId,
        });
        await recordMovements(tx, row.id, actor, impliedMovements(null, row, today));
        await recordAudit(tx, actor, { action: 'resident.create', entityType: 'resident', entityId: row.id, orgUnitId: row.orgUnitId, after: fields });
        return row;
      }),
    oneFilePerDocument(fields.docNumber),
  );
}

/** Saves an edit made on `version`; a stale version means someone else saved first: 409, nothing written. */
export async function updateResident(db: Db, actor: Actor, id: number, input: ParsedInput & { version: number }): Promise<ResidentRow> {
  const current = await getResident(db, actor, id);
  residentPolicy.authorize(actor, 'update', current);
  if (current.version !== input.version) throw conflict();
  const fields = storedOrThrow(input);
  // A masked number comes back as it was shown; it must not overwrite the real one.
  if (!maySeeDocNumbers(actor)) {
    fields.docNumber = current.docNumber;
    fields.visaNumber = current.visaNumber;
  }
  if (fields.orgUnitId !== current.orgUnitId) await checkArea(db, scopeOf(actor), fields.orgUnitId);
  const today = clock.today();
  return refusingDuplicates(
    () =>
      saveResident(db, actor, current, input.version, { ...fields, status: statusFor(fields.departureDate, today) }, 'resident.update', {
        alsoInTransaction: (tx) => recordMovements(tx, id, actor, impliedMovements(current, fields, today)),
      }),
    oneFilePerDocument(fields.docNumber),
  );
}

export async function archiveResident(db: Db, actor: Actor, id: number, input: { version: number; reason: string }): Promise<ResidentRow> {
  const current = await getResident(db, actor, id);
  residentPolicy.authorize(actor, 'archive', current);
  return setStatus(db, actor, current, input.version, { status: 'archived', archiveReason: input.reason, archivedAt: clock.now() }, 'resident.archive');
}

export async function restoreResident(db: Db, actor: Actor, id: number, input: { version: number }): Promise<ResidentRow> {
  const current = await getResident(db, actor, id);
  residentPolicy.authorize(actor, 'restore', current);
  return setStatus(
    db,
    actor,
    current,
    input.version,
    { status: statusFor(current.departureDate, clock.today()), archiveReason: null, archivedAt: null },
    'resident.restore',
  );
}

function setStatus(
  db: Db,
  actor: Actor,
  current: ResidentRow,
  version: number,
  changes: Partial<ResidentRow>,
  action: 'resident.archive' | 'resident.restore',
) {
  return saveResident(db, actor, current, version, changes, action);
}

export interface MovementInput {
  version: number;
  kind: MovementKind;
  occurredOn: string;
  toOrgUnitId?: number;
  addressBuilding?: string | null;
  addressRoom?: string | null;
  addressDetail?: string | null;
  arrivalPort?: string | null;
  note?: string | null;
}

/** Records a movement and brings the file's current state in line with it, in one transaction. */
export async function addMovement(db: Db, actor: Actor, id: number, m: MovementInput): Promise<ResidentRow> {
  const current = await getResident(db, actor, id);
  residentPolicy.authorize(actor, 'addMovement', current);
  const today = clock.today();
  let changes: Partial<ResidentRow> = {};
  let draft: MovementDraft;
  if (m.kind === 'address_change') {
    if (!m.toOrgUnitId) throw fieldError('toOrgUnitId', 'err.movementArea');
    await checkArea(db, scopeOf(actor), m.toOrgUnitId, 'toOrgUnitId');
    changes = {
      orgUnitId: m.toOrgUnitId,
      addressBuilding: m.addressBuilding ?? null,
      addressRoom: m.addressRoom ?? null,
      addressDetail: m.addressDetail ?? null,
    };
    draft = {
      kind: m.kind,
      occurredOn: m.occurredOn,
      fromOrgUnitId: current.orgUnitId,
      toOrgUnitId: m.toOrgUnitId,
      detail: { ...changes, note: m.note ?? null },
    };
  } else if (m.kind === 'arrival') {
    changes = { arrivalDate: m.occurredOn, arrivalPort: m.arrivalPort ?? current.arrivalPort, departureDate: null, status: 'active' };
    draft = { kind: m.kind, occurredOn: m.occurredOn, toOrgUnitId: current.orgUnitId, detail: { port: m.arrivalPort ?? null, note: m.note ?? null } };
  } else if (m.kind === 'departure') {
    if (current.arrivalDate && m.occurredOn < current.arrivalDate)
      throw fieldError('occurredOn', 'err.dateOrder', { earlier: RESIDENT_FIELDS.arrivalDate!, later: { zh: '离境日期', en: 'Departure date' } });
    changes = { departureDate: m.occurredOn, status: statusFor(m.occurredOn, today) };
    draft = { kind: m.kind, occurredOn: m.occurredOn, fromOrgUnitId: current.orgUnitId, detail: { note: m.note ?? null } };
  } else {
    changes = { accommodationRegistered: true, accommodationRegisteredOn: m.occurredOn };
    draft = { kind: m.kind, occurredOn: m.occurredOn, toOrgUnitId: current.orgUnitId, detail: { note: m.note ?? null } };
  }
  return saveResident(db, actor, current, m.version, changes, `resident.movement.${m.kind}`, {
    detail: draft,
    alsoInTransaction: (tx) => recordMovements(tx, id, actor, [draft]),
  });
}

/** The timeline with area names and who recorded each step. */
export async function movementTimeline(db: Db, actor: Actor, id: number) {
  await getResident(db, actor, id);
  const rows = await listMovements(db, scopeOf(actor), id);
  const unitIds = rows.flatMap((r) => [r.fromOrgUnitId, r.toOrgUnitId]).filter((x): x is number => x != null);
  const chains = await areaChains(db, unitIds);
  const nameOf = await displayNames(
    db,
    rows.map((r) => r.recordedBy).filter((x): x is number => x != null),
  );
  const areaName = (unitId: number | null) => {
    if (unitId == null) return null;
    const chain = chains.get(unitId) ?? [];
    return chain.map((c) => unitName(c, actor.locale)).join(' / ');
  };
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as MovementKind,
    occurredOn: r.occurredOn,
    fromOrgUnitId: r.fromOrgUnitId,
    toOrgUnitId: r.toOrgUnitId,
    fromAreaName: areaName(r.fromOrgUnitId),
    toAreaName: areaName(r.toOrgUnitId),
    detail: (r.detail as Record<string, unknown> | null) ?? null,
    recordedBy: r.recordedBy ? (nameOf.get(r.recordedBy) ?? null) : null,
    recordedAt: r.recordedAt.toISOString(),
  }));
}
