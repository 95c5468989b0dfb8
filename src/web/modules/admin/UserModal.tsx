import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { LOCALES } from '@shared/contracts/common';
import { labelOptions } from '@shared/labels/labels';
import { ROLE_LABELS } from '@shared/labels/platform';
import { usersApi, type CreateUser, type User } from '@web/ui/api/endpoints';
import { applyFieldErrors, errorMessage, testIdProps } from '@web/ui/formErrors';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { useI18n } from '@web/ui/i18n';

interface Props {
  open: boolean;
  user: User | null;
  onClose: () => void;
  onSaved: () => void;
}

export function UserModal({ open, user, onClose, onSaved }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUser>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (user) form.setFieldsValue({ username: user.username, displayName: user.displayName, role: user.role, orgUnitId: user.orgUnitId, locale: user.locale });
  }, [open, user, form]);

  const submit = async (v: CreateUser) => {
    setBusy(true);
    setError(null);
    try {
      if (user) await usersApi.update(user.id, { version: user.version, displayName: v.displayName, role: v.role, orgUnitId: v.orgUnitId });
      else await usersApi.create(v);
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      const rest = applyFieldErrors(form, e, ['username', 'displayName', 'role', 'orgUnitId', 'password', 'locale']);
      setError(rest.length ? rest.join('; ') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const req = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      title={user ? t('users.edit') : t('users.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={testIdProps('user-save')}
      destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<CreateUser> form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'street_operator', locale: 'zh-CN' }}>
        <Form.Item name="username" label={t('users.col.username')} rules={[...req, { pattern: /^[A-Za-z0-9_.-]{2,64}$/, message: t('err.username') }]}>
          <Input disabled={!!user} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.col.displayName')} rules={req}>
          <Input data-testid="user-displayName" />
        </Form.Item>
        <Form.Item name="role" label={t('users.col.role')} rules={req}>
          <Select data-testid="user-role" options={labelOptions(ROLE_LABELS, locale)} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('users.col.org')} rules={req}>
          <OrgTreeSelect data-testid="user-org" />
        </Form.Item>
        {!user && (
          <>
            <Form.Item
              name="password"
              label={t('users.password')}
              extra={t('users.passwordHint')}
              rules={[...req, { min: 10, message: t('err.passwordTooShort') }]}>
              <Input.Password autoComplete="new-password" data-testid="user-password" />
            </Form.Item>
            <Form.Item name="locale" label={t('users.col.locale')}>
              <Select options={LOCALES.map((l) => ({ value: l, label: l === 'zh-CN' ? '中文' : 'English' }))} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async ({ password }: { password: string }) => {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      await usersApi.resetPassword(user.id, password);
      message.success(t('users.resetDone'));
      form.resetFields();
      onClose();
    } catch (e) {
      const rest = applyFieldErrors(form, e, ['password']);
      setError(rest.length ? rest.join('; ') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={!!user}
      title={`${t('users.resetPassword')} · ${user?.displayName ?? ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={testIdProps('reset-save')}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          extra={t('users.passwordHint')}
          rules={[
            { required: true, message: t('common.required') },
            { min: 10, message: t('err.passwordTooShort') },
          ]}>
          <Input.Password autoComplete="new-password" data-testid="reset-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
