/** Archive-with-reason and "someone else changed it" dialogs shared by visits, events and pairs. */
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { ApiError } from '../../api/client';
import { applyFieldErrors, errorMessage, testIdProps } from '../../components/formErrors';
import { useT } from '../../i18n';

/** A stale version (not "already archived", which is also a 409). */
export const isConflict = (e: unknown) => e instanceof ApiError && e.status === 409 && e.code !== 'err.archived';

interface ArchiveProps {
  open: boolean;
  onClose: () => void;
  /** Calls the archive endpoint with the reason. */
  archive: (reason: string) => Promise<unknown>;
  onDone: () => void;
  onConflict: () => void;
}

export function ArchiveReasonModal({ open, onClose, archive, onDone, onConflict }: ArchiveProps) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      await archive(reason.trim());
      form.resetFields();
      onDone();
    } catch (e) {
      if (isConflict(e)) onConflict();
      else {
        const rest = applyFieldErrors(form, e, ['reason']);
        setError(e instanceof ApiError && e.fields.length && !rest.length ? null : [errorMessage(e), ...rest].join('; '));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('ex.archiveTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}
      okButtonProps={{ danger: true, ...testIdProps<object>('archive-confirm') }} okText={t('ex.archive')} destroyOnHidden>
      <Alert type="info" showIcon title={t('ex.archiveHint')} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('ex.archiveReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('err.reasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount data-testid="archive-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ConflictModal({ open, onClose, onReload }: { open: boolean; onClose: () => void; onReload: () => void }) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={t('ex.conflictTitle')}
      onCancel={onClose}
      footer={[
        <Button key="c" onClick={onClose}>{t('common.cancel')}</Button>,
        <Button key="r" type="primary" onClick={onReload} data-testid="conflict-reload">{t('res.form.reloadLatest')}</Button>,
      ]}
    >
      <div data-testid="conflict-modal"><Alert type="warning" showIcon title={t('ex.conflictBody')} /></div>
    </Modal>
  );
}
