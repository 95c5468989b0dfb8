/** The events' SQL: every read takes the caller's Scope. */
import { and, count, desc, eq, gte, ilike, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { eventListQuerySchema } from '@shared/contracts/exchanges';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { escapeLike, inScope, type Scope } from '@server/platform/access/scope';
import type { AuditAction } from '@server/platform/audit/events';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { events } from '../exchanges.table';
import type { Paging } from './visits';

export type EventRow = typeof events.$inferSelect;
export type EventFilter = Partial<Omit<z.output<typeof eventListQuerySchema>, 'page' | 'pageSize'>>;

/** The events list's filter, shared by the list and its export so the sheet holds exactly what the page shows. */
function eventWhere(scope: Scope, f: EventFilter): SQL {
  return and(
    inScope(events.orgUnitId, scope),
    isNull(events.archivedAt),
    f.kind ? eq(events.kind, f.kind) : undefined,
    f.from ? gte(events.endDate, f.from) : undefined,
    f.to ? lte(events.startDate, f.to) : undefined,
    f.q ? ilike(events.name, `%${escapeLike(f.q)}%`) : undefined,
  )!;
}

export async function findEvent(db: Db, scope: Scope, id: number): Promise<EventRow | null> {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.id, id), inScope(events.orgUnitId, scope)));
  return row ?? null;
}

export async function listEvents(db: Db, scope: Scope, f: EventFilter, { page, pageSize }: Paging) {
  const where = eventWhere(scope, f);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(events)
      .where(where)
      .orderBy(desc(events.startDate), desc(events.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(events).where(where),
  ]);
  return { rows, total: Number(n) };
}

/** All events of a filter, newest first as on the list, for the export. */
export async function allEvents(db: Db, scope: Scope, f: EventFilter, limit = 50_000): Promise<EventRow[]> {
  return db.select().from(events).where(eventWhere(scope, f)).orderBy(desc(events.startDate), desc(events.id)).limit(limit);
}

/** Those of these events the caller may see, with their names (a visit's link shows no name outside the scope). */
export async function eventNames(db: Db, scope: Scope, ids: number[]): Promise<Array<{ id: number; name: string }>> {
  if (!ids.length) return [];
  return db
    .select({ id: events.id, name: events.name })
    .from(events)
    .where(and(inArray(events.id, ids), inScope(events.orgUnitId, scope)));
}

/** Events, guests, consuls and journalists of the events that started in a period. */
export async function eventFigures(db: Db, scope: Scope, from: string, to: string) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      guests: sql<number>`coalesce(sum(${events.guestsCount}), 0)::int`,
      consuls: sql<number>`coalesce(sum(${events.consulsCount}), 0)::int`,
      media: sql<number>`coalesce(sum(${events.mediaCount}), 0)::int`,
    })
    .from(events)
    .where(and(inScope(events.orgUnitId, scope), isNull(events.archivedAt), gte(events.startDate, from), lte(events.startDate, to)));
  return { count: Number(row.count), guests: Number(row.guests), consuls: Number(row.consuls), media: Number(row.media) };
}

/** Stores an event with its creator and its audit event, in one transaction. */
export function addEvent(db: Db, actor: Actor, values: Omit<typeof events.$inferInsert, 'createdBy' | 'updatedBy'>, action: AuditAction): Promise<EventRow> {
  return insertAudited<EventRow>(db, actor, events, values, action, 'event');
}

/** Saves changes made on `version` with its audit event, in one transaction (saveVersioned); a stale version is a 409. */
export function saveEvent(db: Db, actor: Actor, current: EventRow, version: number, changes: Partial<EventRow>, action: AuditAction): Promise<EventRow> {
  return saveVersioned<EventRow>(db, actor, events, current, version, changes, action, 'event');
}
