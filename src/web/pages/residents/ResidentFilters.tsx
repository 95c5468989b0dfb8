import { useEffect, useState } from 'react';
import { Button, Card, Col, Input, InputNumber, Row, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import type { ResidentQuery } from '../../api/endpoints';
import { CountrySelect } from '../../components/CountrySelect';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { VisaTypeSelect } from '../../components/VisaTypeSelect';
import { useT } from '../../i18n';

interface Props {
  query: ResidentQuery;
  update: (patch: Partial<Record<keyof ResidentQuery, string | number | undefined | null>>) => void;
  reset: () => void;
}

export function ResidentFilters({ query, update, reset }: Props) {
  const t = useT();
  const [q, setQ] = useState(query.q ?? '');
  useEffect(() => setQ(query.q ?? ''), [query.q]);
  const nationalities = query.nationality ? query.nationality.split(',').filter(Boolean) : [];

  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="resident-filters">
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={8}>
          <Input.Search
            allowClear
            value={q}
            placeholder={t('res.filter.q')}
            onChange={(e) => {
              setQ(e.target.value);
              if (!e.target.value) update({ q: undefined });
            }}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            data-testid="filter-q"
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <CountrySelect
            mode="multiple"
            maxTagCount="responsive"
            style={{ width: '100%' }}
            placeholder={t('res.filter.nationality')}
            value={nationalities}
            onChange={(v) => update({ nationality: (Array.isArray(v) ? v : v ? [v] : []).join(',') || undefined })}
            data-testid="filter-nationality"
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <OrgTreeSelect
            style={{ width: '100%' }}
            placeholder={t('res.filter.area')}
            value={query.orgUnitId}
            onChange={(v) => update({ orgUnitId: v ?? undefined })}
            data-testid="filter-area"
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Select
            style={{ width: '100%' }}
            value={query.status ?? 'active'}
            onChange={(v) => update({ status: v })}
            data-testid="filter-status"
            options={(['active', 'departed', 'archived', 'all'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </Col>
        <Col xs={12} md={6} xl={5}>
          <VisaTypeSelect
            style={{ width: '100%' }}
            placeholder={t('res.filter.visaType')}
            value={query.visaType}
            onChange={(v) => update({ visaType: v ?? undefined })}
            data-testid="filter-visa-type"
          />
        </Col>
        <Col xs={12} md={6} xl={5}>
          <InputNumber
            style={{ width: '100%' }}
            min={0}
            max={3650}
            placeholder={t('res.filter.arrivedWithin')}
            value={query.arrivedWithinDays ?? null}
            onChange={(v) => update({ arrivedWithinDays: v ?? undefined })}
            suffix={t('common.days')}
            data-testid="filter-arrived-within"
          />
        </Col>
        <Col xs={12} md={6} xl={5}>
          <InputNumber
            style={{ width: '100%' }}
            min={0}
            max={3650}
            placeholder={t('res.filter.expiringWithin')}
            value={query.expiringWithinDays ?? null}
            onChange={(v) => update({ expiringWithinDays: v ?? undefined })}
            suffix={t('common.days')}
            data-testid="filter-expiring-within"
          />
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Input
            allowClear
            placeholder={t('res.filter.tag')}
            defaultValue={query.tag}
            key={query.tag ?? ''}
            onPressEnter={(e) => update({ tag: (e.target as HTMLInputElement).value.trim() || undefined })}
            onBlur={(e) => update({ tag: e.target.value.trim() || undefined })}
            style={{ width: 'calc(100% - 44px)', marginInlineEnd: 8 }}
            data-testid="filter-tag"
          />
          <Button icon={<ClearOutlined />} onClick={reset} title={t('common.reset')} data-testid="filter-reset" />
        </Col>
      </Row>
    </Card>
  );
}
