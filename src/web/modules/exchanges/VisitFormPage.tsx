import { Form } from 'antd';
import { visitsApi } from './api';
import { useT } from '@web/ui/i18n';
import { RecordFormShell } from './RecordForm';
import { useRecordEdit } from './useRecordEdit';
import { VisitFormSections } from './VisitFormSections';
import { VISIT_FORM_FIELDS, formToVisit, visitToForm, type VisitFormValues } from './visitFormModel';

export default function VisitFormPage() {
  const t = useT();
  const [form] = Form.useForm<VisitFormValues>();
  const {
    record: v,
    state,
    reload,
    blocked,
  } = useRecordEdit({
    kind: 'visits',
    api: visitsApi,
    form,
    fields: VISIT_FORM_FIELDS,
    toForm: visitToForm,
    toInput: formToVisit,
    skeletonRows: 12,
  });
  if (blocked) return blocked;
  return (
    <RecordFormShell<VisitFormValues>
      title={v ? t('ex.v.editTitle', { name: v.organisation }) : t('ex.v.newTitle')}
      form={form}
      testid="visit-form"
      saveTestid="visit-save"
      initialValues={{ type: 'government', status: 'planned', countries: [], programme: [], agreementsSigned: 0 }}
      state={state}
      onReload={reload}>
      <VisitFormSections cityLabel={v?.friendshipCityName} eventLabel={v?.eventName} />
    </RecordFormShell>
  );
}
