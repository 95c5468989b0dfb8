/** The sentence the office pastes into its half-year summary, written in the page's language. */
import type { Locale, TFunction } from '@web/ui/i18n';
import type { TravelStats } from './api';
import type { Pair } from './statsTypes';

const monthName = (m: number) => new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
type Ymd = [number, number, number];
/** A period as each language writes it: "2026年1月1日至6月30日" / "From 1 January to 30 June 2026". */
const PERIOD_STYLE: Record<Locale, (from: Ymd, to: Ymd) => string> = {
  'zh-CN': ([fy, fm, fd], [ty, tm, td]) => `${fy}年${fm}月${fd}日至${fy === ty ? '' : `${ty}年`}${tm}月${td}日`,
  'en-US': ([fy, fm, fd], [ty, tm, td]) => `From ${fd} ${monthName(fm)}${fy === ty ? '' : ` ${fy}`} to ${td} ${monthName(tm)} ${ty}`,
};
/** A count before its unit: 3批 / 3 delegations. */
const COUNT_SPACE: Record<Locale, string> = { 'zh-CN': '', 'en-US': ' ' };

function periodText(from: string, to: string, locale: Locale): string {
  return PERIOD_STYLE[locale](from.split('-').map(Number) as Ymd, to.split('-').map(Number) as Ymd);
}

function yoyText(p: Pair, t: TFunction): string {
  if (p.prev === 0) return '';
  const pct = ((p.now - p.prev) / p.prev) * 100;
  const n = Math.abs(pct) >= 100 ? Math.abs(pct).toFixed(0) : Math.abs(pct).toFixed(1);
  if (Math.abs(pct) < 0.05) return t('tro.st.sum.flat');
  return pct > 0 ? t('tro.st.sum.up', { pct: n }) : t('tro.st.sum.down', { pct: n });
}

/** The paragraph the office pastes into its summary, in the page's language. */
export function summarySentence(s: TravelStats, locale: Locale, t: TFunction): string {
  const plural = (
    n: number,
    one: 'tro.st.sum.batch' | 'tro.st.sum.personTrip' | 'tro.st.sum.day',
    many: 'tro.st.sum.batches' | 'tro.st.sum.personTrips' | 'tro.st.sum.days',
  ) => `${n}${COUNT_SPACE[locale]}${t(n === 1 ? one : many)}`;
  const b = (n: number) => plural(n, 'tro.st.sum.batch', 'tro.st.sum.batches');
  const p = (n: number) => plural(n, 'tro.st.sum.personTrip', 'tro.st.sum.personTrips');
  return t('tro.st.sum.text', {
    period: periodText(s.from, s.to, locale),
    applied: b(s.applied.batches.now),
    appliedPeople: p(s.applied.people.now),
    approved: b(s.approved.batches.now),
    approvedPeople: p(s.approved.people.now),
    yoy: yoyText(s.approved.people, t),
    refused: b(s.refused.batches.now),
    removed: p(s.shrunk.membersRemoved.now),
    daysCut: plural(s.shrunk.daysCut.now, 'tro.st.sum.day', 'tro.st.sum.days'),
  });
}
