/** The templates' SQL. The templates are one set for the whole installation (see module-shape's exceptions). */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { serviceTemplates } from './templates.table';

export type TemplateRow = typeof serviceTemplates.$inferSelect;

/** The office's live text of a template in one language, if it has one. */
export async function findLiveTemplate(db: Db, key: string, locale: string): Promise<TemplateRow | null> {
  const [row] = await db
    .select()
    .from(serviceTemplates)
    .where(and(eq(serviceTemplates.key, key), eq(serviceTemplates.locale, locale), isNull(serviceTemplates.archivedAt)));
  return row ?? null;
}

/** Every live text the office has, for the list. */
export async function listLiveTemplates(db: Db): Promise<TemplateRow[]> {
  return db.select().from(serviceTemplates).where(isNull(serviceTemplates.archivedAt));
}

export function insertTemplate(db: Db, actor: Actor, values: { key: string; locale: string; title: string; body: string }): Promise<TemplateRow> {
  return insertAudited<TemplateRow>(db, actor, serviceTemplates, { ...values, orgUnitId: actor.orgUnitId }, 'serviceTemplate.edit', 'serviceTemplate');
}

export function saveTemplate(
  db: Db,
  actor: Actor,
  current: TemplateRow,
  version: number,
  changes: Partial<TemplateRow>,
  action: 'serviceTemplate.edit' | 'serviceTemplate.reset',
): Promise<TemplateRow> {
  return saveVersioned<TemplateRow>(db, actor, serviceTemplates, current, version, changes, action, 'serviceTemplate');
}
