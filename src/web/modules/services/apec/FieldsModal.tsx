/**
 * The small forms of the APEC pages (an applicant, the Ministry's decision, a card, a cancellation, custody) as
 * one dialog built from a list of fields, so each action states only its fields; dates travel as 'YYYY-MM-DD'.
 */
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { useModalSubmit } from '@web/ui/useModalSubmit';

export type FieldSpec =
  | { name: string; label: MessageKey; kind: 'text' | 'date' | 'number' | 'textarea'; required?: boolean; extra?: ReactNode }
  | { name: string; label: MessageKey; kind: 'bool' }
  | { name: string; label: MessageKey; kind: 'select'; options: Array<{ value: string; label: string }>; required?: boolean; multiple?: boolean };

export type Values = Record<string, unknown>;

const toForm = (fields: FieldSpec[], v: Values) =>
  Object.fromEntries(fields.map((f) => [f.name, f.kind === 'date' && typeof v[f.name] === 'string' ? dayjs(v[f.name] as string) : v[f.name]]));
const fromForm = (fields: FieldSpec[], v: Values) =>
  Object.fromEntries(
    fields.map((f) => {
      const x = v[f.name];
      if (f.kind === 'date') return [f.name, x ? (x as Dayjs).format('YYYY-MM-DD') : null];
      if (f.kind === 'bool') return [f.name, !!x];
      if (f.kind === 'number') return [f.name, x ?? null];
      return [f.name, typeof x === 'string' && x.trim() === '' ? null : x];
    }),
  );

export function FieldsModal(props: {
  open: boolean;
  title: ReactNode;
  fields: FieldSpec[];
  initial?: Values;
  onSubmit: (values: Values) => Promise<unknown>;
  onClose: () => void;
  testid: string;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useModalSubmit(
    form,
    props.fields.map((f) => f.name),
  );
  const submit = () =>
    form.validateFields().then((v) =>
      run(async () => {
        await props.onSubmit(fromForm(props.fields, v));
        props.onClose();
      }),
    );
  return (
    <Modal
      open={props.open}
      title={props.title}
      onOk={submit}
      onCancel={props.onClose}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${props.testid}-ok` } as Record<`data-${string}`, string>}>
      <Form form={form} layout="vertical" initialValues={toForm(props.fields, props.initial ?? {})} preserve={false} data-testid={props.testid}>
        {props.fields.map((f) => {
          const rules = 'required' in f && f.required ? [{ required: true, message: t('common.required') }] : [];
          if (f.kind === 'bool')
            return (
              <Form.Item key={f.name} name={f.name} valuePropName="checked">
                <Checkbox data-testid={`${props.testid}-${f.name}`}>{t(f.label)}</Checkbox>
              </Form.Item>
            );
          return (
            <Form.Item key={f.name} name={f.name} label={t(f.label)} rules={rules} extra={'extra' in f ? f.extra : undefined}>
              {f.kind === 'date' ? (
                <DatePicker style={{ width: '100%' }} data-testid={`${props.testid}-${f.name}`} />
              ) : f.kind === 'number' ? (
                <InputNumber style={{ width: '100%' }} min={0} data-testid={`${props.testid}-${f.name}`} />
              ) : f.kind === 'select' ? (
                <Select options={f.options} mode={f.multiple ? 'multiple' : undefined} data-testid={`${props.testid}-${f.name}`} />
              ) : f.kind === 'textarea' ? (
                <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid={`${props.testid}-${f.name}`} />
              ) : (
                <Input maxLength={100} data-testid={`${props.testid}-${f.name}`} />
              )}
            </Form.Item>
          );
        })}
        {error && <Alert type="error" showIcon message={error} />}
      </Form>
    </Modal>
  );
}
