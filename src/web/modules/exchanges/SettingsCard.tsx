/** The office's friendship-city target and dormancy threshold (GET/PUT /exchanges/settings). */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Skeleton } from 'antd';
import { SaveOutlined, SettingOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@web/ui/api/client';
import { exSettingsApi } from './api';
import { applyFieldErrors, errorMessage } from '@web/ui/formErrors';
import { useT } from '@web/ui/i18n';
import { isConflict } from '@web/ui/RecordModals';

interface Values {
  friendshipCityTarget: number | null;
  dormantYears: number;
}

export function SettingsCard({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data, isLoading, refetch } = useQuery({ queryKey: ['exchanges', 'settings'], queryFn: exSettingsApi.get });
  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);

  const save = async (v: Values) => {
    if (!data) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await exSettingsApi.save({ friendshipCityTarget: v.friendshipCityTarget ?? null, dormantYears: v.dormantYears, version: data.version });
      qc.setQueryData(['exchanges', 'settings'], saved);
      qc.invalidateQueries({ queryKey: ['exchanges', 'cities'] });
      message.success(t('common.saved'));
    } catch (e) {
      if (isConflict(e)) {
        setError(t('conflict.body'));
        refetch();
      } else {
        const rest = applyFieldErrors(form, e, ['friendshipCityTarget', 'dormantYears']);
        setError(e instanceof ApiError && e.fields.length && !rest.length ? null : [errorMessage(e), ...rest].join('; '));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      className="section-card"
      title={
        <>
          <SettingOutlined /> {t('ex.set.title')}
        </>
      }
      data-testid="settings-card">
      {isLoading ? (
        <Skeleton active />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={save} disabled={!canEdit}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form.Item name="friendshipCityTarget" label={t('ex.set.target')} extra={t('ex.set.targetHint')}>
            <InputNumber style={{ width: '100%' }} min={0} max={10000} precision={0} data-testid="settings-target" />
          </Form.Item>
          <Form.Item
            name="dormantYears"
            label={t('ex.set.dormantYears')}
            extra={t('ex.set.dormantHint')}
            rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber style={{ width: '100%' }} min={1} max={50} precision={0} data-testid="settings-dormant-years" />
          </Form.Item>
          {canEdit && (
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy} data-testid="settings-save">
              {t('common.save')}
            </Button>
          )}
        </Form>
      )}
    </Card>
  );
}
