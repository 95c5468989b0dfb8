/** The period's figures as cards, each with last year's and the change: applied, approved, refused and cut. */
import type { ReactNode } from 'react';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  ScissorOutlined,
  TeamOutlined,
  UserDeleteOutlined,
} from '@ant-design/icons';
import { useI18n } from '@web/ui/i18n';
import { Yoy } from '@web/ui/Yoy';
import type { TravelStats } from './api';
import type { Pair } from './statsTypes';

function StatCard({ title, fig, unit, icon, color, testid }: { title: string; fig: Pair; unit: string; icon: ReactNode; color: string; testid: string }) {
  const { t } = useI18n();
  return (
    <Card className="stat-card" size="small" data-testid={testid}>
      <Flex justify="space-between" align="flex-start">
        <Statistic title={title} value={fig.now} suffix={<span style={{ fontSize: 14 }}>{unit}</span>} />
        <span style={{ fontSize: 24, color, opacity: 0.85 }}>{icon}</span>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('tro.st.lastYear', { n: fig.prev })}
        {fig.prev > 0 && (
          <>
            {' '}
            · {t('tro.st.yoy')} <Yoy now={fig.now} prev={fig.prev} testid={`${testid}-yoy`} />
          </>
        )}
      </Typography.Text>
    </Card>
  );
}

export function StatCards({ s }: { s: TravelStats }) {
  const { t } = useI18n();
  const B = t('tro.unitBatch');
  const P = t('tro.unitPersonTrip');
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={12} md={8} xl={4}>
        <StatCard
          testid="stat-applied-batches"
          title={t('tro.st.appliedBatches')}
          fig={s.applied.batches}
          unit={B}
          icon={<FileTextOutlined />}
          color="#1f5fbf"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <StatCard testid="stat-applied-people" title={t('tro.st.appliedPeople')} fig={s.applied.people} unit={P} icon={<TeamOutlined />} color="#1f5fbf" />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <StatCard
          testid="stat-approved-batches"
          title={t('tro.st.approvedBatches')}
          fig={s.approved.batches}
          unit={B}
          icon={<CheckCircleOutlined />}
          color="#389e0d"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <StatCard testid="stat-approved-people" title={t('tro.st.approvedPeople')} fig={s.approved.people} unit={P} icon={<TeamOutlined />} color="#389e0d" />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <StatCard
          testid="stat-refused-batches"
          title={t('tro.st.refusedBatches')}
          fig={s.refused.batches}
          unit={B}
          icon={<CloseCircleOutlined />}
          color="#cf1322"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <StatCard testid="stat-refused-people" title={t('tro.st.refusedPeople')} fig={s.refused.people} unit={P} icon={<TeamOutlined />} color="#cf1322" />
      </Col>
      <Col xs={24} md={8}>
        <StatCard testid="stat-shrunk-batches" title={t('tro.st.shrunkBatches')} fig={s.shrunk.batches} unit={B} icon={<ScissorOutlined />} color="#d46b08" />
      </Col>
      <Col xs={12} md={8}>
        <StatCard
          testid="stat-members-removed"
          title={t('tro.st.membersRemoved')}
          fig={s.shrunk.membersRemoved}
          unit={P}
          icon={<UserDeleteOutlined />}
          color="#d46b08"
        />
      </Col>
      <Col xs={12} md={8}>
        <StatCard
          testid="stat-days-cut"
          title={t('tro.st.daysCut')}
          fig={s.shrunk.daysCut}
          unit={t('common.days')}
          icon={<FieldTimeOutlined />}
          color="#d46b08"
        />
      </Col>
    </Row>
  );
}
