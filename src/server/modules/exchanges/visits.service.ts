import type { z } from 'zod';
import type { visitInputSchema, visitListQuerySchema } from '@shared/contracts/exchanges';
import { addDays } from '@shared/reference/dates';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { fieldError, notFound } from '@server/platform/http/errors';
import { countryCodes, countryFilter, localParty } from './exchanges.common';
import { visitPolicy } from './exchanges.policy';
import { findCity } from './repository/cities';
import { findEvent } from './repository/events';
import { addVisit, allVisits, findVisit, listVisits, saveVisit, type VisitFilter, type VisitRow } from './repository/visits';
import { clock } from '@server/clock';

type VisitInput = z.output<typeof visitInputSchema>;
type VisitQuery = z.output<typeof visitListQuerySchema>;

/** The list filter as the query holds it, with the country resolved (an unknown one is a 400). */
const filterOf = (q: Partial<VisitQuery>): VisitFilter => ({ ...q, country: countryFilter(q.country) });

/** A visit the caller may see; outside their subtree it does not exist (404). */
export async function getVisit(db: Db, actor: Actor, id: number): Promise<VisitRow> {
  const row = await findVisit(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

/** A page of the visits list in the caller's scope. */
export async function visitPage(db: Db, actor: Actor, q: VisitQuery) {
  return listVisits(db, scopeOf(actor), filterOf(q), q);
}

/** All visits of a list filter in date order, for the export. */
export async function visitsToExport(db: Db, actor: Actor, q: Partial<VisitQuery>): Promise<VisitRow[]> {
  return allVisits(db, scopeOf(actor), filterOf(q));
}

/** The visits of the coming `days` days (also those under way), cancelled ones left out: the calendar's list. */
export async function upcomingVisits(db: Db, actor: Actor, days: number): Promise<VisitRow[]> {
  const today = clock.today();
  return (await allVisits(db, scopeOf(actor), { from: today, to: addDays(today, days) }, 500)).filter((v) => v.status !== 'cancelled');
}

async function checkedValues(db: Db, actor: Actor, input: VisitInput, currentOrgUnitId?: number) {
  if (input.endDate < input.startDate) throw fieldError('endDate', 'err.dateRange');
  const orgUnitId = await localParty(db, actor, input.orgUnitId ?? currentOrgUnitId);
  const scope = scopeOf(actor);
  if (input.friendshipCityId && !(await findCity(db, scope, input.friendshipCityId))) throw fieldError('friendshipCityId', 'err.linkOutOfScope');
  if (input.eventId && !(await findEvent(db, scope, input.eventId))) throw fieldError('eventId', 'err.linkOutOfScope');
  const { orgUnitId: _ignored, ...rest } = input;
  return { ...rest, orgUnitId, countries: countryCodes(input.countries) };
}

/** Records a visit for the caller's office (or a city/district office in their subtree), audited. */
export async function createVisit(db: Db, actor: Actor, input: VisitInput): Promise<VisitRow> {
  return addVisit(db, actor, await checkedValues(db, actor, input), 'visit.create');
}

/** Saves an edit made on `version`; an archived visit is not edited (409), a stale version is a 409 too. */
export async function updateVisit(db: Db, actor: Actor, id: number, input: VisitInput & { version: number }): Promise<VisitRow> {
  const current = await getVisit(db, actor, id);
  visitPolicy.authorize(actor, 'update', current);
  const { version, ...rest } = input;
  return saveVisit(db, actor, current, version, await checkedValues(db, actor, rest, current.orgUnitId), 'visit.update');
}

/** Archives a visit with a reason; it is kept, and listed under the archived filter. */
export async function archiveVisit(db: Db, actor: Actor, id: number, input: { version: number; reason: string }): Promise<VisitRow> {
  const current = await getVisit(db, actor, id);
  visitPolicy.authorize(actor, 'archive', current);
  return saveVisit(db, actor, current, input.version, { archivedAt: clock.now(), archiveReason: input.reason }, 'visit.archive');
}

export async function restoreVisit(db: Db, actor: Actor, id: number, input: { version: number }): Promise<VisitRow> {
  const current = await getVisit(db, actor, id);
  visitPolicy.authorize(actor, 'restore', current);
  return saveVisit(db, actor, current, input.version, { archivedAt: null, archiveReason: null }, 'visit.restore');
}

/** A visit the caller may attach a file to: in scope (else 404) and live (else 409). */
export async function visitForUpload(db: Db, actor: Actor, id: number): Promise<VisitRow> {
  const current = await getVisit(db, actor, id);
  visitPolicy.authorize(actor, 'upload', current);
  return current;
}
