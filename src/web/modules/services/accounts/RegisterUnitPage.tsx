/**
 * The public registration of a unit's account (/register-unit, no sign-in): the form, checked in the page with the
 * server's own rules (credit code, ID number, password policy), then the two files uploaded with the token it gave.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Col, Divider, Flex, Form, Input, Result, Row, Select, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { REGISTRATION_FILES, type RegistrationFile } from '@shared/contracts/services-accounts';
import { REGISTRATION_FILE_LABELS } from '@shared/labels/services-accounts';
import { isCreditCode, isIdNumber } from '@shared/reference/chinese-ids';
import { LangSwitch } from '@web/app/LangSwitch';
import { applyFieldErrors, errorMessage } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { PasswordStrength, passwordProblem } from '@web/ui/PasswordStrength';
import { registrationApi, type RegistrationInput } from './api';

type Values = RegistrationInput & { confirm: string };
const FIELDS = ['unitNameZh', 'unitNameEn', 'creditCode', 'address', 'districtId', 'clerkName', 'clerkIdNumber', 'phone', 'email', 'username', 'password'];

export default function RegisterUnitPage() {
  const { t, locale, label } = useI18n();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<Partial<Record<RegistrationFile, File>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const districts = useQuery({ queryKey: ['public', 'districts'], queryFn: registrationApi.districts });
  const password = Form.useWatch('password', form);
  const username = Form.useWatch('username', form);
  const clerkName = Form.useWatch('clerkName', form);
  const own = { username: username ?? '', displayName: clerkName ?? '' };
  const required = { required: true, whitespace: true, message: t('common.required') };

  const submit = async ({ confirm: _c, ...v }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const receipt = await registrationApi.register(v);
      setToken(receipt.token);
      for (const kind of REGISTRATION_FILES) {
        const file = files[kind];
        if (file) await registrationApi.upload(receipt.token, kind, file);
      }
    } catch (e) {
      const rest = applyFieldErrors(form, e, FIELDS);
      setError([errorMessage(e), ...rest].join('; '));
    } finally {
      setBusy(false);
    }
  };

  if (token && !busy && !error) {
    return (
      <div className="login-bg">
        <Card className="login-card" style={{ width: 640 }}>
          <Result
            status="success"
            title={t('svc.accounts.reg.done')}
            subTitle={t('svc.accounts.reg.doneSub')}
            extra={[
              <Typography.Paragraph key="token" copyable={{ text: token }} code data-testid="register-token">
                {token}
              </Typography.Paragraph>,
              <Link key="check" to={`/register-unit/status?token=${encodeURIComponent(token)}`}>
                <Button type="primary">{t('svc.accounts.reg.check')}</Button>
              </Link>,
            ]}
          />
        </Card>
      </div>
    );
  }

  return (
    <div className="login-bg" style={{ alignItems: 'flex-start' }}>
      <Card className="login-card" style={{ width: 860 }} data-testid="register-unit">
        <Flex justify="space-between" align="start" gap={16}>
          <div>
            <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
              {t('svc.accounts.reg.title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('svc.accounts.reg.sub')}</Typography.Paragraph>
          </div>
          <LangSwitch size="small" />
        </Flex>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="register-error" />}
        {token && error && <Alert type="warning" showIcon title={`${t('svc.accounts.reg.token')}: ${token}`} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark disabled={!!token}>
          <Divider titlePlacement="start">{t('svc.accounts.reg.unit')}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="unitNameZh" label={t('svc.accounts.reg.unitNameZh')} rules={[required]}>
                <Input maxLength={100} data-testid="reg-unitNameZh" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="unitNameEn" label={t('svc.accounts.reg.unitNameEn')}>
                <Input maxLength={200} data-testid="reg-unitNameEn" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="creditCode"
                label={t('svc.accounts.reg.creditCode')}
                extra={t('svc.accounts.reg.creditCodeHint')}
                normalize={(v: string) => v?.toUpperCase()}
                rules={[
                  required,
                  {
                    validator: async (_, v: string) =>
                      !v || isCreditCode(v.trim()) ? undefined : Promise.reject(new Error(t('svc.accounts.reg.creditCodeBad'))),
                  },
                ]}>
                <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="reg-creditCode" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="districtId" label={t('svc.accounts.reg.district')} rules={[{ required: true, message: t('common.required') }]}>
                <Select
                  loading={districts.isLoading}
                  data-testid="reg-districtId"
                  options={(districts.data ?? []).map((d) => ({ value: d.id, label: locale === 'en-US' ? d.nameEn : d.nameZh }))}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="address" label={t('svc.accounts.reg.address')} rules={[required]}>
                <Input maxLength={200} data-testid="reg-address" />
              </Form.Item>
            </Col>
          </Row>
          <Divider titlePlacement="start">{t('svc.accounts.reg.clerk')}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="clerkName" label={t('svc.accounts.reg.clerkName')} rules={[required]}>
                <Input maxLength={50} data-testid="reg-clerkName" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="clerkIdNumber"
                label={t('svc.accounts.reg.clerkIdNumber')}
                rules={[
                  required,
                  { validator: async (_, v: string) => (!v || isIdNumber(v.trim()) ? undefined : Promise.reject(new Error(t('svc.accounts.reg.idBad')))) },
                ]}>
                <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="reg-clerkIdNumber" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('svc.accounts.reg.phone')} rules={[required]}>
                <Input maxLength={20} data-testid="reg-phone" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="email" label={t('svc.accounts.reg.email')} rules={[required, { type: 'email', message: t('svc.accounts.reg.email') }]}>
                <Input maxLength={200} data-testid="reg-email" />
              </Form.Item>
            </Col>
          </Row>
          <Divider titlePlacement="start">{t('svc.accounts.reg.account')}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="username"
                label={t('svc.accounts.reg.username')}
                extra={t('svc.accounts.reg.usernameHint')}
                rules={[required, { pattern: /^[A-Za-z0-9_.-]{2,64}$/, message: t('svc.accounts.reg.usernameHint') }]}>
                <Input autoComplete="username" data-testid="reg-username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="password"
                label={t('svc.accounts.reg.password')}
                extra={<PasswordStrength password={password} context={own} />}
                rules={[
                  { required: true, message: t('common.required') },
                  {
                    validator: async (_, v: string) => {
                      const problem = v ? await passwordProblem(v, own, locale) : null;
                      if (problem) throw new Error(problem);
                    },
                  },
                ]}>
                <Input.Password autoComplete="new-password" data-testid="reg-password" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="confirm"
                label={t('svc.accounts.reg.confirm')}
                dependencies={['password']}
                rules={[
                  { required: true, message: t('common.required') },
                  ({ getFieldValue }) => ({
                    validator: (_, v) =>
                      !v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('svc.accounts.reg.mismatch'))),
                  }),
                ]}>
                <Input.Password autoComplete="new-password" data-testid="reg-confirm" />
              </Form.Item>
            </Col>
          </Row>
          <Divider titlePlacement="start">{t('svc.accounts.reg.files')}</Divider>
          <Row gutter={16}>
            {REGISTRATION_FILES.map((kind) => (
              <Col xs={24} md={12} key={kind}>
                <Form.Item
                  name={`file_${kind}` as never}
                  required
                  label={label(REGISTRATION_FILE_LABELS, kind)}
                  extra={t('svc.accounts.reg.fileHint')}
                  rules={[{ validator: async () => (files[kind] ? undefined : Promise.reject(new Error(t('svc.accounts.reg.fileNeeded')))) }]}>
                  <Upload
                    accept=".pdf,.jpg,.jpeg,.png"
                    maxCount={1}
                    beforeUpload={(file) => {
                      setFiles((f) => ({ ...f, [kind]: file }));
                      return false;
                    }}
                    onRemove={() => setFiles((f) => ({ ...f, [kind]: undefined }))}>
                    <Button icon={<UploadOutlined />} data-testid={`reg-file-${kind}`}>
                      {t('svc.accounts.reg.choose')}
                    </Button>
                  </Upload>
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Flex gap={16} align="center" wrap>
            <Button type="primary" htmlType="submit" size="large" loading={busy} data-testid="reg-submit">
              {t('svc.accounts.reg.submit')}
            </Button>
            <Link to="/register-unit/status">{t('svc.accounts.reg.haveToken')}</Link>
            <Link to="/login">{t('svc.accounts.reg.toLogin')}</Link>
          </Flex>
        </Form>
      </Card>
    </div>
  );
}
