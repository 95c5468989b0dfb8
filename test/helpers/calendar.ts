import type { CalendarDay, CalendarYearDetail } from '../../src/shared/contracts/calendar';
import { signIn, type Client, type TestContext } from './app';

/**
 * The days a year gets from ensureCalendarYear() unless given: New Year's Day (1 January) a holiday and
 * nothing else, so every other weekday of the year is a working day. A test that needs a Spring Festival
 * passes its own days.
 */
export const minimalYear = (year: number): CalendarDay[] => [{ date: `${year}-01-01`, kind: 'holiday', name: '元旦' }];

/**
 * Makes the working-day calendar cover `year`, through the API as a city administrator would: enters the
 * year's notice when neither chinese-days nor the office has it, and leaves a covered year alone. For tests
 * run with the clock at the end of the package's last year, when a trip 30 days away falls in the next.
 *
 *   await ensureCalendarYear(ctx, 2027);
 */
export async function ensureCalendarYear(ctx: TestContext, year: number, opts: { days?: CalendarDay[]; admin?: Client } = {}): Promise<CalendarYearDetail> {
  const admin = opts.admin ?? (await signIn(ctx, 'admin', ctx.cityId));
  const existing = await admin.get(`/api/calendar/years/${year}`);
  if (existing.statusCode === 200) return existing.json();
  const res = await admin.post('/api/calendar/years', {
    year,
    documentNumber: `测试〔${year - 1}〕1号`,
    title: `国务院办公厅关于${year}年部分节假日安排的通知（测试）`,
    days: opts.days ?? minimalYear(year),
  });
  if (res.statusCode !== 201) throw new Error(`could not enter the ${year} calendar: ${res.statusCode} ${res.body}`);
  return res.json();
}
