import dayjs from 'dayjs';
import { todayInShanghai } from '@shared/reference/dates';

// The server's clock is the office's time (tests and training installations may set it): pages keep the
// difference to the browser's clock, learnt from each session response, and count days from there.
let serverOffsetMs = 0;

export function setServerTime(iso: string): void {
  const server = Date.parse(iso);
  if (!Number.isNaN(server)) serverOffsetMs = server - Date.now();
}

/** The current instant on the server's clock. */
export function serverNow(): Date {
  return new Date(Date.now() + serverOffsetMs);
}

/** Whole days from today (Asia/Shanghai) to a YYYY-MM-DD date; negative when in the past. */
export function daysUntil(ymd: string | null | undefined): number | null {
  if (!ymd) return null;
  return dayjs(ymd).diff(dayjs(today()), 'day');
}

export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

/** The office's today on the server's clock. */
export function today(): string {
  return todayInShanghai(serverNow());
}

/** A file's size as people read it: 812 B, 14.2 KB, 3.1 MB. */
export function fileSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A span of days: one date when it starts and ends the same day, else "from ~ to". */
export function dateRange(from: string, to: string): string {
  return from === to ? from : `${from} ~ ${to}`;
}
