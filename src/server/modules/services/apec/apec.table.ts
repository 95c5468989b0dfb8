import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditedColumns } from '@server/platform/db/columns';
import { clock } from '@server/clock';
import { attachments, orgUnits, users } from '@server/platform/platform.table';
import { caseRowColumns } from '../cases/cases.table';

const audited = auditedColumns();

/**
 * The conditions an enterprise meets to apply for APEC cards, per office (a city sets its own thresholds: 常州 ≥5
 * staff and ≥500k yuan trade, 深圳 ≥30 staff and ≥300k yuan tax), kept as data the office edits with its source.
 * A null limit is a condition the city does not set.
 */
export const serviceApecConditions = pgTable(
  'service_apec_conditions',
  {
    id: serial('id').primaryKey(),
    /** The office whose conditions these are; its subtree's enterprises are checked against them. */
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    minStaff: integer('min_staff'),
    minTradeYuan: numeric('min_trade_yuan', { precision: 14, scale: 2, mode: 'number' }),
    customsRequired: boolean('customs_required').notNull().default(false),
    allowedTaxGrades: text('allowed_tax_grades')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    minTaxYuan: numeric('min_tax_yuan', { precision: 14, scale: 2, mode: 'number' }),
    source: text('source'),
    ...audited,
  },
  (t) => [uniqueIndex('service_apec_conditions_org_idx').on(t.orgUnitId)],
);

/** An enterprise's filing (企业备案): one per unit, edited by the unit or its office. */
export const serviceApecFilings = pgTable(
  'service_apec_filings',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    staffCount: integer('staff_count').notNull(),
    /** Trade with APEC economies last year, in yuan. */
    tradeYuan: numeric('trade_yuan', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    customsRegistered: boolean('customs_registered').notNull(),
    customsCode: text('customs_code'),
    taxGrade: text('tax_grade').notNull(),
    taxPaidYuan: numeric('tax_paid_yuan', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    stateOwned: boolean('state_owned').notNull(),
    ...audited,
  },
  (t) => [uniqueIndex('service_apec_filings_org_idx').on(t.orgUnitId)],
);

/** A person applying for a card in a case; the Ministry's decision and its fee are recorded on the person. */
export const serviceApecApplicants = pgTable(
  'service_apec_applicants',
  {
    id: serial('id').primaryKey(),
    ...caseRowColumns(),
    name: text('name').notNull(),
    idNumber: text('id_number').notNull(),
    passportNumber: text('passport_number').notNull(),
    passportExpiry: date('passport_expiry').notNull(),
    post: text('post').notNull(),
    socialInsurance6m: boolean('social_insurance_6m').notNull(),
    noCriminalCertOn: date('no_criminal_cert_on'),
    photoAttachmentId: integer('photo_attachment_id').references(() => attachments.id, { onDelete: 'restrict' }),
    ministryDecision: text('ministry_decision'),
    ministryDecidedOn: date('ministry_decided_on'),
    feePaidOn: date('fee_paid_on'),
    feeAmount: numeric('fee_amount', { precision: 10, scale: 2, mode: 'number' }),
    ...audited,
  },
  (t) => [index('service_apec_applicants_case_idx').on(t.caseId)],
);

/** One economy's pre-clearance of an applicant: pending until that economy answers. */
export const serviceApecEconomyStatuses = pgTable(
  'service_apec_economy_statuses',
  {
    id: serial('id').primaryKey(),
    applicantId: integer('applicant_id')
      .notNull()
      .references(() => serviceApecApplicants.id, { onDelete: 'restrict' }),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    economy: text('economy').notNull(),
    status: text('status').notNull().default('pending'),
    decidedOn: date('decided_on'),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [uniqueIndex('service_apec_economy_statuses_idx').on(t.applicantId, t.economy)],
);

/**
 * A card. A replacement (new passport) or a reissue (after loss) is a new row pointing at the card it follows; the
 * old row stays, replaced or cancelled, so the register shows every card ever issued.
 */
export const serviceApecCards = pgTable(
  'service_apec_cards',
  {
    id: serial('id').primaryKey(),
    applicantId: integer('applicant_id')
      .notNull()
      .references(() => serviceApecApplicants.id, { onDelete: 'restrict' }),
    ...caseRowColumns(),
    number: text('number').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to').notNull(),
    passportNumber: text('passport_number').notNull(),
    passportExpiry: date('passport_expiry').notNull(),
    state: text('state').notNull().default('valid'),
    origin: text('origin').notNull().default('first'),
    previousCardId: integer('previous_card_id'),
    cancelReason: text('cancel_reason'),
    cancelledOn: date('cancelled_on'),
    cancelNote: text('cancel_note'),
    /** A state-owned enterprise's card is kept by the office, like an official passport. */
    officeCustody: boolean('office_custody').notNull().default(false),
    inOffice: boolean('in_office').notNull().default(false),
    ...audited,
  },
  (t) => [uniqueIndex('service_apec_cards_number_idx').on(t.number), index('service_apec_cards_org_idx').on(t.orgUnitId, t.state)],
);

/** A card's movements in and out of the office's custody, with their dates. */
export const serviceApecCardCustody = pgTable(
  'service_apec_card_custody',
  {
    id: serial('id').primaryKey(),
    cardId: integer('card_id')
      .notNull()
      .references(() => serviceApecCards.id, { onDelete: 'restrict' }),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    direction: text('direction').notNull(),
    onDate: date('on_date').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => clock.now()),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [index('service_apec_card_custody_card_idx').on(t.cardId)],
);
