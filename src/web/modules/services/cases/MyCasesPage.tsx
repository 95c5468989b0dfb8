/** A unit's own cases (its scope is the unit), with a new application of any kind. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Form, Input, Modal, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CaseKind } from '@shared/contracts/services';
import { CASE_KIND_LABELS } from '@shared/labels/services';
import { labelOptions } from '@shared/labels/labels';
import { PageHeader } from '@web/ui/PageHeader';
import { errorMessage } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { casesApi } from './api';
import { CaseList } from './CaseList';

export default function MyCasesPage() {
  const { t, locale } = useI18n();
  const nav = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ kind: CaseKind; title?: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const d = await casesApi.open(v.kind, v.title);
      nav(`/services/cases/${d.case.id}`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader
        title={t('svc.cases.mine.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="case-new">
            {t('svc.cases.new')}
          </Button>
        }
      />
      <CaseList tabs={[]} defaultView="all" />
      <Modal
        open={open}
        title={t('svc.cases.new')}
        onOk={submit}
        confirmLoading={busy}
        onCancel={() => setOpen(false)}
        okText={t('svc.cases.create')}
        okButtonProps={{ 'data-testid': 'case-new-create' } as never}>
        {error && <div className="form-error">{error}</div>}
        <Form form={form} layout="vertical">
          <Form.Item name="kind" label={t('svc.cases.col.kind')} rules={[{ required: true, message: t('svc.cases.kindRequired') }]}>
            <Select options={labelOptions(CASE_KIND_LABELS, locale)} data-testid="case-new-kind" />
          </Form.Item>
          <Form.Item name="title" label={t('svc.cases.f.title')}>
            <Input maxLength={200} data-testid="case-new-title" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
