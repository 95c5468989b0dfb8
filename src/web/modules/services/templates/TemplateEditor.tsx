/** One template's editor: its title and text, the fields it may name beside it, save, reset to default, preview. */
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Popconfirm, Row, Space, Typography } from 'antd';
import { DownloadOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { TemplateField } from '@shared/contracts/services-templates';
import { LOCALE_LABELS } from '@shared/labels/platform';
import { TEMPLATE_KEY_LABELS } from '@shared/labels/services-templates';
import { labelOf, say } from '@shared/labels/labels';
import { ApiError } from '@web/ui/api/client';
import { applyFieldErrors, errorMessage } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { isConflict } from '@web/ui/RecordModals';
import { templatesApi, type Template } from './api';

interface Values {
  title: string;
  body: string;
}

function FieldList({ fields, onCopy }: { fields: TemplateField[]; onCopy: (text: string) => void }) {
  const { t, locale } = useI18n();
  return (
    <ul style={{ paddingLeft: 18, margin: 0 }}>
      {fields.map((f) => {
        const tag = f.item ? `{{#${f.name}}} … {{/${f.name}}}` : `{{${f.name}}}`;
        return (
          <li key={f.name} style={{ marginBottom: 4 }}>
            <Typography.Link code onClick={() => onCopy(tag)} data-testid={`template-field-${f.name}`}>
              {f.item ? `#${f.name}` : f.name}
            </Typography.Link>{' '}
            {say(f, locale)}
            {f.item && (
              <>
                <Typography.Text type="secondary"> — {t('svc.templates.listOf')}</Typography.Text>
                <FieldList fields={[{ name: 'no', zh: '序号', en: 'No.' }, ...f.item]} onCopy={onCopy} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function TemplateEditor({ template }: { template: Template }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = template.canEdit;
  const done = async (saved: Template, note: string) => {
    await qc.invalidateQueries({ queryKey: ['services', 'templates'] });
    form.setFieldsValue({ title: saved.title, body: saved.body });
    message.success(note);
  };
  const fail = (e: unknown) => {
    if (isConflict(e)) {
      setError(t('conflict.body'));
      void qc.invalidateQueries({ queryKey: ['services', 'templates'] });
      return;
    }
    const rest = applyFieldErrors(form, e, ['title', 'body']);
    setError(e instanceof ApiError && e.fields.length && !rest.length ? null : [errorMessage(e), ...rest].join('; '));
  };
  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await done(await templatesApi.save(template.key, template.locale, { ...v, version: template.version }), t('svc.templates.saved'));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const reset = async () => {
    setBusy(true);
    setError(null);
    try {
      await done(await templatesApi.reset(template.key, template.locale, template.version), t('svc.templates.wasReset'));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const copy = (text: string) => {
    void navigator.clipboard?.writeText(text);
    message.info(t('svc.templates.copied', { text }));
  };
  return (
    <Row gutter={16}>
      <Col xs={24} xl={16}>
        <Card
          size="small"
          title={`${labelOf(TEMPLATE_KEY_LABELS, template.key, locale)} · ${labelOf(LOCALE_LABELS, template.locale, locale)}`}
          data-testid="template-editor">
          {!editable && <Alert type="info" showIcon title={t('svc.templates.readOnly')} style={{ marginBottom: 12 }} />}
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="template-error" />}
          <Form<Values> form={form} layout="vertical" initialValues={{ title: template.title, body: template.body }} onFinish={save} disabled={!editable}>
            <Form.Item name="title" label={t('svc.templates.docTitle')} rules={[{ required: true, message: t('common.required') }]}>
              <Input maxLength={200} data-testid="template-title" />
            </Form.Item>
            <Form.Item
              name="body"
              label={t('svc.templates.body')}
              extra={t('svc.templates.syntax')}
              rules={[{ required: true, message: t('common.required') }]}>
              <Input.TextArea autoSize={{ minRows: 16, maxRows: 32 }} style={{ fontFamily: 'monospace' }} data-testid="template-body" />
            </Form.Item>
          </Form>
          <Space wrap>
            {editable && (
              <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={() => form.submit()} data-testid="template-save">
                {t('svc.templates.save')}
              </Button>
            )}
            {editable && template.edited && (
              <Popconfirm title={t('svc.templates.resetConfirm')} onConfirm={reset}>
                <Button icon={<UndoOutlined />} disabled={busy} data-testid="template-reset">
                  {t('svc.templates.reset')}
                </Button>
              </Popconfirm>
            )}
            <Button icon={<DownloadOutlined />} href={templatesApi.previewUrl(template.key, template.locale)} data-testid="template-preview">
              {t('svc.templates.preview')}
            </Button>
            <Typography.Text type="secondary">{t('svc.templates.previewHint')}</Typography.Text>
          </Space>
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title={t('svc.templates.fields')} extra={<Typography.Text type="secondary">{t('svc.templates.fieldsHint')}</Typography.Text>}>
          <FieldList fields={template.fields} onCopy={copy} />
        </Card>
      </Col>
    </Row>
  );
}
