/**
 * The public check of an issued number (no sign-in): anyone holding a certificate confirms it was issued, and sees
 * only what the register records (number, date, signer and capacity, authority), as the Convention's e-Register does.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Segmented, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { Locale } from '@shared/contracts/common';
import { LEGALIZATION_ROUTE_LABELS } from '@shared/labels/services-legalization';
import { errorMessage } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { legalizationApi, type PublicApostille } from './api';

export default function VerifyApostillePage() {
  const { t, label, locale, setLocale } = useI18n();
  const [result, setResult] = useState<PublicApostille | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async ({ number }: { number: string }) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await legalizationApi.check(number.trim().toUpperCase()));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: 640, margin: '48px auto', padding: '0 16px' }}>
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
        <Segmented<Locale>
          value={locale}
          onChange={setLocale}
          options={[
            { value: 'zh-CN', label: '中文' },
            { value: 'en-US', label: 'English' },
          ]}
          data-testid="verify-lang"
        />
      </div>
      <Card>
        <Typography.Title level={3}>
          <SafetyCertificateOutlined /> {t('svc.legalization.verify.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('svc.legalization.verify.sub')}</Typography.Paragraph>
        <Form layout="inline" onFinish={check} style={{ marginBottom: 16 }}>
          <Form.Item name="number" label={t('svc.legalization.verify.number')} rules={[{ required: true, message: t('common.required') }]}>
            <Input placeholder={t('svc.legalization.verify.placeholder')} maxLength={20} style={{ width: 220 }} data-testid="verify-number" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="verify-check">
            {t('svc.legalization.verify.check')}
          </Button>
        </Form>
        {error && <Alert type="warning" showIcon title={error} data-testid="verify-error" />}
        {result && (
          <>
            <Alert type="success" showIcon title={t('svc.legalization.verify.found')} style={{ marginBottom: 12 }} />
            <Descriptions bordered size="small" column={1} data-testid="verify-result">
              <Descriptions.Item label={t('svc.legalization.col.number')}>{result.number}</Descriptions.Item>
              <Descriptions.Item label={t('svc.legalization.col.route')}>{label(LEGALIZATION_ROUTE_LABELS, result.route)}</Descriptions.Item>
              <Descriptions.Item label={t('svc.legalization.register.date')}>{result.issuedOn}</Descriptions.Item>
              <Descriptions.Item label={t('svc.legalization.register.signer')}>{result.signerName}</Descriptions.Item>
              <Descriptions.Item label={t('svc.legalization.register.capacity')}>{result.signerCapacity}</Descriptions.Item>
              <Descriptions.Item label={t('svc.legalization.register.authority')}>{result.authority}</Descriptions.Item>
            </Descriptions>
          </>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          {t('svc.legalization.verify.notice')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
