/** The register of Apostilles and legalizations issued, filtered as the URL says and downloaded exactly as filtered. */
import { Button, Col, Table, Typography, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { LEGALIZATION_ROUTES } from '@shared/contracts/services-legalization';
import { DOCUMENT_TYPE_LABELS, LEGALIZATION_ROUTE_LABELS } from '@shared/labels/services-legalization';
import { labelOptions } from '@shared/labels/labels';
import { countryName } from '@shared/reference/countries';
import { CountrySelect } from '@web/ui/CountrySelect';
import { DateRangeFilter, FilterCard, ResetButton, SearchFilter, SelectFilter, fullWidth } from '@web/ui/FilterBar';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n } from '@web/ui/i18n';
import { oneOf, useUrlQuery, ymdParam } from '@web/ui/useUrlQuery';
import { legalizationApi, type RegisterEntry, type RegisterQuery } from './api';

const parse = (get: (k: string) => string | undefined): Partial<RegisterQuery> => ({
  route: oneOf(LEGALIZATION_ROUTES, get('route')),
  from: ymdParam(get('from')),
  to: ymdParam(get('to')),
  country: get('country'),
  q: get('q'),
});

export default function RegisterPage() {
  const { t, label, locale } = useI18n();
  const { query, update, reset } = useUrlQuery(parse);
  const list = useQuery({
    queryKey: ['services', 'legalization', 'register', query],
    queryFn: () => legalizationApi.register(query),
    placeholderData: keepPreviousData,
  });

  const columns: TableProps<RegisterEntry>['columns'] = [
    { key: 'number', title: t('svc.legalization.col.number'), fixed: 'left', render: (_, r) => <Typography.Text code>{r.number}</Typography.Text> },
    { key: 'route', title: t('svc.legalization.col.route'), render: (_, r) => label(LEGALIZATION_ROUTE_LABELS, r.route) },
    { key: 'date', title: t('svc.legalization.register.date'), dataIndex: 'issuedOn', width: 110 },
    {
      key: 'signer',
      title: t('svc.legalization.register.signer'),
      render: (_, r) => (locale === 'en-US' ? `${r.signerName} (${r.signerCapacity})` : `${r.signerName}（${r.signerCapacity}）`),
    },
    { key: 'authority', title: t('svc.legalization.register.authority'), dataIndex: 'authority' },
    { key: 'case', title: t('svc.legalization.register.case'), dataIndex: 'caseNumber' },
    { key: 'applicant', title: t('svc.legalization.register.applicant'), dataIndex: 'applicantName' },
    { key: 'type', title: t('svc.legalization.col.docType'), render: (_, r) => label(DOCUMENT_TYPE_LABELS, r.docType) },
    { key: 'issuer', title: t('svc.legalization.col.issuer'), dataIndex: 'issuer' },
    { key: 'country', title: t('svc.legalization.col.country'), render: (_, r) => countryName(r.countryOfUse, locale) },
    { key: 'pieces', title: t('svc.legalization.col.pieces'), dataIndex: 'pieces', align: 'right' },
  ];

  return (
    <>
      <PageHeader
        title={t('svc.legalization.register.title')}
        extra={
          <Button icon={<DownloadOutlined />} href={legalizationApi.registerExportUrl(query)} data-testid="register-export">
            {t('svc.legalization.register.export')}
          </Button>
        }
      />
      <FilterCard testid="register-filters">
        <Col xs={24} md={8}>
          <SearchFilter value={query.q} placeholder={t('svc.legalization.register.search')} onSearch={(q) => update({ q })} />
        </Col>
        <Col xs={12} md={4}>
          <SelectFilter
            testid="filter-route"
            placeholder={t('svc.legalization.col.route')}
            value={query.route}
            options={labelOptions(LEGALIZATION_ROUTE_LABELS, locale)}
            onChange={(route) => update({ route })}
          />
        </Col>
        <Col xs={12} md={4}>
          <CountrySelect
            {...fullWidth}
            value={query.country}
            onChange={(country) => update({ country: country as string | undefined })}
            data-testid="filter-country"
          />
        </Col>
        <Col xs={18} md={6}>
          <DateRangeFilter from={query.from} to={query.to} onChange={(from, to) => update({ from, to })} />
        </Col>
        <Col xs={6} md={2}>
          <ResetButton iconOnly onClick={reset} />
        </Col>
      </FilterCard>
      <div data-testid="register-table">
        <Table<RegisterEntry>
          rowKey="number"
          size="small"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
        />
      </div>
    </>
  );
}
