import { todayInShanghai } from '@shared/reference/dates';

/**
 * The one source of "now" for the server. Business dates (today's report, deadlines, expiry, who is
 * present) and the instants the server compares (sessions, lock-outs, leases) all come from here, so
 * tests and training installations can put the whole app at any moment: 12:00:30 in Beijing, the last
 * second of the calendar's last year, 29 February.
 *
 * The clock runs at real speed from an offset, or stands still when frozen (tests that compare "now").
 */
let offsetMs = 0;
let frozenAt: number | null = null;

function nowMs(): number {
  return frozenAt ?? Date.now() + offsetMs;
}

export const clock = {
  /** The current instant. */
  now(): Date {
    return new Date(nowMs());
  },
  /** Milliseconds since the epoch, for arithmetic on instants. */
  nowMs,
  /** The office's calendar day (Asia/Shanghai) as 'YYYY-MM-DD', whatever the machine's time zone. */
  today(): string {
    return todayInShanghai(new Date(nowMs()));
  },
  /** An instant `ms` milliseconds from now (negative for the past). */
  fromNow(ms: number): Date {
    return new Date(nowMs() + ms);
  },
};

/**
 * Puts the clock at an instant. `frozen` stops it there (until the next set/advance); otherwise it
 * runs on from that instant at real speed.
 */
export function setClock(at: Date | string, opts: { frozen?: boolean } = {}): void {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(at)}`);
  if (opts.frozen) {
    frozenAt = ms;
    offsetMs = 0;
  } else {
    frozenAt = null;
    offsetMs = ms - Date.now();
  }
}

/** Moves the clock on (or back, with a negative amount), frozen or running. */
export function advanceClock(ms: number): void {
  if (frozenAt !== null) frozenAt += ms;
  else offsetMs += ms;
}

/** Back to the machine's time. */
export function resetClock(): void {
  frozenAt = null;
  offsetMs = 0;
}
