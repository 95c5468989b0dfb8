import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '@web/ui/i18n';
import { today } from '@web/ui/format';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { visaApi, type VisaPassport, type VisaStep } from './api';

type Values = { on?: Dayjs; outcome?: 'issued' | 'refused'; note?: string; clerkName?: string; reason?: string };

/** One step of a passport: its date and what the step records (the result, who collected it, the reason). */
export function VisaStepModal({
  caseId,
  passport,
  step,
  onClose,
  onSaved,
}: {
  caseId: number;
  passport: VisaPassport;
  step: VisaStep;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useModalSubmit(form, ['on', 'outcome', 'note', 'clerkName', 'reason']);
  const dated = step === 'send' || step === 'result' || step === 'return';
  const submit = () =>
    run(async () => {
      const { on, ...v } = await form.validateFields();
      await visaApi.step(caseId, passport.id, step, { ...v, ...(on ? { on: on.format('YYYY-MM-DD') } : {}), version: passport.version });
      await onSaved();
      onClose();
    });
  return (
    <Modal
      open
      title={`${t(`svc.visa.step.${step}`)} · ${passport.holderName} ${passport.passportNumber}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={busy}
      okButtonProps={{ danger: step === 'archive' || step === 'not-accept', 'data-testid': 'visa-step-ok' } as never}
      destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ on: dayjs(today()), outcome: 'issued' }}>
        {dated && (
          <Form.Item name="on" label={t('svc.visa.f.on')}>
            <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today()} />
          </Form.Item>
        )}
        {step === 'result' && (
          <>
            <Form.Item name="outcome" label={t('svc.visa.f.outcome')}>
              <Radio.Group
                options={[
                  { value: 'issued', label: t('svc.visa.f.issued') },
                  { value: 'refused', label: t('svc.visa.f.refused') },
                ]}
              />
            </Form.Item>
            <Form.Item name="note" label={t('svc.visa.f.note')}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
        {step === 'return' && (
          <Form.Item name="clerkName" label={t('svc.visa.f.clerk')} rules={[{ required: true }]}>
            <Input maxLength={50} />
          </Form.Item>
        )}
        {step === 'notice' && (
          <Form.Item name="note" label={t('svc.visa.f.noticeNote')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
        {(step === 'archive' || step === 'not-accept') && (
          <Form.Item name="reason" label={t('svc.visa.f.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
