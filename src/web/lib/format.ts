import dayjs from 'dayjs';
import { todayInShanghai } from '../../shared/reference/dates';

/** Whole days from today (Asia/Shanghai) to a YYYY-MM-DD date; negative when in the past. */
export function daysUntil(ymd: string | null | undefined): number | null {
  if (!ymd) return null;
  const today = dayjs(todayInShanghai());
  return dayjs(ymd).diff(today, 'day');
}

export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

export function today(): string {
  return todayInShanghai();
}
