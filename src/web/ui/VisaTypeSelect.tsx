import { useMemo } from 'react';
import { Select, type SelectProps } from 'antd';
import { VISA_TYPES } from '@shared/reference/visas';
import { useI18n } from './i18n';
import { say } from '@shared/labels/labels';

interface VisaOption {
  value: string;
  label: string;
  search: string;
}
interface VisaGroup {
  label: string;
  options: VisaOption[];
}

/** Groups come from the reference data; a dictionary label is used when one exists. */
export function useVisaOptions(): VisaGroup[] {
  const { locale, tx } = useI18n();
  return useMemo(() => {
    const groups = new Map<string, VisaOption[]>();
    for (const v of VISA_TYPES) {
      const label = say(v, locale);
      const g = String(v.group ?? '');
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g)!.push({ value: v.code, label, search: `${v.code} ${v.zh} ${v.en}`.toLowerCase() });
    }
    return [...groups].map(([g, options]) => ({ label: tx(`visaGroup.${g}`, g), options }));
  }, [locale, tx]);
}

export function useVisaLabel() {
  const { locale } = useI18n();
  return (code: string | null | undefined): string => {
    if (!code) return '';
    const v = VISA_TYPES.find((x) => x.code === code);
    if (!v) return code;
    return say(v, locale);
  };
}

const filterOption = (input: string, opt?: VisaOption | VisaGroup) => !!opt && 'search' in opt && opt.search.includes(input.trim().toLowerCase());

export function VisaTypeSelect(props: Omit<SelectProps<string>, 'options'>) {
  const { t } = useI18n();
  const options = useVisaOptions();
  return (
    <Select<string, VisaOption | VisaGroup> allowClear placeholder={t('common.selectPlaceholder')} {...props} options={options} showSearch={{ filterOption }} />
  );
}
