/** One applicant on the APEC panel: their record, what stops them, the Ministry's decision, the economies, the card. */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Image, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { errorMessage } from '@web/ui/formErrors';
import { APEC_CARD_FEE, MINISTRY_DECISIONS, type ApecApplicant, type EconomyStatus } from '@shared/contracts/services-apec';
import { APEC_ECONOMY_LABELS, ECONOMY_STATUS_LABELS, MINISTRY_DECISION_LABELS } from '@shared/labels/services-apec';
import { addDays, addMonths } from '@shared/reference/dates';
import { useI18n } from '@web/ui/i18n';
import { today } from '@web/ui/format';
import { apecApi, type ApecCase } from './api';
import { CardActions, CardStateTags } from './CardActions';
import { FieldsModal, type FieldSpec } from './FieldsModal';
import { APPLICANT_FIELDS } from './applicantFields';

type Open = 'edit' | 'remove' | 'ministry' | 'card' | null;
const ECONOMY_TAG: Record<EconomyStatus, string> = { pending: 'default', approved: 'green', refused: 'red' };

export function ApplicantCard({ data, a, onChanged }: { data: ApecCase; a: ApecApplicant; onChanged: () => void }) {
  const { t, label } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  const [grid, setGrid] = useState<Record<string, EconomyStatus>>({});
  const yes = (b: boolean) => t(b ? 'svc.apec.yes' : 'svc.apec.no');
  const approved = a.ministryDecision === 'approved';
  const fiveYears = addDays(addMonths(today(), 60), -1);
  const latest = fiveYears < a.passportExpiry ? fiveYears : a.passportExpiry;
  const changed = Object.keys(grid).length > 0;
  const ministryFields: FieldSpec[] = [
    {
      name: 'decision',
      label: 'svc.apec.m.decision',
      kind: 'select',
      required: true,
      options: MINISTRY_DECISIONS.map((d) => ({ value: d, label: label(MINISTRY_DECISION_LABELS, d) })),
    },
    { name: 'decidedOn', label: 'svc.apec.m.decidedOn', kind: 'date', required: true },
    { name: 'feePaidOn', label: 'svc.apec.m.feePaidOn', kind: 'date' },
    { name: 'feeAmount', label: 'svc.apec.m.feeAmount', kind: 'number', required: true },
  ];
  const cardFields: FieldSpec[] = [
    { name: 'number', label: 'svc.apec.c.number', kind: 'text', required: true },
    { name: 'validFrom', label: 'svc.apec.c.validFrom', kind: 'date', required: true },
    { name: 'validTo', label: 'svc.apec.c.validTo', kind: 'date', required: true, extra: t('svc.apec.c.latest', { date: latest }) },
  ];
  const { message } = App.useApp();
  const actions = (
    <Space size={4}>
      {data.can.editApplicants && (
        <>
          <Upload
            accept=".jpg,.jpeg,image/jpeg"
            showUploadList={false}
            customRequest={({ file }) => void apecApi.photo(data.caseId, a.id, file as File).then(onChanged, (e: unknown) => message.error(errorMessage(e)))}>
            <Button size="small" data-testid="apec-photo-upload">
              {t('svc.apec.photo.upload')}
            </Button>
          </Upload>
          <Button size="small" onClick={() => setOpen('edit')} data-testid="apec-applicant-edit">
            {t('svc.apec.applicant.edit')}
          </Button>
          <Button size="small" danger onClick={() => setOpen('remove')} data-testid="apec-applicant-remove">
            {t('svc.apec.applicant.remove')}
          </Button>
        </>
      )}
      {data.can.ministry && !a.cards.length && (
        <Button size="small" onClick={() => setOpen('ministry')} data-testid="apec-ministry">
          {t('svc.apec.ministry.record')}
        </Button>
      )}
      {data.can.cards && approved && !a.cards.length && (
        <Button size="small" type="primary" onClick={() => setOpen('card')} data-testid="apec-card-issue">
          {t('svc.apec.card.issue')}
        </Button>
      )}
    </Space>
  );
  return (
    <Card size="small" title={`${a.name} · ${a.post}`} extra={actions} data-testid="apec-applicant" style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', gap: 16 }}>
        {a.photoAttachmentId && (
          <Image
            src={apecApi.photoUrl(a.photoAttachmentId)}
            width={72}
            height={96}
            style={{ objectFit: 'cover', borderRadius: 4 }}
            alt={a.name}
            data-testid="apec-photo"
          />
        )}
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ flex: 1 }}>
          <Descriptions.Item label={t('svc.apec.a.idNumber')}>{a.idNumber}</Descriptions.Item>
          <Descriptions.Item label={t('svc.apec.a.passportNumber')}>{a.passportNumber}</Descriptions.Item>
          <Descriptions.Item label={t('svc.apec.a.passportExpiry')}>{a.passportExpiry}</Descriptions.Item>
          <Descriptions.Item label={t('svc.apec.a.socialInsurance6m')}>{yes(a.socialInsurance6m)}</Descriptions.Item>
          <Descriptions.Item label={t('svc.apec.a.noCriminalCertOn')}>{a.noCriminalCertOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('svc.apec.ministry')}>
            {a.ministryDecision ? (
              <Space size={4} wrap>
                <Tag color={approved ? 'green' : 'red'}>{label(MINISTRY_DECISION_LABELS, a.ministryDecision)}</Tag>
                <span>{a.ministryDecidedOn}</span>
                {a.feeAmount != null && (
                  <Typography.Text type="secondary">
                    ¥{a.feeAmount} {a.feePaidOn ?? ''}
                  </Typography.Text>
                )}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('svc.apec.ministry.pending')}</Typography.Text>
            )}
          </Descriptions.Item>
        </Descriptions>
      </div>
      {a.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message={t('svc.apec.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {a.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          data-testid="apec-problems"
        />
      )}
      {a.economies.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('svc.apec.economies')}</Typography.Text>
            <Typography.Text type="secondary">
              {t('svc.apec.economies.approved', { n: a.economies.filter((e) => e.status === 'approved').length, total: a.economies.length })}
            </Typography.Text>
            {data.can.cards && changed && (
              <Button
                size="small"
                type="primary"
                data-testid="apec-economies-save"
                onClick={async () => {
                  await apecApi.economies(data.caseId, a.id, {
                    version: a.version,
                    items: Object.entries(grid).map(([economy, status]) => ({
                      economy: economy as never,
                      status,
                      decidedOn: status === 'pending' ? null : today(),
                    })),
                  });
                  setGrid({});
                  onChanged();
                }}>
                {t('svc.apec.economies.save')}
              </Button>
            )}
          </Space>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', gap: 6 }} data-testid="apec-economies">
            {a.economies.map((e) => {
              const status = grid[e.economy] ?? e.status;
              return (
                <div
                  key={e.economy}
                  style={{
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'space-between',
                    gap: 6,
                    padding: '2px 8px',
                    border: '1px solid #f0f0f0',
                    borderRadius: 6,
                  }}>
                  <span>{label(APEC_ECONOMY_LABELS, e.economy)}</span>
                  {data.can.cards ? (
                    <Select
                      size="small"
                      variant="borderless"
                      value={status}
                      style={{ width: 96 }}
                      onChange={(v) => setGrid((g) => ({ ...g, [e.economy]: v }))}
                      options={(['pending', 'approved', 'refused'] as const).map((s) => ({ value: s, label: label(ECONOMY_STATUS_LABELS, s) }))}
                    />
                  ) : (
                    <Tag color={ECONOMY_TAG[status]}>{label(ECONOMY_STATUS_LABELS, status)}</Tag>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {a.cards.length > 0 && (
        <Table
          style={{ marginTop: 12 }}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={a.cards}
          data-testid="apec-cards"
          columns={[
            { key: 'number', title: t('svc.apec.c.number'), dataIndex: 'number' },
            { key: 'valid', title: t('svc.apec.c.validity'), render: (_, c) => `${c.validFrom} ~ ${c.validTo}` },
            { key: 'passport', title: t('svc.apec.c.passport'), dataIndex: 'passportNumber' },
            { key: 'state', title: t('svc.apec.c.state'), render: (_, c) => <CardStateTags card={c} /> },
            { key: 'actions', title: '', render: (_, c) => <CardActions card={c} onChanged={onChanged} /> },
          ]}
        />
      )}
      {open === 'edit' && (
        <FieldsModal
          open
          title={t('svc.apec.applicant.edit')}
          fields={APPLICANT_FIELDS}
          initial={a}
          onSubmit={async (v) => {
            await apecApi.updateApplicant(data.caseId, a.id, { ...v, version: a.version } as never);
            onChanged();
          }}
          onClose={() => setOpen(null)}
          testid="apec-applicant-form"
        />
      )}
      {open === 'remove' && (
        <FieldsModal
          open
          title={t('svc.apec.applicant.remove')}
          fields={[{ name: 'reason', label: 'svc.apec.applicant.removeReason', kind: 'textarea', required: true }]}
          onSubmit={async (v) => {
            await apecApi.archiveApplicant(data.caseId, a.id, { reason: String(v.reason ?? ''), version: a.version });
            onChanged();
          }}
          onClose={() => setOpen(null)}
          testid="apec-applicant-remove-form"
        />
      )}
      {open === 'ministry' && (
        <FieldsModal
          open
          title={t('svc.apec.ministry.record')}
          fields={ministryFields}
          initial={{
            decision: a.ministryDecision ?? 'approved',
            decidedOn: a.ministryDecidedOn ?? today(),
            feePaidOn: a.feePaidOn,
            feeAmount: a.feeAmount ?? APEC_CARD_FEE,
          }}
          onSubmit={async (v) => {
            await apecApi.ministry(data.caseId, a.id, { ...v, version: a.version } as never);
            onChanged();
          }}
          onClose={() => setOpen(null)}
          testid="apec-ministry-form"
        />
      )}
      {open === 'card' && (
        <FieldsModal
          open
          title={t('svc.apec.card.issue')}
          fields={cardFields}
          initial={{ validFrom: today(), validTo: latest }}
          onSubmit={async (v) => {
            await apecApi.issueCard(data.caseId, a.id, { ...v, version: a.version } as never);
            onChanged();
          }}
          onClose={() => setOpen(null)}
          testid="apec-card-form"
        />
      )}
    </Card>
  );
}
