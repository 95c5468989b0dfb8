import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MOVEMENT_KINDS, type MovementKind } from '../../../shared/contracts/residents';
import { ApiError } from '../../api/client';
import { residentsApi, type Resident } from '../../api/endpoints';
import { applyFieldErrors, errorMessage, testIdProps } from '../../components/formErrors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useT } from '../../i18n';

interface ModalProps {
  resident: Resident;
  open: boolean;
  onClose: () => void;
  onDone: (r: Resident) => void;
  onConflict: () => void;
}

export function ArchiveModal({ resident, open, onClose, onDone, onConflict }: ModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      const r = await residentsApi.archive(resident.id, resident.version, reason.trim());
      message.success(t('res.detail.archived'));
      form.resetFields();
      onDone(r);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) onConflict();
      else {
        const rest = applyFieldErrors(form, e, ['reason']);
        setError(e instanceof ApiError && e.fields.length && !rest.length ? null : [errorMessage(e), ...rest].join('; '));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('res.detail.archiveTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}
      okButtonProps={{ danger: true, ...testIdProps<object>('archive-confirm') }} okText={t('res.detail.archive')} destroyOnHidden>
      <Alert type="info" showIcon title={t('res.detail.archiveHint')} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('res.f.archiveReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('res.detail.reasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount data-testid="archive-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface MovementForm {
  kind: MovementKind;
  occurredOn: Dayjs;
  toOrgUnitId?: number;
  addressBuilding?: string;
  addressRoom?: string;
  addressDetail?: string;
  arrivalPort?: string;
  note?: string;
}

export function MovementModal({ resident, open, onClose, onDone, onConflict }: ModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<MovementForm>();
  const kind = Form.useWatch('kind', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: MovementForm) => {
    setBusy(true);
    setError(null);
    try {
      const r = await residentsApi.addMovement(resident.id, {
        version: resident.version,
        kind: v.kind,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        toOrgUnitId: v.kind === 'address_change' ? v.toOrgUnitId : undefined,
        addressBuilding: v.kind === 'address_change' ? v.addressBuilding || null : null,
        addressRoom: v.kind === 'address_change' ? v.addressRoom || null : null,
        addressDetail: v.kind === 'address_change' ? v.addressDetail || null : null,
        arrivalPort: v.kind === 'arrival' ? v.arrivalPort || null : null,
        note: v.note || null,
      });
      message.success(t('res.detail.movementSaved'));
      form.resetFields();
      onDone(r);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) onConflict();
      else {
        const rest = applyFieldErrors(form, e, ['kind', 'occurredOn', 'toOrgUnitId', 'addressBuilding', 'addressRoom', 'addressDetail', 'arrivalPort', 'note']);
        setError(rest.length ? rest.join('; ') : errorMessage(e));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('res.detail.movementTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}
      okButtonProps={testIdProps('movement-confirm')} destroyOnHidden width={600}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<MovementForm> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'address_change', occurredOn: dayjs() }}>
        <Form.Item name="kind" label={t('res.detail.movementKind')} rules={[{ required: true }]}>
          <Select data-testid="movement-kind" options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`movement.${k}`) }))} />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('res.detail.occurredOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} data-testid="movement-date" />
        </Form.Item>
        {kind === 'address_change' && (
          <>
            <Form.Item name="toOrgUnitId" label={t('res.detail.toArea')} rules={[{ required: true, message: t('common.required') }]}>
              <OrgTreeSelect selectableKinds={['street', 'community']} placeholder={t('res.areaPlaceholder')} data-testid="movement-area" />
            </Form.Item>
            <Form.Item label={`${t('res.f.addressBuilding')} / ${t('res.f.addressRoom')}`} style={{ marginBottom: 0 }}>
              <Form.Item name="addressBuilding" style={{ display: 'inline-block', width: 'calc(50% - 4px)', marginInlineEnd: 8 }}><Input placeholder={t('res.f.addressBuilding')} /></Form.Item>
              <Form.Item name="addressRoom" style={{ display: 'inline-block', width: 'calc(50% - 4px)' }}><Input placeholder={t('res.f.addressRoom')} /></Form.Item>
            </Form.Item>
            <Form.Item name="addressDetail" label={t('res.f.addressDetail')}><Input data-testid="movement-address" /></Form.Item>
          </>
        )}
        {kind === 'arrival' && (
          <Form.Item name="arrivalPort" label={t('res.f.arrivalPort')}><Input /></Form.Item>
        )}
        <Form.Item name="note" label={t('res.detail.note')}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}
