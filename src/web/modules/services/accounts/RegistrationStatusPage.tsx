/** The public status of a registration by its enquiry code (/register-unit/status): its state, the office's answer, and the files still missing. */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Flex, Input, Space, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { REGISTRATION_FILES } from '@shared/contracts/services-accounts';
import { REGISTRATION_FILE_LABELS, REGISTRATION_STATE_LABELS } from '@shared/labels/services-accounts';
import { LangSwitch } from '@web/app/LangSwitch';
import { errorMessage } from '@web/ui/formErrors';
import { fmtDateTime } from '@web/ui/format';
import { useI18n } from '@web/ui/i18n';
import { registrationApi } from './api';

const STATE_COLORS = { pending: 'processing', approved: 'success', rejected: 'error' } as const;

export default function RegistrationStatusPage() {
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const token = params.get('token') ?? '';
  const [typed, setTyped] = useState(token);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const qc = useQueryClient();
  const { data, error, isFetching } = useQuery({
    queryKey: ['public', 'registration', token],
    queryFn: () => registrationApi.status(token),
    enabled: !!token,
    retry: false,
  });
  const missing = data ? REGISTRATION_FILES.filter((k) => !data.files[k]) : [];

  return (
    <div className="login-bg">
      <Card className="login-card" style={{ width: 640 }}>
        <Flex justify="space-between" align="start">
          <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
            {t('svc.accounts.status.title')}
          </Typography.Title>
          <LangSwitch size="small" />
        </Flex>
        <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
          <Input
            value={typed}
            onChange={(e) => setTyped(e.target.value.trim())}
            placeholder={t('svc.accounts.status.tokenPlaceholder')}
            data-testid="status-token"
          />
          <Button type="primary" loading={isFetching} onClick={() => setParams({ token: typed })} data-testid="status-query">
            {t('svc.accounts.status.query')}
          </Button>
        </Space.Compact>
        {error && <Alert type="error" showIcon title={errorMessage(error)} />}
        {data && (
          <>
            <Descriptions column={1} size="small" bordered data-testid="status-details">
              <Descriptions.Item label={t('svc.accounts.status.unit')}>{data.unitNameZh}</Descriptions.Item>
              <Descriptions.Item label={t('svc.accounts.status.district')}>{data.districtName}</Descriptions.Item>
              <Descriptions.Item label={t('svc.accounts.status.submitted')}>{fmtDateTime(data.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('svc.accounts.review.result')}>
                <Tag color={STATE_COLORS[data.state]} data-testid="status-state">
                  {label(REGISTRATION_STATE_LABELS, data.state)}
                </Tag>
              </Descriptions.Item>
              {data.reviewedAt && <Descriptions.Item label={t('svc.accounts.status.reviewed')}>{fmtDateTime(data.reviewedAt)}</Descriptions.Item>}
              {data.rejectReason && <Descriptions.Item label={t('svc.accounts.status.reason')}>{data.rejectReason}</Descriptions.Item>}
            </Descriptions>
            {data.username && (
              <Alert type="success" showIcon style={{ marginTop: 16 }} title={t('svc.accounts.status.approved', { username: data.username })} />
            )}
            {data.state === 'pending' && missing.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 16 }}
                title={t('svc.accounts.status.filesMissing')}
                description={
                  <Space wrap>
                    {missing.map((kind) => (
                      <Upload
                        key={kind}
                        accept=".pdf,.jpg,.jpeg,.png"
                        showUploadList={false}
                        beforeUpload={(file) => {
                          setUploadError(null);
                          registrationApi.upload(token, kind, file).then(
                            (fresh) => qc.setQueryData(['public', 'registration', token], fresh),
                            (e) => setUploadError(errorMessage(e)),
                          );
                          return false;
                        }}>
                        <Button icon={<UploadOutlined />}>{t('svc.accounts.status.upload', { kind: label(REGISTRATION_FILE_LABELS, kind) })}</Button>
                      </Upload>
                    ))}
                  </Space>
                }
              />
            )}
            {uploadError && <Alert type="error" showIcon style={{ marginTop: 8 }} title={uploadError} />}
          </>
        )}
        <Flex gap={16} style={{ marginTop: 16 }}>
          <Link to="/register-unit">{t('svc.accounts.reg.title')}</Link>
          <Link to="/login">{t('svc.accounts.reg.toLogin')}</Link>
        </Flex>
      </Card>
    </div>
  );
}
