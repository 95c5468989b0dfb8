import { sql } from 'drizzle-orm';
import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditedColumns } from '@server/platform/db/columns';
import { attachments, orgUnits, users } from '@server/platform/platform.table';

/**
 * A unit's registration from the public page, waiting for its district's office. `org_unit_id` is the district it
 * chose (the scope: the offices above it review it). The status token is kept only as its SHA-256, so the table
 * alone opens no one's registration; the password only as the hash createUser stores on approval.
 */
export const serviceUnitRegistrations = pgTable(
  'service_unit_registrations',
  {
    id: serial('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    state: text('state').notNull().default('pending'),
    unitNameZh: text('unit_name_zh').notNull(),
    unitNameEn: text('unit_name_en').notNull().default(''),
    creditCode: text('credit_code').notNull(),
    address: text('address').notNull(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    clerkName: text('clerk_name').notNull(),
    clerkIdNumber: text('clerk_id_number').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** The filing form and the licence, uploaded by the holder of the token after the form; the last upload counts. */
    filingId: integer('filing_id').references(() => attachments.id, { onDelete: 'restrict' }),
    licenceId: integer('licence_id').references(() => attachments.id, { onDelete: 'restrict' }),
    /** Files uploaded so far: a registration takes a few, never an unbounded number (public uploads). */
    uploads: integer('uploads').notNull().default(0),
    /** The address the registration came from, for the office's judgement of abuse. */
    ip: text('ip'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by').references(() => users.id, { onDelete: 'restrict' }),
    rejectReason: text('reject_reason'),
    /** What the approval made: the unit under the district and its clerk's account. */
    unitId: integer('unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'restrict' }),
    ...auditedColumns(),
  },
  (t) => [
    uniqueIndex('service_unit_registrations_token_idx').on(t.tokenHash),
    // One live registration per credit code and per username: a second is refused in the office's words.
    uniqueIndex('service_unit_registrations_credit_idx')
      .on(t.creditCode)
      .where(sql`${t.state} in ('pending', 'approved')`),
    uniqueIndex('service_unit_registrations_username_idx')
      .on(sql`lower(${t.username})`)
      .where(sql`${t.state} = 'pending'`),
    index('service_unit_registrations_org_idx').on(t.orgUnitId, t.state),
  ],
);
