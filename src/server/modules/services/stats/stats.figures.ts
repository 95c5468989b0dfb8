/**
 * The window's figures worked out from the cases themselves, pure so a recount in a test and the page agree by
 * construction: a case counts in the period it was accepted (受理) in, its timeliness in the period it was decided in.
 */
import { CASE_KINDS, type CaseKind } from '@shared/contracts/services';
import { STATS_TOP_UNITS, type FiguresWithPrev, type ServiceStats, type Timeliness } from '@shared/contracts/services-stats';
import { addDays } from '@shared/reference/dates';

export interface StatsCase {
  id: number;
  kind: string;
  unitId: number | null;
  acceptedOn: string | null;
  decidedOn: string | null;
  dueOn: string | null;
  pieces: number;
  persons: number;
  countries: string[];
}

export interface Period {
  from: string;
  to: string;
}

type Calendar = { workingDaysBetween(start: string, end: string): number; covers(date: string): boolean };

const within = (d: string | null, p: Period) => !!d && d >= p.from && d <= p.to;
export const acceptedIn = (rows: StatsCase[], p: Period) => rows.filter((r) => within(r.acceptedOn, p));

interface Counts {
  cases: number;
  pieces: number;
  persons: number;
}
const count = (rows: StatsCase[]): Counts => ({
  cases: rows.length,
  pieces: rows.reduce((n, r) => n + r.pieces, 0),
  persons: rows.reduce((n, r) => n + r.persons, 0),
});
const pair = (now: Counts, prev: Counts): FiguresWithPrev => ({ ...now, prevCases: prev.cases, prevPieces: prev.pieces, prevPersons: prev.persons });
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Of the cases decided in the period: how many had a due date, how many were decided on or before it, and the
 * average working days from the day after acceptance to the decision (a case decided the day it was accepted took 0).
 */
export function timelinessOf(rows: StatsCase[], p: Period, cal: Calendar): Timeliness {
  const decided = rows.filter((r) => within(r.decidedOn, p));
  const due = decided.filter((r) => r.dueOn);
  const onTime = due.filter((r) => r.decidedOn! <= r.dueOn!).length;
  // A day outside the calendar's years cannot be counted; such a case stays out of the average rather than guessed.
  const spans = decided
    .filter((r) => r.acceptedOn && r.acceptedOn <= r.decidedOn! && cal.covers(r.acceptedOn) && cal.covers(r.decidedOn!))
    .map((r) => (r.acceptedOn === r.decidedOn ? 0 : cal.workingDaysBetween(addDays(r.acceptedOn!, 1), r.decidedOn!)));
  return {
    decided: due.length,
    onTime,
    onTimeShare: due.length ? round1((onTime / due.length) * 100) : null,
    avgWorkingDays: spans.length ? round1(spans.reduce((a, b) => a + b, 0) / spans.length) : null,
  };
}

/** The same period a year earlier (29 February falls back to the 28th). */
export function previousPeriod(p: Period): Period {
  const back = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4) === '-02-29' ? '-02-28' : d.slice(4)}`;
  return { from: back(p.from), to: back(p.to) };
}

function groupBy<K>(rows: StatsCase[], keys: (r: StatsCase) => K[]): Map<K, StatsCase[]> {
  const out = new Map<K, StatsCase[]>();
  for (const r of rows) for (const k of keys(r)) out.set(k, [...(out.get(k) ?? []), r]);
  return out;
}

export type Figures = Omit<ServiceStats, 'sentence' | 'kind' | 'unitId' | 'byUnit' | 'byCountry'> & {
  byUnit: Array<FiguresWithPrev & { unitId: number | null }>;
  byCountry: Array<FiguresWithPrev & { code: string }>;
};

/** Every figure of the period and the one a year before it, from the cases of both (any extra rows are ignored). */
export function computeFigures(rows: StatsCase[], period: Period, cal: Calendar): Figures {
  const prevPeriod = previousPeriod(period);
  const now = acceptedIn(rows, period);
  const prev = acceptedIn(rows, prevPeriod);
  const byKindNow = groupBy(now, (r) => [r.kind]);
  const byKindPrev = groupBy(prev, (r) => [r.kind]);
  const decidedNow = rows.filter((r) => within(r.decidedOn, period));
  const listed = <K>(nowMap: Map<K, StatsCase[]>, prevMap: Map<K, StatsCase[]>) =>
    [...nowMap.keys()]
      .map((k) => ({ key: k, ...pair(count(nowMap.get(k) ?? []), count(prevMap.get(k) ?? [])) }))
      .sort((a, b) => b.cases - a.cases || b.persons - a.persons);
  return {
    from: period.from,
    to: period.to,
    previousFrom: prevPeriod.from,
    previousTo: prevPeriod.to,
    total: pair(count(now), count(prev)),
    timeliness: timelinessOf(rows, period, cal),
    prevTimeliness: timelinessOf(rows, prevPeriod, cal),
    byKind: CASE_KINDS.map((kind: CaseKind) => ({
      kind,
      ...pair(count(byKindNow.get(kind) ?? []), count(byKindPrev.get(kind) ?? [])),
      timeliness: timelinessOf(
        decidedNow.filter((r) => r.kind === kind),
        period,
        cal,
      ),
    })),
    byUnit: listed(
      groupBy(now, (r) => [r.unitId]),
      groupBy(prev, (r) => [r.unitId]),
    )
      .slice(0, STATS_TOP_UNITS)
      .map(({ key, ...f }) => ({ unitId: key, ...f })),
    byCountry: listed(
      groupBy(now, (r) => r.countries),
      groupBy(prev, (r) => r.countries),
    ).map(({ key, ...f }) => ({ code: key, ...f })),
  };
}
