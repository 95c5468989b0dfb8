/** Imports a year's holidays from an .xlsx: all rows or none; the rejected rows are listed with their reasons. */
import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { CalendarImportResult, CalendarYearSummary } from '@shared/contracts/calendar';
import { calendarApi } from './calendarApi';
import { errorMessage } from '@web/ui/formErrors';
import { ApiError } from '@web/ui/api/client';
import { useI18n } from '@web/ui/i18n';

export function CalendarImportModal({ years, onClose, onSaved }: { years: CalendarYearSummary[]; onClose: () => void; onSaved: (year: number) => void }) {
  const { t } = useI18n();
  const [year, setYear] = useState<number | null>(null);
  const [doc, setDoc] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rejected, setRejected] = useState<CalendarImportResult['rejected']>([]);
  const existing = years.find((y) => y.year === year && y.source === 'office');

  const send = async (file: File) => {
    setError(null);
    setRejected([]);
    setBusy(true);
    try {
      const r = await calendarApi.import(file, { year: year ?? undefined, documentNumber: doc.trim() || undefined, version: existing?.version ?? undefined });
      if (r.saved) onSaved(r.saved.year);
      else setRejected(r.rejected);
    } catch (e) {
      setError(e instanceof ApiError && e.fields.length ? e.fields.map((f) => f.message).join('；') : errorMessage(e));
    } finally {
      setBusy(false);
    }
    return false;
  };

  return (
    <Modal open width={720} title={t('cal.importTitle')} onCancel={onClose} footer={null}>
      <Typography.Paragraph type="secondary">{t('cal.importHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('cal.importYear')}>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => setYear(v ?? null)} data-testid="calendar-import-year" />
        </Form.Item>
        <Form.Item label={t('cal.importDoc')}>
          <Input value={doc} onChange={(e) => setDoc(e.target.value)} maxLength={100} data-testid="calendar-import-doc" />
        </Form.Item>
      </Form>
      {existing ? <Alert type="warning" showIcon title={t('cal.importReplace', { year: existing.year })} style={{ marginBottom: 12 }} /> : null}
      <Upload
        accept=".xlsx"
        showUploadList={false}
        beforeUpload={(f) => {
          void send(f);
          return false;
        }}>
        <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="calendar-import-file">
          {t('cal.importPick')}
        </Button>
      </Upload>
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="calendar-import-error" /> : null}
      {rejected.length ? (
        <div style={{ marginTop: 12 }} data-testid="calendar-import-rejected">
          <Alert type="error" showIcon title={t('cal.rejected', { n: rejected.length })} style={{ marginBottom: 8 }} />
          <Table
            rowKey="row"
            size="small"
            pagination={false}
            dataSource={rejected}
            columns={[
              { title: t('cal.row'), dataIndex: 'row', width: 80 },
              { title: t('cal.reason'), dataIndex: 'reason' },
            ]}
          />
        </div>
      ) : null}
    </Modal>
  );
}
