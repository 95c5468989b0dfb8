/**
 * The dialog of a workflow action with a few fields (review, leader decision, cancel, return from
 * the trip, passports, report). Its form lives and dies with the dialog, so each opening starts
 * from `initialValues`; server field messages go beside the fields, a stale version closes the
 * dialog and offers the latest state.
 */
import type { ReactNode } from 'react';
import { Alert, Button, Flex, Form, Modal } from 'antd';
import { ApiError } from '@web/ui/api/client';
import type { Application } from '../api';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { useT } from '@web/ui/i18n';
import { useApplicationUpdated } from './useApplicationUpdated';

interface FormProps<V> {
  /** Prefix of the test ids: `${testid}-form`, `${testid}-ok`. */
  testid: string;
  /** The application the action is for (its id for a conflict reload). */
  applicationId: number;
  /** The form's field names, for placing server field messages. */
  fields: string[];
  initialValues?: Partial<V>;
  send: (values: V) => Promise<Application>;
  okText?: string;
  danger?: boolean;
  /** Shown after success (defaults to "done"). */
  doneText?: string;
  children: ReactNode;
}

interface Props<V> extends FormProps<V> {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  width?: number;
}

export function ActionModal<V>({ open, onClose, title, width, ...form }: Props<V>) {
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden width={width}>
      <ActionForm<V> {...form} onClose={onClose} />
    </Modal>
  );
}

function ActionForm<V>({
  testid,
  applicationId,
  fields,
  initialValues,
  send,
  okText,
  danger,
  doneText,
  children,
  onClose,
}: FormProps<V> & { onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<V>();
  const { done, conflict } = useApplicationUpdated();
  const { busy, error, run } = useModalSubmit(form, fields);
  const submit = (values: V) =>
    run(
      async () => {
        const a = await send(values);
        done(a, doneText);
        onClose();
      },
      (e) => {
        if (!(e instanceof ApiError && e.status === 409)) return false;
        onClose();
        conflict(applicationId, e);
        return true;
      },
    );
  return (
    // Enter in a text box confirms that box (a typed date) instead of sending the action.
    <Form<V>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      data-testid={`${testid}-form`}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
      }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid={`${testid}-error`} />}
      {children}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" danger={danger} htmlType="submit" loading={busy} data-testid={`${testid}-ok`}>
          {okText ?? t('common.ok')}
        </Button>
      </Flex>
    </Form>
  );
}
