/** The form of the unit's plan of a year: its items, its notes, and the save (a conflict offers a reload). */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useI18n } from '@web/ui/i18n';
import { fmtDateTime } from '@web/ui/format';
import { applyPathErrors } from '@web/ui/formErrors';
import { plansApi, type Plan } from './api';
import { bannerText, isConflict } from './common';
import { placePlanError, toBody, toValues, type ItemValues, type PlanValues } from './planFormModel';
import { PlanItemsTable } from './PlanItemsTable';
import { PlanTotals } from './PlanTotals';

export function PlanEditor({
  year,
  plan,
  reload,
  reloading,
  onSaved,
}: {
  year: number;
  plan: Plan | null;
  reload: () => void;
  reloading: boolean;
  onSaved: (p: Plan) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const items = Form.useWatch('items', form) as ItemValues[] | undefined;
  const editable = plan ? plan.can.update : true;
  const usedBy = useMemo(() => new Map((plan?.items ?? []).map((i) => [i.id, i.usedBy])), [plan]);

  const save = async () => {
    // The whole store, not onFinish's values: those leave out fields without an input, such as each row's id.
    const v = form.getFieldsValue(true) as PlanValues;
    setBusy(true);
    setError(null);
    setConflict(false);
    const body = toBody(v);
    try {
      const saved = plan ? await plansApi.update(plan.id, { ...body, version: plan.version }) : await plansApi.create({ ...body, year });
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      if (isConflict(e)) setConflict(true);
      else setError(bannerText(e, applyPathErrors(form, e, placePlanError)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<PlanValues> form={form} layout="vertical" initialValues={toValues(plan)} onFinish={save} disabled={!editable} data-testid="plan-form">
      {!plan && <Alert type="info" showIcon title={t('tro.plan.none', { year })} style={{ marginBottom: 16 }} data-testid="plan-missing" />}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={t('tro.conflict')}
          style={{ marginBottom: 16 }}
          data-testid="plan-conflict"
          action={
            <Button size="small" icon={<ReloadOutlined />} loading={reloading} onClick={reload} disabled={false} data-testid="plan-reload">
              {t('common.reload')}
            </Button>
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="plan-error" />}
      <PlanTotals items={items} plan={plan} />
      <Card className="section-card" title={t('tro.plan.items', { year })} size="small">
        <PlanItemsTable form={form} editable={editable} usedBy={usedBy} />
      </Card>
      <Card className="section-card" size="small">
        <Form.Item name="notes" label={t('tro.plan.notes')} style={{ marginBottom: editable ? 16 : 0 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} showCount data-testid="plan-notes" />
        </Form.Item>
        {editable && (
          <Space>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy} data-testid="plan-save">
              {plan ? t('common.save') : t('tro.plan.create')}
            </Button>
            {plan && <Typography.Text type="secondary">{t('tro.updatedAt', { at: fmtDateTime(plan.updatedAt) })}</Typography.Text>}
          </Space>
        )}
      </Card>
    </Form>
  );
}
