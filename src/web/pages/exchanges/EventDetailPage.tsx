import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Col, Descriptions, Empty, List, Row, Skeleton, Space, Statistic, Tag } from 'antd';
import { EditOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { eventsApi, visitsApi, type Visit } from '../../api/exchanges';
import { PageHeader } from '../../components/PageHeader';
import { ErrorResult, NotFoundPage } from '../../components/ResultPages';
import { useI18n, type MessageKey } from '../../i18n';
import { fmtDateTime } from '../../lib/format';
import { AttachmentsCard } from './Attachments';
import { CountryList, EVENT_KIND_COLORS, Muted, VisitTypeTag, dateRange } from './labels';
import { ArchiveReasonModal } from './RecordModals';
import { useRecordDetail } from './useRecordDetail';

function LinkedVisits({ ids }: { ids: number[] }) {
  const { t } = useI18n();
  const { data, isLoading } = useQuery({
    queryKey: ['exchanges', 'visits', 'byIds', ids],
    queryFn: () => Promise.all(ids.map((id) => visitsApi.get(id).catch(() => null))),
    enabled: ids.length > 0,
  });
  const visits = (data ?? []).filter((v): v is Visit => !!v);
  return (
    <Card size="small" className="section-card" title={t('ex.e.linkedVisits')} data-testid="event-visits">
      <List
        loading={isLoading && ids.length > 0}
        dataSource={visits}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ex.e.noLinkedVisits')} /> }}
        renderItem={(v) => (
          <List.Item key={v.id}>
            <List.Item.Meta
              title={<Link to={`/exchanges/visits/${v.id}`} data-testid="event-visit-link">{v.organisation}</Link>}
              description={<Space size={4} wrap><VisitTypeTag type={v.type} /><span>{dateRange(v.startDate, v.endDate)}</span><span>· {v.peopleCount} {t('dash.people')}</span></Space>}
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
  const nav = useNavigate();
  const { data: e, isLoading, error, refetch, archiving, setArchiving, archived, conflict, restore } = useRecordDetail('events', id, eventsApi.get);

  if (isLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage message={t('ex.notFound')} />;
  if (error || !e) return <ErrorResult error={error} onRetry={() => refetch()} />;
  const f = (k: string) => t(`ex.e.f.${k}` as MessageKey);
  return (
    <>
      <PageHeader
        title={<Space wrap><span data-testid="event-title">{e.name}</span><Tag color={EVENT_KIND_COLORS[e.kind]}>{t(`ex.eventKind.${e.kind}`)}</Tag></Space>}
        sub={`${dateRange(e.startDate, e.endDate)} · ${e.orgUnitName}`}
        extra={
          <>
            {e.can.update && !e.archived && <Button type="primary" icon={<EditOutlined />} onClick={() => nav(`/exchanges/events/${e.id}/edit`)} data-testid="event-edit">{t('common.edit')}</Button>}
            {e.can.restore && <Button icon={<UndoOutlined />} onClick={() => restore(() => eventsApi.restore(e.id, e.version))} data-testid="event-restore">{t('ex.restore')}</Button>}
            {e.can.archive && !e.archived && <Button danger icon={<InboxOutlined />} onClick={() => setArchiving(true)} data-testid="event-archive">{t('ex.archive')}</Button>}
          </>
        }
      />
      {e.archived && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('ex.archivedBecause', { reason: e.archiveReason ?? '' })} data-testid="archived-alert" />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(['guestsCount', 'consulsCount', 'mediaCount', 'agreementsSigned'] as const).map((k) => (
          <Col key={k} xs={12} md={6}><Card size="small" className="stat-card"><Statistic title={f(k)} value={e[k]} /></Card></Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card size="small" className="section-card" title={t('ex.e.s.basic')} data-testid="event-descriptions">
            <Descriptions column={{ xs: 1, md: 2 }} size="small" items={[
              { key: 'dates', label: f('dates'), children: dateRange(e.startDate, e.endDate) },
              { key: 'venue', label: f('venue'), children: <Muted>{e.venue}</Muted> },
              { key: 'org', label: t('ex.localParty'), children: e.orgUnitName },
              { key: 'countries', label: f('countries'), children: <CountryList codes={e.countries} max={12} /> },
              { key: 'outlets', label: f('mediaOutlets'), span: 'filled', children: e.mediaOutlets.length ? e.mediaOutlets.map((m) => <Tag key={m}>{m}</Tag>) : <Muted /> },
              { key: 'notes', label: f('notes'), span: 'filled', children: <Muted>{e.notes}</Muted> },
              { key: 'updated', label: t('ex.updatedAt'), children: fmtDateTime(e.updatedAt) },
            ]} />
          </Card>
          <LinkedVisits ids={e.visitIds} />
        </Col>
        <Col xs={24} xl={8}><AttachmentsCard owner="events" id={e.id} canUpload={e.can.update && !e.archived} /></Col>
      </Row>
      <ArchiveReasonModal open={archiving} onClose={() => setArchiving(false)} onDone={archived} onConflict={conflict}
        archive={(reason) => eventsApi.archive(e.id, e.version, reason)} />
    </>
  );
}
