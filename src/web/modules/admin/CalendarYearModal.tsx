/** One year of the working-day calendar: the notice's document number and its holidays and make-up working days, with a month view. */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Skeleton, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { CALENDAR_DAY_KINDS, type CalendarDayKind } from '@shared/contracts/calendar';
import { calendarApi } from './calendarApi';
import { applyNestedFieldErrors, errorMessage, testIdProps } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { MonthGrid } from './CalendarMonthGrid';

interface DayRow {
  date: Dayjs | null;
  kind: CalendarDayKind;
  name?: string;
}
interface YearForm {
  year: number | null;
  documentNumber: string;
  title?: string;
  issuedOn?: Dayjs | null;
  notes?: string;
  days: DayRow[];
}
const FIELDS = ['year', 'documentNumber', 'title', 'issuedOn', 'notes', 'days'];
const ymd = (d: Dayjs | null | undefined) => (d && d.isValid() ? d.format('YYYY-MM-DD') : '');

export function CalendarYearModal({
  year,
  readOnly,
  covered,
  onClose,
  onSaved,
}: {
  /** null: a new year. */
  year: number | null;
  readOnly: boolean;
  covered: number[];
  onClose: () => void;
  onSaved: (year: number) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<YearForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data: detail, isLoading } = useQuery({ queryKey: ['calendar', 'year', year], queryFn: () => calendarApi.year(year!), enabled: year != null });

  useEffect(() => {
    if (year == null) {
      const next = Math.max(0, ...covered) + 1;
      form.setFieldsValue({ year: next, days: [{ date: null, kind: 'holiday', name: '' }] });
    } else if (detail) {
      form.setFieldsValue({
        year: detail.year,
        documentNumber: detail.documentNumber ?? '',
        title: detail.title ?? '',
        notes: detail.notes ?? '',
        issuedOn: detail.issuedOn ? dayjs(detail.issuedOn) : null,
        days: detail.days.map((d) => ({ date: dayjs(d.date), kind: d.kind, name: d.name })),
      });
    }
  }, [year, detail, covered, form]);

  const watched = Form.useWatch('days', form) as DayRow[] | undefined;
  const shownYear = (Form.useWatch('year', form) as number | null | undefined) ?? year;
  const preview = useMemo(() => new Map((watched ?? []).filter((d) => d?.date?.isValid()).map((d) => [ymd(d.date), d.kind])), [watched]);

  const save = async () => {
    setError(null);
    let v: YearForm;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const body = {
      documentNumber: v.documentNumber,
      title: v.title ?? '',
      issuedOn: ymd(v.issuedOn) || null,
      notes: v.notes ?? null,
      days: (v.days ?? []).map((d) => ({ date: ymd(d.date), kind: d.kind, name: d.name ?? '' })),
    };
    setBusy(true);
    try {
      const saved =
        detail?.source === 'office'
          ? await calendarApi.update(detail.year, { ...body, version: detail.version! })
          : await calendarApi.create({ ...body, year: v.year ?? year! });
      onSaved(saved.year);
    } catch (e) {
      const left = applyNestedFieldErrors(form, e, FIELDS);
      setError(left.length ? left.join('；') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open
      width={1000}
      onCancel={onClose}
      title={year == null ? t('cal.editorNew') : t('cal.editorEdit', { year })}
      onOk={readOnly ? onClose : save}
      confirmLoading={busy}
      okButtonProps={testIdProps('calendar-save')}
      cancelButtonProps={readOnly ? { style: { display: 'none' } } : undefined}>
      {year != null && isLoading ? (
        <Skeleton active />
      ) : (
        <Form form={form} layout="vertical" disabled={readOnly} data-testid="calendar-form">
          <Row gutter={12}>
            <Col xs={8} md={4}>
              <Form.Item name="year" label={t('cal.year')} rules={required}>
                <InputNumber min={2000} max={2100} style={{ width: '100%' }} disabled={year != null} data-testid="calendar-year" />
              </Form.Item>
            </Col>
            <Col xs={16} md={8}>
              <Form.Item name="documentNumber" label={t('cal.documentNumber')} rules={required}>
                <Input maxLength={100} placeholder="国办发明电〔2026〕7号" data-testid="calendar-doc" />
              </Form.Item>
            </Col>
            <Col xs={16} md={8}>
              <Form.Item name="title" label={t('cal.titleField')}>
                <Input maxLength={200} data-testid="calendar-title" />
              </Form.Item>
            </Col>
            <Col xs={8} md={4}>
              <Form.Item name="issuedOn" label={t('cal.issuedOn')}>
                <DatePicker style={{ width: '100%' }} data-testid="calendar-issued" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Typography.Text strong>{t('cal.days')}</Typography.Text>
              <Form.List name="days">
                {(rows, { add, remove }) => (
                  <div style={{ maxHeight: 420, overflowY: 'auto', marginTop: 8 }}>
                    {rows.map((row) => (
                      <Space key={row.key} align="start" size={6} style={{ display: 'flex' }} data-testid={`calendar-day-${row.name}`}>
                        <Form.Item name={[row.name, 'date']} rules={required} style={{ marginBottom: 8 }}>
                          <DatePicker
                            style={{ width: 140 }}
                            placeholder={t('cal.date')}
                            data-testid={`calendar-day-date-${row.name}`}
                            defaultPickerValue={shownYear ? dayjs(`${shownYear}-01-01`) : undefined}
                          />
                        </Form.Item>
                        <Form.Item name={[row.name, 'kind']} rules={required} style={{ marginBottom: 8 }}>
                          <Select
                            style={{ width: 140 }}
                            data-testid={`calendar-day-kind-${row.name}`}
                            options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`cal.kind.${k}`) }))}
                          />
                        </Form.Item>
                        <Form.Item name={[row.name, 'name']} style={{ marginBottom: 8 }}>
                          <Input style={{ width: 110 }} maxLength={50} placeholder={t('cal.name')} data-testid={`calendar-day-name-${row.name}`} />
                        </Form.Item>
                        {!readOnly ? <Button icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label="remove" /> : null}
                      </Space>
                    ))}
                    {!readOnly ? (
                      <Button icon={<PlusOutlined />} onClick={() => add({ date: null, kind: 'holiday', name: '' })} data-testid="calendar-add-day">
                        {t('cal.addDay')}
                      </Button>
                    ) : null}
                  </div>
                )}
              </Form.List>
              <Form.Item name="notes" label={t('cal.notes')} style={{ marginTop: 12 }}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Typography.Text strong>{t('cal.preview')}</Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
                {t('cal.legend')}
              </Typography.Paragraph>
              {shownYear ? <MonthGrid year={shownYear} days={preview} /> : null}
            </Col>
          </Row>
        </Form>
      )}
      {error ? <Alert type="error" showIcon title={error} data-testid="calendar-error" /> : null}
    </Modal>
  );
}
