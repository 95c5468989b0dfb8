import { boolean, date, index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditedColumns } from '@server/platform/db/columns';
import { orgUnits } from '@server/platform/platform.table';
import { caseRowColumns } from '../cases/cases.table';

/**
 * One invitation letter: the facts of an invitation case, one row per case. `org_unit_id` repeats the case's scope
 * so the letter is read with the same scope as its case. The number (`<year>邀字第<seq>号`) is sequential per office
 * and year, given in the transaction that issues the case; the unique index is what keeps two issues apart.
 */
export const serviceInvitations = pgTable(
  'service_invitations',
  {
    id: serial('id').primaryKey(),
    ...caseRowColumns(),
    purpose: text('purpose'),
    cities: text('cities'),
    entryDate: date('entry_date'),
    visaType: text('visa_type'),
    entries: text('entries'),
    validityValue: integer('validity_value'),
    validityUnit: text('validity_unit'),
    stayDays: integer('stay_days'),
    visaCountry: text('visa_country'),
    visaCity: text('visa_city'),
    payer: text('payer'),
    payerNote: text('payer_note'),
    itinerary: text('itinerary'),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    multipleEntryReason: text('multiple_entry_reason'),
    officeId: integer('office_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    letterYear: integer('letter_year'),
    letterSeq: integer('letter_seq'),
    letterNumber: text('letter_number'),
    issuedOn: date('issued_on'),
    /** 30 calendar days after the planned departure until the unit reports; then after the real one. */
    closeOutDueOn: date('close_out_due_on'),
    closedOutOn: date('closed_out_on'),
    closeOutKind: text('close_out_kind'),
    departedOn: date('departed_on'),
    ...auditedColumns(),
  },
  (t) => [
    uniqueIndex('service_invitations_case_idx').on(t.caseId),
    uniqueIndex('service_invitations_number_idx').on(t.officeId, t.letterYear, t.letterSeq),
    index('service_invitations_close_out_idx').on(t.closedOutOn, t.closeOutDueOn),
  ],
);

/** One invitee of a letter, as in the passport; removed from a draft by archiving with a reason. */
export const serviceInvitees = pgTable(
  'service_invitees',
  {
    id: serial('id').primaryKey(),
    ...caseRowColumns(),
    name: text('name').notNull(),
    sex: text('sex').notNull(),
    birthDate: date('birth_date').notNull(),
    /** ISO alpha-3, as the residents ledger keeps it. */
    nationality: text('nationality').notNull(),
    passportNo: text('passport_no').notNull(),
    passportExpiry: date('passport_expiry').notNull(),
    employer: text('employer'),
    title: text('title'),
    earlierVisas: boolean('earlier_visas').notNull().default(false),
    crossingsLastYear: integer('crossings_last_year'),
    ...auditedColumns(),
  },
  (t) => [index('service_invitees_case_idx').on(t.caseId, t.id)],
);
