import { integer, text, timestamp } from 'drizzle-orm/pg-core';
import { clock } from '@server/clock';
import { users } from '../platform.table';

/**
 * The columns every editable, archivable record of a module carries, as `saveVersioned` and
 * `insertAudited` (records.ts) expect them: a version for optimistic locking, who and when, and the archive.
 * Records are archived, never deleted, and so are users: who created or changed one must stay a real user.
 */
export const auditedColumns = () => ({
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$defaultFn(() => clock.now()),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$defaultFn(() => clock.now()),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'restrict' }),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  archiveReason: text('archive_reason'),
});
