/** The register of APEC cards (valid, expiring, cancelled) in the caller's scope, with its Excel export exactly as filtered. */
import { Button, Col, Space, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { CARD_LIST_STATES } from '@shared/contracts/services-apec';
import { PageHeader } from '@web/ui/PageHeader';
import { FilterCard, ResetButton, SearchFilter, SelectFilter } from '@web/ui/FilterBar';
import { PagedTable } from '@web/ui/PagedTable';
import { useI18n } from '@web/ui/i18n';
import { useCan } from '@web/ui/session';
import { num, oneOf, useUrlQuery } from '@web/ui/useUrlQuery';
import { apecApi, type ApecCard, type CardQuery } from './api';
import { CardActions, CardStateTags } from './CardActions';

function parse(get: (k: string) => string | undefined): CardQuery {
  return {
    q: get('q'),
    state: oneOf(CARD_LIST_STATES, get('state')),
    unitId: num(get('unitId')),
    page: num(get('page')) ?? 1,
    pageSize: num(get('pageSize')) ?? 20,
  };
}

export default function CardsPage() {
  const { t } = useI18n();
  const can = useCan();
  const qc = useQueryClient();
  const { query, update, reset } = useUrlQuery(parse);
  const list = useQuery({ queryKey: ['services', 'apec', 'cards', query], queryFn: () => apecApi.cards(query), placeholderData: keepPreviousData });
  const changed = () => void qc.invalidateQueries({ queryKey: ['services', 'apec'] });
  const columns: TableProps<ApecCard>['columns'] = [
    { key: 'number', title: t('svc.apec.c.number'), dataIndex: 'number' },
    { key: 'holder', title: t('svc.apec.c.holder'), dataIndex: 'holderName' },
    { key: 'unit', title: t('svc.apec.c.unit'), dataIndex: 'unitName' },
    { key: 'passport', title: t('svc.apec.c.passport'), render: (_, c) => `${c.passportNumber} (${c.passportExpiry})` },
    { key: 'valid', title: t('svc.apec.c.validity'), render: (_, c) => `${c.validFrom} ~ ${c.validTo}` },
    { key: 'state', title: t('svc.apec.c.state'), render: (_, c) => <CardStateTags card={c} /> },
    { key: 'actions', title: '', render: (_, c) => <CardActions card={c} onChanged={changed} /> },
  ];
  return (
    <>
      <PageHeader
        title={t('svc.apec.cards.title')}
        extra={
          can('services.export') && (
            <Space>
              <Button icon={<DownloadOutlined />} href={apecApi.cardsExportUrl(query)} data-testid="apec-cards-export">
                {t('common.export')}
              </Button>
            </Space>
          )
        }
      />
      <FilterCard testid="apec-card-filters">
        <Col xs={24} md={10} xl={8}>
          <SearchFilter value={query.q} placeholder={t('svc.apec.cards.filterQ')} onSearch={(q) => update({ q })} />
        </Col>
        <Col xs={24} md={8} xl={6}>
          <SelectFilter
            placeholder={t('svc.apec.cards.state')}
            value={query.state}
            options={CARD_LIST_STATES.map((s) => ({ value: s, label: t(`svc.apec.cards.s.${s}` as const) }))}
            onChange={(v) => update({ state: v })}
            testid="apec-filter-state"
          />
        </Col>
        <Col xs={24} xl={10} style={{ textAlign: 'right' }}>
          <ResetButton onClick={reset} />
        </Col>
      </FilterCard>
      <PagedTable<ApecCard>
        result={list}
        page={query.page ?? 1}
        pageSize={query.pageSize ?? 20}
        onPage={(page, pageSize) => update({ page, pageSize })}
        rowKey="id"
        columns={columns}
        data-testid="apec-cards-table"
      />
    </>
  );
}
