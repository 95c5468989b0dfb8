import type { z } from 'zod';
import type { eventInputSchema, eventListQuerySchema } from '@shared/contracts/exchanges';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { fieldError, notFound } from '@server/platform/http/errors';
import { countryCodes, localParty } from './exchanges.common';
import { eventPolicy } from './exchanges.policy';
import { addEvent, allEvents, findEvent, listEvents, saveEvent, type EventRow } from './repository/events';
import { clock } from '@server/clock';

type EventInput = z.output<typeof eventInputSchema>;
type EventQuery = z.output<typeof eventListQuerySchema>;

/** An event the caller may see; outside their subtree it does not exist (404). */
export async function getEvent(db: Db, actor: Actor, id: number): Promise<EventRow> {
  const row = await findEvent(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

/** A page of the events list in the caller's scope. */
export async function eventPage(db: Db, actor: Actor, q: EventQuery) {
  return listEvents(db, scopeOf(actor), q, q);
}

/** All events of a list filter, for the export. */
export async function eventsToExport(db: Db, actor: Actor, q: Partial<EventQuery>): Promise<EventRow[]> {
  return allEvents(db, scopeOf(actor), q);
}

async function checkedValues(db: Db, actor: Actor, input: EventInput, currentOrgUnitId?: number) {
  if (input.endDate < input.startDate) throw fieldError('endDate', 'err.dateRange');
  const { orgUnitId, ...rest } = input;
  return { ...rest, orgUnitId: await localParty(db, actor, orgUnitId ?? currentOrgUnitId), countries: countryCodes(input.countries) };
}

/** Records an event for the caller's office (or a city/district office in their subtree), audited. */
export async function createEvent(db: Db, actor: Actor, input: EventInput): Promise<EventRow> {
  return addEvent(db, actor, await checkedValues(db, actor, input), 'event.create');
}

/** Saves an edit made on `version`; an archived event is not edited (409), a stale version is a 409 too. */
export async function updateEvent(db: Db, actor: Actor, id: number, input: EventInput & { version: number }): Promise<EventRow> {
  const current = await getEvent(db, actor, id);
  eventPolicy.authorize(actor, 'update', current);
  const { version, ...rest } = input;
  return saveEvent(db, actor, current, version, await checkedValues(db, actor, rest, current.orgUnitId), 'event.update');
}

export async function archiveEvent(db: Db, actor: Actor, id: number, input: { version: number; reason: string }): Promise<EventRow> {
  const current = await getEvent(db, actor, id);
  eventPolicy.authorize(actor, 'archive', current);
  return saveEvent(db, actor, current, input.version, { archivedAt: clock.now(), archiveReason: input.reason }, 'event.archive');
}

export async function restoreEvent(db: Db, actor: Actor, id: number, input: { version: number }): Promise<EventRow> {
  const current = await getEvent(db, actor, id);
  eventPolicy.authorize(actor, 'restore', current);
  return saveEvent(db, actor, current, input.version, { archivedAt: null, archiveReason: null }, 'event.restore');
}

/** An event the caller may attach a file to: in scope (else 404) and live (else 409). */
export async function eventForUpload(db: Db, actor: Actor, id: number): Promise<EventRow> {
  const current = await getEvent(db, actor, id);
  eventPolicy.authorize(actor, 'upload', current);
  return current;
}
