import { useEffect, useState } from 'react';
import { Button, Card, Checkbox, Col, Input, Row, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { PAIR_STATUSES, PAIR_TIERS, RELATION_TYPES } from '../../../shared/contracts/exchanges';
import type { CityQuery } from '../../api/exchanges';
import { CountrySelect } from '../../components/CountrySelect';
import { useT } from '../../i18n';
import { CONTINENT_CODES, useExOptions } from './labels';
import { num, oneOf } from './useUrlQuery';

export function parseCityQuery(get: (k: string) => string | undefined): CityQuery {
  return {
    q: get('q'), country: get('country'), continent: oneOf(CONTINENT_CODES, get('continent')),
    relationType: oneOf(RELATION_TYPES, get('relationType')), status: oneOf(PAIR_STATUSES, get('status')), tier: oneOf(PAIR_TIERS, get('tier')),
    orgUnitId: num(get('orgUnitId')), dormant: get('dormant') === 'true' ? 'true' : undefined,
    page: num(get('page')) ?? 1, pageSize: num(get('pageSize')) ?? 20,
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
  const [q, setQ] = useState(query.q ?? '');
  useEffect(() => setQ(query.q ?? ''), [query.q]);
  const full = { style: { width: '100%' } };
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="city-filters">
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={6}>
          <Input.Search allowClear value={q} placeholder={t('ex.c.filterQ')} data-testid="filter-q"
            onChange={(e) => { setQ(e.target.value); if (!e.target.value) update({ q: undefined }); }}
            onSearch={(v) => update({ q: v.trim() || undefined })} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <CountrySelect {...full} placeholder={t('ex.c.f.country')} value={query.country}
            onChange={(v) => update({ country: typeof v === 'string' ? v : undefined })} data-testid="filter-country" />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Select {...full} allowClear placeholder={t('ex.c.filterContinent')} value={query.continent} options={opts.continents}
            onChange={(v) => update({ continent: v })} data-testid="filter-continent" />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Select {...full} allowClear placeholder={t('ex.c.f.relationType')} value={query.relationType} options={opts.relationTypes}
            onChange={(v) => update({ relationType: v })} data-testid="filter-relation" />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Select {...full} allowClear placeholder={t('ex.c.f.status')} value={query.status} options={opts.pairStatuses}
            onChange={(v) => update({ status: v })} data-testid="filter-status" />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Select {...full} allowClear placeholder={t('ex.c.f.tier')} value={query.tier} options={opts.tiers}
            onChange={(v) => update({ tier: v })} data-testid="filter-tier" />
        </Col>
        <Col xs={24} md={12} xl={20} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Checkbox checked={query.dormant === 'true'} onChange={(e) => update({ dormant: e.target.checked ? 'true' : undefined })} data-testid="filter-dormant">
            {t('ex.c.dormantOnly')}
          </Checkbox>
          <Button icon={<ClearOutlined />} onClick={reset} data-testid="filter-reset">{t('common.reset')}</Button>
        </Col>
      </Row>
    </Card>
  );
}
