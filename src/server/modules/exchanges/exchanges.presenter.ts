/** Rows → the contracts the pages read, each with `can`: what the policy lets this user do with the record. */
import type { z } from 'zod';
import type { eventSchema, FriendshipCity, Visit } from '@shared/contracts/exchanges';
import { foreignCityLabel } from '@shared/labels/exchanges';
import { say } from '@shared/labels/labels';
import { continentOf } from '@shared/reference/continents';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { isDormant, nextRoundAnniversary, yearsSince } from './cities.rules';
import { orgNames } from './exchanges.common';
import { cityPolicy, eventPolicy, visitPolicy } from './exchanges.policy';
import { getSettings } from './exchanges.settings';
import { cityNames, lastExchangeDates, type CityRow } from './repository/cities';
import { eventNames, type EventRow } from './repository/events';
import { visitsOfEvents, type VisitRow } from './repository/visits';
import { clock } from '@server/clock';

type EventOut = z.infer<typeof eventSchema>;
const ids = (xs: Array<number | null>) => xs.filter((x): x is number => x != null);

/** Visits with their office's name and the names of the pair and event they are linked to. */
export async function presentVisits(db: Db, actor: Actor, rows: VisitRow[]): Promise<Visit[]> {
  // A city-level user may link a district's visit to another district's pair or event: the district's own
  // users then see the link, but not the name of a record outside their scope.
  const scope = scopeOf(actor);
  const [names, cities, evs] = await Promise.all([
    orgNames(
      db,
      actor,
      rows.map((r) => r.orgUnitId),
    ),
    cityNames(db, scope, ids(rows.map((r) => r.friendshipCityId))),
    eventNames(db, scope, ids(rows.map((r) => r.eventId))),
  ]);
  const cityName = new Map(cities.map((c) => [c.id, say(foreignCityLabel(c), actor.locale)]));
  const eventName = new Map(evs.map((e) => [e.id, e.name]));
  return rows.map((r) => ({
    ...r,
    type: r.type as Visit['type'],
    status: r.status as Visit['status'],
    orgUnitName: names.get(r.orgUnitId) ?? '',
    programme: r.programme as Visit['programme'],
    friendshipCityName: r.friendshipCityId ? (cityName.get(r.friendshipCityId) ?? null) : null,
    eventName: r.eventId ? (eventName.get(r.eventId) ?? null) : null,
    archived: !!r.archivedAt,
    updatedAt: r.updatedAt.toISOString(),
    can: visitPolicy.can(actor, r),
  }));
}

/** Events with their office's name and the visits linked to them (those the caller may see). */
export async function presentEvents(db: Db, actor: Actor, rows: EventRow[]): Promise<EventOut[]> {
  const [names, linked] = await Promise.all([
    orgNames(
      db,
      actor,
      rows.map((r) => r.orgUnitId),
    ),
    visitsOfEvents(
      db,
      scopeOf(actor),
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => ({
    ...r,
    kind: r.kind as EventOut['kind'],
    orgUnitName: names.get(r.orgUnitId) ?? '',
    visitIds: linked.filter((v) => v.eventId === r.id).map((v) => v.id),
    archived: !!r.archivedAt,
    updatedAt: r.updatedAt.toISOString(),
    can: eventPolicy.can(actor, r),
  }));
}

/** Pairs with their age, next round anniversary, last exchange and whether they count as dormant. */
export async function presentCities(db: Db, actor: Actor, rows: CityRow[]): Promise<FriendshipCity[]> {
  const today = clock.today();
  const [names, { dormantYears }, lastOf] = await Promise.all([
    orgNames(
      db,
      actor,
      rows.map((r) => r.orgUnitId),
    ),
    getSettings(db, actor),
    lastExchangeDates(
      db,
      scopeOf(actor),
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => {
    const lastOn = lastOf.get(r.id) ?? null;
    return {
      ...r,
      relationType: r.relationType as FriendshipCity['relationType'],
      status: r.status as FriendshipCity['status'],
      contacts: r.contacts as FriendshipCity['contacts'],
      orgUnitName: names.get(r.orgUnitId) ?? '',
      continent: continentOf(r.country),
      years: Math.max(0, yearsSince(r.establishedOn, today)),
      nextAnniversary: nextRoundAnniversary(r.establishedOn, today),
      lastExchangeOn: lastOn,
      dormant: r.status !== 'ended' && isDormant(lastOn ?? r.establishedOn, today, dormantYears),
      archived: !!r.archivedAt,
      updatedAt: r.updatedAt.toISOString(),
      can: cityPolicy.can(actor, r),
    };
  });
}

/** One record presented, for the routes that answer with one. */
export const presentOne = async <R, O>(present: (db: Db, actor: Actor, rows: R[]) => Promise<O[]>, db: Db, actor: Actor, row: R): Promise<O> =>
  (await present(db, actor, [row]))[0];

/** A page of rows presented, with its total. */
export async function presentPage<R, O>(
  present: (db: Db, actor: Actor, rows: R[]) => Promise<O[]>,
  db: Db,
  actor: Actor,
  { rows, total }: { rows: R[]; total: number },
  q: { page: number; pageSize: number },
) {
  return { items: await present(db, actor, rows), total, page: q.page, pageSize: q.pageSize };
}
