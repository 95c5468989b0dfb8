import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditedColumns } from '@server/platform/db/columns';
import { clock } from '@server/clock';
import { orgUnits, users } from '@server/platform/platform.table';

const audited = auditedColumns();

/** A unit's annual plan of outbound trips (年度出访计划); its items are what applications draw on. */
export const travelPlans = pgTable(
  'travel_plans',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    notes: text('notes'),
    ...audited,
  },
  (t) => [uniqueIndex('travel_plans_unit_year_idx').on(t.orgUnitId, t.year)],
);

export const travelPlanItems = pgTable(
  'travel_plan_items',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => travelPlans.id, { onDelete: 'restrict' }),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    countries: text('countries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    people: integer('people').notNull(),
    days: integer('days').notNull(),
    month: integer('month'),
    budget: integer('budget').notNull().default(0),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('travel_plan_items_plan_idx').on(t.planId)],
);

/**
 * One outbound delegation (团组): counted as one batch (批) and as many person-trips (人次) as members.
 * Legs, members and budget lines are kept as JSON in the application because they are always read and
 * written with it; the statistics unnest them.
 */
export const travelApplications = pgTable(
  'travel_applications',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    status: text('status').notNull().default('draft'),
    planItemId: integer('plan_item_id').references(() => travelPlanItems.id, { onDelete: 'restrict' }),
    task: text('task').notNull(),
    purpose: text('purpose'),
    inviterName: text('inviter_name').notNull(),
    inviterCountry: text('inviter_country').notNull(),
    inviterIntermediary: boolean('inviter_intermediary').notNull().default(false),
    departDate: date('depart_date').notNull(),
    returnDate: date('return_date').notNull(),
    countries: text('countries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    legs: jsonb('legs')
      .notNull()
      .default(sql`'[]'::jsonb`),
    members: jsonb('members')
      .notNull()
      .default(sql`'[]'::jsonb`),
    budget: jsonb('budget')
      .notNull()
      .default(sql`'[]'::jsonb`),
    fundingSource: text('funding_source'),
    publicityStart: date('publicity_start'),
    publicityEnd: date('publicity_end'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    firstSubmittedOn: date('first_submitted_on'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedOn: date('decided_on'),
    reviewedByOrgUnitId: integer('reviewed_by_org_unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    removedMembers: text('removed_members')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    daysCut: integer('days_cut').notNull().default(0),
    approvedDepart: date('approved_depart'),
    approvedReturn: date('approved_return'),
    decisionDocNo: text('decision_doc_no'),
    decisionComment: text('decision_comment'),
    forwardedOn: date('forwarded_on'),
    forwardedTo: text('forwarded_to'),
    forwardedByOrgUnitId: integer('forwarded_by_org_unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    actualDepart: date('actual_depart'),
    actualReturn: date('actual_return'),
    actualMembers: text('actual_members')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    passportsDue: date('passports_due'),
    passportsReturnedOn: date('passports_returned_on'),
    reportDue: date('report_due'),
    reportFiledOn: date('report_filed_on'),
    reportSummary: text('report_summary'),
    ...audited,
  },
  (t) => [
    // Lists and counts of live applications by unit and status are answered from the index alone.
    index('travel_applications_live_idx')
      .on(t.orgUnitId, t.status)
      .where(sql`${t.archivedAt} is null`),
    index('travel_applications_depart_idx').on(t.departDate),
    index('travel_applications_decided_idx').on(t.decidedOn),
    index('travel_applications_plan_item_idx').on(t.planItemId),
  ],
);

/** Every step of an application's review and follow-up: who, when, why. */
export const travelSteps = pgTable(
  'travel_steps',
  {
    id: serial('id').primaryKey(),
    // The review history of an application (shown with it, unlike the audit log): applications are archived, never deleted.
    applicationId: integer('application_id')
      .notNull()
      .references(() => travelApplications.id, { onDelete: 'restrict' }),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'restrict' }),
    actorName: text('actor_name'),
    actorOrgUnitId: integer('actor_org_unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    comment: text('comment'),
    detail: jsonb('detail'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
  },
  (t) => [index('travel_steps_application_idx').on(t.applicationId)],
);

/** A reminder to a unit about an overdue return record, passport return or trip report. */
export const travelReminders = pgTable(
  'travel_reminders',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => travelApplications.id, { onDelete: 'restrict' }),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    dueOn: date('due_on').notNull(),
    message: text('message'),
    sentAt: timestamp('sent_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    sentBy: integer('sent_by').references(() => users.id, { onDelete: 'restrict' }),
    sentByName: text('sent_by_name'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [index('travel_reminders_org_idx').on(t.orgUnitId), index('travel_reminders_application_idx').on(t.applicationId)],
);

/** An official passport in the office's custody, or issued to its holder for a trip. */
export const travelPassports = pgTable(
  'travel_passports',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    holderName: text('holder_name').notNull(),
    passportType: text('passport_type').notNull(),
    number: text('number').notNull(),
    expiry: date('expiry').notNull(),
    state: text('state').notNull().default('in_custody'),
    heldBy: text('held_by'),
    issuedOn: date('issued_on'),
    returnedOn: date('returned_on'),
    applicationId: integer('application_id').references(() => travelApplications.id, { onDelete: 'restrict' }),
    dueBack: date('due_back'),
    notes: text('notes'),
    ...audited,
  },
  (t) => [uniqueIndex('travel_passports_number_idx').on(t.number), index('travel_passports_org_idx').on(t.orgUnitId)],
);

/**
 * Versioned rules: limits, budget standards, rank → approver. The version in force on a trip's departure
 * date is the one with the latest effective date not after it.
 */
export const travelRules = pgTable(
  'travel_rules',
  {
    id: serial('id').primaryKey(),
    /** The root office that keeps the rules (one set per installation). */
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    documentNumber: text('document_number').notNull(),
    title: text('title').notNull(),
    params: jsonb('params').notNull(),
    ...audited,
  },
  (t) => [uniqueIndex('travel_rules_kind_from_idx').on(t.kind, t.effectiveFrom)],
);
