import { Checkbox, Col } from 'antd';
import type { ApplicationQuery } from './api';
import { CountrySelect } from '@web/ui/CountrySelect';
import { FilterCard, ResetButton, SearchFilter, SelectFilter, fullWidth } from '@web/ui/FilterBar';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { useT } from '@web/ui/i18n';
import { today } from '@web/ui/format';
import { useCan } from '@web/ui/session';
import { useTravelOptions } from './labels';

interface Props {
  query: ApplicationQuery;
  update: (patch: Record<string, string | number | boolean | undefined | null>) => void;
  reset: () => void;
}

/** This year, next year and five years back: the years applications are looked up by. */
function yearOptions() {
  const y = Number(today().slice(0, 4));
  return Array.from({ length: 7 }, (_, i) => y + 1 - i).map((v) => ({ value: String(v), label: String(v) }));
}

export function ApplicationFilters({ query, update, reset }: Props) {
  const t = useT();
  const can = useCan();
  const opts = useTravelOptions();
  // Who reviews or approves other units' trips sees more than one unit: the unit filter and the "to do" queue are theirs.
  // (Today: the offices, the administrator and the leaders; a unit's contact sees only the unit's own applications.)
  const manyUnits = can('travel.review') || can('travel.approve');
  const queue = manyUnits;
  return (
    <FilterCard testid="travel-filters">
      <Col xs={24} md={12} xl={6}>
        <SearchFilter value={query.q} placeholder={t('tr.list.filterQ')} onSearch={(q) => update({ q })} />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <SelectFilter
          placeholder={t('tr.f.status')}
          value={query.status}
          options={opts.statuses}
          onChange={(v) => update({ status: v })}
          testid="filter-status"
        />
      </Col>
      <Col xs={12} md={6} xl={3}>
        <SelectFilter
          placeholder={t('tr.list.year')}
          value={query.year != null ? String(query.year) : undefined}
          options={yearOptions()}
          onChange={(v) => update({ year: v })}
          testid="filter-year"
        />
      </Col>
      {manyUnits && (
        <Col xs={24} md={12} xl={5}>
          <OrgTreeSelect
            {...fullWidth}
            placeholder={t('tr.f.unit')}
            value={query.orgUnitId}
            onChange={(v) => update({ orgUnitId: v ?? undefined })}
            data-testid="filter-unit"
          />
        </Col>
      )}
      <Col xs={24} md={12} xl={manyUnits ? 6 : 5}>
        <CountrySelect
          {...fullWidth}
          placeholder={t('tr.list.country')}
          value={query.country}
          onChange={(v) => update({ country: typeof v === 'string' ? v : undefined })}
          data-testid="filter-country"
        />
      </Col>
      <Col
        xs={24}
        md={12}
        xl={manyUnits ? 24 : 6}
        style={{ display: 'flex', alignItems: 'center', justifyContent: queue ? 'space-between' : 'flex-end', gap: 12 }}>
        {queue && (
          <Checkbox checked={query.todo === 'true'} onChange={(e) => update({ todo: e.target.checked ? 'true' : undefined })} data-testid="filter-todo">
            {t('tr.list.todo')}
          </Checkbox>
        )}
        <ResetButton onClick={reset} />
      </Col>
    </FilterCard>
  );
}
