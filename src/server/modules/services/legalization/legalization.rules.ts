/** The pure rules beside the route: the states as the office keeps them over the code's defaults, the fees, the day the result is ready. */
import type { DocumentCategory, LegalizationState } from '@shared/contracts/services-legalization';
import type { Urgency } from '@shared/contracts/services';
import type { WorkingCalendar } from '@server/platform/calendar/calendar';
import { DEFAULT_STATES } from './legalization.states';
import type { FeeRow, StateRow } from './legalization.repository';

/** The table of states: the code's defaults, each replaced by the office's row for the state where there is one. */
export function mergeStates(rows: readonly StateRow[]): LegalizationState[] {
  const out = new Map<string, LegalizationState>();
  for (const d of DEFAULT_STATES) out.set(d.iso3, { ...d, edited: false, version: 0 });
  for (const r of rows) {
    out.set(r.iso3, {
      iso3: r.iso3,
      apostilleFrom: r.apostilleFrom,
      objection: r.objection,
      embassyStep: r.embassyStep,
      note: r.note,
      source: r.source,
      edited: true,
      version: r.version,
    });
  }
  return [...out.values()].sort((a, b) => a.iso3.localeCompare(b.iso3));
}

/** The Ministry's schedule the offices follow: civil 50, commercial 100 yuan a document, urgent 50 more. */
export const DEFAULT_FEES: Readonly<Record<DocumentCategory, Record<Urgency, number>>> = {
  civil: { normal: 50, urgent: 100 },
  commercial: { normal: 100, urgent: 150 },
};

export interface FeeTable {
  amount(category: DocumentCategory, urgency: Urgency): number;
  version(category: DocumentCategory, urgency: Urgency): number;
}

/** The fees: the defaults, each replaced by the office's amount where it set one. */
export function feeTable(rows: readonly FeeRow[]): FeeTable {
  const find = (c: string, u: string) => rows.find((r) => r.category === c && r.urgency === u);
  return {
    amount: (c, u) => {
      const row = find(c, u);
      return row ? Number(row.amount) : DEFAULT_FEES[c][u];
    },
    version: (c, u) => find(c, u)?.version ?? 0,
  };
}

/** Working days after acceptance by which the result is ready: normal the 4th, urgent the 2nd. */
export const TURNAROUND_DAYS: Readonly<Record<Urgency, number>> = { normal: 4, urgent: 2 };

/** The day the result is ready: the n-th working day after the day of acceptance (that day itself not counted). */
export function readyOn(calendar: WorkingCalendar, acceptedOn: string, urgency: Urgency): string {
  const next = new Date(Date.parse(`${acceptedOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return calendar.workingDaysEnd(next, TURNAROUND_DAYS[urgency]);
}

/** Persons (人次): the distinct holders named on the documents; documents without a holder are the applicant's, one person. */
export function personsOf(holders: ReadonlyArray<string | null>): number {
  const named = new Set(holders.map((h) => h?.trim().replace(/\s+/g, ' ').toLowerCase()).filter((h): h is string => !!h));
  return holders.length === 0 ? 0 : Math.max(1, named.size);
}
