import { sql } from 'drizzle-orm';
import { bigserial, bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { clock } from '@server/clock';
import { orgUnits, users } from '@server/platform/platform.table';

/** One file per foreign resident ("一人一档"); current state, while movements keep the history. */
export const residents = pgTable(
  'residents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    status: text('status').notNull().default('active'),
    surname: text('surname').notNull().default(''),
    givenNames: text('given_names').notNull().default(''),
    nameZh: text('name_zh'),
    nameSort: text('name_sort').notNull().default(''),
    nameInitials: text('name_initials').notNull().default(''),
    sex: text('sex'),
    birthDate: date('birth_date'),
    nationality: text('nationality').notNull(),
    docType: text('doc_type').notNull(),
    docNumber: text('doc_number').notNull(),
    docIssuingCountry: text('doc_issuing_country').notNull(),
    docExpiry: date('doc_expiry'),
    visaType: text('visa_type'),
    visaNumber: text('visa_number'),
    visaEntries: text('visa_entries'),
    visaIssueDate: date('visa_issue_date'),
    visaExpiry: date('visa_expiry'),
    purpose: text('purpose'),
    employer: text('employer'),
    occupation: text('occupation'),
    addressBuilding: text('address_building'),
    addressRoom: text('address_room'),
    addressDetail: text('address_detail'),
    phone: text('phone'),
    arrivalDate: date('arrival_date'),
    arrivalPort: text('arrival_port'),
    departureDate: date('departure_date'),
    host: text('host'),
    accommodationRegistered: boolean('accommodation_registered').notNull().default(false),
    accommodationRegisteredOn: date('accommodation_registered_on'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: text('notes'),
    archiveReason: text('archive_reason'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [
    // One person per document: the key an import matches on, so re-importing never duplicates.
    uniqueIndex('residents_document_idx').on(t.docIssuingCountry, t.docNumber),
    index('residents_doc_number_idx').using('btree', sql`${t.docNumber} text_pattern_ops`),
    index('residents_org_status_idx').on(t.orgUnitId, t.status),
    index('residents_nationality_idx').on(t.nationality, t.status),
    index('residents_arrival_idx').on(t.arrivalDate),
    // Files whose status follows a recorded departure date (departed lists and counts, without a save on the day).
    index('residents_departure_idx')
      .on(t.departureDate)
      .where(sql`${t.status} in ('active', 'departed') and ${t.departureDate} is not null`),
    index('residents_doc_expiry_idx').on(t.docExpiry),
    index('residents_visa_expiry_idx').on(t.visaExpiry),
    index('residents_updated_idx').on(t.updatedAt, t.id),
    // Two-character Chinese names are faster by prefix than by trigram (DESIGN.md pitfalls).
    index('residents_name_zh_idx').using('btree', sql`${t.nameZh} text_pattern_ops`),
    index('residents_initials_idx').using('btree', sql`${t.nameInitials} text_pattern_ops`),
    index('residents_name_trgm_idx').using('gin', sql`(lower(${t.surname} || ' ' || ${t.givenNames}) || ' ' || coalesce(${t.nameZh}, '')) gin_trgm_ops`),
  ],
);

/** The dynamic part of the file: every arrival, move, departure and registration, never overwritten. */
export const residentMovements = pgTable(
  'resident_movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // History: a file is archived, never deleted, and its movements may never go with it.
    residentId: bigint('resident_id', { mode: 'number' })
      .notNull()
      .references(() => residents.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    fromOrgUnitId: integer('from_org_unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    toOrgUnitId: integer('to_org_unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    detail: jsonb('detail'),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
  },
  (t) => [index('resident_movements_resident_idx').on(t.residentId, t.occurredOn)],
);
