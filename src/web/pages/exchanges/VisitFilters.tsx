import { useEffect, useState } from 'react';
import { Button, Card, Checkbox, Col, DatePicker, Input, Row, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { VisitQuery } from '../../api/exchanges';
import { CountrySelect } from '../../components/CountrySelect';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useT } from '../../i18n';
import { useExOptions } from './labels';

interface Props {
  query: VisitQuery;
  update: (patch: Record<string, string | number | boolean | undefined | null>) => void;
  reset: () => void;
}

export function VisitFilters({ query, update, reset }: Props) {
  const t = useT();
  const opts = useExOptions();
  const [q, setQ] = useState(query.q ?? '');
  useEffect(() => setQ(query.q ?? ''), [query.q]);
  const full = { style: { width: '100%' } };
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="visit-filters">
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={8}>
          <Input.Search allowClear value={q} placeholder={t('ex.v.filterQ')} data-testid="filter-q"
            onChange={(e) => { setQ(e.target.value); if (!e.target.value) update({ q: undefined }); }}
            onSearch={(v) => update({ q: v.trim() || undefined })} />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Select {...full} allowClear placeholder={t('ex.v.f.type')} value={query.type} options={opts.visitTypes}
            onChange={(v) => update({ type: v })} data-testid="filter-type" />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Select {...full} allowClear placeholder={t('ex.v.f.status')} value={query.status} options={opts.visitStatuses}
            onChange={(v) => update({ status: v })} data-testid="filter-status" />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <CountrySelect {...full} placeholder={t('ex.v.f.countries')} value={query.country}
            onChange={(v) => update({ country: typeof v === 'string' ? v : undefined })} data-testid="filter-country" />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <DatePicker.RangePicker {...full} allowEmpty={[true, true]} data-testid="filter-dates"
            value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
            onChange={(v) => update({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })} />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <OrgTreeSelect {...full} placeholder={t('ex.localParty')} value={query.orgUnitId}
            onChange={(v) => update({ orgUnitId: v ?? undefined })} data-testid="filter-area" />
        </Col>
        <Col xs={24} md={12} xl={8} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Checkbox checked={query.archived === 'true'} onChange={(e) => update({ archived: e.target.checked ? 'true' : undefined })} data-testid="filter-archived">
            {t('ex.showArchived')}
          </Checkbox>
          <Button icon={<ClearOutlined />} onClick={reset} data-testid="filter-reset">{t('common.reset')}</Button>
        </Col>
      </Row>
    </Card>
  );
}
