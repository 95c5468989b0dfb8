/** The plan item an application draws on: items of the unit's annual plan for the departure year, or "not in the plan". */
import { Select, type SelectProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { plansApi } from '../api';
import { useI18n } from '@web/ui/i18n';
import { countryNames } from '@web/ui/CountryList';

interface Props extends Omit<SelectProps<number>, 'options'> {
  year: number | null;
  /** The unit whose plan applies (an application being edited); a new one uses the caller's own plan. */
  orgUnitId?: number;
  /** The application being edited: its own use of an item is not "taken". */
  applicationId?: number;
}

export function PlanItemSelect({ year, orgUnitId, applicationId, ...rest }: Props) {
  const { t, locale } = useI18n();
  const plans = useQuery({ queryKey: ['travel', 'plans', year, orgUnitId ?? null], queryFn: () => plansApi.list(year!, orgUnitId), enabled: year != null });
  const plan = (plans.data ?? []).find((p) => orgUnitId == null || p.orgUnitId === orgUnitId);
  const options = [
    { value: 0, label: t('tr.plan.none') },
    ...(plan?.items ?? []).map((i) => {
      const others = i.usedBy.filter((id) => id !== applicationId);
      const facts = t('tr.plan.itemFacts', { people: i.people, days: i.days });
      const taken = others.length ? ` · ${t('tr.plan.usedBy', { ids: others.map((id) => `#${id}`).join(', ') })}` : '';
      return { value: i.id, label: `${i.title} · ${countryNames(i.countries, locale)} · ${facts}${taken}` };
    }),
  ];
  // A unit without a plan for the year gets the check's finding ("no annual plan") beside this field.
  return <Select<number> {...rest} options={options} loading={plans.isFetching} showSearch={{ optionFilterProp: 'label' }} />;
}
