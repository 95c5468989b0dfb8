import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { authApi } from '@web/ui/api/endpoints';
import { applyFieldErrors, errorMessage } from '@web/ui/formErrors';
import { LangSwitch } from '../LangSwitch';
import { PasswordStrength, passwordProblem } from '@web/ui/PasswordStrength';
import { useI18n } from '@web/ui/i18n';
import { useMe, useSession, useSetSession } from '@web/ui/session';
import { homePath } from '../home';

interface CpForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const { data: session } = useSession();
  const setSession = useSetSession();
  const nav = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<CpForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const newPassword = Form.useWatch('newPassword', form);
  const own = { username: me.username, displayName: me.displayName };

  const submit = async (v: CpForm) => {
    setBusy(true);
    setError(null);
    try {
      await authApi.changePassword(v.currentPassword, v.newPassword);
      message.success(t('cp.done'));
      // The server may rotate the session; refresh it, falling back to clearing the flag locally.
      const fresh = await authApi.me().catch(() => null);
      if (fresh) setSession(fresh);
      else if (session) setSession({ ...session, user: { ...session.user, mustChangePassword: false } });
      nav(homePath((fresh ?? session)?.user.permissions ?? []), { replace: true });
    } catch (e) {
      const rest = applyFieldErrors(form, e, ['currentPassword', 'newPassword']);
      setError(rest.length ? rest.join('; ') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-bg">
      <Card className="login-card" variant="borderless">
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
            {t('cp.title')}
          </Typography.Title>
          <LangSwitch size="small" />
        </Flex>
        <Typography.Paragraph type="secondary">
          {me.displayName} · {me.orgUnitName}
        </Typography.Paragraph>
        {me.mustChangePassword && <Alert type="warning" showIcon title={t('cp.forcedHint')} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="cp-error" />}
        <Form<CpForm> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="currentPassword" label={t('cp.current')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.Password autoComplete="current-password" data-testid="cp-current" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('cp.new')}
            extra={<PasswordStrength password={newPassword} context={own} />}
            rules={[
              { required: true, message: t('common.required') },
              { min: 10, message: t('cp.tooShort') },
              // The same check the server makes, so the reason shows before submitting.
              {
                validator: async (_, v: string) => {
                  const problem = v && v.length >= 10 ? await passwordProblem(v, own, locale) : null;
                  if (problem) throw new Error(problem);
                },
              },
            ]}>
            <Input.Password autoComplete="new-password" data-testid="cp-new" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('cp.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('cp.mismatch')))),
              }),
            ]}>
            <Input.Password autoComplete="new-password" data-testid="cp-confirm" />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="cp-submit">
              {t('cp.submit')}
            </Button>
            {!me.mustChangePassword && <Button onClick={() => nav(-1)}>{t('common.back')}</Button>}
          </Flex>
        </Form>
      </Card>
    </div>
  );
}
