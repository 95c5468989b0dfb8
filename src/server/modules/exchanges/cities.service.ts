import type { z } from 'zod';
import type { cityInputSchema, cityListQuerySchema, ExchangeKind } from '@shared/contracts/exchanges';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { recordAudit } from '@server/platform/audit/audit';
import { duplicateOf, notFound, refusingDuplicates } from '@server/platform/http/errors';
import { dormantThreshold } from './cities.rules';
import { countryCode, countryFilter, localParty } from './exchanges.common';
import { cityPolicy } from './exchanges.policy';
import { getSettings } from './exchanges.settings';
import {
  addCity,
  allCities,
  cityExchanges,
  findCity,
  findSamePair,
  insertExchange,
  listCities,
  saveCity,
  type CityFilter,
  type CityRow,
} from './repository/cities';
import { visitsOfCity } from './repository/visits';
import { clock } from '@server/clock';

type CityInput = z.output<typeof cityInputSchema>;
type CityQuery = z.output<typeof cityListQuerySchema>;

/** The list filter with the country resolved (an unknown one is a 400) and, for "dormant", the office's threshold date. */
async function filterOf(db: Db, actor: Actor, q: Partial<CityQuery>): Promise<CityFilter> {
  const country = countryFilter(q.country);
  if (q.dormant === undefined) return { ...q, country };
  // On 29 February, "3 years ago" must be a real date, or the cast in the query fails the whole list.
  const { dormantYears } = await getSettings(db, actor);
  return { ...q, country, dormantBefore: dormantThreshold(clock.today(), dormantYears) };
}

/** A pair the caller may see; outside their subtree it does not exist (404). */
export async function getCity(db: Db, actor: Actor, id: number): Promise<CityRow> {
  const row = await findCity(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

/** A page of the register in the caller's scope. */
export async function cityPage(db: Db, actor: Actor, q: CityQuery) {
  return listCities(db, scopeOf(actor), await filterOf(db, actor, q), q);
}

/** All live pairs in scope, or those of a list filter (the export applies the page's filter). */
export async function citiesInScope(db: Db, actor: Actor, q: Partial<CityQuery> = {}): Promise<CityRow[]> {
  return allCities(db, scopeOf(actor), await filterOf(db, actor, q));
}

const onePair = { friendship_cities_pair_idx: () => duplicateOf('foreignCityZh', 'err.duplicatePair') };

async function checkedValues(db: Db, actor: Actor, input: CityInput, current?: { id: number; orgUnitId: number }) {
  const { orgUnitId: requested, ...rest } = input;
  // An edit without a local party keeps the record where it is; only a new record defaults to the user's unit.
  const orgUnitId = await localParty(db, actor, requested ?? current?.orgUnitId);
  const country = countryCode(input.country);
  if (await findSamePair(db, scopeOf(actor), { orgUnitId, country, foreignCityZh: input.foreignCityZh }, current?.id))
    throw onePair.friendship_cities_pair_idx();
  return { ...rest, orgUnitId, country, industries: [...new Set(input.industries)] };
}

/** Registers a pair; the same local party, country and city never makes a second live pair (409). */
export async function createCity(db: Db, actor: Actor, input: CityInput): Promise<CityRow> {
  const values = await checkedValues(db, actor, input);
  return refusingDuplicates(() => addCity(db, actor, values, 'friendshipCity.create'), onePair);
}

/** Saves an edit made on `version`; an archived pair is not edited (409), a stale version is a 409 too. */
export async function updateCity(db: Db, actor: Actor, id: number, input: CityInput & { version: number }): Promise<CityRow> {
  const current = await getCity(db, actor, id);
  cityPolicy.authorize(actor, 'update', current);
  const { version, ...rest } = input;
  const values = await checkedValues(db, actor, rest, current);
  return refusingDuplicates(() => saveCity(db, actor, current, version, values, 'friendshipCity.update'), onePair);
}

export async function archiveCity(db: Db, actor: Actor, id: number, input: { version: number; reason: string }): Promise<CityRow> {
  const current = await getCity(db, actor, id);
  cityPolicy.authorize(actor, 'archive', current);
  return saveCity(db, actor, current, input.version, { archivedAt: clock.now(), archiveReason: input.reason }, 'friendshipCity.archive');
}

export async function restoreCity(db: Db, actor: Actor, id: number, input: { version: number }): Promise<CityRow> {
  const current = await getCity(db, actor, id);
  cityPolicy.authorize(actor, 'restore', current);
  // The same pair may have been registered again while this one was archived: restoring it would make two.
  return refusingDuplicates(() => saveCity(db, actor, current, input.version, { archivedAt: null, archiveReason: null }, 'friendshipCity.restore'), onePair);
}

/** A pair the caller may attach a file to: in scope (else 404) and live (else 409). */
export async function cityForUpload(db: Db, actor: Actor, id: number): Promise<CityRow> {
  const current = await getCity(db, actor, id);
  cityPolicy.authorize(actor, 'upload', current);
  return current;
}

/** A pair's history: recorded exchanges and the visits linked to it, newest first. */
export async function cityHistory(db: Db, actor: Actor, id: number) {
  await getCity(db, actor, id);
  const scope = scopeOf(actor);
  const [records, linked] = await Promise.all([cityExchanges(db, scope, id), visitsOfCity(db, scope, id)]);
  return [
    ...records.map((r) => ({
      id: r.id,
      kind: r.kind as ExchangeKind,
      occurredOn: r.occurredOn,
      title: r.title,
      description: r.description,
      visitId: r.visitId,
      source: 'record' as const,
    })),
    ...linked.map((v) => ({
      id: null,
      kind: 'visit_in' as const,
      occurredOn: v.startDate,
      title: v.organisation,
      description: v.purpose,
      visitId: v.id,
      source: 'visit' as const,
    })),
  ].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
}

/** Adds a letter, agreement, visit … to a live pair's history, audited in the same transaction. */
export async function addExchange(
  db: Db,
  actor: Actor,
  id: number,
  input: { kind: ExchangeKind; occurredOn: string; title: string; description: string | null },
) {
  const city = await getCity(db, actor, id);
  cityPolicy.authorize(actor, 'addExchange', city);
  return db.transaction(async (tx) => {
    const row = await insertExchange(tx, { friendshipCityId: id, ...input, recordedBy: actor.userId });
    await recordAudit(tx, actor, { action: 'friendshipCity.exchange', entityType: 'friendship_city', entityId: id, orgUnitId: city.orgUnitId, after: input });
    return row;
  });
}
