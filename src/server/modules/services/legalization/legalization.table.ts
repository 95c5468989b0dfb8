import { boolean, date, index, integer, numeric, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditedColumns } from '@server/platform/db/columns';
import { caseRowColumns } from '../cases/cases.table';

const audited = auditedColumns();

/**
 * The office's rows of the table of states (one table for the installation, like the Convention): each replaces
 * the code's default for its state (legalization.states.ts), with the source the fact comes from.
 */
export const serviceLegalizationStates = pgTable('service_legalization_states', {
  iso3: text('iso3').primaryKey(),
  /** In force between China and the state from this date; null: not in force. */
  apostilleFrom: date('apostille_from'),
  /** The Convention does not apply between China and the state (India). */
  objection: boolean('objection').notNull().default(false),
  /** Legalization needs the embassy's step after the office's (双认证). */
  embassyStep: boolean('embassy_step').notNull().default(true),
  note: text('note'),
  source: text('source').notNull(),
  ...audited,
});

/** The fee per item by category (civil, commercial) and urgency, in yuan, where the office changed the default. */
export const serviceLegalizationFees = pgTable(
  'service_legalization_fees',
  {
    id: serial('id').primaryKey(),
    category: text('category').notNull(),
    urgency: text('urgency').notNull(),
    amount: numeric('amount', { precision: 10, scale: 2 }).notNull(),
    ...audited,
  },
  (t) => [uniqueIndex('service_legalization_fees_key_idx').on(t.category, t.urgency)],
);

/**
 * One document of a legalization case. `org_unit_id` repeats the case's scope so a document is read in scope like
 * its case. The route is decided when the document is entered and again on submission (the day it is handed in).
 */
export const serviceLegalizationItems = pgTable(
  'service_legalization_items',
  {
    id: serial('id').primaryKey(),
    ...caseRowColumns(),
    docType: text('doc_type').notNull(),
    issuer: text('issuer').notNull(),
    holderName: text('holder_name'),
    issuedOn: date('issued_on').notNull(),
    countryOfUse: text('country_of_use').notNull(),
    pieces: integer('pieces').notNull().default(1),
    notarized: boolean('notarized').notNull().default(false),
    note: text('note'),
    ...audited,
  },
  (t) => [index('service_legalization_items_case_idx').on(t.caseId)],
);

/**
 * The register of Apostilles and legalizations issued (Convention Art. 7): a number per item, sequential per route
 * and year, with the date, the signer and their capacity and the authority. The public check reads only these.
 */
export const serviceLegalizationRegister = pgTable(
  'service_legalization_register',
  {
    id: serial('id').primaryKey(),
    number: text('number').notNull(),
    route: text('route').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    itemId: integer('item_id')
      .notNull()
      .references(() => serviceLegalizationItems.id, { onDelete: 'restrict' }),
    ...caseRowColumns(),
    /** The case's number and applicant as they stood when it was issued: the register is not rewritten later. */
    caseNumber: text('case_number'),
    applicantName: text('applicant_name').notNull(),
    issuedOn: date('issued_on').notNull(),
    signerName: text('signer_name').notNull(),
    signerCapacity: text('signer_capacity').notNull(),
    signerCapacityEn: text('signer_capacity_en').notNull(),
    authority: text('authority').notNull(),
    authorityEn: text('authority_en').notNull(),
    ...audited,
  },
  (t) => [
    uniqueIndex('service_legalization_register_number_idx').on(t.number),
    uniqueIndex('service_legalization_register_seq_idx').on(t.route, t.year, t.seq),
    uniqueIndex('service_legalization_register_item_idx').on(t.itemId),
    index('service_legalization_register_org_idx').on(t.orgUnitId, t.issuedOn),
  ],
);
