import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Badge, Calendar, Card, Col, Empty, List, Row, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { visitsApi, type Visit } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n } from '@web/ui/i18n';
import { dateRange, daysUntil, today } from '@web/ui/format';
import { CountryList, countryNames } from '@web/ui/CountryList';
import { VisitTypeTag } from './labels';

const STATUS_BADGE = { planned: 'processing', completed: 'success', cancelled: 'default' } as const;
const MAX_IN_CELL = 3;

function Upcoming() {
  const { t } = useI18n();
  const { data, isLoading } = useQuery({ queryKey: ['exchanges', 'visits', 'upcoming'], queryFn: () => visitsApi.upcoming(60) });
  const when = (v: Visit) => {
    const n = daysUntil(v.startDate) ?? 0;
    if (n <= 0) return <Tag color={v.startDate === today() ? 'red' : 'green'}>{v.startDate === today() ? t('ex.cal.today') : t('ex.cal.ongoing')}</Tag>;
    return <Tag color={n <= 7 ? 'orange' : 'blue'}>{t('ex.cal.inDays', { n })}</Tag>;
  };
  return (
    <Card size="small" title={t('ex.cal.upcoming')} data-testid="upcoming-visits">
      <List
        loading={isLoading}
        dataSource={data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ex.cal.noUpcoming')} /> }}
        renderItem={(v) => (
          <List.Item key={v.id} extra={when(v)} data-testid="upcoming-item">
            <List.Item.Meta
              title={<Link to={`/exchanges/visits/${v.id}`}>{v.organisation}</Link>}
              description={
                <Space size={4} wrap>
                  <span>{dateRange(v.startDate, v.endDate)}</span>
                  <VisitTypeTag type={v.type} />
                  <CountryList codes={v.countries} max={2} />
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

export default function CalendarPage() {
  const { t, locale } = useI18n();
  const nav = useNavigate();
  const [month, setMonth] = useState<Dayjs>(() => dayjs(today()));
  // The month grid shows days of the neighbouring months too.
  const from = month.startOf('month').startOf('week').subtract(1, 'day').format('YYYY-MM-DD');
  const to = month.endOf('month').endOf('week').add(1, 'day').format('YYYY-MM-DD');
  const { data, isFetching } = useQuery({
    queryKey: ['exchanges', 'visits', 'calendar', from, to],
    queryFn: () => visitsApi.list({ from, to, pageSize: 200 }),
  });
  const visits = data?.items ?? [];

  const cell = (d: Dayjs) => {
    const day = d.format('YYYY-MM-DD');
    const on = visits.filter((v) => v.startDate <= day && v.endDate >= day);
    if (!on.length) return null;
    return (
      <ul className="ex-cal-list">
        {on.slice(0, MAX_IN_CELL).map((v) => (
          <li key={v.id}>
            <Tooltip title={`${v.organisation} · ${countryNames(v.countries, locale)} · ${v.peopleCount} ${t('common.people')}`}>
              <a
                className={`ex-cal-item ex-cal-${v.type}`}
                data-testid={`calendar-visit-${v.id}`}
                onClick={(e) => {
                  e.stopPropagation();
                  nav(`/exchanges/visits/${v.id}`);
                }}>
                <Badge
                  status={STATUS_BADGE[v.status]}
                  text={<span style={{ textDecoration: v.status === 'cancelled' ? 'line-through' : undefined }}>{v.organisation}</span>}
                />
              </a>
            </Tooltip>
          </li>
        ))}
        {on.length > MAX_IN_CELL && (
          <li>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('ex.cal.more', { n: on.length - MAX_IN_CELL })}
            </Typography.Text>
          </li>
        )}
      </ul>
    );
  };

  return (
    <>
      <PageHeader title={t('ex.cal.title')} extra={isFetching ? <Spin size="small" /> : null} />
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <Card size="small" className="section-card" data-testid="calendar">
            <Calendar
              value={month}
              onPanelChange={(d) => setMonth(d)}
              onChange={(d) => setMonth(d)}
              cellRender={(d, info) => (info.type === 'date' ? cell(d) : info.originNode)}
            />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Upcoming />
        </Col>
      </Row>
    </>
  );
}
