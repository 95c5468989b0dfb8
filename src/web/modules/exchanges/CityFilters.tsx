import { Col } from 'antd';
import { PAIR_STATUSES, PAIR_TIERS, RELATION_TYPES } from '@shared/contracts/exchanges';
import type { CityQuery } from './api';
import { CountrySelect } from '@web/ui/CountrySelect';
import { FilterCard, FlagAndReset, SearchFilter, SelectFilter, fullWidth } from '@web/ui/FilterBar';
import { useT } from '@web/ui/i18n';
import { CONTINENT_CODES, useExOptions } from './labels';
import { num, oneOf } from '@web/ui/useUrlQuery';

export function parseCityQuery(get: (k: string) => string | undefined): CityQuery {
  return {
    q: get('q'),
    country: get('country'),
    continent: oneOf(CONTINENT_CODES, get('continent')),
    relationType: oneOf(RELATION_TYPES, get('relationType')),
    status: oneOf(PAIR_STATUSES, get('status')),
    tier: oneOf(PAIR_TIERS, get('tier')),
    orgUnitId: num(get('orgUnitId')),
    dormant: get('dormant') === 'true' ? 'true' : undefined,
    page: num(get('page')) ?? 1,
    pageSize: num(get('pageSize')) ?? 20,
  };
}

interface Props {
  query: CityQuery;
  update: (patch: Record<string, string | number | boolean | undefined | null>) => void;
  reset: () => void;
}

export function CityFilters({ query, update, reset }: Props) {
  const t = useT();
  const opts = useExOptions();
  return (
    <FilterCard testid="city-filters">
      <Col xs={24} md={12} xl={6}>
        <SearchFilter value={query.q} placeholder={t('ex.c.filterQ')} onSearch={(q) => update({ q })} />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <CountrySelect
          {...fullWidth}
          placeholder={t('ex.c.f.country')}
          value={query.country}
          onChange={(v) => update({ country: typeof v === 'string' ? v : undefined })}
          data-testid="filter-country"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <SelectFilter
          placeholder={t('ex.c.filterContinent')}
          value={query.continent}
          options={opts.continents}
          onChange={(v) => update({ continent: v })}
          testid="filter-continent"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <SelectFilter
          placeholder={t('ex.c.f.relationType')}
          value={query.relationType}
          options={opts.relationTypes}
          onChange={(v) => update({ relationType: v })}
          testid="filter-relation"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <SelectFilter
          placeholder={t('ex.c.f.status')}
          value={query.status}
          options={opts.pairStatuses}
          onChange={(v) => update({ status: v })}
          testid="filter-status"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <SelectFilter placeholder={t('ex.c.f.tier')} value={query.tier} options={opts.tiers} onChange={(v) => update({ tier: v })} testid="filter-tier" />
      </Col>
      <FlagAndReset
        xl={20}
        checked={query.dormant === 'true'}
        onChange={(dormant) => update({ dormant })}
        testid="filter-dormant"
        label={t('ex.c.dormantOnly')}
        reset={reset}
      />
    </FilterCard>
  );
}
