/** Country names in the reader's language, from the alpha-3 codes a record keeps. */
import { Tooltip } from 'antd';
import type { Locale } from '@shared/contracts/common';
import { joinList } from '@shared/labels/labels';
import { countryName } from '@shared/reference/countries';
import { useI18n } from './i18n';

/** How names are joined in running text: 韩国、日本 / South Korea, Japan. */

/** The countries' names joined as the language writes a list. */
export function countryNames(codes: string[], locale: Locale): string {
  return joinList(
    codes.map((c) => countryName(c, locale)),
    locale,
  );
}

/** The first `max` country names, the rest counted; every name with its code in the tooltip. */
export function CountryList({ codes, max = 3 }: { codes: string[]; max?: number }) {
  const { locale } = useI18n();
  if (!codes.length) return <span className="muted">—</span>;
  const names = codes.map((c) => countryName(c, locale));
  const shown = names.slice(0, max).join('、');
  return (
    <Tooltip
      title={joinList(
        codes.map((c, i) => `${names[i]} (${c})`),
        locale,
      )}>
      <span>{names.length > max ? `${shown} +${names.length - max}` : shown}</span>
    </Tooltip>
  );
}
