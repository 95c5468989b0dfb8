import { Link, useParams } from 'react-router';
import { Card, Col, Descriptions, Empty, Row, Space, Table, Typography } from 'antd';
import { visitsApi, type Visit } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { dateRange, fmtDateTime } from '@web/ui/format';
import { AttachmentsCard } from '@web/ui/Attachments';
import { CountryList } from '@web/ui/CountryList';
import { Muted } from '@web/ui/Muted';
import { VisitStatusBadge, VisitTypeTag } from './labels';
import { ArchivedAlert, RecordActions } from './RecordActions';
import { useRecordDetail } from './useRecordDetail';

function Programme({ v }: { v: Visit }) {
  const { t } = useI18n();
  const rows = [...v.programme].sort((a, b) => `${a.date} ${a.time ?? ''}`.localeCompare(`${b.date} ${b.time ?? ''}`));
  return (
    <Card size="small" className="section-card" title={t('ex.v.s.programme')} data-testid="visit-programme">
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ex.prog.empty')} /> }}
        columns={[
          {
            key: 'date',
            title: t('ex.prog.date'),
            width: 120,
            dataIndex: 'date',
            onCell: (r, i) => ({ rowSpan: i != null && i > 0 && rows[i - 1].date === r.date ? 0 : rows.filter((x) => x.date === r.date).length }),
          },
          { key: 'time', title: t('ex.prog.time'), width: 90, render: (_, r) => <Muted>{r.time}</Muted> },
          { key: 'item', title: t('ex.prog.item'), dataIndex: 'item' },
          { key: 'place', title: t('ex.prog.place'), render: (_, r) => <Muted>{r.place}</Muted> },
        ]}
      />
    </Card>
  );
}

export default function VisitDetailPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const { data: v, blocked, ...detail } = useRecordDetail('visits', id, visitsApi.get, 14);

  if (blocked || !v) return blocked;

  const f = (k: string) => t(`ex.v.f.${k}` as MessageKey);
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="visit-title">{v.organisation}</span>
            <VisitTypeTag type={v.type} />
            <span data-testid="visit-status">
              <VisitStatusBadge status={v.status} />
            </span>
          </Space>
        }
        sub={`${dateRange(v.startDate, v.endDate)} · ${v.orgUnitName}`}
        extra={<RecordActions record={v} kind="visits" api={visitsApi} detail={detail} />}
      />
      <ArchivedAlert record={v} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card size="small" className="section-card" title={t('ex.v.s.basic')} data-testid="visit-descriptions">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                { key: 'dates', label: f('dates'), children: dateRange(v.startDate, v.endDate) },
                { key: 'countries', label: f('countries'), children: <CountryList codes={v.countries} max={10} /> },
                { key: 'head', label: f('headName'), children: <Muted>{[v.headName, v.headTitle].filter(Boolean).join(' · ')}</Muted> },
                { key: 'rank', label: f('headRank'), children: <Muted>{v.headRank}</Muted> },
                { key: 'people', label: f('peopleCount'), children: `${v.peopleCount} ${t('common.people')}` },
                { key: 'org', label: f('orgUnitId'), children: v.orgUnitName },
                { key: 'host', label: f('hostUnit'), children: <Muted>{v.hostUnit}</Muted> },
                { key: 'leader', label: f('receivingLeader'), children: <Muted>{v.receivingLeader}</Muted> },
                { key: 'purpose', label: f('purpose'), span: 'filled', children: <Muted>{v.purpose}</Muted> },
                {
                  key: 'city',
                  label: f('friendshipCityId'),
                  children: v.friendshipCityId ? (
                    <Link to={`/exchanges/cities/${v.friendshipCityId}`} data-testid="visit-city-link">
                      {v.friendshipCityName}
                    </Link>
                  ) : (
                    <Muted />
                  ),
                },
                {
                  key: 'event',
                  label: f('eventId'),
                  children: v.eventId ? (
                    <Link to={`/exchanges/events/${v.eventId}`} data-testid="visit-event-link">
                      {v.eventName}
                    </Link>
                  ) : (
                    <Muted />
                  ),
                },
                { key: 'notes', label: f('notes'), span: 'filled', children: <Muted>{v.notes}</Muted> },
                { key: 'updated', label: t('ex.updatedAt'), children: fmtDateTime(v.updatedAt) },
              ]}
            />
          </Card>
          <Programme v={v} />
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" className="section-card" title={t('ex.v.s.outcomes')} data-testid="visit-outcomes">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('ex.v.agreements', { n: v.agreementsSigned })}
            </Typography.Title>
            {v.outcomes ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v.outcomes}</Typography.Paragraph> : <Muted />}
          </Card>
          <AttachmentsCard recordPath={`/exchanges/visits/${v.id}`} canUpload={v.can.upload} />
        </Col>
      </Row>
    </>
  );
}
