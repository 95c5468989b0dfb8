/**
 * Publicity inside the unit (公示): start and end dates, the end computed on the server: as many working days as the
 * limits in force on the departure date require, on the office's working-day calendar.
 */
import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Row, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '@web/ui/api/client';
import { travelApi } from '../api';
import { errorMessage } from '@web/ui/formErrors';
import { useT } from '@web/ui/i18n';
import { FItem } from './findings';
import { ymd } from './formModel';

const full = { style: { width: '100%' } };

export function PublicitySection({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const form = Form.useFormInstance();
  const start = Form.useWatch<Dayjs | null | undefined>('publicityStart', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const compute = async () => {
    setError(null);
    setNote(null);
    const s = ymd(form.getFieldValue('publicityStart') as Dayjs | null);
    if (!s) return;
    setBusy(true);
    try {
      const r = await travelApi.publicityEnd(s, ymd(form.getFieldValue('departDate') as Dayjs | null));
      form.setFieldValue('publicityEnd', dayjs(r.end));
      setNote(
        t('tr.pub.computed', { start: r.start, end: r.end, n: r.workingDays, doc: r.documentNumber ? t('tr.pub.computedDoc', { doc: r.documentNumber }) : '' }),
      );
      onChanged();
    } catch (e) {
      // e.g. the holiday calendar does not cover the year yet: the server says so (at the field) in the user's language.
      setError(e instanceof ApiError && e.fields.length ? e.fields.map((f) => f.message).join('；') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" className="section-card" title={t('tr.s.publicity')} data-testid="section-publicity">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('tr.pub.hint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={12} md={7}>
          <FItem path="publicityStart" name="publicityStart" label={t('tr.f.publicityStart')}>
            <DatePicker {...full} data-testid="travel-publicity-start" />
          </FItem>
        </Col>
        <Col xs={12} md={7}>
          <FItem path="publicityEnd" name="publicityEnd" label={t('tr.f.publicityEnd')}>
            <DatePicker {...full} data-testid="travel-publicity-end" />
          </FItem>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item label=" ">
            <Button icon={<CalculatorOutlined />} onClick={compute} loading={busy} disabled={!start} data-testid="travel-publicity-compute">
              {t('tr.pub.compute')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
      {error && <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(null) }} data-testid="travel-publicity-error" />}
      {note && !error && (
        <Typography.Text type="secondary" data-testid="travel-publicity-note">
          {note}
        </Typography.Text>
      )}
    </Card>
  );
}
