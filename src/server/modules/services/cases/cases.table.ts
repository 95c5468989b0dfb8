import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditedColumns } from '@server/platform/db/columns';
import { clock } from '@server/clock';
import { attachments, orgUnits, users } from '@server/platform/platform.table';

const audited = auditedColumns();

/**
 * The office's time limits per kind of case, in Chinese working days: the legal limit, the office's promise (per
 * urgency where the kind has one) and, where the office sets them, a limit per stage. Kept as data with its source
 * (the service guide that promises it), edited by the office.
 */
export const serviceKindSettings = pgTable('service_kind_settings', {
  kind: text('kind').primaryKey(),
  legalLimitDays: integer('legal_limit_days').notNull(),
  promisedLimitDays: integer('promised_limit_days').notNull(),
  urgentLimitDays: integer('urgent_limit_days'),
  /** Working days left at which a case turns yellow. */
  warningDays: integer('warning_days').notNull().default(1),
  /** { accept: n, review: n }: a limit per stage, where the office sets one. */
  stageLimits: jsonb('stage_limits')
    .notNull()
    .default(sql`'{}'::jsonb`),
  source: text('source'),
  ...audited,
});

/** The documents checklist of a kind (材料清单), as data the office edits. */
export const serviceChecklistItems = pgTable(
  'service_checklist_items',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    position: integer('position').notNull().default(0),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    required: boolean('required').notNull().default(true),
    originalOrCopy: text('original_or_copy').notNull().default('copy'),
    /** Accepted file extensions, lower case without the dot (jpg, pdf …). */
    fileTypes: text('file_types')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    maxKb: integer('max_kb'),
    note: text('note'),
    ...audited,
  },
  (t) => [index('service_checklist_kind_idx').on(t.kind, t.position)],
);

/**
 * One case at the window. `org_unit_id` is the scope: the applying unit's org unit (a unit sees its own cases), or the
 * handling office for a person who applies at the window; `office_id` is the office that handles it. Pieces (份),
 * persons (人次) and countries are kept by the kind's service so the figures come out of the cases themselves.
 */
export const serviceCases = pgTable(
  'service_cases',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    /** The window's case number (受理编号), given on submission. */
    number: text('number'),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    officeId: integer('office_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    /** The applying unit; null for a person applying in their own name. */
    unitId: integer('unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    applicantName: text('applicant_name').notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    /** A person's identity document, for a case filed in a person's own name. */
    applicantIdNumber: text('applicant_id_number'),
    urgency: text('urgency').notNull().default('normal'),
    status: text('status').notNull().default('draft'),
    title: text('title'),
    submittedOn: date('submitted_on'),
    acceptedOn: date('accepted_on'),
    decidedOn: date('decided_on'),
    closedOn: date('closed_on'),
    /** The due date as last computed from the events and the calendar; recomputed when either changes. */
    dueOn: date('due_on'),
    assigneeId: integer('assignee_id').references(() => users.id, { onDelete: 'restrict' }),
    pieces: integer('pieces').notNull().default(0),
    persons: integer('persons').notNull().default(0),
    countries: text('countries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    feeAmount: numeric('fee_amount', { precision: 12, scale: 2 }),
    feePaidOn: date('fee_paid_on'),
    delivery: text('delivery').notNull().default('pickup'),
    deliveryAddress: text('delivery_address'),
    deliveredOn: date('delivered_on'),
    resultNote: text('result_note'),
    ...audited,
  },
  (t) => [
    uniqueIndex('service_cases_number_idx').on(t.number),
    index('service_cases_org_idx').on(t.orgUnitId, t.status),
    index('service_cases_office_idx').on(t.officeId, t.status),
    index('service_cases_kind_submitted_idx').on(t.kind, t.submittedOn),
    index('service_cases_assignee_idx').on(t.assigneeId),
  ],
);

/**
 * The first two columns of every row a kind keeps for a case (its invitees, applicants, documents, passports): the
 * case, and the case's scope copied onto the row, so each of the kind's reads is scoped on its own row.
 */
export const caseRowColumns = () => ({
  caseId: integer('case_id')
    .notNull()
    .references(() => serviceCases.id, { onDelete: 'restrict' }),
  orgUnitId: integer('org_unit_id')
    .notNull()
    .references(() => orgUnits.id, { onDelete: 'restrict' }),
});

/**
 * A case's history: every step with who, when and why. The clock is computed from these rows (a one-time notice
 * pauses it, the material's arrival restarts it, an extension adds its days), so it is never stored alone.
 */
export const serviceCaseEvents = pgTable(
  'service_case_events',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => serviceCases.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    /** The office's working date of the step (Beijing time), the date the clock counts from. */
    onDate: date('on_date').notNull(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'restrict' }),
    reason: text('reason'),
    /** Step-specific facts: the missing items of a notice, an extension's days and approver, an assignee. */
    detail: jsonb('detail')
      .notNull()
      .default(sql`'{}'::jsonb`),
    at: timestamp('at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
  },
  (t) => [index('service_case_events_case_idx').on(t.caseId, t.id)],
);

/** A file handed in against one checklist item of a case, and what the window made of it. */
export const serviceCaseDocuments = pgTable(
  'service_case_documents',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => serviceCases.id, { onDelete: 'cascade' }),
    itemId: integer('item_id')
      .notNull()
      .references(() => serviceChecklistItems.id, { onDelete: 'restrict' }),
    attachmentId: integer('attachment_id').references(() => attachments.id, { onDelete: 'restrict' }),
    /** received / missing / rejected, as the window checked it. */
    status: text('status').notNull().default('received'),
    originalSeen: boolean('original_seen').notNull().default(false),
    note: text('note'),
    ...audited,
  },
  (t) => [index('service_case_documents_case_idx').on(t.caseId, t.itemId)],
);
