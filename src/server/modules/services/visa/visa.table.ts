import { date, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { auditedColumns } from '@server/platform/db/columns';
import { caseRowColumns } from '../cases/cases.table';

/**
 * One official passport of a visa case (a batch): whose it is, for which embassy and visa, and where it stands.
 * `org_unit_id` repeats the case's scope so a passport is read in scope on its own. The travel links are plain ids:
 * travel's rows are reached only through travel's service, which checks them in the caller's scope.
 */
export const serviceVisaPassports = pgTable(
  'service_visa_passports',
  {
    id: serial('id').primaryKey(),
    ...caseRowColumns(),
    holderName: text('holder_name').notNull(),
    passportNumber: text('passport_number').notNull(),
    /** Alpha-3 code of the country whose embassy issues the visa. */
    country: text('country').notNull(),
    visaType: text('visa_type').notNull().default('official'),
    papers: text('papers'),
    status: text('status').notNull().default('received'),
    sentOn: date('sent_on'),
    resultOn: date('result_on'),
    resultNote: text('result_note'),
    returnedOn: date('returned_on'),
    clerkName: text('clerk_name'),
    noticedOn: date('noticed_on'),
    noticeNote: text('notice_note'),
    correctedOn: date('corrected_on'),
    notAcceptedReason: text('not_accepted_reason'),
    travelApplicationId: integer('travel_application_id'),
    travelPassportId: integer('travel_passport_id'),
    ...auditedColumns(),
  },
  (t) => [index('service_visa_passports_case_idx').on(t.caseId), index('service_visa_passports_org_idx').on(t.orgUnitId)],
);
