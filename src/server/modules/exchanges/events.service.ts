import { and, count, desc, eq, gte, ilike, inArray, isNull, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { eventInputSchema, eventListQuerySchema, eventSchema } from '../../../shared/contracts/exchanges';
import type { Db } from '../../db/client';
import { AppError, fieldError, notFound } from '../../platform/http/errors';
import { insertAudited, saveVersioned } from '../../platform/db/records';
import type { Actor } from '../../platform/access/actor';
import { escapeLike, inScope, scopeOf } from '../../platform/access/scope';
import { countryCodes, localParty, orgNames, recordCan } from './exchanges.common';
import { events, visits } from './exchanges.table';
import { clock } from '../../clock';

type EventRow = typeof events.$inferSelect;
type EventInput = z.output<typeof eventInputSchema>;
type EventOut = z.infer<typeof eventSchema>;

export async function findEvent(db: Db, actor: Actor, id: number): Promise<EventRow> {
  const [row] = await db.select().from(events).where(and(eq(events.id, id), inScope(events.orgUnitId, scopeOf(actor))));
  if (!row) throw notFound();
  return row;
}

export async function presentEvents(db: Db, actor: Actor, rows: EventRow[]): Promise<EventOut[]> {
  const names = await orgNames(db, actor, rows.map((r) => r.orgUnitId));
  const ids = rows.map((r) => r.id);
  const linked = ids.length ? await db.select({ id: visits.id, eventId: visits.eventId }).from(visits)
    .where(and(inArray(visits.eventId, ids), isNull(visits.archivedAt), inScope(visits.orgUnitId, scopeOf(actor)))) : [];
  return rows.map((r) => ({
    ...r, kind: r.kind as EventOut['kind'], orgUnitName: names.get(r.orgUnitId) ?? '',
    visitIds: linked.filter((v) => v.eventId === r.id).map((v) => v.id),
    archived: !!r.archivedAt, updatedAt: r.updatedAt.toISOString(), can: recordCan(actor, !!r.archivedAt),
  }));
}

type EventQuery = z.output<typeof eventListQuerySchema>;

/** The events list's filter, shared by the list and its export so the sheet holds exactly what the page shows. */
function eventWhere(actor: Actor, q: Partial<EventQuery>) {
  return and(
    inScope(events.orgUnitId, scopeOf(actor)), isNull(events.archivedAt),
    q.kind ? eq(events.kind, q.kind) : undefined,
    q.from ? gte(events.endDate, q.from) : undefined,
    q.to ? lte(events.startDate, q.to) : undefined,
    q.q ? ilike(events.name, `%${escapeLike(q.q)}%`) : undefined,
  );
}

/** All events of a filter, newest first as on the list, for the export. */
export async function allEvents(db: Db, actor: Actor, q: Partial<EventQuery>, limit = 50_000): Promise<EventRow[]> {
  return db.select().from(events).where(eventWhere(actor, q)).orderBy(desc(events.startDate), desc(events.id)).limit(limit);
}

export async function listEvents(db: Db, actor: Actor, q: EventQuery) {
  const where = eventWhere(actor, q);
  const [rows, [{ n }]] = await Promise.all([
    db.select().from(events).where(where).orderBy(desc(events.startDate), desc(events.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(events).where(where),
  ]);
  return { items: await presentEvents(db, actor, rows), total: Number(n), page: q.page, pageSize: q.pageSize };
}

async function checkedValues(db: Db, actor: Actor, input: EventInput, currentOrgUnitId?: number) {
  if (input.endDate < input.startDate) throw fieldError('endDate', 'err.dateRange');
  const { orgUnitId, ...rest } = input;
  return { ...rest, orgUnitId: await localParty(db, actor, orgUnitId ?? currentOrgUnitId), countries: countryCodes(input.countries) };
}

export async function createEvent(db: Db, actor: Actor, input: EventInput): Promise<EventRow> {
  return insertAudited<EventRow>(db, actor, events, await checkedValues(db, actor, input), 'event.create', 'event');
}

export async function updateEvent(db: Db, actor: Actor, id: number, input: EventInput & { version: number }): Promise<EventRow> {
  const current = await findEvent(db, actor, id);
  if (current.archivedAt) throw new AppError(409, 'err.archived');
  const { version, ...rest } = input;
  return saveVersioned<EventRow>(db, actor, events, current, version, await checkedValues(db, actor, rest, current.orgUnitId), 'event.update', 'event');
}

export async function archiveEvent(db: Db, actor: Actor, id: number, input: { version: number; reason: string }): Promise<EventRow> {
  const current = await findEvent(db, actor, id);
  if (current.archivedAt) throw new AppError(409, 'err.archived');
  return saveVersioned<EventRow>(db, actor, events, current, input.version, { archivedAt: clock.now(), archiveReason: input.reason }, 'event.archive', 'event');
}

export async function restoreEvent(db: Db, actor: Actor, id: number, input: { version: number }): Promise<EventRow> {
  const current = await findEvent(db, actor, id);
  if (!current.archivedAt) throw new AppError(409, 'err.notArchived');
  return saveVersioned<EventRow>(db, actor, events, current, input.version, { archivedAt: null, archiveReason: null }, 'event.restore', 'event');
}
