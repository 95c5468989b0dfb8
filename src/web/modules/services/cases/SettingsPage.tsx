/** The window's settings per kind: the limits (legal, promised, urgent, warning) with their source, and the checklist. */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CASE_KINDS, ORIGINAL_OR_COPY, type CaseKind } from '@shared/contracts/services';
import { FILE_TYPES } from '@shared/contracts/services-cases';
import { CASE_KIND_LABELS, ORIGINAL_OR_COPY_LABELS } from '@shared/labels/services';
import { labelOptions } from '@shared/labels/labels';
import { PageHeader } from '@web/ui/PageHeader';
import { errorMessage } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { casesApi, type ItemInput, type KindSettingsPage } from './api';

function Limits({ kind, page, onSaved }: { kind: CaseKind; page: KindSettingsPage; onSaved: (p: KindSettingsPage) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => form.setFieldsValue(page.settings), [form, page]);
  const save = async () => {
    const v = await form.validateFields();
    // The acceptance limit is the one stage the page edits; the other stages' limits are kept as they are.
    const { accept: _accept, ...otherStages } = page.settings.stageLimits;
    const accept = v.stageLimits?.accept as number | null | undefined;
    const stageLimits = accept ? { ...otherStages, accept } : otherStages;
    try {
      onSaved(
        await casesApi.saveSettings(kind, {
          ...v,
          stageLimits,
          urgentLimitDays: v.urgentLimitDays ?? null,
          source: v.source || null,
          version: page.settings.version,
        }),
      );
      setError(null);
      message.success(t('svc.cases.settings.saved'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const days = (name: string, labelKey: Parameters<typeof t>[0], optional = false) => (
    <Form.Item name={name} label={t(labelKey)} rules={optional ? [] : [{ required: true, message: t('svc.cases.settings.required') }]}>
      <InputNumber min={name === 'warningDays' ? 0 : 1} max={365} disabled={!page.canManage} />
    </Form.Item>
  );
  return (
    <Card size="small" title={t('svc.cases.settings.limits')} data-testid="settings-limits">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="inline" style={{ rowGap: 8 }}>
        {days('legalLimitDays', 'svc.cases.settings.legal')}
        {days('promisedLimitDays', 'svc.cases.settings.promised')}
        {days('urgentLimitDays', 'svc.cases.settings.urgent', true)}
        {days('warningDays', 'svc.cases.settings.warning')}
        <Form.Item name={['stageLimits', 'accept']} label={t('svc.cases.settings.acceptLimit')}>
          <InputNumber min={1} max={365} disabled={!page.canManage} data-testid="settings-accept-limit" />
        </Form.Item>
        <Form.Item name="source" label={t('svc.cases.settings.source')} style={{ minWidth: 420 }}>
          <Input.TextArea rows={2} maxLength={500} disabled={!page.canManage} />
        </Form.Item>
        {page.canManage && (
          <Form.Item>
            <Button type="primary" onClick={save} data-testid="settings-save">
              {t('svc.cases.settings.save')}
            </Button>
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}

function Checklist({ kind, page, onSaved }: { kind: CaseKind; page: KindSettingsPage; onSaved: (p: KindSettingsPage) => void }) {
  const { t, label, locale } = useI18n();
  const { message, modal } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<ItemInput>();
  const add = async () => {
    const v = await form.validateFields();
    try {
      onSaved(await casesApi.addItem(kind, { ...v, maxKb: v.maxKb ?? null, required: !!v.required }));
      setAdding(false);
      form.resetFields();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const archive = (id: number, version: number) => {
    let reason = '';
    modal.confirm({
      title: t('svc.cases.settings.archive'),
      content: <Input.TextArea rows={2} onChange={(e) => (reason = e.target.value)} placeholder={t('svc.cases.reason')} />,
      onOk: async () => {
        try {
          onSaved(await casesApi.archiveItem(id, version, reason));
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };
  type Row = KindSettingsPage['checklist'][number];
  return (
    <Card
      size="small"
      title={t('svc.cases.checklist.title')}
      extra={
        page.canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="item-add">
            {t('svc.cases.settings.addItem')}
          </Button>
        )
      }>
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={page.checklist}
        columns={[
          { key: 'name', title: t('svc.cases.checklist.item'), render: (_, i) => (locale === 'en-US' ? i.nameEn : i.nameZh) },
          { key: 'req', title: t('svc.cases.settings.requiredCol'), render: (_, i) => (i.required ? t('svc.cases.yes') : t('svc.cases.no')) },
          { key: 'oc', title: t('svc.cases.settings.originalOrCopy'), render: (_, i) => label(ORIGINAL_OR_COPY_LABELS, i.originalOrCopy) },
          { key: 'types', title: t('svc.cases.settings.fileTypes'), render: (_, i) => i.fileTypes.join(', ') || '—' },
          { key: 'kb', title: t('svc.cases.settings.maxKb'), render: (_, i) => i.maxKb ?? '—' },
          {
            key: 'act',
            title: '',
            render: (_, i) =>
              i.archived ? (
                <Tag>{t('svc.cases.settings.archived')}</Tag>
              ) : page.canManage ? (
                <Button size="small" type="link" danger onClick={() => archive(i.id, i.version)}>
                  {t('svc.cases.settings.archive')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal open={adding} title={t('svc.cases.settings.addItem')} onOk={add} onCancel={() => setAdding(false)}>
        <Form form={form} layout="vertical" initialValues={{ required: true, originalOrCopy: 'copy', fileTypes: ['jpg', 'pdf'] }}>
          <Form.Item name="nameZh" label={t('svc.cases.settings.nameZh')} rules={[{ required: true, message: t('svc.cases.settings.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('svc.cases.settings.nameEn')} rules={[{ required: true, message: t('svc.cases.settings.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="required" valuePropName="checked">
              <Checkbox>{t('svc.cases.settings.requiredCol')}</Checkbox>
            </Form.Item>
            <Form.Item name="originalOrCopy" label={t('svc.cases.settings.originalOrCopy')}>
              <Select style={{ width: 160 }} options={ORIGINAL_OR_COPY.map((v) => ({ value: v, label: label(ORIGINAL_OR_COPY_LABELS, v) }))} />
            </Form.Item>
            <Form.Item name="maxKb" label={t('svc.cases.settings.maxKb')}>
              <InputNumber min={1} max={51200} />
            </Form.Item>
          </Space>
          <Form.Item name="fileTypes" label={t('svc.cases.settings.fileTypes')}>
            <Select mode="multiple" options={FILE_TYPES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

export default function SettingsPage() {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<CaseKind>('invitation');
  const qc = useQueryClient();
  const key = ['services', 'settings', kind];
  const q = useQuery({ queryKey: key, queryFn: () => casesApi.settings(kind) });
  const saved = (p: KindSettingsPage) => qc.setQueryData(key, p);
  return (
    <>
      <PageHeader title={t('svc.cases.settings.title')} />
      <Tabs
        activeKey={kind}
        onChange={(k) => setKind(k as CaseKind)}
        items={labelOptions(CASE_KIND_LABELS, locale)
          .filter((o) => CASE_KINDS.includes(o.value))
          .map((o) => ({ key: o.value, label: o.label }))}
      />
      {q.data && (
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          <Limits kind={kind} page={q.data} onSaved={saved} />
          <Checklist kind={kind} page={q.data} onSaved={saved} />
        </Space>
      )}
    </>
  );
}
