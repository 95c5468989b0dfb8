/** The ledger's figures within the caller's subtree: now, and as of 12:00 of a day for the daily report. */
import type { ResidentStats } from '@shared/contracts/residents';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { getOrgUnitById } from '@server/platform/org/org.service';
import { countStats } from './residents.repository';
import { clock } from '@server/clock';

/** Who was present on `date` and on file at `cutoff`, counted in the caller's subtree, by nationality and by the areas just below their unit. */
export async function residentStats(db: Db, actor: Actor, date: string, cutoff: Date): Promise<ResidentStats> {
  const unit = await getOrgUnitById(db, actor.orgUnitId);
  const s = await countStats(db, scopeOf(actor), unit?.depth ?? 0, date, cutoff);
  return {
    asOf: cutoff.toISOString(),
    total: s.totals.total,
    byNationality: s.byNationality,
    byArea: s.byArea,
    arrivalsLast14Days: s.totals.arrivals,
    documentsExpiring30Days: s.totals.docs,
    visasExpiring30Days: s.totals.visas,
    notRegistered: s.totals.notRegistered,
  };
}

/** 12:00 Asia/Shanghai of a date, or now if that moment has not come yet. */
export function noonCutoff(date: string): Date {
  const noon = new Date(`${date}T12:00:00+08:00`);
  return noon > clock.now() ? clock.now() : noon;
}

/** The figures as they stand now. */
export function currentStats(db: Db, actor: Actor): Promise<ResidentStats> {
  return residentStats(db, actor, clock.today(), clock.now());
}

/** The daily report's figures: as of 12:00 of `date` (today when none is given). */
export function dailyStats(db: Db, actor: Actor, date: string): Promise<ResidentStats> {
  return residentStats(db, actor, date, noonCutoff(date));
}
