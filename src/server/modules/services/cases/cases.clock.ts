/**
 * A case's clock, worked out from its history, its kind's limits and the working-day calendar. Pure: the workflow
 * stores the due date it gives after every step, the queue recomputes it when the calendar changes.
 *
 * When it starts: offices count a time limit from 受理 (acceptance), the day itself not counted (民法典 第二百零一条:
 * 开始的当日不计入), so the first working day after acceptance is day 1. Submission is not the start: an online
 * submission may sit unread over a weekend, and a submission the window has not checked for completeness is
 * exactly what a one-time notice answers, so the office's promise runs from the day it accepted the material.
 *
 * A one-time notice (一次性告知) pauses the clock; the answer (the day the complete material arrives) restarts it and
 * the count begins again from zero after that day (补正之日起重新计算): the working days before the notice are not
 * carried over, for the promised limit nor the legal one. An answer on a holiday simply starts counting on the next
 * working day. An approved extension adds its working days; a requested one adds nothing until approved.
 *
 * The acceptance stage: where the office sets `stageLimits.accept` (N working days), a submitted case must be accepted
 * (or sent a one-time notice) by the Nth working day after submission, counted the same way. Until acceptance that is
 * the case's due date (stage 'accept'); a notice before acceptance pauses it and the answer restarts it from zero.
 * Acceptance ends the stage and the promised limit applies (stage 'decide'). Without the setting a submitted case has
 * no clock, as before.
 */
import type { ClockSignal, Urgency } from '@shared/contracts/services';
import type { ClockStage } from '@shared/contracts/services-cases';
import { addDays } from '@shared/reference/dates';
import { CalendarNotCovered, type WorkingCalendar } from '@server/platform/calendar/calendar';

/** The history rows the clock reads: the step, its working date and the step's facts (an extension's days). */
export interface ClockEvent {
  step: string;
  onDate: string;
  detail?: unknown;
}

/** The kind's limits, in working days. */
export interface ClockSettings {
  promisedLimitDays: number;
  legalLimitDays: number;
  urgentLimitDays: number | null;
  warningDays: number;
  /** { stage: working days } where the office sets one; only `accept` is counted. */
  stageLimits?: unknown;
}

export interface CaseClock {
  /**
   * The last day of the office's promise (the urgent limit for an urgent case where the kind has one); before
   * acceptance, the last day of the acceptance stage where the kind has a limit for it.
   */
  dueOn: string | null;
  /** The stage `dueOn` belongs to; null without a due date. */
  stage: ClockStage | null;
  /** The last day of the legal limit, extensions included. */
  legalDueOn: string | null;
  /** Working days after today up to the due date; 0 on the due date; negative once overdue. */
  workingDaysLeft: number | null;
  signal: ClockSignal;
  /** Working days counted since the clock last (re)started, up to today or the decision. */
  elapsedWorkingDays: number;
  paused: boolean;
  /** For a decided case: whether the decision came on or before the due date. */
  onTime: boolean | null;
  /** The calendar does not reach a date the clock needs: the office must enter that year's notice. */
  calendarNotCovered: number | null;
}

const DECIDED = new Set(['issue', 'refuse']);
const ENDED = new Set(['issue', 'refuse', 'withdraw', 'close']);

const extensionDays = (detail: unknown): number => {
  const days = (detail as { days?: unknown } | null | undefined)?.days;
  return typeof days === 'number' && days > 0 ? days : 0;
};

/** What the history says, walked in order. */
interface Walk {
  /** The day the current count began after (acceptance, or the answer to a notice given after acceptance). */
  startedAfter: string | null;
  /** Before acceptance: the day the acceptance stage's count began after (submission, or the answer to a notice). */
  stageStartedAfter: string | null;
  pausedOn: string | null;
  extension: number;
  decidedOn: string | null;
  ended: boolean;
}

function walk(events: readonly ClockEvent[]): Walk {
  const w: Walk = { startedAfter: null, stageStartedAfter: null, pausedOn: null, extension: 0, decidedOn: null, ended: false };
  let accepted = false;
  for (const e of events) {
    if (e.step === 'accept') {
      accepted = true;
      w.startedAfter = e.onDate;
      w.pausedOn = null;
    } else if (e.step === 'notice') {
      w.pausedOn = e.onDate;
    } else if (e.step === 'answer') {
      w.pausedOn = null;
      // A notice before acceptance is answered before the count has begun: acceptance starts it. The acceptance
      // stage's own count begins again from zero after the answer.
      if (accepted) w.startedAfter = e.onDate;
      else w.stageStartedAfter = e.onDate;
    } else if (e.step === 'approve-extension') {
      w.extension += extensionDays(e.detail);
    } else if (e.step === 'submit' && !accepted) {
      w.pausedOn = null;
      w.stageStartedAfter = e.onDate;
    }
    if (DECIDED.has(e.step)) w.decidedOn = e.onDate;
    if (ENDED.has(e.step)) w.ended = true;
  }
  return w;
}

/** The promise that applies: the urgent limit for an urgent case where the kind has one. */
export function limitDays(settings: ClockSettings, urgency: Urgency | string): number {
  return urgency === 'urgent' && settings.urgentLimitDays != null ? settings.urgentLimitDays : settings.promisedLimitDays;
}

/** The acceptance stage's limit in working days, where the office sets one (a positive whole number), else null. */
export function acceptLimitDays(settings: Pick<ClockSettings, 'stageLimits'>): number | null {
  const days = (settings.stageLimits as Record<string, unknown> | null | undefined)?.accept;
  return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : null;
}

const blank = (signal: ClockSignal, extra: Partial<CaseClock> = {}): CaseClock => ({
  dueOn: null,
  stage: null,
  legalDueOn: null,
  workingDaysLeft: null,
  signal,
  elapsedWorkingDays: 0,
  paused: false,
  onTime: null,
  calendarNotCovered: null,
  ...extra,
});

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
function workingDaysAfter(calendar: WorkingCalendar, from: string, to: string): number {
  return to <= from ? 0 : calendar.workingDaysBetween(addDays(from, 1), to);
}

/** The signal and working days left of a running clock due on `dueOn`. */
function running(calendar: WorkingCalendar, dueOn: string, warningDays: number, today: string): { signal: ClockSignal; workingDaysLeft: number } {
  const left = today <= dueOn ? workingDaysAfter(calendar, today, dueOn) : -workingDaysAfter(calendar, dueOn, today);
  const signal: ClockSignal = today > dueOn ? 'overdue' : today === dueOn ? 'due_today' : left <= warningDays ? 'warning' : 'on_time';
  return { signal, workingDaysLeft: left };
}

function compute(events: readonly ClockEvent[], settings: ClockSettings, urgency: string, calendar: WorkingCalendar, today: string): CaseClock {
  const w = walk(events);
  if (!w.startedAfter) {
    const stageDays = acceptLimitDays(settings);
    if (w.ended || w.pausedOn || stageDays == null || !w.stageStartedAfter) {
      return blank(w.ended ? 'stopped' : w.pausedOn ? 'paused' : 'none', { paused: !w.ended && !!w.pausedOn });
    }
    // Submitted, not accepted yet: the acceptance stage's clock.
    const stageDueOn = calendar.workingDaysEnd(addDays(w.stageStartedAfter, 1), stageDays);
    return blank('none', {
      dueOn: stageDueOn,
      stage: 'accept',
      elapsedWorkingDays: workingDaysAfter(calendar, w.stageStartedAfter, today),
      ...running(calendar, stageDueOn, settings.warningDays, today),
    });
  }
  const first = addDays(w.startedAfter, 1);
  const dueOn = calendar.workingDaysEnd(first, limitDays(settings, urgency) + w.extension);
  // The legal limit reaches further than the promise: in December it often runs into a year whose notice is not
  // out yet. That must not hide the promise the window works to, so only the legal date goes blank then.
  const legal = legalEnd(calendar, first, settings.legalLimitDays + w.extension);
  const legalDueOn = legal.dueOn;
  const notCovered = { calendarNotCovered: legal.notCoveredYear };
  if (w.ended) {
    const end = w.decidedOn ?? w.pausedOn ?? today;
    return blank('stopped', {
      dueOn,
      stage: 'decide',
      legalDueOn,
      elapsedWorkingDays: workingDaysAfter(calendar, w.startedAfter, end),
      onTime: w.decidedOn ? w.decidedOn <= dueOn : null,
      ...notCovered,
    });
  }
  if (w.pausedOn) {
    // The due date is unknown until the material arrives: the count will begin again from zero then.
    return blank('paused', { paused: true, elapsedWorkingDays: workingDaysAfter(calendar, w.startedAfter, w.pausedOn) });
  }
  const elapsed = workingDaysAfter(calendar, w.startedAfter, today);
  return blank('none', {
    dueOn,
    stage: 'decide',
    legalDueOn,
    elapsedWorkingDays: elapsed,
    ...running(calendar, dueOn, settings.warningDays, today),
    ...notCovered,
  });
}

function legalEnd(calendar: WorkingCalendar, first: string, days: number): { dueOn: string | null; notCoveredYear: number | null } {
  try {
    return { dueOn: calendar.workingDaysEnd(first, days), notCoveredYear: null };
  } catch (err) {
    if (err instanceof CalendarNotCovered) return { dueOn: null, notCoveredYear: err.year };
    throw err;
  }
}

/**
 * The clock of a case on `today` (Beijing date). `events` in the order they happened. A date the calendar does not
 * cover gives signal none with the year to enter, never an error: the queue must still open.
 */
export function caseClock(
  events: readonly ClockEvent[],
  settings: ClockSettings,
  urgency: Urgency | string,
  calendar: WorkingCalendar,
  today: string,
): CaseClock {
  try {
    return compute(events, settings, urgency, calendar, today);
  } catch (err) {
    if (err instanceof CalendarNotCovered) return blank('none', { calendarNotCovered: err.year });
    throw err;
  }
}

/**
 * The signal of a case in a list, from its stored due date (the workflow and the recompute keep it current): the
 * queue shows hundreds of cases and cannot walk every history. A submitted case has a stored due date only where its
 * kind has an acceptance limit: then it is the acceptance stage's.
 */
export function storedSignal(
  row: { status: string; dueOn: string | null },
  warningDays: number,
  calendar: WorkingCalendar,
  today: string,
): { signal: ClockSignal; workingDaysLeft: number | null; stage: ClockStage | null } {
  const stage: ClockStage | null = !row.dueOn ? null : row.status === 'submitted' ? 'accept' : row.status === 'draft' ? null : 'decide';
  if (['issued', 'refused', 'closed', 'withdrawn'].includes(row.status)) return { signal: 'stopped', workingDaysLeft: null, stage };
  if (row.status === 'noticed') return { signal: 'paused', workingDaysLeft: null, stage: null };
  if ((row.status !== 'accepted' && row.status !== 'submitted') || !row.dueOn) return { signal: 'none', workingDaysLeft: null, stage: null };
  try {
    return { ...running(calendar, row.dueOn, warningDays, today), stage };
  } catch (err) {
    if (err instanceof CalendarNotCovered) return { signal: 'none', workingDaysLeft: null, stage };
    throw err;
  }
}

/** The last due date that is yellow today: the `warningDays`-th working day after today. */
export function warningHorizon(warningDays: number, calendar: WorkingCalendar, today: string): string | null {
  try {
    return warningDays > 0 ? calendar.workingDaysEnd(addDays(today, 1), warningDays) : today;
  } catch (err) {
    if (err instanceof CalendarNotCovered) return null;
    throw err;
  }
}
