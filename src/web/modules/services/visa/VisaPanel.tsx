import { useState } from 'react';
import { Button, Card, Dropdown, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import { LinkOutlined, MoreOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { VISA_PASSPORT_STATUS_LABELS, VISA_TYPE_LABELS } from '@shared/labels/services-visa';
import { useI18n } from '@web/ui/i18n';
import { ErrorResult } from '@web/ui/ResultPages';
import type { KindPanelProps } from '../kindPanels';
import { visaApi, type VisaPassport, type VisaStep } from './api';
import { VisaPassportModal } from './VisaPassportModal';
import { VisaStepModal } from './VisaStepModal';
import { VisaTripPicker } from './VisaTripPicker';

const STATUS_COLORS: Record<VisaPassport['status'], string> = {
  received: 'default',
  sent: 'processing',
  issued: 'success',
  refused: 'error',
  returned: 'cyan',
  not_accepted: 'warning',
};

/** The steps a passport's row offers, each shown only when the server says the caller may take it now. */
const STEPS: Array<{ step: VisaStep; can: keyof VisaPassport['can'] }> = [
  { step: 'send', can: 'send' },
  { step: 'result', can: 'result' },
  { step: 'return', can: 'return' },
  { step: 'notice', can: 'notice' },
  { step: 'not-accept', can: 'notAccept' },
  { step: 'archive', can: 'archive' },
];

function Progress({ p }: { p: VisaPassport }) {
  const { t } = useI18n();
  const lines = [
    p.noticedOn && t('svc.visa.noticedOn', { date: p.noticedOn, by: p.correctBy ?? '' }),
    p.correctedOn && t('svc.visa.correctedOn', { date: p.correctedOn }),
    p.sentOn && t('svc.visa.sentOn', { date: p.sentOn }),
    p.resultOn && t('svc.visa.resultOn', { date: p.resultOn }),
    p.returnedOn && t('svc.visa.returnedOn', { date: p.returnedOn, clerk: p.clerkName ?? '' }),
    p.notAcceptedReason,
    p.archiveReason,
  ].filter(Boolean);
  return (
    <Flex vertical>
      {lines.map((l) => (
        <Typography.Text key={l as string} type="secondary" style={{ fontSize: 12 }}>
          {l}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** The passports of a visa batch on the case page: each with its own steps to the embassy and back. */
export default function VisaPanel({ caseId, editable, onChanged }: KindPanelProps) {
  const { t, label } = useI18n();
  const qc = useQueryClient();
  const key = ['services', 'visa', caseId];
  const q = useQuery({ queryKey: key, queryFn: () => visaApi.list(caseId) });
  const [editing, setEditing] = useState<VisaPassport | 'new' | null>(null);
  const [stepping, setStepping] = useState<{ p: VisaPassport; step: VisaStep } | null>(null);
  const [picking, setPicking] = useState(false);
  const changed = async () => {
    await qc.invalidateQueries({ queryKey: key });
    onChanged();
  };
  if (q.isError) return <ErrorResult error={q.error} />;
  return (
    <Card
      className="section-card"
      title={t('svc.visa.title')}
      data-testid="visa-panel"
      extra={
        editable && (
          <Space>
            <Button icon={<LinkOutlined />} onClick={() => setPicking(true)} data-testid="visa-link-trip">
              {t('svc.visa.linkTrip')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="visa-add">
              {t('svc.visa.add')}
            </Button>
          </Space>
        )
      }>
      <Table<VisaPassport>
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('svc.visa.empty')} /> }}
        rowClassName={(p) => (p.archived ? 'muted' : '')}
        data-testid="visa-passports"
        columns={[
          { key: 'holder', title: t('svc.visa.col.holder'), render: (_, p) => (p.archived ? <s>{p.holderName}</s> : p.holderName) },
          { key: 'number', title: t('svc.visa.col.number'), dataIndex: 'passportNumber' },
          { key: 'country', title: t('svc.visa.col.country'), dataIndex: 'countryName' },
          { key: 'type', title: t('svc.visa.col.visaType'), render: (_, p) => label(VISA_TYPE_LABELS, p.visaType) },
          {
            key: 'status',
            title: t('svc.visa.col.status'),
            render: (_, p) => (
              <Space size={4} wrap>
                <Tag color={STATUS_COLORS[p.status]}>{label(VISA_PASSPORT_STATUS_LABELS, p.status)}</Tag>
                {p.travelApplicationId && <Tag icon={<LinkOutlined />}>{t('svc.visa.linked')}</Tag>}
              </Space>
            ),
          },
          { key: 'dates', title: t('svc.visa.col.dates'), render: (_, p) => <Progress p={p} /> },
          {
            key: 'actions',
            title: t('svc.visa.col.actions'),
            align: 'right',
            render: (_, p) => {
              const steps = STEPS.filter((s) => p.can[s.can]);
              const [first, ...more] = steps;
              return (
                <Space size={4}>
                  {p.can.update && (
                    <Button size="small" onClick={() => setEditing(p)}>
                      {t('svc.visa.edit')}
                    </Button>
                  )}
                  {first && (
                    <Button size="small" type="primary" ghost onClick={() => setStepping({ p, step: first.step })} data-testid={`visa-${first.step}-${p.id}`}>
                      {t(`svc.visa.step.${first.step}`)}
                    </Button>
                  )}
                  {more.length > 0 && (
                    <Dropdown
                      menu={{
                        items: more.map((s) => ({ key: s.step, label: t(`svc.visa.step.${s.step}`), danger: s.step === 'archive' || s.step === 'not-accept' })),
                        onClick: ({ key: step }) => setStepping({ p, step: step as VisaStep }),
                      }}>
                      <Button size="small" icon={<MoreOutlined />} />
                    </Dropdown>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {editing && <VisaPassportModal caseId={caseId} passport={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={changed} />}
      {stepping && <VisaStepModal caseId={caseId} passport={stepping.p} step={stepping.step} onClose={() => setStepping(null)} onSaved={changed} />}
      {picking && <VisaTripPicker caseId={caseId} onClose={() => setPicking(false)} onSaved={changed} />}
    </Card>
  );
}
