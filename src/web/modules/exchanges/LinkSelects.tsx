/** Pickers for a visit's friendship city and event (the 200 latest of each, searchable). */
import { useMemo } from 'react';
import { Select, type SelectProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { foreignCityLabel } from '@shared/labels/exchanges';
import { say } from '@shared/labels/labels';
import { countryName } from '@shared/reference/countries';
import { citiesApi, eventsApi } from './api';
import { useI18n } from '@web/ui/i18n';

type Props = Omit<SelectProps<number>, 'options'> & { currentLabel?: string | null };
const filterOption = (input: string, opt?: Record<string, unknown>) => String(opt?.search ?? '').includes(input.trim().toLowerCase());

export function CitySelect({ currentLabel, value, ...rest }: Props) {
  const { t, locale } = useI18n();
  const { data, isLoading } = useQuery({ queryKey: ['exchanges', 'cities', 'options'], queryFn: () => citiesApi.list({ pageSize: 200 }), staleTime: 60_000 });
  const options = useMemo(() => {
    const list = (data?.items ?? []).map((c) => {
      const name = say(foreignCityLabel(c), locale);
      return {
        value: c.id,
        label: `${name} · ${countryName(c.country, locale)} — ${c.orgUnitName}`,
        search: `${c.foreignCityZh} ${c.foreignCityEn} ${c.orgUnitName}`.toLowerCase(),
      };
    });
    if (value != null && currentLabel && !list.some((o) => o.value === value)) list.unshift({ value, label: currentLabel, search: currentLabel.toLowerCase() });
    return list;
  }, [data, locale, value, currentLabel]);
  return (
    <Select<number>
      allowClear
      placeholder={t('common.selectPlaceholder')}
      loading={isLoading}
      {...rest}
      value={value}
      options={options}
      showSearch={{ filterOption }}
    />
  );
}

export function EventSelect({ currentLabel, value, ...rest }: Props) {
  const { t } = useI18n();
  const { data, isLoading } = useQuery({ queryKey: ['exchanges', 'events', 'options'], queryFn: () => eventsApi.list({ pageSize: 200 }), staleTime: 60_000 });
  const options = useMemo(() => {
    const list = (data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name} · ${e.startDate}`, search: e.name.toLowerCase() }));
    if (value != null && currentLabel && !list.some((o) => o.value === value)) list.unshift({ value, label: currentLabel, search: currentLabel.toLowerCase() });
    return list;
  }, [data, value, currentLabel]);
  return (
    <Select<number>
      allowClear
      placeholder={t('common.selectPlaceholder')}
      loading={isLoading}
      {...rest}
      value={value}
      options={options}
      showSearch={{ filterOption }}
    />
  );
}
