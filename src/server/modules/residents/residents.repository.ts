import { and, asc, count, desc, eq, getTableColumns, gt, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { ResidentFilter, ResidentListQuery } from '@shared/contracts/residents';
import { addDays } from '@shared/reference/dates';
import { normalizeDocNumber } from '@shared/reference/normalize';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { orgUnits } from '@server/platform/platform.table';
import type { Actor } from '@server/platform/access/actor';
import { escapeLike, inScope, type Scope, inUnitSubtree } from '@server/platform/access/scope';
import { bulkInsert } from '@server/platform/db/bulk';
import { saveVersioned, type SaveOptions } from '@server/platform/db/records';
import { residentMovements, residents } from './residents.table';
import type { AuditAction, AuditEventTypes } from '@server/platform/audit/events';

export type ResidentRow = typeof residents.$inferSelect;
export type ResidentInsert = typeof residents.$inferInsert;
export type MovementInsert = typeof residentMovements.$inferInsert;

const CJK = /[\u3400-\u9fff]/;
const nameSearchExpr = sql`(lower(${residents.surname} || ' ' || ${residents.givenNames}) || ' ' || coalesce(${residents.nameZh}, ''))`;

/**
 * The status a file has today, whatever was stored when it was last saved: archived stays archived;
 * otherwise departed once the departure date has come (statusFor's rule, departure_date <= today), else
 * active. Written as conditions on the stored status plus the date, so the (org, status) and
 * (nationality, status) indexes still serve it.
 */
export function statusIs(status: 'active' | 'departed' | 'archived', today: string): SQL {
  const live = inArray(residents.status, ['active', 'departed']);
  if (status === 'archived') return eq(residents.status, 'archived');
  if (status === 'departed') return and(live, lte(residents.departureDate, today))!;
  return and(live, or(isNull(residents.departureDate), gt(residents.departureDate, today)))!;
}

/** Search options a caller may use: numbers only for a role that sees them unmasked, or it could probe them. */
export interface SearchRights {
  byNumber: boolean;
}

/** The WHERE of a filtered ledger view; always inside the scope. `today` is the office's date. */
export function residentWhere(scope: Scope, f: ResidentFilter & { nationalityCodes?: string[] }, today: string, rights: SearchRights): SQL {
  const conditions: Array<SQL | undefined> = [inScope(residents.orgUnitId, scope)];
  if (f.status !== 'all') conditions.push(statusIs(f.status, today));
  if (f.nationalityCodes?.length) conditions.push(inArray(residents.nationality, f.nationalityCodes));
  if (f.orgUnitId) {
    conditions.push(inUnitSubtree(residents.orgUnitId, f.orgUnitId));
  }
  if (f.visaType) conditions.push(eq(residents.visaType, f.visaType));
  if (f.arrivedWithinDays !== undefined) {
    conditions.push(and(gt(residents.arrivalDate, addDays(today, -f.arrivedWithinDays - 1)), lte(residents.arrivalDate, today)));
  }
  if (f.expiringWithinDays !== undefined) {
    const until = addDays(today, f.expiringWithinDays);
    conditions.push(
      or(and(gte(residents.docExpiry, today), lte(residents.docExpiry, until)), and(gte(residents.visaExpiry, today), lte(residents.visaExpiry, until))),
    );
  }
  if (f.tag) conditions.push(sql`${residents.tags} @> array[${f.tag}]::text[]`);
  if (f.q) conditions.push(searchCondition(f.q, rights));
  return and(...conditions)!;
}

/**
 * Free text: document number prefix (for a role that sees numbers), Chinese name prefix, pinyin initials
 * prefix, or a Latin/Chinese substring by trigram when long enough for trigrams to beat a scan (DESIGN.md pitfalls).
 */
function searchCondition(q: string, rights: SearchRights): SQL {
  const options: SQL[] = [];
  const doc = normalizeDocNumber(q);
  if (rights.byNumber && doc.length >= 4 && /\d/.test(doc)) options.push(sql`${residents.docNumber} like ${`${escapeLike(doc)}%`}`);
  if (CJK.test(q)) options.push(sql`${residents.nameZh} like ${`${escapeLike(q)}%`}`);
  if (/^[a-z]{2,}$/i.test(q)) options.push(sql`${residents.nameInitials} like ${`${escapeLike(q.toLowerCase())}%`}`);
  if (q.length >= 3 || (!CJK.test(q) && q.length >= 2)) options.push(sql`${nameSearchExpr} like ${`%${escapeLike(q.toLowerCase())}%`}`);
  return options.length ? or(...options)! : sql`false`;
}

const SORTS = {
  updatedAt: residents.updatedAt,
  name: residents.nameSort,
  nationality: residents.nationality,
  arrivalDate: residents.arrivalDate,
  docExpiry: residents.docExpiry,
  visaExpiry: residents.visaExpiry,
} as const;

export async function listResidents(db: Db, scope: Scope, q: ResidentListQuery & { nationalityCodes?: string[] }, today: string, rights: SearchRights) {
  const where = residentWhere(scope, q, today, rights);
  const column = SORTS[q.sort];
  const direction = q.order === 'asc' ? asc : desc;
  const order =
    q.sort === 'updatedAt' || q.sort === 'name'
      ? [direction(column), direction(residents.id)]
      : [sql`${column} ${sql.raw(q.order)} nulls last`, direction(residents.id)];
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(residents)
      .where(where)
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(residents).where(where),
  ]);
  return { rows, total: Number(n) };
}

/** Rows of a filtered view in id order, a batch at a time, for exports of any size. */
export async function* iterateResidents(
  db: Db,
  scope: Scope,
  f: ResidentFilter & { nationalityCodes?: string[] },
  today: string,
  rights: SearchRights,
  batch = 2000,
) {
  const where = residentWhere(scope, f, today, rights);
  let lastId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(residents)
      .where(and(where, gt(residents.id, lastId)))
      .orderBy(asc(residents.id))
      .limit(batch);
    if (!rows.length) return;
    yield rows;
    lastId = rows[rows.length - 1].id;
  }
}

export async function findResident(db: Db, scope: Scope, id: number): Promise<ResidentRow | null> {
  const [row] = await db
    .select()
    .from(residents)
    .where(and(eq(residents.id, id), inScope(residents.orgUnitId, scope)));
  return row ?? null;
}

/** A file's history, newest first; nothing when the file lies outside the scope. */
export async function listMovements(db: Db, scope: Scope, residentId: number) {
  return db
    .select(getTableColumns(residentMovements))
    .from(residentMovements)
    .innerJoin(residents, eq(residents.id, residentMovements.residentId))
    .where(and(eq(residentMovements.residentId, residentId), inScope(residents.orgUnitId, scope)))
    .orderBy(desc(residentMovements.occurredOn), desc(residentMovements.id));
}

/** Figures as of a moment: who was present then (arrived, not departed, not archived, already on file). */
export async function countStats(db: Db, scope: Scope, scopeDepth: number, asOfDate: string, cutoff: Date) {
  const present = and(
    inScope(residents.orgUnitId, scope),
    lte(residents.createdAt, cutoff),
    or(sql`${residents.arrivalDate} is null`, lte(residents.arrivalDate, asOfDate)),
    or(sql`${residents.departureDate} is null`, gt(residents.departureDate, asOfDate)),
    or(sql`${residents.archivedAt} is null`, gt(residents.archivedAt, cutoff)),
  )!;
  const in30 = addDays(asOfDate, 30);
  // A literal position (not a parameter) so GROUP BY sees the same expression as SELECT.
  const childOfScope = sql<string>`split_part(${orgUnits.path}, '/', ${sql.raw(String(Math.trunc(scopeDepth) + 3))})`;
  // One pass over the table: totals, by nationality and by area as grouping sets of the same scan.
  const rows = await db
    .select({
      code: residents.nationality,
      child: childOfScope,
      level: sql<number>`grouping(${residents.nationality}, ${childOfScope})`,
      total: sql<number>`count(*)::int`,
      arrivals: sql<number>`(count(*) filter (where ${residents.arrivalDate} > ${addDays(asOfDate, -14)}))::int`,
      docs: sql<number>`(count(*) filter (where ${residents.docExpiry} between ${asOfDate} and ${in30}))::int`,
      visas: sql<number>`(count(*) filter (where ${residents.visaExpiry} between ${asOfDate} and ${in30}))::int`,
      notRegistered: sql<number>`(count(*) filter (where not ${residents.accommodationRegistered}))::int`,
    })
    .from(residents)
    .innerJoin(orgUnits, eq(orgUnits.id, residents.orgUnitId))
    .where(present)
    .groupBy(sql`grouping sets ((${residents.nationality}), (${childOfScope}), ())`);
  // grouping(a, b) is a bitmask, a the high bit: 1 = area rolled up (a nationality row), 2 = nationality rolled up (an area row), 3 = the total.
  const totals = rows.find((r) => Number(r.level) === 3) ?? { total: 0, arrivals: 0, docs: 0, visas: 0, notRegistered: 0 };
  const byNationality = rows
    .filter((r) => Number(r.level) === 1)
    .map((r) => ({ code: r.code, count: Number(r.total) }))
    .sort((x, y) => y.count - x.count || x.code.localeCompare(y.code));
  const byArea = rows.filter((r) => Number(r.level) === 2).map((r) => ({ child: r.child, count: Number(r.total) }));
  const childIds = byArea.map((a) => Number(a.child)).filter((n) => n > 0);
  const names = childIds.length ? await db.select().from(orgUnits).where(inArray(orgUnits.id, childIds)) : [];
  const nameOf = new Map(names.map((u) => [u.id, u]));
  return {
    totals: {
      total: Number(totals.total),
      arrivals: Number(totals.arrivals),
      docs: Number(totals.docs),
      visas: Number(totals.visas),
      notRegistered: Number(totals.notRegistered),
    },
    byNationality,
    byArea: byArea
      .map((a) => ({ unit: nameOf.get(Number(a.child)), count: Number(a.count) }))
      .filter((a): a is { unit: NonNullable<typeof a.unit>; count: number } => !!a.unit)
      .map((a) => ({ orgUnitId: a.unit.id, nameZh: a.unit.nameZh, nameEn: a.unit.nameEn, count: a.count }))
      .sort((x, y) => y.count - x.count),
  };
}

/** Opens a file. */
export async function insertResident(tx: Db, values: ResidentInsert): Promise<ResidentRow> {
  const [row] = await tx.insert(residents).values(values).returning();
  return row;
}

/** Saves changes made on `version` with its audit event, in one transaction (saveVersioned); a stale version is a 409. */
export function saveResident<A extends AuditAction>(
  db: Db,
  actor: Actor,
  current: ResidentRow,
  version: number,
  changes: Partial<ResidentRow>,
  action: A,
  options?: SaveOptions<ResidentRow, AuditEventTypes[A]>,
): Promise<ResidentRow> {
  return saveVersioned<ResidentRow, A>(db, actor, residents, current, version, changes, action, 'resident', options);
}

/** Adds history rows (one statement, however many). */
export async function insertMovements(tx: Db, rows: MovementInsert[]): Promise<void> {
  if (rows.length) await tx.insert(residentMovements).values(rows);
}

/**
 * The files on record for these documents (issuing country + number), found with one join rather than
 * a long IN list. A document filed outside the scope is only reported as taken, never handed over.
 */
export async function findByDocuments(
  tx: Db,
  scope: Scope,
  keys: Array<{ country: string; number: string }>,
): Promise<{ inScope: Map<string, ResidentRow>; elsewhere: Set<string> }> {
  const result = { inScope: new Map<string, ResidentRow>(), elsewhere: new Set<string>() };
  if (!keys.length) return result;
  const found = await tx.select({ row: residents, visible: sql<boolean>`${inScope(residents.orgUnitId, scope)}` }).from(residents)
    .where(sql`(${residents.docIssuingCountry}, ${residents.docNumber}) in (
    select * from unnest(${sql.param(keys.map((k) => k.country))}::text[], ${sql.param(keys.map((k) => k.number))}::text[]))`);
  for (const { row, visible } of found) {
    const key = `${row.docIssuingCountry}|${row.docNumber}`;
    if (visible) result.inScope.set(key, row);
    else result.elsewhere.add(key);
  }
  return result;
}

/** An import's change to a file it found by document: the version moves on, as with any save. */
export async function updateImported(tx: Db, id: number, userId: number, changes: Partial<ResidentRow>): Promise<void> {
  await tx
    .update(residents)
    .set({
      ...changes,
      version: sql`${residents.version} + 1`,
      updatedAt: clock.now(),
      updatedBy: userId,
    })
    .where(eq(residents.id, id));
}

/** What an import needs back of each new file to write its movements and audit events. */
export interface InsertedResident {
  id: number;
  orgUnitId: number;
  arrivalDate: string | null;
  arrivalPort: string | null;
  accommodationRegistered: boolean;
  accommodationRegisteredOn: string | null;
  departureDate: string | null;
}

/** Opens many files in one statement (bulkInsert); the rows come back in the order given. */
export async function insertImported(tx: Db, rows: ResidentInsert[], columns: ReadonlyArray<keyof ResidentInsert & string>): Promise<InsertedResident[]> {
  const inserted = await bulkInsert<typeof residents, Record<string, unknown>>(tx, residents, rows, columns, [
    'id',
    'org_unit_id',
    'arrival_date',
    'arrival_port',
    'accommodation_registered',
    'accommodation_registered_on',
    'departure_date',
  ]);
  return inserted.map((r) => ({
    id: Number(r.id),
    orgUnitId: r.org_unit_id as number,
    arrivalDate: r.arrival_date as string | null,
    arrivalPort: r.arrival_port as string | null,
    accommodationRegistered: r.accommodation_registered as boolean,
    accommodationRegisteredOn: r.accommodation_registered_on as string | null,
    departureDate: r.departure_date as string | null,
  }));
}

const MOVEMENT_COLUMNS: Array<keyof MovementInsert & string> = ['residentId', 'kind', 'occurredOn', 'fromOrgUnitId', 'toOrgUnitId', 'detail', 'recordedBy'];

/** Many history rows in one statement, for an import's batch. */
export async function insertMovementsBulk(tx: Db, rows: MovementInsert[]): Promise<void> {
  await bulkInsert(tx, residentMovements, rows, MOVEMENT_COLUMNS, ['id']);
}
