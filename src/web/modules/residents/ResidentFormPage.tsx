import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Flex, Form, Modal, Skeleton } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@web/ui/api/client';
import { residentsApi } from '@web/ui/api/endpoints';
import { applyFieldErrors, errorMessage } from '@web/ui/formErrors';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult, NotFoundPage } from '@web/ui/ResultPages';
import { useT } from '@web/ui/i18n';
import { FORM_FIELDS, toFormValues, toInput, type FormValues } from './formModel';
import { CHECK_TO_FIELD, MrzPaste, mrzDocType, type MrzOutcome } from './MrzPaste';
import { ResidentFormSections } from './ResidentFormSections';

export default function ResidentFormPage() {
  const t = useT();
  const { id: idParam } = useParams();
  const id = idParam ? Number(idParam) : null;
  const nav = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [mrzFlags, setMrzFlags] = useState<Record<string, string>>({});

  const existing = useQuery({ queryKey: ['residents', id], queryFn: () => residentsApi.get(id!), enabled: id != null });
  useEffect(() => {
    if (existing.data) form.setFieldsValue(toFormValues(existing.data));
  }, [existing.data, form]);

  const onMrz = ({ fields: f, badChecks }: MrzOutcome) => {
    const patch: Partial<FormValues> = {
      surname: f.surname,
      givenNames: f.givenNames,
      sex: f.sex,
      nationality: f.nationality,
      docType: mrzDocType(f),
      docNumber: f.documentNumber,
      docIssuingCountry: f.issuingState,
    };
    if (f.birthDate) patch.birthDate = dayjs(f.birthDate);
    if (f.expiryDate) patch.docExpiry = dayjs(f.expiryDate);
    form.setFieldsValue(patch);
    const flags: Record<string, string> = {};
    for (const c of badChecks) {
      const field = CHECK_TO_FIELD[c];
      if (!field) continue;
      const v = field === 'docNumber' ? f.documentNumber : field === 'birthDate' ? f.birthDate : f.expiryDate;
      flags[field] = (v ?? '').toUpperCase();
    }
    setMrzFlags(flags);
    const touched = ['docNumber', 'birthDate', 'docExpiry'];
    // Re-run the rules after the flags are in place so the wrong fields turn red now.
    setTimeout(() => form.validateFields(touched).catch(() => undefined), 0);
  };
  const onMrzCleared = () => {
    setMrzFlags({});
    setTimeout(() => form.validateFields(['docNumber', 'birthDate', 'docExpiry']).catch(() => undefined), 0);
  };

  const save = async (values: FormValues) => {
    setSaving(true);
    setFormError(null);
    try {
      const input = toInput(values);
      const saved =
        id != null && existing.data ? await residentsApi.update(id, { ...input, version: existing.data.version }) : await residentsApi.create(input);
      qc.setQueryData(['residents', saved.id], saved);
      qc.invalidateQueries({ queryKey: ['residents', 'list'] });
      qc.invalidateQueries({ queryKey: ['stats'] });
      message.success(t('common.saved'));
      nav(`/residents/${saved.id}`);
    } catch (e) {
      // A stale version; a duplicate document is also a 409 but goes beside its field like any other.
      if (e instanceof ApiError && e.code === 'err.conflict') {
        setConflict(true);
      } else {
        const rest = applyFieldErrors(form, e, FORM_FIELDS);
        setFormError(e instanceof ApiError && e.fields.length ? [e.message, ...rest].join('；') : errorMessage(e));
        message.error(errorMessage(e));
        const first = e instanceof ApiError ? e.fields.map((f) => f.path.split('.')[0]).find((p) => p && FORM_FIELDS.includes(p)) : undefined;
        if (first) form.scrollToField(first, { block: 'center' });
        else window.scrollTo({ top: 0 });
      }
    } finally {
      setSaving(false);
    }
  };

  const reload = async () => {
    setConflict(false);
    const r = await existing.refetch();
    if (r.data) {
      form.resetFields();
      form.setFieldsValue(toFormValues(r.data));
    }
  };

  if (id != null) {
    if (existing.isLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
    if (existing.error instanceof ApiError && existing.error.status === 404) return <NotFoundPage message={t('res.detail.notFound')} />;
    if (existing.error) return <ErrorResult error={existing.error} onRetry={() => existing.refetch()} />;
  }
  const r = existing.data;
  const title = r ? t('res.form.editTitle', { name: [r.surname, r.givenNames].filter(Boolean).join(' ') || r.nameZh || `#${r.id}` }) : t('res.form.newTitle');

  return (
    <>
      <PageHeader title={title} />
      {id == null && <MrzPaste onParsed={onMrz} onCleared={onMrzCleared} />}
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="form-error" closable={{ onClose: () => setFormError(null) }} />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        data-testid="resident-form"
        initialValues={{ docType: 'passport', accommodationRegistered: false, tags: [] }}
        onFinish={save}
        onFinishFailed={() => message.error(t('common.fixErrors'))}
        scrollToFirstError>
        <ResidentFormSections mrzFlags={mrzFlags} docNumberMasked={r?.docNumberMasked} />
        <Flex gap={8} justify="flex-end" style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: '#f3f5f9', zIndex: 5 }}>
          <Button onClick={() => nav(-1)}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving} data-testid="resident-save">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
      <Modal
        open={conflict}
        title={t('res.form.conflictTitle')}
        onCancel={() => setConflict(false)}
        data-testid="conflict-modal"
        footer={[
          <Button key="c" onClick={() => setConflict(false)}>
            {t('common.cancel')}
          </Button>,
          <Button key="r" type="primary" onClick={reload} data-testid="conflict-reload">
            {t('common.reloadLatest')}
          </Button>,
        ]}>
        <Alert type="warning" showIcon title={t('res.form.conflictBody')} />
      </Modal>
    </>
  );
}
