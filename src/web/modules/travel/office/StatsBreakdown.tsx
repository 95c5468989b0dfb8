import { Card, Col, Empty, Row, Table } from 'antd';
import { CompareBars } from '@web/ui/charts';
import { useI18n } from '@web/ui/i18n';
import { Yoy } from '@web/ui/Yoy';
import type { Group, Metric, Pair } from './statsTypes';

/** The change against last year; a dash when there was nothing last year (the column beside says 0). */
const Change = ({ p }: { p: Pair }) => (p.prev === 0 ? <span className="muted">—</span> : <Yoy now={p.now} prev={p.prev} />);

function GroupTable({ rows, label, labelTitle, testid }: { rows: Group[]; label: (r: Group) => string; labelTitle: string; testid: string }) {
  const { t } = useI18n();
  return (
    <Table<Group>
      size="small"
      rowKey="key"
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      dataSource={rows}
      data-testid={testid}
      columns={[
        { key: 'label', title: labelTitle, render: (_, r) => label(r) },
        { key: 'b', title: t('tro.st.col.batches'), align: 'right', render: (_, r) => r.batches.now, sorter: (a, b) => a.batches.now - b.batches.now },
        { key: 'pb', title: t('tro.st.col.prev'), align: 'right', className: 'muted', render: (_, r) => r.batches.prev },
        { key: 'yb', title: t('tro.st.yoy'), align: 'right', render: (_, r) => <Change p={r.batches} /> },
        { key: 'p', title: t('tro.st.col.people'), align: 'right', render: (_, r) => r.people.now, sorter: (a, b) => a.people.now - b.people.now },
        { key: 'pp', title: t('tro.st.col.prev'), align: 'right', className: 'muted', render: (_, r) => r.people.prev },
        { key: 'yp', title: t('tro.st.yoy'), align: 'right', render: (_, r) => <Change p={r.people} /> },
      ]}
    />
  );
}

/** One breakdown: a chart of its first rows (this period against last year's) beside the table of all of them. */
export function Breakdown({
  title,
  rows,
  label,
  labelTitle,
  metric,
  testid,
  top,
}: {
  title: string;
  rows: Group[];
  label: (r: Group) => string;
  labelTitle: string;
  metric: Metric;
  testid: string;
  top?: number;
}) {
  const { t } = useI18n();
  const chartRows = top ? rows.slice(0, top) : rows;
  const unit = metric === 'batches' ? t('tro.unitBatch') : t('tro.unitPersonTrip');
  return (
    <Card className="section-card" title={title} data-testid={testid}>
      {rows.length ? (
        <Row gutter={24}>
          <Col xs={24} xl={11}>
            <CompareBars
              horizontal={chartRows.length > 6}
              categories={chartRows.map(label)}
              unit={unit}
              series={[
                { name: t('tro.st.thisPeriod'), data: chartRows.map((r) => r[metric].now) },
                { name: t('tro.st.prevPeriod'), data: chartRows.map((r) => r[metric].prev) },
              ]}
            />
          </Col>
          <Col xs={24} xl={13}>
            <GroupTable rows={rows} label={label} labelTitle={labelTitle} testid={`${testid}-table`} />
          </Col>
        </Row>
      ) : (
        <Empty />
      )}
    </Card>
  );
}
