import { Col, Input, InputNumber, Select } from 'antd';
import type { ResidentQuery } from '@web/ui/api/endpoints';
import { CountrySelect } from '@web/ui/CountrySelect';
import { FilterCard, ResetButton, SearchFilter, fullWidth } from '@web/ui/FilterBar';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { VisaTypeSelect } from '@web/ui/VisaTypeSelect';
import { labelOptions } from '@shared/labels/labels';
import { RESIDENT_STATUS_FILTER_LABELS } from '@shared/labels/residents';
import { useI18n, useT, type MessageKey } from '@web/ui/i18n';
import { useCan } from '@web/ui/session';

interface Props {
  query: ResidentQuery;
  update: (patch: Partial<Record<keyof ResidentQuery, string | number | undefined | null>>) => void;
  reset: () => void;
}

/** "Within N days" filters (arrival, expiry): up to ten years. */
function DaysFilter({
  value,
  onChange,
  placeholder,
  testid,
}: {
  value?: number;
  onChange: (v: number | undefined) => void;
  placeholder: MessageKey;
  testid: string;
}) {
  const t = useT();
  return (
    <InputNumber
      {...fullWidth}
      min={0}
      max={3650}
      placeholder={t(placeholder)}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      suffix={t('common.days')}
      data-testid={testid}
    />
  );
}

export function ResidentFilters({ query, update, reset }: Props) {
  const { t, locale } = useI18n();
  const can = useCan();
  const nationalities = query.nationality ? query.nationality.split(',').filter(Boolean) : [];

  return (
    <FilterCard testid="resident-filters">
      <Col xs={24} md={12} xl={8}>
        <SearchFilter value={query.q} placeholder={t(can('residents.viewDocNumbers') ? 'res.filter.q' : 'res.filter.qName')} onSearch={(q) => update({ q })} />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <CountrySelect
          mode="multiple"
          maxTagCount="responsive"
          {...fullWidth}
          placeholder={t('res.filter.nationality')}
          value={nationalities}
          onChange={(v) => update({ nationality: (Array.isArray(v) ? v : v ? [v] : []).join(',') || undefined })}
          data-testid="filter-nationality"
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <OrgTreeSelect
          {...fullWidth}
          placeholder={t('res.filter.area')}
          value={query.orgUnitId}
          onChange={(v) => update({ orgUnitId: v ?? undefined })}
          data-testid="filter-area"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Select
          {...fullWidth}
          value={query.status ?? 'active'}
          onChange={(v) => update({ status: v })}
          data-testid="filter-status"
          options={labelOptions(RESIDENT_STATUS_FILTER_LABELS, locale)}
        />
      </Col>
      <Col xs={12} md={6} xl={5}>
        <VisaTypeSelect
          {...fullWidth}
          placeholder={t('res.filter.visaType')}
          value={query.visaType}
          onChange={(v) => update({ visaType: v ?? undefined })}
          data-testid="filter-visa-type"
        />
      </Col>
      <Col xs={12} md={6} xl={5}>
        <DaysFilter
          value={query.arrivedWithinDays}
          onChange={(v) => update({ arrivedWithinDays: v })}
          placeholder="res.filter.arrivedWithin"
          testid="filter-arrived-within"
        />
      </Col>
      <Col xs={12} md={6} xl={5}>
        <DaysFilter
          value={query.expiringWithinDays}
          onChange={(v) => update({ expiringWithinDays: v })}
          placeholder="res.filter.expiringWithin"
          testid="filter-expiring-within"
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
        <ResetButton iconOnly onClick={reset} />
      </Col>
    </FilterCard>
  );
}
