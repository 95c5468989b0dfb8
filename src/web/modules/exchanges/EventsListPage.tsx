import { Link, useNavigate } from 'react-router';
import { Button, Col, Space, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { EVENT_KINDS } from '@shared/contracts/exchanges';
import { eventsApi, type EventQuery, type ExEvent } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { DateRangeFilter, FilterCard, ResetButton, SearchFilter, SelectFilter } from '@web/ui/FilterBar';
import { PagedTable } from '@web/ui/PagedTable';
import { useI18n } from '@web/ui/i18n';
import { useCan } from '@web/ui/session';
import { CountryList } from '@web/ui/CountryList';
import { EventKindTag, useExOptions } from './labels';
import { num, oneOf, useUrlQuery, ymdParam } from '@web/ui/useUrlQuery';

function parse(get: (k: string) => string | undefined): EventQuery {
  return {
    q: get('q'),
    kind: oneOf(EVENT_KINDS, get('kind')),
    from: ymdParam(get('from')),
    to: ymdParam(get('to')),
    page: num(get('page')) ?? 1,
    pageSize: num(get('pageSize')) ?? 20,
  };
}

export default function EventsListPage() {
  const { t } = useI18n();
  const can = useCan();
  const nav = useNavigate();
  const opts = useExOptions();
  const { query, update, reset } = useUrlQuery(parse);
  const list = useQuery({
    queryKey: ['exchanges', 'events', 'list', query],
    queryFn: () => eventsApi.list(query),
    placeholderData: keepPreviousData,
  });

  const columns: TableProps<ExEvent>['columns'] = [
    {
      key: 'dates',
      title: t('ex.v.col.dates'),
      width: 130,
      render: (_, e) => (
        <div>
          <div>{e.startDate}</div>
          {e.endDate !== e.startDate && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              ~ {e.endDate}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { key: 'kind', title: t('ex.e.f.kind'), render: (_, e) => <EventKindTag kind={e.kind} /> },
    {
      key: 'name',
      title: t('ex.e.f.name'),
      render: (_, e) => (
        <Link to={`/exchanges/events/${e.id}`} onClick={(ev) => ev.stopPropagation()} data-testid="event-link">
          {e.name}
          {e.archived && <Tag style={{ marginInlineStart: 6 }}>{t('ex.archived')}</Tag>}
        </Link>
      ),
    },
    { key: 'venue', title: t('ex.e.f.venue'), render: (_, e) => e.venue ?? <span className="muted">—</span> },
    { key: 'countries', title: t('ex.e.f.countries'), render: (_, e) => <CountryList codes={e.countries} /> },
    { key: 'guests', title: t('ex.e.f.guestsCount'), align: 'right', dataIndex: 'guestsCount' },
    { key: 'consuls', title: t('ex.e.f.consulsCount'), align: 'right', dataIndex: 'consulsCount' },
    { key: 'media', title: t('ex.e.f.mediaCount'), align: 'right', dataIndex: 'mediaCount' },
    { key: 'org', title: t('ex.localParty'), dataIndex: 'orgUnitName' },
  ];

  return (
    <>
      <PageHeader
        title={t('ex.e.title')}
        extra={
          <Space wrap>
            {can('exchanges.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/exchanges/events/new')} data-testid="event-new">
                {t('ex.e.new')}
              </Button>
            )}
            {can('exchanges.export') && (
              <Tooltip title={list.data ? t('ex.e.exportHint', { n: list.data.total }) : undefined}>
                <Button icon={<DownloadOutlined />} href={eventsApi.exportUrl(query)} data-testid="event-export">
                  {t('common.export')}
                </Button>
              </Tooltip>
            )}
          </Space>
        }
      />
      <FilterCard testid="event-filters">
        <Col xs={24} md={10} xl={8}>
          <SearchFilter value={query.q} placeholder={t('ex.e.filterQ')} onSearch={(q) => update({ q })} />
        </Col>
        <Col xs={24} md={6} xl={4}>
          <SelectFilter
            placeholder={t('ex.e.f.kind')}
            value={query.kind}
            options={opts.eventKinds}
            onChange={(v) => update({ kind: v })}
            testid="filter-kind"
          />
        </Col>
        <Col xs={24} md={8} xl={8}>
          <DateRangeFilter from={query.from} to={query.to} onChange={(from, to) => update({ from, to })} />
        </Col>
        <Col xs={24} xl={4} style={{ textAlign: 'right' }}>
          <ResetButton onClick={reset} />
        </Col>
      </FilterCard>
      <PagedTable<ExEvent>
        result={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page, pageSize) => update({ page, pageSize })}
        data-testid="events-table"
        columns={columns}
        scroll={{ x: 1000 }}
        empty={t('ex.e.empty')}
        rowHref={(e) => `/exchanges/events/${e.id}`}
        rowTestid={(e) => `event-row-${e.id}`}
      />
    </>
  );
}
