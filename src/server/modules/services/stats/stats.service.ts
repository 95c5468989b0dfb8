/** The window's figures for a period, in the caller's scope: the cases read once per period, the figures worked out pure. */
import type { ServiceStats, StatsQuery } from '@shared/contracts/services-stats';
import { countryName } from '@shared/reference/countries';
import { OWN_NAME_APPLICANTS } from '@shared/labels/services-stats';
import { say } from '@shared/labels/labels';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { workingCalendar } from '@server/platform/calendar/calendar.service';
import { fieldError } from '@server/platform/http/errors';
import { findOrgUnit, orgUnitNames } from '@server/platform/org/org.service';
import { clock } from '@server/clock';
import { computeFigures, previousPeriod, type Period } from './stats.figures';
import { listStatsCases } from './stats.repository';
import { summarySentence } from './stats.sentence';

/** The period asked for, or the year so far (the office's usual cut). */
export function periodOf(q: StatsQuery): Period {
  const today = clock.today();
  return { from: q.from ?? `${(q.to ?? today).slice(0, 4)}-01-01`, to: q.to ?? today };
}

export async function serviceStats(db: Db, actor: Actor, q: StatsQuery): Promise<ServiceStats> {
  const period = periodOf(q);
  if (period.from > period.to) throw fieldError('from', 'err.dateRange');
  if (q.unitId && !(await findOrgUnit(db, scopeOf(actor), q.unitId))) throw fieldError('unitId', 'err.notFound');
  const prev = previousPeriod(period);
  const filter = { kind: q.kind, unitId: q.unitId };
  const [now, before] = await Promise.all([
    listStatsCases(db, scopeOf(actor), { ...period, ...filter }),
    listStatsCases(db, scopeOf(actor), { ...prev, ...filter }),
  ]);
  // A period longer than a year overlaps the one before it: a case read twice counts once.
  const rows = [...new Map([...now, ...before].map((r) => [r.id, r])).values()];
  const figures = computeFigures(rows, period, await workingCalendar(db));
  const names = await orgUnitNames(
    db,
    figures.byUnit.map((u) => u.unitId).filter((id): id is number => id != null),
    actor.locale,
  );
  return {
    ...figures,
    kind: q.kind ?? null,
    unitId: q.unitId ?? null,
    byUnit: figures.byUnit.map((u) => ({ ...u, unitName: u.unitId == null ? say(OWN_NAME_APPLICANTS, actor.locale) : (names.get(u.unitId) ?? '') })),
    byCountry: figures.byCountry.map((c) => ({ ...c, name: countryName(c.code, actor.locale) })),
    sentence: summarySentence(figures),
  };
}
