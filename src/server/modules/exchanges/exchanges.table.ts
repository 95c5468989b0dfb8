import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { auditedColumns } from '@server/platform/db/columns';
import { clock } from '@server/clock';
import { orgUnits, users } from '@server/platform/platform.table';

const audited = auditedColumns();

/** A foreign (or Hong Kong / Macao) group received by the office: counted in 批 (one row) and 人次 (peopleCount). */
export const visits = pgTable(
  'visits',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    type: text('type').notNull(),
    status: text('status').notNull().default('planned'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    countries: text('countries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    organisation: text('organisation').notNull(),
    headName: text('head_name'),
    headTitle: text('head_title'),
    headRank: text('head_rank'),
    peopleCount: integer('people_count').notNull(),
    purpose: text('purpose'),
    hostUnit: text('host_unit'),
    receivingLeader: text('receiving_leader'),
    programme: jsonb('programme')
      .notNull()
      .default(sql`'[]'::jsonb`),
    agreementsSigned: integer('agreements_signed').notNull().default(0),
    outcomes: text('outcomes'),
    friendshipCityId: integer('friendship_city_id').references((): AnyPgColumn => friendshipCities.id, { onDelete: 'restrict' }),
    eventId: integer('event_id').references((): AnyPgColumn => events.id, { onDelete: 'restrict' }),
    notes: text('notes'),
    ...audited,
  },
  (t) => [
    index('visits_org_start_idx').on(t.orgUnitId, t.startDate),
    index('visits_start_idx').on(t.startDate),
    index('visits_city_idx').on(t.friendshipCityId),
  ],
);

/** A festival, forum or fair with its guests, consuls and media. */
export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    venue: text('venue'),
    guestsCount: integer('guests_count').notNull().default(0),
    countries: text('countries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    consulsCount: integer('consuls_count').notNull().default(0),
    mediaCount: integer('media_count').notNull().default(0),
    mediaOutlets: text('media_outlets')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    agreementsSigned: integer('agreements_signed').notNull().default(0),
    notes: text('notes'),
    ...audited,
  },
  (t) => [index('events_org_start_idx').on(t.orgUnitId, t.startDate)],
);

/** One pair: a foreign city and the local party (the city or one of its districts). */
export const friendshipCities = pgTable(
  'friendship_cities',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    foreignCityZh: text('foreign_city_zh').notNull(),
    foreignCityEn: text('foreign_city_en').notNull(),
    country: text('country').notNull(),
    provinceState: text('province_state'),
    relationType: text('relation_type').notNull(),
    establishedOn: date('established_on').notNull(),
    agreementDoc: text('agreement_doc'),
    status: text('status').notNull().default('active'),
    tier: text('tier'),
    industries: text('industries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    contacts: jsonb('contacts')
      .notNull()
      .default(sql`'[]'::jsonb`),
    notes: text('notes'),
    ...audited,
  },
  (t) => [
    index('friendship_cities_org_idx').on(t.orgUnitId),
    index('friendship_cities_country_idx').on(t.country),
    // One live pair per local party and foreign city (the key the form and the import match on), also under a race.
    uniqueIndex('friendship_cities_pair_idx')
      .on(t.orgUnitId, t.country, t.foreignCityZh)
      .where(sql`${t.archivedAt} is null`),
  ],
);

/** A pair's history: visits both ways, letters, agreements, cooperation projects. */
export const friendshipExchanges = pgTable(
  'friendship_exchanges',
  {
    id: serial('id').primaryKey(),
    friendshipCityId: integer('friendship_city_id')
      .notNull()
      .references(() => friendshipCities.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    visitId: integer('visit_id').references(() => visits.id, { onDelete: 'restrict' }),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
  },
  (t) => [index('friendship_exchanges_city_idx').on(t.friendshipCityId, t.occurredOn)],
);
