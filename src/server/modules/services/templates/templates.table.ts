import { sql } from 'drizzle-orm';
import { index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditedColumns } from '@server/platform/db/columns';
import { orgUnits } from '@server/platform/platform.table';

/**
 * The office's own text of a template (key × language); without a live row the default in code is used. "Reset to
 * default" archives the row, so the history stays in the table and in the audit. `org_unit_id` is the office that
 * keeps it (the audit's scope); the templates are one set for the installation.
 */
export const serviceTemplates = pgTable(
  'service_templates',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull(),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    ...auditedColumns(),
  },
  (t) => [
    uniqueIndex('service_templates_live_idx')
      .on(t.key, t.locale)
      .where(sql`${t.archivedAt} is null`),
    index('service_templates_key_idx').on(t.key, t.locale),
  ],
);
