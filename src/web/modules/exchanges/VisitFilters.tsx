import { Col } from 'antd';
import type { VisitQuery } from './api';
import { CountrySelect } from '@web/ui/CountrySelect';
import { DateRangeFilter, FilterCard, FlagAndReset, SearchFilter, SelectFilter, fullWidth } from '@web/ui/FilterBar';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { useT } from '@web/ui/i18n';
import { useExOptions } from './labels';

interface Props {
  query: VisitQuery;
  update: (patch: Record<string, string | number | boolean | undefined | null>) => void;
  reset: () => void;
}

export function VisitFilters({ query, update, reset }: Props) {
  const t = useT();
  const opts = useExOptions();
  return (
    <FilterCard testid="visit-filters">
      <Col xs={24} md={12} xl={8}>
        <SearchFilter value={query.q} placeholder={t('ex.v.filterQ')} onSearch={(q) => update({ q })} />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <SelectFilter placeholder={t('ex.v.f.type')} value={query.type} options={opts.visitTypes} onChange={(v) => update({ type: v })} testid="filter-type" />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <SelectFilter
          placeholder={t('ex.v.f.status')}
          value={query.status}
          options={opts.visitStatuses}
          onChange={(v) => update({ status: v })}
          testid="filter-status"
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <CountrySelect
          {...fullWidth}
          placeholder={t('ex.v.f.countries')}
          value={query.country}
          onChange={(v) => update({ country: typeof v === 'string' ? v : undefined })}
          data-testid="filter-country"
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <DateRangeFilter from={query.from} to={query.to} onChange={(from, to) => update({ from, to })} />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <OrgTreeSelect
          {...fullWidth}
          placeholder={t('ex.localParty')}
          value={query.orgUnitId}
          onChange={(v) => update({ orgUnitId: v ?? undefined })}
          data-testid="filter-area"
        />
      </Col>
      <FlagAndReset
        xl={8}
        checked={query.archived === 'true'}
        onChange={(archived) => update({ archived })}
        testid="filter-archived"
        label={t('ex.showArchived')}
        reset={reset}
      />
    </FilterCard>
  );
}
