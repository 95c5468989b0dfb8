import { Card, Col, Empty, Row, Table } from 'antd';
import type { FiguresWithPrev } from '@shared/contracts/services-stats';
import { CASE_KIND_LABELS } from '@shared/labels/services';
import { useI18n } from '@web/ui/i18n';
import { Yoy } from '@web/ui/Yoy';
import type { ServiceStats } from './api';

type Row = FiguresWithPrev & { name: string; onTime?: number | null; days?: number | null };

function FigureTable({ rows, first, testid, timeliness }: { rows: Row[]; first: string; testid: string; timeliness?: boolean }) {
  const { t } = useI18n();
  return (
    <Table<Row>
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={rows}
      data-testid={testid}
      locale={{ emptyText: <Empty /> }}
      columns={[
        { key: 'name', title: first, dataIndex: 'name' },
        { key: 'cases', title: t('svc.stats.col.cases'), align: 'right', dataIndex: 'cases' },
        { key: 'pieces', title: t('svc.stats.col.pieces'), align: 'right', dataIndex: 'pieces' },
        { key: 'persons', title: t('svc.stats.col.persons'), align: 'right', dataIndex: 'persons' },
        { key: 'prev', title: t('svc.stats.col.prevCases'), align: 'right', dataIndex: 'prevCases', className: 'muted' },
        { key: 'yoy', title: t('svc.stats.col.yoy'), align: 'right', render: (_, r) => <Yoy now={r.cases} prev={r.prevCases} /> },
        ...(timeliness
          ? [
              {
                key: 'onTime',
                title: t('svc.stats.col.onTime'),
                align: 'right' as const,
                render: (_: unknown, r: Row) => (r.onTime == null ? '—' : `${r.onTime.toFixed(1)}%`),
              },
              {
                key: 'days',
                title: t('svc.stats.col.days'),
                align: 'right' as const,
                render: (_: unknown, r: Row) => (r.days == null ? '—' : r.days.toFixed(1)),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The figures by kind, by unit and by country, each against the same period last year. */
export function StatsTables({ s }: { s: ServiceStats }) {
  const { t, label } = useI18n();
  return (
    <>
      <Card className="section-card" title={t('svc.stats.byKind')}>
        <FigureTable
          testid="svc-stats-by-kind"
          first={t('svc.stats.col.kind')}
          timeliness
          rows={s.byKind.map((k) => ({ ...k, name: label(CASE_KIND_LABELS, k.kind), onTime: k.timeliness.onTimeShare, days: k.timeliness.avgWorkingDays }))}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card className="section-card" title={t('svc.stats.byUnit')}>
            <FigureTable testid="svc-stats-by-unit" first={t('svc.stats.col.unit')} rows={s.byUnit.map((u) => ({ ...u, name: u.unitName }))} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card className="section-card" title={t('svc.stats.byCountry')}>
            <FigureTable testid="svc-stats-by-country" first={t('svc.stats.col.country')} rows={s.byCountry.map((c) => ({ ...c, name: c.name }))} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
