/**
 * Foreign keys: the database itself refuses a row that points at nothing, keeps the ledgers' history from
 * being deleted from under it, lets only pure children go with their parent, and the app still answers a
 * link to a record that does not exist with a 4xx of its own, never a 500 from the constraint.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, getTableName, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../../src/server/db/client';
import { tablesOf } from '../../src/server/platform/modules';
import { MODULES } from '../../src/server/modules/registry';
import { auditEvents, jobs, knownDevices, orgUnits, sessions, storedFiles, users } from '../../src/server/platform/platform.table';
import { holidayNoticeDays, holidayNotices } from '../../src/server/platform/calendar/calendar.table';
import { residentMovements, residents } from '../../src/server/modules/residents/residents.table';
import { travelApplications, travelSteps } from '../../src/server/modules/travel/travel.table';
import { friendshipExchanges, visits } from '../../src/server/modules/exchanges/exchanges.table';
import { createTestContext, makeSubtree, residentBody, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame, multipartFile } from '../helpers/http';
import { makeUnit, tripBody } from '../helpers/travel';

/**
 * Every reference the schema declares, as "table.column": "target restrict|cascade". A column missing here
 * has no foreign key on purpose: audit_events.actor_id / org_unit_id (the log is never blocked or rewritten by
 * another change), attachments.entity_id (its owner is a row of any module's table).
 */
const EXPECTED: Record<string, string> = {
  'org_units.parent_id': 'org_units restrict',
  'users.org_unit_id': 'org_units restrict',
  'sessions.user_id': 'users cascade',
  'known_devices.user_id': 'users cascade',
  'jobs.user_id': 'users restrict',
  'jobs.org_unit_id': 'org_units restrict',
  'stored_files.job_id': 'jobs cascade',
  'stored_files.user_id': 'users restrict',
  'settings.org_unit_id': 'org_units restrict',
  'settings.updated_by': 'users restrict',
  'attachments.org_unit_id': 'org_units restrict',
  'attachments.uploaded_by': 'users restrict',
  'holiday_notices.org_unit_id': 'org_units restrict',
  'holiday_notices.created_by': 'users restrict',
  'holiday_notices.updated_by': 'users restrict',
  'holiday_notice_days.notice_id': 'holiday_notices cascade',
  'residents.org_unit_id': 'org_units restrict',
  'residents.created_by': 'users restrict',
  'residents.updated_by': 'users restrict',
  'resident_movements.resident_id': 'residents restrict',
  'resident_movements.from_org_unit_id': 'org_units restrict',
  'resident_movements.to_org_unit_id': 'org_units restrict',
  'resident_movements.recorded_by': 'users restrict',
  'visits.org_unit_id': 'org_units restrict',
  'visits.friendship_city_id': 'friendship_cities restrict',
  'visits.event_id': 'events restrict',
  'visits.created_by': 'users restrict',
  'visits.updated_by': 'users restrict',
  'events.org_unit_id': 'org_units restrict',
  'events.created_by': 'users restrict',
  'events.updated_by': 'users restrict',
  'friendship_cities.org_unit_id': 'org_units restrict',
  'friendship_cities.created_by': 'users restrict',
  'friendship_cities.updated_by': 'users restrict',
  'friendship_exchanges.friendship_city_id': 'friendship_cities restrict',
  'friendship_exchanges.visit_id': 'visits restrict',
  'friendship_exchanges.recorded_by': 'users restrict',
  'travel_plans.org_unit_id': 'org_units restrict',
  'travel_plans.created_by': 'users restrict',
  'travel_plans.updated_by': 'users restrict',
  'travel_plan_items.plan_id': 'travel_plans restrict',
  'travel_plan_items.org_unit_id': 'org_units restrict',
  'travel_applications.org_unit_id': 'org_units restrict',
  'travel_applications.plan_item_id': 'travel_plan_items restrict',
  'travel_applications.reviewed_by_org_unit_id': 'org_units restrict',
  'travel_applications.forwarded_by_org_unit_id': 'org_units restrict',
  'travel_applications.created_by': 'users restrict',
  'travel_applications.updated_by': 'users restrict',
  'travel_steps.application_id': 'travel_applications restrict',
  'travel_steps.org_unit_id': 'org_units restrict',
  'travel_steps.actor_id': 'users restrict',
  'travel_steps.actor_org_unit_id': 'org_units restrict',
  'travel_reminders.application_id': 'travel_applications restrict',
  'travel_reminders.org_unit_id': 'org_units restrict',
  'travel_reminders.sent_by': 'users restrict',
  'travel_passports.org_unit_id': 'org_units restrict',
  'travel_passports.application_id': 'travel_applications restrict',
  'travel_passports.created_by': 'users restrict',
  'travel_passports.updated_by': 'users restrict',
  'travel_rules.org_unit_id': 'org_units restrict',
  'travel_rules.created_by': 'users restrict',
  'travel_rules.updated_by': 'users restrict',
};

/** An id no row has (within int4, so it passes the request schemas and reaches the service). */
const NONE = 2_147_483_000;

let ctx: TestContext;
let T: Subtree;
let unit: number;
let admin: Client;
let applicant: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  T = await makeSubtree(ctx);
  unit = await makeUnit(ctx, T.districtId);
  admin = await signIn(ctx, 'admin', ctx.cityId);
  applicant = await signIn(ctx, 'unit_applicant', unit);
});
afterAll(async () => {
  await ctx?.close();
});

type Rows<T> = { rows: T[] };
const rowsOf = <T>(r: unknown) => (r as Rows<T>).rows;

/** The foreign key a failed statement violated (SQLSTATE 23503 on the driver's error, which Drizzle wraps in `cause`), or null. */
async function violation(write: () => Promise<unknown>): Promise<{ code: string; constraint: string } | null> {
  try {
    await write();
  } catch (err) {
    const e = ((err as { cause?: unknown }).cause ?? err) as { code?: string; constraint?: string };
    return { code: String(e.code), constraint: String(e.constraint ?? '') };
  }
  return null;
}

/** The database's foreign keys as "table.column" → "target on-delete". */
async function databaseForeignKeys(db: Db): Promise<Record<string, string>> {
  const rows = rowsOf<{ tbl: string; col: string; target: string; del: string }>(
    await db.execute(sql`
    select cl.relname as tbl, a.attname as col, rcl.relname as target, c.confdeltype as del
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid join pg_class rcl on rcl.oid = c.confrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and cl.relnamespace = 'public'::regnamespace`),
  );
  const action: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };
  return Object.fromEntries(rows.map((r) => [`${r.tbl}.${r.col}`, `${r.target} ${action[r.del]}`]));
}

/** Which part of the house owns each table: 'platform' or a module's name. */
const OWNER = new Map<string, string>();
for (const m of MODULES) for (const t of tablesOf([m])) OWNER.set(getTableName(t), m.name);
for (const t of tablesOf([])) OWNER.set(getTableName(t), 'platform');
/** EXPECTED pins the platform's and these modules' references; a later module's are held to the rules of the house instead. */
const PINNED = new Set(['platform', 'residents', 'exchanges', 'travel']);

/** Every reference the schema declares, as "table.column": "target onDelete". */
function declaredForeignKeys(): Record<string, string> {
  const declared: Record<string, string> = {};
  for (const table of tablesOf(MODULES)) {
    for (const fk of getTableConfig(table).foreignKeys) {
      const ref = fk.reference();
      declared[`${getTableName(table)}.${ref.columns[0].name}`] = `${getTableName(ref.foreignTable)} ${fk.onDelete ?? 'no action'}`;
    }
  }
  return declared;
}

describe('the foreign keys', () => {
  it('are in the migrated database exactly as the schema declares them, and as listed here', async () => {
    const declared = declaredForeignKeys();
    const pinned = Object.fromEntries(Object.entries(declared).filter(([key]) => PINNED.has(OWNER.get(key.split('.')[0])!)));
    expect(pinned).toEqual(EXPECTED);
    expect(await databaseForeignKeys(ctx.db)).toEqual(declared);
  });

  it("point from a module only at its own tables or the platform's, restricting or cascading", () => {
    for (const [key, ref] of Object.entries(declaredForeignKeys())) {
      const owner = OWNER.get(key.split('.')[0])!;
      const [target, onDelete] = [ref.split(' ')[0], ref.slice(ref.indexOf(' ') + 1)];
      expect(['platform', owner], key).toContain(OWNER.get(target));
      expect(['restrict', 'cascade'], key).toContain(onDelete);
    }
  });

  it('refuse a row that points at nothing: SQLSTATE 23503, naming the constraint', async () => {
    const resident = (await admin.post('/api/residents', residentBody(T.communityIds[0]))).json();
    const [notice] = await ctx.db.insert(holidayNotices).values({ year: 2040, documentNumber: '外键〔2039〕1号', orgUnitId: ctx.cityId }).returning();
    const app = { orgUnitId: unit, year: 2026, task: 't', inviterName: 'i', inviterCountry: 'KOR', departDate: '2026-11-16', returnDate: '2026-11-20' };
    const cases: Array<[string, () => Promise<unknown>]> = [
      ['residents_org_unit_id_org_units_id_fk', () => ctx.db.insert(residents).values({ ...residentBody(NONE), docIssuingCountry: 'USA' } as never)],
      [
        'residents_created_by_users_id_fk',
        () => ctx.db.insert(residents).values({ ...residentBody(T.communityIds[0]), docIssuingCountry: 'USA', createdBy: NONE } as never),
      ],
      [
        'resident_movements_resident_id_residents_id_fk',
        () => ctx.db.insert(residentMovements).values({ residentId: NONE, kind: 'arrival', occurredOn: '2026-01-01' }),
      ],
      [
        'resident_movements_to_org_unit_id_org_units_id_fk',
        () => ctx.db.insert(residentMovements).values({ residentId: resident.id, kind: 'arrival', occurredOn: '2026-01-01', toOrgUnitId: NONE }),
      ],
      [
        'users_org_unit_id_org_units_id_fk',
        () =>
          ctx.db
            .insert(users)
            .values({ username: `fk_${randomBytes(3).toString('hex')}`, displayName: 'x', passwordHash: 'x', role: 'leader', orgUnitId: NONE }),
      ],
      [
        'org_units_parent_id_org_units_id_fk',
        () => ctx.db.insert(orgUnits).values({ parentId: NONE, kind: 'street', nameZh: '无', nameEn: 'None', path: '', depth: 2 }),
      ],
      [
        'sessions_user_id_users_id_fk',
        () => ctx.db.insert(sessions).values({ tokenHash: randomBytes(8).toString('hex'), userId: NONE, csrfToken: 'c', expiresAt: new Date() }),
      ],
      [
        'holiday_notice_days_notice_id_holiday_notices_id_fk',
        () => ctx.db.insert(holidayNoticeDays).values({ noticeId: notice.id + 1000, date: '2040-01-01', kind: 'holiday' }),
      ],
      [
        'visits_event_id_events_id_fk',
        () =>
          ctx.db.insert(visits).values({
            orgUnitId: T.districtId,
            type: 'government',
            startDate: '2026-01-01',
            endDate: '2026-01-02',
            organisation: 'o',
            peopleCount: 1,
            eventId: NONE,
          }),
      ],
      [
        'friendship_exchanges_friendship_city_id_friendship_cities_id_fk',
        () => ctx.db.insert(friendshipExchanges).values({ friendshipCityId: NONE, kind: 'letter', occurredOn: '2026-01-01', title: 't' }),
      ],
      ['travel_applications_plan_item_id_travel_plan_items_id_fk', () => ctx.db.insert(travelApplications).values({ ...app, planItemId: NONE })],
      [
        'travel_steps_application_id_travel_applications_id_fk',
        () => ctx.db.insert(travelSteps).values({ applicationId: NONE, orgUnitId: unit, kind: 'create' }),
      ],
      [
        'stored_files_job_id_jobs_id_fk',
        () => ctx.db.insert(storedFiles).values({ jobId: NONE, userId: admin.userId, name: 'x', contentType: 'x', content: Buffer.from('x') }),
      ],
    ];
    for (const [constraint, write] of cases) {
      expect(await violation(write), constraint).toEqual({ code: '23503', constraint });
    }
    // The audit log takes any actor and unit: it is never refused for who or where.
    expect(await violation(() => ctx.db.insert(auditEvents).values({ actorId: NONE, orgUnitId: NONE, action: 'x', entityType: 'x' }))).toBeNull();
  });

  it('keep a ledger record and its history from being deleted from under what refers to it', async () => {
    const clerk = await signIn(ctx, 'street_operator', T.streetIds[0]);
    const resident = (await clerk.post('/api/residents', residentBody(T.communityIds[0]))).json();
    expect(await ctx.db.select().from(residentMovements).where(eq(residentMovements.residentId, resident.id))).not.toEqual([]);
    // ON DELETE restrict: SQLSTATE 23001 (restrict_violation) on PGlite (PostgreSQL 18), 23503 on the PostgreSQL 15 server.
    const restricted = { code: expect.stringMatching(/^(23001|23503)$/) };
    const byUser = await violation(() => ctx.db.delete(users).where(eq(users.id, clerk.userId)));
    expect(byUser).toEqual({ ...restricted, constraint: expect.stringMatching(/_users_id_fk$/) });
    expect(await violation(() => ctx.db.delete(residents).where(eq(residents.id, resident.id)))).toEqual({
      ...restricted,
      constraint: 'resident_movements_resident_id_residents_id_fk',
    });
    expect(await violation(() => ctx.db.delete(orgUnits).where(eq(orgUnits.id, T.communityIds[0])))).toEqual({
      ...restricted,
      constraint: expect.stringMatching(/_org_units_id_fk$/),
    });
    const draft = (await applicant.post('/api/travel/applications', tripBody())).json();
    expect(await violation(() => ctx.db.delete(travelApplications).where(eq(travelApplications.id, draft.id)))).toEqual({
      ...restricted,
      constraint: 'travel_steps_application_id_travel_applications_id_fk',
    });
    // Still there, whole.
    expect((await clerk.get(`/api/residents/${resident.id}`)).statusCode).toBe(200);
    expect((await applicant.get(`/api/travel/applications/${draft.id}/steps`)).json()).toHaveLength(1);
  });

  it('let only pure children go with their parent; the audit log keeps the events of a deleted user', async () => {
    // A user who only signed in (a session, a known device, audit events) can be deleted by hand, and
    // takes the session and the device along.
    const visitor = await signIn(ctx, 'leader', T.districtId);
    expect(await ctx.db.select().from(knownDevices).where(eq(knownDevices.userId, visitor.userId))).toHaveLength(1);
    expect(await violation(() => ctx.db.delete(users).where(eq(users.id, visitor.userId)))).toBeNull();
    expect(await ctx.db.select().from(sessions).where(eq(sessions.userId, visitor.userId))).toEqual([]);
    expect(await ctx.db.select().from(knownDevices).where(eq(knownDevices.userId, visitor.userId))).toEqual([]);
    expect((await ctx.db.select().from(auditEvents).where(eq(auditEvents.actorId, visitor.userId))).map((e) => e.action)).toContain('auth.login');
    expect((await visitor.get('/api/auth/me')).statusCode).toBe(401);
    // A notice's days go with the notice; a job's error report with the job.
    const [notice] = await ctx.db.insert(holidayNotices).values({ year: 2041, documentNumber: '外键〔2040〕1号', orgUnitId: ctx.cityId }).returning();
    await ctx.db.insert(holidayNoticeDays).values({ noticeId: notice.id, date: '2041-01-01', kind: 'holiday' });
    await ctx.db.delete(holidayNotices).where(eq(holidayNotices.id, notice.id));
    expect(await ctx.db.select().from(holidayNoticeDays).where(eq(holidayNoticeDays.noticeId, notice.id))).toEqual([]);
    const [job] = await ctx.db.insert(jobs).values({ kind: 'residents.import', status: 'succeeded', userId: admin.userId, orgUnitId: ctx.cityId }).returning();
    await ctx.db.insert(storedFiles).values({ jobId: job.id, userId: admin.userId, name: 'r.xlsx', contentType: 'x', content: Buffer.from('x') });
    await ctx.db.delete(jobs).where(eq(jobs.id, job.id));
    expect(await ctx.db.select().from(storedFiles).where(eq(storedFiles.jobId, job.id))).toEqual([]);
  });

  it('are never what answers a link to a record that does not exist: the app says so with a 4xx, never a 500', async () => {
    const resident = (await admin.post('/api/residents', residentBody(T.communityIds[0]))).json();
    const visit = {
      orgUnitId: T.districtId,
      type: 'government',
      status: 'completed',
      startDate: '2026-03-10',
      endDate: '2026-03-12',
      countries: ['韩国'],
      organisation: '代表团',
      peopleCount: 3,
    };
    const city = (
      await admin.post('/api/exchanges/cities', {
        orgUnitId: T.districtId,
        foreignCityZh: `外键${randomBytes(3).toString('hex')}`,
        foreignCityEn: 'FK City',
        country: '日本',
        relationType: 'friendship',
        establishedOn: '1991-06-10',
      })
    ).json();
    const passport = (
      await admin.post('/api/travel/passports', {
        orgUnitId: unit,
        holderName: 'Zhang San',
        passportType: 'official',
        number: `SE${randomBytes(3).toString('hex')}`,
        expiry: '2031-01-01',
      })
    ).json();
    const draft = (await applicant.post('/api/travel/applications', tripBody())).json();
    const auditBefore = (await ctx.db.select().from(auditEvents)).length;

    const refusals: Array<[string, Client, 'POST' | 'PUT', string, unknown, number, string | null]> = [
      ['resident in a unit that does not exist', admin, 'POST', '/api/residents', residentBody(NONE), 400, 'orgUnitId'],
      [
        'resident moved to a unit that does not exist',
        admin,
        'POST',
        `/api/residents/${resident.id}/movements`,
        { version: resident.version, kind: 'address_change', occurredOn: '2026-01-05', toOrgUnitId: NONE },
        400,
        'toOrgUnitId',
      ],
      [
        'movement of a file that does not exist',
        admin,
        'POST',
        `/api/residents/${NONE}/movements`,
        { version: 1, kind: 'departure', occurredOn: '2026-01-05' },
        404,
        null,
      ],
      [
        'user of a unit that does not exist',
        admin,
        'POST',
        '/api/users',
        { username: `fk_${randomBytes(3).toString('hex')}`, displayName: 'X', role: 'leader', orgUnitId: NONE, password: 'Long-enough-pw-1', locale: 'zh-CN' },
        400,
        'orgUnitId',
      ],
      ['unit under a unit that does not exist', admin, 'POST', '/api/org/units', { parentId: NONE, kind: 'street', nameZh: '无' }, 400, null],
      ['visit linked to a pair that does not exist', admin, 'POST', '/api/exchanges/visits', { ...visit, friendshipCityId: NONE }, 400, 'friendshipCityId'],
      ['visit linked to an event that does not exist', admin, 'POST', '/api/exchanges/visits', { ...visit, eventId: NONE }, 400, 'eventId'],
      ['visit of a local party that does not exist', admin, 'POST', '/api/exchanges/visits', { ...visit, orgUnitId: NONE }, 400, 'orgUnitId'],
      [
        'exchange of a pair that does not exist',
        admin,
        'POST',
        `/api/exchanges/cities/${NONE}/history`,
        { kind: 'letter', occurredOn: '2026-01-05', title: '贺信' },
        404,
        null,
      ],
      [
        'application drawing on a plan item that does not exist',
        applicant,
        'POST',
        '/api/travel/applications',
        tripBody({ planItemId: NONE }),
        400,
        'planItemId',
      ],
      [
        'application changed to a plan item that does not exist',
        applicant,
        'PUT',
        `/api/travel/applications/${draft.id}`,
        { ...tripBody({ planItemId: NONE }), version: draft.version },
        400,
        'planItemId',
      ],
      ['application of a unit that does not exist', applicant, 'POST', '/api/travel/applications', tripBody({ orgUnitId: NONE }), 400, 'orgUnitId'],
      [
        'plan of a unit that does not exist',
        applicant,
        'POST',
        '/api/travel/plans',
        { orgUnitId: NONE, year: 2026, items: [{ title: 't', countries: ['KOR'], people: 2, days: 5, month: 11, budget: 1000 }] },
        400,
        'orgUnitId',
      ],
      [
        'passport of a unit that does not exist',
        admin,
        'POST',
        '/api/travel/passports',
        { orgUnitId: NONE, holderName: 'Li Si', passportType: 'official', number: `SE${randomBytes(3).toString('hex')}`, expiry: '2031-01-01' },
        400,
        'orgUnitId',
      ],
      [
        'passport issued for an application that does not exist',
        admin,
        'POST',
        `/api/travel/passports/${passport.id}/issue`,
        { version: passport.version, on: '2026-11-10', to: 'Zhang San', applicationId: NONE },
        400,
        'applicationId',
      ],
      [
        'reminder of an application that does not exist',
        admin,
        'POST',
        '/api/travel/reminders',
        { items: [{ applicationId: NONE, kind: 'report' }], message: '请办理' },
        404,
        null,
      ],
    ];
    for (const [why, client, method, url, body, status, field] of refusals) {
      const res = await client.request(method, url, body);
      expect(res.statusCode, `${why}: ${res.body.slice(0, 300)}`).toBe(status);
      const frame = expectErrorFrame(res);
      if (field)
        expect(
          frame.fields?.map((f) => f.path),
          why,
        ).toContain(field);
    }
    const upload = multipartFile(Buffer.from('%PDF-1.4 fk'), 'letter.pdf', 'application/pdf');
    expect((await admin.post(`/api/exchanges/visits/${NONE}/attachments`, upload.payload, upload.headers)).statusCode).toBe(404);
    // Nothing was written for any of them.
    expect((await ctx.db.select().from(auditEvents)).length).toBe(auditBefore);
    // A link the form does not offer is dropped with the rest of the unknown fields, not stored dangling.
    const exchange = await admin.post(`/api/exchanges/cities/${city.id}/history`, { kind: 'letter', occurredOn: '2026-01-05', title: '贺信', visitId: NONE });
    expect(exchange.statusCode, exchange.body).toBe(200);
    const [stored] = await ctx.db.select().from(friendshipExchanges).where(eq(friendshipExchanges.friendshipCityId, city.id));
    expect(stored.visitId).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Migration 0005 on a database that was in use before it

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/server/db/migrations');

/** The migrations folder as it was before 0005 (the journal cut there). */
function migrationsBefore(idx: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waishi-migrations-'));
  cpSync(migrationsDir, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ idx: number }> };
  journal.entries = journal.entries.filter((e) => e.idx < idx);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

/** An empty database, PGlite in memory or a database of its own on TEST_DATABASE_URL's server. */
async function emptyDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: 'memory' });
  const name = `waishi_t_${randomBytes(6).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: serverUrl });
  await adminClient.connect();
  await adminClient.query(`create database ${name}`);
  await adminClient.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

describe('migration 0005 on a database in use', () => {
  it('removes the orphans of the cascade children, stops without a trace at a dangling ledger id, and applies once it is fixed', async () => {
    const old = migrationsBefore(5);
    const database = await emptyDatabase();
    const migrate = (folder: string) =>
      database.kind === 'postgres'
        ? migratePg(database.db as never, { migrationsFolder: folder })
        : migratePglite(database.db as never, { migrationsFolder: folder });
    const q = async <T = Record<string, unknown>>(text: string) => rowsOf<T>(await database.db.execute(sql.raw(text)));
    const count = async (table: string) => Number((await q<{ n: number }>(`select count(*) as n from ${table}`))[0].n);
    try {
      await migrate(old);
      expect(Object.keys(await databaseForeignKeys(database.db))).toEqual([]);
      await q(`insert into org_units (id, kind, name_zh, name_en, path, depth) values (1, 'city', '市', 'City', '/1/', 0)`);
      await q(`insert into users (id, username, display_name, password_hash, role, org_unit_id) values (1, 'a', 'a', 'x', 'admin', 1)`);
      await q(`insert into holiday_notices (id, year, document_number, org_unit_id) values (1, 2030, 'n', 1)`);
      // Days of a notice deleted without them (by hand, or by another program), sessions and a device of a user
      // deleted by hand, the report of a job deleted by hand: next to the rows that still have their owner.
      await q(`insert into holiday_notice_days (notice_id, date, kind) values (1, '2030-01-01', 'holiday'), (99, '2031-01-01', 'holiday')`);
      await q(`insert into sessions (token_hash, user_id, csrf_token, expires_at) values ('kept', 1, 'c', now()), ('orphan', 42, 'c', now())`);
      await q(`insert into known_devices (token_hash, user_id, created_at, expires_at) values ('kept', 1, now(), now()), ('orphan', 42, now(), now())`);
      await q(`insert into jobs (id, kind, status, user_id, org_unit_id) values (1, 'residents.import', 'succeeded', 1, 1)`);
      await q(
        `insert into stored_files (job_id, user_id, name, content_type, content) values (1, 1, 'kept', 't', '\\x00'), (77, 1, 'orphan', 't', '\\x00'), (null, 1, 'no job', 't', '\\x00')`,
      );
      // A ledger row pointing at a unit that is not there.
      await q(
        `insert into residents (id, org_unit_id, nationality, doc_type, doc_number, doc_issuing_country) values (1, 555, 'USA', 'passport', 'P1', 'USA')`,
      );
      await q(`insert into resident_movements (resident_id, kind, occurred_on, to_org_unit_id) values (1, 'arrival', '2026-01-01', 1)`);

      const failed = await violation(() => migrate(migrationsDir));
      expect(failed).toEqual({ code: '23503', constraint: 'residents_org_unit_id_org_units_id_fk' });
      // Rolled back whole: not recorded as applied, no constraint, no row deleted.
      expect(await count('drizzle.__drizzle_migrations')).toBe(5);
      expect(Object.keys(await databaseForeignKeys(database.db))).toEqual([]);
      expect([
        await count('holiday_notice_days'),
        await count('sessions'),
        await count('known_devices'),
        await count('stored_files'),
        await count('residents'),
      ]).toEqual([2, 2, 2, 3, 1]);

      // The office puts the unit back (or moves the file); then the migration goes through.
      await q(`insert into org_units (id, parent_id, kind, name_zh, name_en, path, depth) values (555, 1, 'district', '区', 'District', '/1/555/', 1)`);
      await migrate(migrationsDir);
      const journal = JSON.parse(readFileSync(path.join(migrationsDir, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
      expect(await count('drizzle.__drizzle_migrations')).toBe(journal.entries.length);
      expect(await databaseForeignKeys(database.db)).toEqual(declaredForeignKeys());
      expect(await q(`select notice_id from holiday_notice_days`)).toEqual([{ notice_id: 1 }]);
      expect(await q(`select token_hash from sessions`)).toEqual([{ token_hash: 'kept' }]);
      expect(await q(`select token_hash from known_devices`)).toEqual([{ token_hash: 'kept' }]);
      expect((await q<{ name: string }>(`select name from stored_files order by name`)).map((r) => r.name)).toEqual(['kept', 'no job']);
      expect([await count('residents'), await count('resident_movements')]).toEqual([1, 1]);
    } finally {
      await database.close();
      rmSync(old, { recursive: true, force: true });
    }
  });
});
