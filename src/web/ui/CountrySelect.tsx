import { useMemo } from 'react';
import { Select, type SelectProps } from 'antd';
import { COUNTRY_CODES, countryName } from '@shared/reference/countries';
import { useI18n } from './i18n';
import { say } from '@shared/labels/labels';

interface CountryOption {
  value: string;
  label: string;
  search: string;
}

function useCountryOptions(): CountryOption[] {
  const { locale } = useI18n();
  return useMemo(() => {
    const opts = COUNTRY_CODES.map((code) => {
      const zh = countryName(code, 'zh-CN');
      const en = countryName(code, 'en-US');
      return { value: code, label: `${say({ zh, en }, locale)} (${code})`, search: `${zh} ${en} ${code}`.toLowerCase() };
    });
    return opts.sort((a, b) => a.label.localeCompare(b.label, locale));
  }, [locale]);
}

const filterOption = (input: string, opt?: CountryOption) => !!opt && opt.search.includes(input.trim().toLowerCase());

type Props = Omit<SelectProps<string | string[], CountryOption>, 'options' | 'showSearch'>;

/** Country picker searchable by Chinese name, English name or ISO alpha-3 code. */
export function CountrySelect(props: Props) {
  const { t } = useI18n();
  const options = useCountryOptions();
  return (
    <Select<string | string[], CountryOption>
      allowClear
      placeholder={t('common.countryPlaceholder')}
      {...props}
      options={options}
      showSearch={{ filterOption }}
    />
  );
}
