import { integer, text, timestamp } from 'drizzle-orm/pg-core';
import { clock } from '../../clock';

/**
 * The columns every editable, archivable record of a module carries, as `saveVersioned` and
 * `insertAudited` (records.ts) expect them: a version for optimistic locking, who and when, and the archive.
 */
export const auditedColumns = () => ({
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(() => clock.now()),
  createdBy: integer('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(() => clock.now()),
  updatedBy: integer('updated_by'),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  archiveReason: text('archive_reason'),
});
