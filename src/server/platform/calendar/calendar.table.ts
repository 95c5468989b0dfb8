import { date, index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditedColumns } from '../db/columns';
import { orgUnits } from '../platform.table';

/**
 * The office's entry of a year's State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知).
 * One per year; where it exists it replaces chinese-days' data for that year (platform/calendar.ts).
 */
export const holidayNotices = pgTable(
  'holiday_notices',
  {
    id: serial('id').primaryKey(),
    year: integer('year').notNull(),
    documentNumber: text('document_number').notNull(),
    title: text('title').notNull().default(''),
    issuedOn: date('issued_on', { mode: 'string' }),
    notes: text('notes'),
    /** The unit of the administrator who entered it (the root office), for the audit log's scope. */
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    ...auditedColumns(),
  },
  (t) => [uniqueIndex('holiday_notices_year_idx').on(t.year)],
);

/** The notice's special days: holidays (放假) and make-up working days (调休上班). */
export const holidayNoticeDays = pgTable(
  'holiday_notice_days',
  {
    id: serial('id').primaryKey(),
    /** Part of the notice: deleting the office's entry of a year deletes its days. */
    noticeId: integer('notice_id')
      .notNull()
      .references(() => holidayNotices.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    /** 'holiday' | 'workday' */
    kind: text('kind').notNull(),
    name: text('name').notNull().default(''),
  },
  (t) => [uniqueIndex('holiday_notice_days_date_idx').on(t.date), index('holiday_notice_days_notice_idx').on(t.noticeId)],
);
