import { Alert, Form, Input, Modal, Select } from 'antd';
import { VISA_TYPES } from '@shared/contracts/services-visa';
import { VISA_TYPE_LABELS } from '@shared/labels/services-visa';
import { CountrySelect } from '@web/ui/CountrySelect';
import { useI18n } from '@web/ui/i18n';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { visaApi, type VisaPassport, type VisaPassportInput } from './api';

const FIELDS = ['holderName', 'passportNumber', 'country', 'visaType', 'papers'];

/** Adds a passport to the batch, or edits one still at the window (an edit after a notice is its correction). */
export function VisaPassportModal({
  caseId,
  passport,
  onClose,
  onSaved,
}: {
  caseId: number;
  passport: VisaPassport | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<VisaPassportInput>();
  const { busy, error, run } = useModalSubmit(form, FIELDS);
  const submit = () =>
    run(async () => {
      const v = await form.validateFields();
      const links = passport ? { travelApplicationId: passport.travelApplicationId, travelPassportId: passport.travelPassportId } : {};
      if (passport) await visaApi.update(caseId, passport.id, { ...v, ...links, version: passport.version });
      else await visaApi.add(caseId, v);
      await onSaved();
      onClose();
    });
  return (
    <Modal open title={passport ? passport.holderName : t('svc.visa.add')} onCancel={onClose} onOk={submit} confirmLoading={busy} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={passport ?? { visaType: 'official' }} data-testid="visa-passport-form">
        <Form.Item name="holderName" label={t('svc.visa.col.holder')} rules={[{ required: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="passportNumber" label={t('svc.visa.col.number')} rules={[{ required: true }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="country" label={t('svc.visa.col.country')} rules={[{ required: true }]}>
          <CountrySelect />
        </Form.Item>
        <Form.Item name="visaType" label={t('svc.visa.col.visaType')}>
          <Select options={VISA_TYPES.map((v) => ({ value: v, label: label(VISA_TYPE_LABELS, v) }))} />
        </Form.Item>
        <Form.Item name="papers" label={t('svc.visa.papers')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
