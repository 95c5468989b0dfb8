/** The figures above the plan's items: what the form plans now, and how much of the saved plan applications use. */
import { Card, Col, Row, Statistic } from 'antd';
import { useI18n } from '@web/ui/i18n';
import type { Plan } from './api';
import { money } from './planFormat';
import type { ItemValues } from './planFormModel';

export function PlanTotals({ items, plan }: { items: ItemValues[] | undefined; plan: Plan | null }) {
  const { t, locale } = useI18n();
  const planned = (items ?? []).reduce<{ trips: number; people: number; budget: number }>(
    (s, i) => ({ trips: s.trips + 1, people: s.people + (i?.people ?? 0), budget: s.budget + (i?.budget ?? 0) }),
    { trips: 0, people: 0, budget: 0 },
  );
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="plan-totals">
      <Col xs={12} md={8} xl={4}>
        <Card size="small">
          <Statistic title={t('tro.plan.trips')} value={planned.trips} suffix={t('tro.unitBatch')} />
        </Card>
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Card size="small">
          <Statistic title={t('tro.plan.people')} value={planned.people} suffix={t('tro.unitPersonTrip')} />
        </Card>
      </Col>
      <Col xs={12} md={8} xl={6}>
        <Card size="small">
          <Statistic title={t('tro.plan.budget')} value={money(planned.budget, locale)} />
        </Card>
      </Col>
      <Col xs={12} md={8} xl={5}>
        <Card size="small">
          <Statistic title={t('tro.plan.usedTrips')} value={plan?.totals.usedTrips ?? 0} suffix={`/ ${plan?.totals.trips ?? 0}`} />
        </Card>
      </Col>
      <Col xs={12} md={8} xl={5}>
        <Card size="small">
          <Statistic title={t('tro.plan.usedPeople')} value={plan?.totals.usedPeople ?? 0} suffix={`/ ${plan?.totals.people ?? 0}`} />
        </Card>
      </Col>
    </Row>
  );
}
