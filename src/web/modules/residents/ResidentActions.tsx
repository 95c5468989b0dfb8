import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MovementKind } from '@shared/contracts/residents';
import { labelOptions } from '@shared/labels/labels';
import { MOVEMENT_KIND_LABELS } from '@shared/labels/residents';
import { ApiError } from '@web/ui/api/client';
import { residentsApi, type Resident } from '@web/ui/api/endpoints';
import { ArchiveReasonModal, type ArchiveTexts } from '@web/ui/ArchiveReasonModal';
import { errorMessage, testIdProps } from '@web/ui/formErrors';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { useI18n, useT } from '@web/ui/i18n';

interface ModalProps {
  resident: Resident;
  open: boolean;
  onClose: () => void;
  onDone: (r: Resident) => void;
  onConflict: () => void;
}

const ARCHIVE_TEXT: ArchiveTexts = {
  title: 'res.detail.archiveTitle',
  hint: 'res.detail.archiveHint',
  ok: 'res.detail.archive',
  reason: 'res.f.archiveReason',
  reasonRequired: 'res.detail.reasonRequired',
};
// Any 409 here is a stale version: residents have no separate "already archived" answer.
const isConflict = (e: unknown) => e instanceof ApiError && e.status === 409;

export function ArchiveModal({ resident, open, onClose, onDone, onConflict }: ModalProps) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <ArchiveReasonModal
      open={open}
      onClose={onClose}
      isConflict={isConflict}
      onConflict={onConflict}
      text={ARCHIVE_TEXT}
      archive={(reason) => residentsApi.archive(resident.id, resident.version, reason)}
      onDone={(r) => {
        message.success(t('res.detail.archived'));
        onDone(r);
      }}
    />
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

// The movement dialog's banner lists the messages no field took, else the error itself.
const movementBanner = (e: unknown, rest: string[]) => (rest.length ? rest.join('; ') : errorMessage(e));

export function MovementModal({ resident, open, onClose, onDone, onConflict }: ModalProps) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<MovementForm>();
  const kind = Form.useWatch('kind', form);
  const { busy, error, run } = useModalSubmit(
    form,
    ['kind', 'occurredOn', 'toOrgUnitId', 'addressBuilding', 'addressRoom', 'addressDetail', 'arrivalPort', 'note'],
    movementBanner,
  );
  const submit = (v: MovementForm) =>
    run(
      async () => {
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
      },
      (e) => {
        if (!isConflict(e)) return false;
        onConflict();
        return true;
      },
    );
  return (
    <Modal
      open={open}
      title={t('res.detail.movementTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={testIdProps('movement-confirm')}
      destroyOnHidden
      width={600}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<MovementForm> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'address_change', occurredOn: dayjs() }}>
        <Form.Item name="kind" label={t('res.detail.movementKind')} rules={[{ required: true }]}>
          <Select data-testid="movement-kind" options={labelOptions(MOVEMENT_KIND_LABELS, locale)} />
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
              <Form.Item name="addressBuilding" style={{ display: 'inline-block', width: 'calc(50% - 4px)', marginInlineEnd: 8 }}>
                <Input placeholder={t('res.f.addressBuilding')} />
              </Form.Item>
              <Form.Item name="addressRoom" style={{ display: 'inline-block', width: 'calc(50% - 4px)' }}>
                <Input placeholder={t('res.f.addressRoom')} />
              </Form.Item>
            </Form.Item>
            <Form.Item name="addressDetail" label={t('res.f.addressDetail')}>
              <Input data-testid="movement-address" />
            </Form.Item>
          </>
        )}
        {kind === 'arrival' && (
          <Form.Item name="arrivalPort" label={t('res.f.arrivalPort')}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('res.detail.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
