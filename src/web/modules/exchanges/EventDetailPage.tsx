import { Link, useParams } from 'react-router';
import { Card, Col, Descriptions, Empty, List, Row, Space, Statistic, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { eventsApi, visitsApi, type Visit } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { dateRange, fmtDateTime } from '@web/ui/format';
import { AttachmentsCard } from '@web/ui/Attachments';
import { CountryList } from '@web/ui/CountryList';
import { Muted } from '@web/ui/Muted';
import { EventKindTag, VisitTypeTag } from './labels';
import { ArchivedAlert, RecordActions } from './RecordActions';
import { useRecordDetail } from './useRecordDetail';

/** The event's visits in one request (filtered by the event), not one request per visit. */
function LinkedVisits({ eventId, count }: { eventId: number; count: number }) {
  const { t } = useI18n();
  const { data, isLoading } = useQuery({
    queryKey: ['exchanges', 'visits', 'byEvent', eventId],
    queryFn: () => visitsApi.list({ eventId, pageSize: 200 }),
    enabled: count > 0,
  });
  const visits: Visit[] = data?.items ?? [];
  return (
    <Card size="small" className="section-card" title={t('ex.e.linkedVisits')} data-testid="event-visits">
      <List
        loading={isLoading && count > 0}
        dataSource={visits}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ex.e.noLinkedVisits')} /> }}
        renderItem={(v) => (
          <List.Item key={v.id}>
            <List.Item.Meta
              title={
                <Link to={`/exchanges/visits/${v.id}`} data-testid="event-visit-link">
                  {v.organisation}
                </Link>
              }
              description={
                <Space size={4} wrap>
                  <VisitTypeTag type={v.type} />
                  <span>{dateRange(v.startDate, v.endDate)}</span>
                  <span>
                    · {v.peopleCount} {t('common.people')}
                  </span>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

export default function EventDetailPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const { data: e, blocked, ...detail } = useRecordDetail('events', id, eventsApi.get);

  if (blocked || !e) return blocked;
  const f = (k: string) => t(`ex.e.f.${k}` as MessageKey);
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="event-title">{e.name}</span>
            <EventKindTag kind={e.kind} />
          </Space>
        }
        sub={`${dateRange(e.startDate, e.endDate)} · ${e.orgUnitName}`}
        extra={<RecordActions record={e} kind="events" api={eventsApi} detail={detail} />}
      />
      <ArchivedAlert record={e} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(['guestsCount', 'consulsCount', 'mediaCount', 'agreementsSigned'] as const).map((k) => (
          <Col key={k} xs={12} md={6}>
            <Card size="small" className="stat-card">
              <Statistic title={f(k)} value={e[k]} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card size="small" className="section-card" title={t('ex.e.s.basic')} data-testid="event-descriptions">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                { key: 'dates', label: f('dates'), children: dateRange(e.startDate, e.endDate) },
                { key: 'venue', label: f('venue'), children: <Muted>{e.venue}</Muted> },
                { key: 'org', label: t('ex.localParty'), children: e.orgUnitName },
                { key: 'countries', label: f('countries'), children: <CountryList codes={e.countries} max={12} /> },
                {
                  key: 'outlets',
                  label: f('mediaOutlets'),
                  span: 'filled',
                  children: e.mediaOutlets.length ? e.mediaOutlets.map((m) => <Tag key={m}>{m}</Tag>) : <Muted />,
                },
                { key: 'notes', label: f('notes'), span: 'filled', children: <Muted>{e.notes}</Muted> },
                { key: 'updated', label: t('ex.updatedAt'), children: fmtDateTime(e.updatedAt) },
              ]}
            />
          </Card>
          <LinkedVisits eventId={e.id} count={e.visitIds.length} />
        </Col>
        <Col xs={24} xl={8}>
          <AttachmentsCard recordPath={`/exchanges/events/${e.id}`} canUpload={e.can.upload} />
        </Col>
      </Row>
    </>
  );
}
