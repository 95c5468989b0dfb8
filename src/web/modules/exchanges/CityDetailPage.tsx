import { useParams } from 'react-router';
import { Alert, Card, Col, Descriptions, Row, Space, Table, Tag } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { CONTINENT_LABELS, PAIR_TIER_LABELS, RELATION_LABELS, foreignCityNames } from '@shared/labels/exchanges';
import { countryName } from '@shared/reference/countries';
import { citiesApi } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { daysUntil, fmtDateTime } from '@web/ui/format';
import { AttachmentsCard } from '@web/ui/Attachments';
import { CityHistory } from './CityHistory';
import { Muted } from '@web/ui/Muted';
import { PairStatusBadge, RelationTag, anniversaryLabel } from './labels';
import { ArchivedAlert, RecordActions } from './RecordActions';
import { useRecordDetail } from './useRecordDetail';

export default function CityDetailPage() {
  const { t, label, locale } = useI18n();
  const id = Number(useParams().id);
  const { data: c, blocked, ...detail } = useRecordDetail('cities', id, citiesApi.get);

  if (blocked || !c) return blocked;
  const f = (k: string) => t(`ex.c.f.${k}` as MessageKey);
  const days = daysUntil(c.nextAnniversary.date) ?? 0;
  const { main, other } = foreignCityNames(c, locale);
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="city-title">{main}</span>
            <span style={{ fontWeight: 400, color: 'rgba(0,0,0,.55)' }}>{other}</span>
            <Tag>{countryName(c.country, locale)}</Tag>
            <RelationTag type={c.relationType} />
            <span data-testid="city-status">
              <PairStatusBadge status={c.status} />
            </span>
          </Space>
        }
        sub={`${c.orgUnitName} · ${c.establishedOn} · ${t('ex.c.yearsN', { n: c.years })}`}
        extra={<RecordActions record={c} kind="cities" api={citiesApi} detail={detail} />}
      />
      <ArchivedAlert record={c} />
      {c.dormant && !c.archived && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="dormant-alert"
          title={`${t('ex.c.dormantTag')} · ${t('ex.c.col.lastExchange')}: ${c.lastExchangeOn ?? t('ex.c.never')}`}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" className="section-card" title={t('ex.c.s.pair')} data-testid="city-descriptions">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                {
                  key: 'country',
                  label: f('country'),
                  children: `${countryName(c.country, locale)}${c.continent ? ` · ${label(CONTINENT_LABELS, c.continent)}` : ''}`,
                },
                { key: 'province', label: f('provinceState'), children: <Muted>{c.provinceState}</Muted> },
                { key: 'local', label: t('ex.localParty'), children: c.orgUnitName },
                { key: 'type', label: f('relationType'), children: label(RELATION_LABELS, c.relationType) },
                { key: 'est', label: f('establishedOn'), children: `${c.establishedOn} · ${t('ex.c.yearsN', { n: c.years })}` },
                {
                  key: 'next',
                  label: t('ex.c.col.nextAnniversary'),
                  children: (
                    <Space size={4}>
                      <Tag color={days <= 90 ? 'gold' : 'blue'}>{anniversaryLabel(c.nextAnniversary.years, locale, t)}</Tag>
                      {c.nextAnniversary.date}
                    </Space>
                  ),
                },
                { key: 'doc', label: f('agreementDoc'), children: <Muted>{c.agreementDoc}</Muted> },
                { key: 'tier', label: f('tier'), children: <Muted>{label(PAIR_TIER_LABELS, c.tier)}</Muted> },
                { key: 'last', label: t('ex.c.col.lastExchange'), children: <Muted>{c.lastExchangeOn}</Muted> },
                {
                  key: 'industries',
                  label: f('industries'),
                  span: 'filled',
                  children: c.industries.length ? (
                    c.industries.map((i) => (
                      <Tag key={i} color="geekblue">
                        {i}
                      </Tag>
                    ))
                  ) : (
                    <Muted />
                  ),
                },
                { key: 'notes', label: f('notes'), span: 'filled', children: <Muted>{c.notes}</Muted> },
                { key: 'updated', label: t('ex.updatedAt'), children: fmtDateTime(c.updatedAt) },
              ]}
            />
          </Card>
          <Card size="small" className="section-card" title={t('ex.c.s.contacts')} data-testid="city-contacts">
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={false}
              dataSource={c.contacts}
              columns={(['name', 'title', 'phone', 'email'] as const).map((k) => ({
                key: k,
                title: t(`ex.c.contact.${k}`),
                render: (_: unknown, r: (typeof c.contacts)[number]) => <Muted>{r[k]}</Muted>,
              }))}
            />
          </Card>
          <AttachmentsCard recordPath={`/exchanges/cities/${c.id}`} canUpload={c.can.upload} />
        </Col>
        <Col xs={24} xl={9}>
          <CityHistory cityId={c.id} canAdd={c.can.addExchange} />
        </Col>
      </Row>
    </>
  );
}
