/** The half-year figures of the caller's tree. */
import type { TravelStats } from '@shared/contracts/travel';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { fieldError } from '@server/platform/http/errors';
import { orgUnitNames } from '@server/platform/org/org.service';
import { statsRows } from '../repository/applications';
import { countTravelStats, previousPeriod } from '../travel.stats';

/** The period's figures beside the same period a year earlier. */
export async function travelStats(db: Db, actor: Actor, from: string, to: string): Promise<TravelStats> {
  if (to < from) throw fieldError('to', 'err.dateRange');
  const { previousFrom, previousTo } = previousPeriod(from, to);
  const rows = await statsRows(db, scopeOf(actor), [
    [from, to],
    [previousFrom, previousTo],
  ]);
  const names = await orgUnitNames(
    db,
    rows.map((r) => r.orgUnitId),
    actor.locale,
  );
  return countTravelStats(rows, names, actor.locale, from, to);
}
