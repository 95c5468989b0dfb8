/** New application and editing a draft or returned one, with the rules checked live as the form is filled in. */
import { useEffect } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Col, Flex, Form, Result, Row, Skeleton } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '@web/ui/api/client';
import { applicationsApi } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult, NotFoundPage } from '@web/ui/ResultPages';
import { useT } from '@web/ui/i18n';
import { ConflictModal } from '@web/ui/RecordModals';
import { BasicsSection } from './form/BasicsSection';
import { BudgetSection } from './form/BudgetSection';
import { CheckSummary } from './form/CheckSummary';
import { FindingsContext, groupByPath } from './form/findings';
import { INITIAL_VALUES, applicationToForm, fillLegEnds, type AppFormValues } from './form/formModel';
import { LegsSection } from './form/LegsSection';
import { MembersSection } from './form/MembersSection';
import { PublicitySection } from './form/PublicitySection';
import { useApplicationSave, type FormPageState } from './form/useApplicationSave';
import { useLiveCheck } from './form/useLiveCheck';

export default function ApplicationFormPage() {
  const t = useT();
  const nav = useNavigate();
  const { message } = App.useApp();
  const { id: idParam } = useParams();
  const id = idParam ? Number(idParam) : undefined;
  const state = useLocation().state as FormPageState | null;
  const [form] = Form.useForm<AppFormValues>();
  const existing = useQuery({ queryKey: ['travel', 'application', id], queryFn: () => applicationsApi.get(id!), enabled: id != null });
  const check = useLiveCheck(form, id);
  const { run: runCheck } = check;
  const saver = useApplicationSave(form, existing.data, () => void runCheck(), state?.submitError);

  // Load the record into the form (again after a save or a reload) and check it as it stands.
  useEffect(() => {
    if (!existing.data) return;
    form.setFieldsValue(applicationToForm(existing.data));
    void runCheck();
  }, [existing.data, form, runCheck]);

  if (id != null) {
    if (existing.isLoading) return <Skeleton active paragraph={{ rows: 16 }} />;
    if (existing.error instanceof ApiError && existing.error.status === 404) return <NotFoundPage message={t('tr.notFound')} />;
    if (existing.error || !existing.data) return <ErrorResult error={existing.error} onRetry={() => existing.refetch()} />;
    if (!existing.data.can.edit) {
      return (
        <Result
          status="warning"
          title={t('tr.form.notEditable')}
          data-testid="travel-not-editable"
          extra={
            <Button type="primary" onClick={() => nav(`/travel/applications/${id}`)}>
              {t('tr.form.toDetail')}
            </Button>
          }
        />
      );
    }
  }
  const a = existing.data;
  const reload = async () => {
    saver.setConflict(false);
    const r = await existing.refetch();
    if (r.data) {
      form.resetFields();
      form.setFieldsValue(applicationToForm(r.data));
    }
  };

  return (
    <>
      <PageHeader title={a ? t('tr.form.editTitle', { id: a.id }) : t('tr.form.newTitle')} sub={a ? a.task : t('tr.form.newSub')} />
      {saver.formError && (
        <Alert type="error" showIcon title={saver.formError} style={{ marginBottom: 16 }} data-testid="form-error" closable={{ onClose: saver.clearError }} />
      )}
      <FindingsContext.Provider value={groupByPath(check.findings)}>
        {/* Enter in a text box confirms that box (a typed date) instead of submitting the whole form. */}
        <div
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
          }}>
          <Form<AppFormValues>
            form={form}
            layout="vertical"
            data-testid="travel-form"
            initialValues={INITIAL_VALUES}
            onValuesChange={(changed: AppFormValues, values: AppFormValues) => {
              const legs = fillLegEnds(changed, values);
              if (legs) form.setFieldValue('legs', legs);
              check.schedule();
            }}
            onFinishFailed={() => message.error(t('common.fixErrors'))}
            scrollToFirstError>
            <Row gutter={16}>
              <Col xs={24} xl={17}>
                <BasicsSection orgUnitId={a?.orgUnitId} applicationId={a?.id} />
                <PublicitySection onChanged={check.schedule} />
                <LegsSection onChanged={check.schedule} />
                <MembersSection onChanged={check.schedule} />
                <BudgetSection onChanged={check.schedule} />
              </Col>
              <Col xs={24} xl={7}>
                <div style={{ position: 'sticky', top: 88 }}>
                  <CheckSummary check={check} />
                </div>
              </Col>
            </Row>
            <Flex gap={8} justify="flex-end" style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: '#f3f5f9', zIndex: 5 }}>
              <Button onClick={() => nav(-1)}>{t('common.cancel')}</Button>
              <Button
                icon={<SaveOutlined />}
                loading={saver.saving === 'draft'}
                disabled={!!saver.saving}
                onClick={() => void saver.save(false)}
                data-testid="travel-save">
                {t('tr.form.saveDraft')}
              </Button>
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={saver.saving === 'submit'}
                disabled={!!saver.saving}
                onClick={() => void saver.save(true)}
                data-testid="travel-submit">
                {t('tr.form.saveSubmit')}
              </Button>
            </Flex>
          </Form>
        </div>
      </FindingsContext.Provider>
      <ConflictModal open={saver.conflict} onClose={() => saver.setConflict(false)} onReload={() => void reload()} />
    </>
  );
}
