/** How the plan pages write money, months and destinations in the page's language. */
import { countryName } from '@shared/reference/countries';
import type { Locale } from '@web/ui/i18n';
import { joinList } from '@shared/labels/labels';

export const money = (n: number, locale: Locale) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
export const monthName = (m: number, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
export const countriesText = (codes: string[], locale: Locale) =>
  joinList(
    codes.map((c) => countryName(c, locale)),
    locale,
  );
