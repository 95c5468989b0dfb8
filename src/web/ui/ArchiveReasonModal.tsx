/** The archive-with-reason dialog of residents, visits, events and friendship-city pairs. */
import { Alert, Form, Input, Modal } from 'antd';
import { useT, type MessageKey } from './i18n';
import { testIdProps } from './formErrors';
import { useModalSubmit } from './useModalSubmit';

/** Each module words the dialog in its own terms. */
export interface ArchiveTexts {
  title: MessageKey;
  hint: MessageKey;
  ok: MessageKey;
  reason: MessageKey;
  reasonRequired: MessageKey;
}

interface Props<R> {
  open: boolean;
  onClose: () => void;
  /** Calls the archive endpoint with the trimmed reason. */
  archive: (reason: string) => Promise<R>;
  onDone: (archived: R) => void;
  /** Errors that mean "someone else changed it": they open the caller's conflict dialog instead of the banner. */
  isConflict: (e: unknown) => boolean;
  onConflict: () => void;
  text: ArchiveTexts;
}

export function ArchiveReasonModal<R>({ open, onClose, archive, onDone, isConflict, onConflict, text }: Props<R>) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, error, run } = useModalSubmit(form, ['reason']);
  const submit = ({ reason }: { reason: string }) =>
    run(
      async () => {
        const r = await archive(reason.trim());
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
      title={t(text.title)}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ danger: true, ...testIdProps<object>('archive-confirm') }}
      okText={t(text.ok)}
      destroyOnHidden>
      <Alert type="info" showIcon title={t(text.hint)} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t(text.reason)} rules={[{ required: true, whitespace: true, min: 2, message: t(text.reasonRequired) }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount data-testid="archive-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
