/** Shared save logic and page frame of the visit, event and friendship-city forms. */
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Flex, Form, type FormInstance } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { ApiError } from '@web/ui/api/client';
import { applyNestedFieldErrors, errorMessage } from '@web/ui/formErrors';
import { PageHeader } from '@web/ui/PageHeader';
import { useT } from '@web/ui/i18n';
import { ConflictModal, isConflict } from '@web/ui/RecordModals';

/**
 * Sends the form; a stale version (409) opens the conflict dialog, server field messages go
 * beside their fields (`fields` = the form's top-level names) and the rest above the form.
 */
export interface SaveState<V> {
  submit: (values: V) => Promise<void>;
  saving: boolean;
  formError: string | null;
  clearError: () => void;
  conflict: boolean;
  setConflict: (open: boolean) => void;
}

export function useRecordSave<V, R>(form: FormInstance<V>, fields: string[], send: (values: V) => Promise<R>, onSaved: (r: R) => void): SaveState<V> {
  const t = useT();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const submit = async (values: V) => {
    setSaving(true);
    setFormError(null);
    try {
      const saved = await send(values);
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      if (isConflict(e)) setConflict(true);
      else {
        const rest = applyNestedFieldErrors(form, e, fields);
        setFormError(e instanceof ApiError && e.fields.length ? [e.message, ...rest].join('；') : errorMessage(e));
        message.error(errorMessage(e));
        const first = e instanceof ApiError ? e.fields.map((f) => f.path.split('.')[0]).find((p) => p && fields.includes(p)) : undefined;
        if (first) form.scrollToField(first, { block: 'center' });
        else window.scrollTo({ top: 0 });
      }
    } finally {
      setSaving(false);
    }
  };
  return { submit, saving, formError, clearError: () => setFormError(null), conflict, setConflict };
}

interface ShellProps<V> {
  title: ReactNode;
  form: FormInstance<V>;
  testid: string;
  saveTestid: string;
  initialValues?: Partial<V>;
  state: SaveState<V>;
  onReload: () => void;
  children: ReactNode;
}

export function RecordFormShell<V>({ title, form, testid, saveTestid, initialValues, state, onReload, children }: ShellProps<V>) {
  const t = useT();
  const nav = useNavigate();
  const { message } = App.useApp();
  return (
    <>
      <PageHeader title={title} />
      {state.formError && (
        <Alert type="error" showIcon title={state.formError} style={{ marginBottom: 16 }} data-testid="form-error" closable={{ onClose: state.clearError }} />
      )}
      {/* Enter in a text box confirms that box (a typed date, a tag) instead of submitting the whole form. */}
      <div
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
        }}>
        <Form<V>
          form={form}
          layout="vertical"
          data-testid={testid}
          initialValues={initialValues}
          onFinish={state.submit}
          onFinishFailed={() => message.error(t('common.fixErrors'))}
          scrollToFirstError>
          {children}
          <Flex gap={8} justify="flex-end" style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: '#f3f5f9', zIndex: 5 }}>
            <Button onClick={() => nav(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={state.saving} data-testid={saveTestid}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      </div>
      <ConflictModal
        open={state.conflict}
        onClose={() => state.setConflict(false)}
        onReload={() => {
          state.setConflict(false);
          onReload();
        }}
      />
    </>
  );
}
