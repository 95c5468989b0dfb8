/**
 * The facts of a trip as the documents and the batch list print them: who still travels, where, when,
 * for how much, with dates and amounts written the office's way. Pure functions of the application.
 */
import type { Locale } from '@shared/contracts/common';
import type { Application } from '@shared/contracts/travel';
import { countryName } from '@shared/reference/countries';
import { daysBetween, todayInShanghai } from '@shared/reference/dates';
import { countriesVisited, lineAmount } from '../travel.rules';
import { common } from './texts';
import { joinList } from '@shared/labels/labels';

export type Member = Application['members'][number];
export type Leg = Application['legs'][number];

/** The members still on the delegation: those the office removed are left out. */
export function remainingMembers(app: Application): Member[] {
  const removed = new Set(app.decision.removedMembers);
  return app.members.filter((m) => !removed.has(m.name));
}

/** The head of delegation: the member whose role is head, else the first member. */
export function headOf(members: Member[]): Member | null {
  return members.find((m) => m.role === 'head') ?? members[0] ?? null;
}

/** Countries visited (alpha-3), transit stops left out: the check's list, else worked out from the legs. */
export function visitedCountries(app: Application): string[] {
  return app.check.countries.length ? app.check.countries : countriesVisited(app.legs);
}

/** The dates that hold: the approved ones where the office shortened the trip, else those applied for. */
export function effectiveDates(app: Application): { depart: string; return: string; days: number } {
  const depart = app.decision.approvedDepart ?? app.departDate;
  const ret = app.decision.approvedReturn ?? app.returnDate;
  return { depart, return: ret, days: daysBetween(depart, ret) + 1 };
}

/** The budget summed per currency, in the order the currencies first appear. */
export function budgetTotals(app: Application): Array<{ currency: string; amount: number }> {
  const totals = new Map<string, number>();
  for (const line of app.budget) totals.set(line.currency, Math.round(((totals.get(line.currency) ?? 0) + lineAmount(line)) * 100) / 100);
  return [...totals].map(([currency, amount]) => ({ currency, amount }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_STYLE: Record<Locale, (y: number, m: number, d: number) => string> = {
  'zh-CN': (y, m, d) => `${y}年${m}月${d}日`,
  'en-US': (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
};

/** 'YYYY-MM-DD' as an office writes it: 2025年5月10日, or 10 May 2025. */
export function formatDate(locale: Locale, ymd: string | null): string {
  if (!ymd) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  return DATE_STYLE[locale](Number(m[1]), Number(m[2]), Number(m[3]));
}

const shanghaiClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the office's wall-clock time: 2025-04-02 09:30 (Asia/Shanghai). */
export function formatShanghaiTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(shanghaiClock.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The office's calendar day of an instant. */
export const shanghaiDay = (iso: string | null) => (iso ? todayInShanghai(new Date(iso)) : null);

const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatMoney = (n: number) => moneyFormat.format(n);
/** Totals in several currencies, never added across them: CNY 18,600.00 + JPY 234,000.00. */
export const formatTotals = (totals: Array<{ currency: string; amount: number }>) => totals.map((t) => `${t.currency} ${formatMoney(t.amount)}`).join(' + ');

/** Names or places in a run: 日本、韩国 / Japan, South Korea. */
/** Lists of names or places: 日本、韩国 / Japan, South Korea. */
export const listOf = (locale: Locale, items: string[]) => joinList(items, locale);
export const countryIn = (locale: Locale, code: string | null) => (code ? countryName(code, locale) : '');

/** A leg's place: 日本大阪 / Osaka, Japan; the country alone where no city is given. */
export function placeName(locale: Locale, leg: Leg): string {
  const country = countryIn(locale, leg.country);
  return leg.city ? common(locale, 'place', { country, city: leg.city }) : country;
}

/** The inviting body with its country, and on the approval form whether an intermediary invited. */
export function inviterText(app: Application, locale: Locale, withIntermediary = false): string {
  const base = common(locale, 'paren', { text: app.inviterName, note: countryIn(locale, app.inviterCountry) });
  return withIntermediary && app.inviterIntermediary ? `${base}${common(locale, 'intermediary')}` : base;
}
