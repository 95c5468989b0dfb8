import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { authApi } from '@web/ui/api/endpoints';
import { errorMessage } from '@web/ui/formErrors';
import { LangSwitch } from '../LangSwitch';
import { useI18n } from '@web/ui/i18n';
import { useSession, useSetSession } from '@web/ui/session';
import { homePath } from '../home';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t, locale } = useI18n();
  const { data: session } = useSession();
  const setSession = useSetSession();
  const nav = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session) return <Navigate to={session.user.mustChangePassword ? '/change-password' : homePath(session.user.permissions)} replace />;

  const submit = async (v: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const s = await authApi.login(v.username, v.password);
      // The language chosen on this page is the user's latest choice: keep it on the account too
      // (after setSession, which installs the CSRF token the PUT needs).
      const differs = s.user.locale !== locale;
      setSession(differs ? { ...s, user: { ...s.user, locale } } : s);
      if (differs) authApi.setLocale(locale).catch(() => undefined);
      const next = params.get('next');
      const dest = s.user.mustChangePassword
        ? '/change-password'
        : next && next.startsWith('/') && !next.startsWith('//')
          ? next
          : homePath(s.user.permissions);
      nav(dest, { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-bg">
      <Card className="login-card" variant="borderless">
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <LangSwitch size="small" />
        </Flex>
        <Flex vertical align="center" gap={8} style={{ marginBottom: 24 }}>
          <span className="brand-mark" style={{ width: 48, height: 48, fontSize: 24 }}>
            外
          </span>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {t('login.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
        </Flex>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form<LoginForm> layout="vertical" size="large" onFinish={submit} requiredMark={false} data-testid="login-form">
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
