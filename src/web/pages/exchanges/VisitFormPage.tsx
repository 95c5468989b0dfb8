import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Form, Skeleton } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { visitsApi, type Visit } from '../../api/exchanges';
import { ErrorResult, NotFoundPage } from '../../components/ResultPages';
import { useT } from '../../i18n';
import { RecordFormShell, useRecordSave } from './RecordForm';
import { VisitFormSections } from './VisitFormSections';
import { VISIT_FORM_FIELDS, formToVisit, visitToForm, type VisitFormValues } from './visitFormModel';

export default function VisitFormPage() {
  const t = useT();
  const { id: idParam } = useParams();
  const id = idParam ? Number(idParam) : null;
  const nav = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<VisitFormValues>();
  const existing = useQuery({ queryKey: ['exchanges', 'visits', id], queryFn: () => visitsApi.get(id!), enabled: id != null });
  useEffect(() => {
    if (existing.data) form.setFieldsValue(visitToForm(existing.data));
  }, [existing.data, form]);

  const state = useRecordSave<VisitFormValues, Visit>(
    form,
    VISIT_FORM_FIELDS,
    (values) => {
      const input = formToVisit(values);
      return id != null && existing.data ? visitsApi.update(id, { ...input, version: existing.data.version }) : visitsApi.create(input);
    },
    (saved) => {
      qc.setQueryData(['exchanges', 'visits', saved.id], saved);
      qc.invalidateQueries({ queryKey: ['exchanges'], predicate: (q) => q.queryKey[2] !== saved.id });
      nav(`/exchanges/visits/${saved.id}`);
    },
  );

  const reload = async () => {
    const r = await existing.refetch();
    if (r.data) {
      form.resetFields();
      form.setFieldsValue(visitToForm(r.data));
    }
  };

  if (id != null) {
    if (existing.isLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
    if (existing.error instanceof ApiError && existing.error.status === 404) return <NotFoundPage message={t('ex.notFound')} />;
    if (existing.error) return <ErrorResult error={existing.error} onRetry={() => existing.refetch()} />;
  }
  const v = existing.data;
  return (
    <RecordFormShell<VisitFormValues>
      title={v ? t('ex.v.editTitle', { name: v.organisation }) : t('ex.v.newTitle')}
      form={form}
      testid="visit-form"
      saveTestid="visit-save"
      initialValues={{ type: 'government', status: 'planned', countries: [], programme: [], agreementsSigned: 0 }}
      state={state}
      onReload={reload}
    >
      <VisitFormSections cityLabel={v?.friendshipCityName} eventLabel={v?.eventName} />
    </RecordFormShell>
  );
}
