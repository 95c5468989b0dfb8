import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Col, DatePicker, Empty, Input, Row, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { EVENT_KINDS } from '../../../shared/contracts/exchanges';
import { eventsApi, type EventQuery, type ExEvent } from '../../api/exchanges';
import { PageHeader } from '../../components/PageHeader';
import { ErrorResult } from '../../components/ResultPages';
import { useI18n } from '../../i18n';
import { useCan } from '../../lib/session';
import { CountryList, EVENT_KIND_COLORS, useExOptions } from './labels';
import { num, oneOf, useUrlQuery, ymdParam } from './useUrlQuery';

function parse(get: (k: string) => string | undefined): EventQuery {
  return {
    q: get('q'), kind: oneOf(EVENT_KINDS, get('kind')), from: ymdParam(get('from')), to: ymdParam(get('to')),
    page: num(get('page')) ?? 1, pageSize: num(get('pageSize')) ?? 20,
  };
}

export default function EventsListPage() {
  const { t } = useI18n();
  const can = useCan();
  const nav = useNavigate();
  const opts = useExOptions();
  const { query, update, reset } = useUrlQuery(parse);
  const [q, setQ] = useState(query.q ?? '');
  useEffect(() => setQ(query.q ?? ''), [query.q]);
  const { data, isFetching, error, refetch } = useQuery({
    queryKey: ['exchanges', 'events', 'list', query], queryFn: () => eventsApi.list(query), placeholderData: keepPreviousData,
  });

  const columns: TableProps<ExEvent>['columns'] = [
    { key: 'dates', title: t('ex.v.col.dates'), width: 130, render: (_, e) => (
      <div><div>{e.startDate}</div>{e.endDate !== e.startDate && <Typography.Text type="secondary" style={{ fontSize: 12 }}>~ {e.endDate}</Typography.Text>}</div>
    ) },
    { key: 'kind', title: t('ex.e.f.kind'), render: (_, e) => <Tag color={EVENT_KIND_COLORS[e.kind]}>{t(`ex.eventKind.${e.kind}`)}</Tag> },
    { key: 'name', title: t('ex.e.f.name'), render: (_, e) => (
      <Link to={`/exchanges/events/${e.id}`} onClick={(ev) => ev.stopPropagation()} data-testid="event-link">
        {e.name}{e.archived && <Tag style={{ marginInlineStart: 6 }}>{t('ex.archived')}</Tag>}
      </Link>
    ) },
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
        extra={can('exchanges.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/exchanges/events/new')} data-testid="event-new">{t('ex.e.new')}</Button>
        )}
      />
      <Card size="small" style={{ marginBottom: 16 }} data-testid="event-filters">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10} xl={8}>
            <Input.Search allowClear value={q} placeholder={t('ex.e.filterQ')} data-testid="filter-q"
              onChange={(e) => { setQ(e.target.value); if (!e.target.value) update({ q: undefined }); }}
              onSearch={(v) => update({ q: v.trim() || undefined })} />
          </Col>
          <Col xs={24} md={6} xl={4}>
            <Select style={{ width: '100%' }} allowClear placeholder={t('ex.e.f.kind')} value={query.kind} options={opts.eventKinds}
              onChange={(v) => update({ kind: v })} data-testid="filter-kind" />
          </Col>
          <Col xs={24} md={8} xl={8}>
            <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} data-testid="filter-dates"
              value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
              onChange={(v) => update({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })} />
          </Col>
          <Col xs={24} xl={4} style={{ textAlign: 'right' }}>
            <Button icon={<ClearOutlined />} onClick={reset} data-testid="filter-reset">{t('common.reset')}</Button>
          </Col>
        </Row>
      </Card>
      {error && !data ? <ErrorResult error={error} onRetry={() => refetch()} /> : (
        <Table<ExEvent>
          rowKey="id" size="middle" data-testid="events-table" loading={isFetching} columns={columns} dataSource={data?.items ?? []}
          onRow={(e) => ({ onClick: () => nav(`/exchanges/events/${e.id}`), style: { cursor: 'pointer' }, 'data-testid': `event-row-${e.id}` } as React.HTMLAttributes<HTMLElement>)}
          locale={{ emptyText: <Empty description={t('ex.e.empty')} /> }}
          scroll={{ x: 1000 }}
          onChange={(p, _f, _s, extra) => { if (extra.action === 'paginate') update({ page: p.current, pageSize: p.pageSize }); }}
          pagination={{
            current: data?.page ?? query.page, pageSize: data?.pageSize ?? query.pageSize, total: data?.total ?? 0,
            showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (n) => t('common.total', { n }),
          }}
        />
      )}
    </>
  );
}
