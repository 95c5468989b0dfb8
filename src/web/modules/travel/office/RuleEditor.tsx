/**
 * The form of a rule version: a new version (starting from a copy of another version's parameters,
 * with its own effective date, document number and title) or an edit of an existing one.
 */
import { useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Divider, Drawer, Form, Input, Row, Space } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError } from '@web/ui/api/client';
import { useI18n } from '@web/ui/i18n';
import { ruleKindLabels } from '@shared/labels/travel';
import { applyPathErrors } from '@web/ui/formErrors';
import { rulesApi, type RuleInput, type RuleKind, type RuleVersion } from './api';
import { bannerText, isConflict } from './common';
import { ApprovalFields } from './RuleApprovalFields';
import { BudgetFields } from './RuleBudgetFields';
import { cleanParams, placeRuleError, startParams, type RuleValues } from './ruleFormModel';
import { LimitsFields } from './RuleLimitsFields';

export type EditorMode = { mode: 'new'; kind: RuleKind; from: RuleVersion | null } | { mode: 'edit'; kind: RuleKind; rule: RuleVersion };

export function RuleEditor({
  editor,
  onClose,
  onSaved,
  onStale,
}: {
  editor: EditorMode;
  onClose: () => void;
  onSaved: (r: RuleVersion) => void;
  onStale: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const { kind } = editor;
  const source = editor.mode === 'edit' ? editor.rule : editor.from;
  const initial: RuleValues =
    editor.mode === 'edit'
      ? {
          effectiveFrom: dayjs(editor.rule.effectiveFrom),
          documentNumber: editor.rule.documentNumber,
          title: editor.rule.title,
          params: startParams(kind, editor.rule),
        }
      : { params: startParams(kind, editor.from) };
  const req = { required: true, message: t('common.required') };

  const save = async () => {
    // The whole store: onFinish's values leave out the budget rows on other pages of the table.
    const v = form.getFieldsValue(true) as RuleValues;
    setBusy(true);
    setError(null);
    const head = { effectiveFrom: v.effectiveFrom!.format('YYYY-MM-DD'), documentNumber: (v.documentNumber ?? '').trim(), title: (v.title ?? '').trim() };
    const params = cleanParams(kind, v.params);
    try {
      const saved =
        editor.mode === 'edit'
          ? await rulesApi.update(editor.rule.id, { ...head, params, version: editor.rule.version })
          : await rulesApi.create({ kind, ...head, params } as RuleInput);
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      if (isConflict(e)) {
        setStale(true);
        onStale();
      } else if (e instanceof ApiError && e.status === 409) {
        // Another version of this kind already starts on that date.
        form.setFields([{ name: 'effectiveFrom', errors: [e.message] }]);
      } else {
        setError(bannerText(e, applyPathErrors(form, e, placeRuleError)));
      }
    } finally {
      setBusy(false);
    }
  };

  const title =
    editor.mode === 'edit' ? t('tro.rule.editTitle', { kind: label(ruleKindLabels, kind) }) : t('tro.rule.newTitle', { kind: label(ruleKindLabels, kind) });

  return (
    <Drawer
      open
      title={title}
      size={kind === 'budget' ? 1100 : 860}
      onClose={onClose}
      destroyOnHidden
      data-testid="rules-editor"
      footer={
        <Space>
          <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={stale} onClick={() => form.submit()} data-testid="rules-save">
            {t('common.save')}
          </Button>
          <Button onClick={onClose} data-testid="rules-cancel">
            {t('common.cancel')}
          </Button>
        </Space>
      }>
      {editor.mode === 'new' && source && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('tro.rule.copyFrom', { doc: source.documentNumber, date: source.effectiveFrom })} />
      )}
      {stale && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('tro.conflictReloaded')} data-testid="rules-stale" />}
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} data-testid="rules-error" />}
      <Form<RuleValues> form={form} layout="vertical" initialValues={initial} onFinish={save} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="effectiveFrom" label={t('tro.rule.effectiveFrom')} rules={[req]} extra={t('tro.rule.effectiveHint')}>
              <DatePicker style={{ width: '100%' }} data-testid="rules-effective-from" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="documentNumber" label={t('tro.rule.documentNumber')} rules={[req, { whitespace: true, min: 2, message: t('tro.rule.docRule') }]}>
              <Input maxLength={100} placeholder={t('tro.rule.docPh')} data-testid="rules-doc-number" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('tro.rule.titleLabel')} rules={[req, { whitespace: true, message: t('common.required') }]}>
          <Input maxLength={200} data-testid="rules-title" />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('tro.rule.params')}
        </Divider>
        {kind === 'limits' && <LimitsFields />}
        {kind === 'budget' && <BudgetFields />}
        {kind === 'approval' && <ApprovalFields />}
      </Form>
    </Drawer>
  );
}
