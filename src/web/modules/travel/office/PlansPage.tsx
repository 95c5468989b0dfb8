/**
 * Annual outbound-travel plans (年度出访计划). A unit's contact keeps the unit's plan of a year as
 * editable rows (OwnPlan); offices and leaders see the plans of the units in their scope, read-only (PlansOverview).
 */
import { useMemo } from 'react';
import { Select } from 'antd';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n } from '@web/ui/i18n';
import { today } from '@web/ui/format';
import { useCan } from '@web/ui/session';
import { num, useUrlQuery } from '@web/ui/useUrlQuery';
import { OwnPlan } from './OwnPlan';
import { PlansOverview } from './PlansOverview';

const thisYear = () => Number(today().slice(0, 4));
function parse(get: (k: string) => string | undefined) {
  const y = num(get('year'));
  return { year: y && y >= 2000 && y <= 2100 ? Math.trunc(y) : thisYear(), orgUnitId: num(get('orgUnitId')) };
}

export default function PlansPage() {
  const { t } = useI18n();
  const can = useCan();
  const { query, update } = useUrlQuery(parse);
  const own = can('travel.apply');
  const years = useMemo(() => {
    const y = thisYear();
    return [...new Set([y + 1, y, y - 1, y - 2, y - 3, query.year])].sort((a, b) => b - a);
  }, [query.year]);
  return (
    <>
      <PageHeader
        title={t('tro.plan.title')}
        sub={own ? t('tro.plan.subOwn') : t('tro.plan.subOffice')}
        extra={
          <>
            {!own && (
              <OrgTreeSelect
                style={{ width: 240 }}
                placeholder={t('tro.unit')}
                value={query.orgUnitId}
                onChange={(v) => update({ orgUnitId: v })}
                data-testid="plan-unit"
              />
            )}
            <Select<number>
              style={{ width: 120 }}
              value={query.year}
              onChange={(year) => update({ year })}
              data-testid="plan-year"
              options={years.map((y) => ({ value: y, label: t('tro.yearN', { n: y }) }))}
            />
          </>
        }
      />
      {own ? <OwnPlan year={query.year} /> : <PlansOverview year={query.year} orgUnitId={query.orgUnitId} />}
    </>
  );
}
