import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { clock } from '../clock';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * The org tree: city → district → street → community, plus departments and outside units.
 * `path` is the materialised chain of ids ("/1/7/42/"), so a subtree is one prefix match.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id').references((): AnyPgColumn => orgUnits.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    divisionCode: text('division_code'),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    archived: boolean('archived').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
  },
  (t) => [
    index('org_units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('org_units_parent_idx').on(t.parentId),
    uniqueIndex('org_units_division_code_idx').on(t.divisionCode),
  ],
);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    locale: text('locale').notNull().default('zh-CN'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
  },
  (t) => [uniqueIndex('users_username_idx').using('btree', sql`lower(${t.username})`)],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    // A session is the user's sign-in and nothing else: it goes with the user.
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Password checks that failed (sign-in and change-password), counted atomically in SQL. `account` is
 * the lower-cased user name as typed, whether or not such a user exists, so an unknown name is
 * treated exactly like a known one. `source` is 'ip:<address>', 'device:<hash>' (a known device of
 * that account) or '*' (the account across every source that is not a known device). A row per
 * (account, source) locks that source only; the '*' row slows the account down for new sources.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    account: text('account').notNull(),
    source: text('source').notNull(),
    failures: integer('failures').notNull().default(0),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.account, t.source] }), index('login_attempts_last_idx').on(t.lastFailureAt)],
);

/** Browsers that signed in to an account successfully: the cookie holds a random token, this table its SHA-256. */
export const knownDevices = pgTable(
  'known_devices',
  {
    tokenHash: text('token_hash').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenHash, t.userId] }), index('known_devices_user_idx').on(t.userId), index('known_devices_expires_idx').on(t.expiresAt)],
);

/** Fixed-window request counters of @fastify/rate-limit, shared by every app process. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [index('rate_limits_window_idx').on(t.windowStart)],
);

/**
 * The audit log. No foreign keys, on purpose: the log must take every event in the transaction of the change
 * it records and must never be changed or blocked by a change elsewhere (a cascade or `set null` would rewrite
 * history, a `restrict` would make an audited row undeletable by hand). actor_name and the before/after JSON keep
 * who and what, whatever became of the rows; entity_id names a row of any table (entity_type), org_unit_id only scopes.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    orgUnitId: integer('org_unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_entity_idx').on(t.entityType, t.entityId), index('audit_actor_idx').on(t.actorId)],
);

/**
 * Background jobs (imports, large exports): progress lives here so any app process can report it. A running
 * job belongs to the process holding its lease; one whose lease ran out is failed by whichever process sees it.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    fileName: text('file_name'),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    result: jsonb('result'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** The app process running the job (its instance id) and until when it holds it; renewed while it runs. */
    owner: text('owner'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
  },
  (t) => [index('jobs_user_idx').on(t.userId)],
);

/** Files produced for download (error reports), kept in the database so app processes stay stateless. */
export const storedFiles = pgTable('stored_files', {
  id: serial('id').primaryKey(),
  /** The job whose report this is: the file has no use without it. */
  jobId: integer('job_id').references(() => jobs.id, { onDelete: 'cascade' }),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'restrict' }),
  name: text('name').notNull(),
  contentType: text('content_type').notNull(),
  content: bytea('content').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$defaultFn(() => clock.now()),
});

/** Office-level settings an administrator edits (e.g. the friendship-city target), one row per key and org unit. */
export const settings = pgTable(
  'settings',
  {
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [uniqueIndex('settings_key_idx').on(t.orgUnitId, t.key)],
);

/** Files attached to a record of any module (agreements, invitations), kept in the database. */
export const attachments = pgTable(
  'attachments',
  {
    id: serial('id').primaryKey(),
    entityType: text('entity_type').notNull(),
    /** The owner is any module's record (entity_type names its table), so no foreign key can hold it. */
    entityId: integer('entity_id').notNull(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
  },
  (t) => [index('attachments_entity_idx').on(t.entityType, t.entityId)],
);
