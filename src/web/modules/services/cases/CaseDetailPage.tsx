/** One case: its facts and clock, the steps the caller may take, its checklist, the kind's panel and its history. */
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { Alert, Card, Col, Descriptions, Row, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CASE_KIND_LABELS, CASE_STATUS_LABELS, URGENCY_LABELS } from '@shared/labels/services';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { KIND_PANELS } from '../kindPanels';
import { casesApi, type CaseDetail } from './api';
import { ChecklistCard } from './ChecklistCard';
import { SignalTag } from './SignalTag';
import { StepButtons } from './StepButtons';

function Forms({ d }: { d: CaseDetail }) {
  const { t } = useI18n();
  const base = `/api/services/cases/${d.case.id}/forms`;
  const links: Array<[string, MessageKey, boolean]> = [
    ['acceptance', 'svc.cases.form.acceptance', !!d.case.acceptedOn],
    ['notice', 'svc.cases.form.notice', d.events.some((e) => e.step === 'notice')],
    ['refusal', 'svc.cases.form.refusal', d.case.status === 'refused'],
  ];
  const shown = links.filter(([, , show]) => show);
  if (!shown.length) return null;
  return (
    <Space wrap>
      {shown.map(([form, key]) => (
        <a key={form} href={`${base}/${form}.docx`} data-testid={`form-${form}`}>
          <FileWordOutlined /> {t(key)}
        </a>
      ))}
    </Space>
  );
}

function History({ d }: { d: CaseDetail }) {
  const { t, label } = useI18n();
  return (
    <Card title={t('svc.cases.history')} size="small" data-testid="case-history">
      <Timeline
        items={d.events.map((e) => ({
          children: (
            <div>
              <Typography.Text strong>{t(`svc.cases.step.${e.step}` as MessageKey)}</Typography.Text>
              {e.toStatus && e.toStatus !== e.fromStatus && <Tag style={{ marginInlineStart: 8 }}>{label(CASE_STATUS_LABELS, e.toStatus)}</Tag>}
              <div>
                <Typography.Text type="secondary">
                  {e.onDate} · {e.actorName ?? '—'}
                </Typography.Text>
              </div>
              {e.reason && <div>{e.reason}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

export default function CaseDetailPage() {
  const { t, label } = useI18n();
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const key = ['services', 'cases', 'detail', id];
  const q = useQuery({ queryKey: key, queryFn: () => casesApi.get(id) });
  if (q.error) return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Spin />;
  const d = q.data;
  const c = d.case;
  const done = (next: CaseDetail) => {
    qc.setQueryData(key, next);
    void qc.invalidateQueries({ queryKey: ['services', 'cases', 'queue'] });
  };
  const Panel = KIND_PANELS[c.kind];
  return (
    <>
      <PageHeader title={`${label(CASE_KIND_LABELS, c.kind)}${c.number ? ` · ${c.number}` : ''}`} extra={<StepButtons detail={d} onDone={done} />} />
      {d.clock.calendarNotCovered && (
        <Alert type="warning" showIcon message={t('svc.cases.calendarMissing', { year: d.clock.calendarNotCovered })} style={{ marginBottom: 12 }} />
      )}
      {d.pendingExtension && (
        <Alert
          type="info"
          showIcon
          message={t('svc.cases.extensionPending', { days: d.pendingExtension.days })}
          description={d.pendingExtension.reason}
          style={{ marginBottom: 12 }}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space direction="vertical" style={{ width: '100%' }} size={16}>
            <Card size="small" data-testid="case-facts">
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={t('svc.cases.col.applicant')}>{c.applicantName}</Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.col.status')}>
                  <span data-testid="case-status">{label(CASE_STATUS_LABELS, c.status)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.f.title')}>{c.title ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.f.urgency')}>{label(URGENCY_LABELS, c.urgency)}</Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.f.contact')}>{[c.contactName, c.contactPhone].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.col.assignee')}>{c.assigneeName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.col.submitted')}>{c.submittedOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.f.accepted')}>{c.acceptedOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={d.clock.stage === 'accept' ? t('svc.cases.stage.accept') : t('svc.cases.col.due')}>
                  <span data-testid={`case-due-${d.clock.stage ?? 'none'}`}>{d.clock.dueOn ?? '—'}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.f.legalDue')}>{d.clock.legalDueOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.col.signal')}>
                  <SignalTag signal={d.clock.signal} left={d.clock.workingDaysLeft} />
                  {d.clock.onTime != null && <Tag color={d.clock.onTime ? 'green' : 'red'}>{t(d.clock.onTime ? 'svc.cases.onTime' : 'svc.cases.late')}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label={t('svc.cases.f.decided')}>{c.decidedOn ?? '—'}</Descriptions.Item>
              </Descriptions>
              <Forms d={d} />
            </Card>
            <Suspense fallback={<Spin />}>
              <Panel caseId={c.id} status={c.status} version={c.version} editable={d.can.edit} onChanged={() => void q.refetch()} />
            </Suspense>
            <ChecklistCard detail={d} onDone={done} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <History d={d} />
        </Col>
      </Row>
    </>
  );
}
