/** The steps the caller may take now (the case's `can`), each with its dialog: the reason, the missing items, the days. */
import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Space } from 'antd';
import type { CaseAction, CaseStep } from '@shared/contracts/services-cases';
import { errorMessage } from '@web/ui/formErrors';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { casesApi, type CaseDetail } from './api';

interface StepSpec {
  step: CaseStep;
  action: CaseAction;
  primary?: boolean;
  danger?: boolean;
  fields?: 'reason' | 'optionalReason' | 'notice' | 'extend';
}

const STEPS: StepSpec[] = [
  { step: 'submit', action: 'submit', primary: true },
  { step: 'accept', action: 'accept', primary: true },
  { step: 'answer', action: 'answer', primary: true },
  { step: 'issue', action: 'issue', primary: true },
  { step: 'approve-extension', action: 'approveExtension', primary: true },
  { step: 'notice', action: 'notice', fields: 'notice' },
  { step: 'assign', action: 'assign' },
  { step: 'extend', action: 'extend', fields: 'extend' },
  { step: 'close', action: 'close' },
  { step: 'refuse', action: 'refuse', danger: true, fields: 'reason' },
  { step: 'withdraw', action: 'withdraw', danger: true, fields: 'optionalReason' },
];

const stepKey = (step: CaseStep) => `svc.cases.step.${step}` as MessageKey;

export function StepButtons({ detail, onDone }: { detail: CaseDetail; onDone: (d: CaseDetail) => void }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<StepSpec | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const shown = STEPS.filter((s) => detail.can[s.action]);
  if (!shown.length) return null;

  const submit = async () => {
    if (!open) return;
    const values = (await form.validateFields()) as Record<string, unknown>;
    setBusy(true);
    setError(null);
    try {
      const body = { version: detail.case.version, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) };
      onDone(await casesApi.step(detail.case.id, open.step, body));
      setOpen(null);
      form.resetFields();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('svc.cases.reasonRequired') };
  return (
    <>
      <Space wrap data-testid="case-steps">
        {shown.map((s) => (
          <Button key={s.step} type={s.primary ? 'primary' : 'default'} danger={s.danger} onClick={() => setOpen(s)} data-testid={`step-${s.step}`}>
            {t(stepKey(s.step))}
          </Button>
        ))}
      </Space>
      <Modal
        open={!!open}
        title={open ? t(stepKey(open.step)) : ''}
        onOk={submit}
        confirmLoading={busy}
        onCancel={() => setOpen(null)}
        okText={t('svc.cases.confirm')}
        okButtonProps={{ danger: open?.danger, 'data-testid': 'step-confirm' } as never}
        destroyOnHidden>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" preserve={false}>
          {open?.fields === 'notice' && (
            <>
              <Form.Item name="missingItemIds" label={t('svc.cases.notice.items')}>
                <Checkbox.Group
                  style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                  options={detail.checklist.filter((i) => !i.archived).map((i) => ({ value: i.id, label: locale === 'en-US' ? i.nameEn : i.nameZh }))}
                />
              </Form.Item>
              <Form.Item name="text" label={t('svc.cases.notice.text')}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </>
          )}
          {open?.fields === 'extend' && (
            <>
              <Form.Item name="days" label={t('svc.cases.extend.days')} rules={[{ required: true, message: t('svc.cases.extend.daysRequired') }]}>
                <InputNumber min={1} max={60} />
              </Form.Item>
              <Form.Item name="reason" label={t('svc.cases.reason')} rules={[required]}>
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            </>
          )}
          {(open?.fields === 'reason' || open?.fields === 'optionalReason') && (
            <Form.Item name="reason" label={t('svc.cases.reason')} rules={open.fields === 'reason' ? [required] : []}>
              <Input.TextArea rows={3} maxLength={1000} data-testid="step-reason" />
            </Form.Item>
          )}
          {!open?.fields && <p>{t('svc.cases.confirmStep')}</p>}
        </Form>
      </Modal>
    </>
  );
}
