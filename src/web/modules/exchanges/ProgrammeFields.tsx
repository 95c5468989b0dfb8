/** The visit programme as editable rows (Form.List): date, time, activity, place. */
import { Button, Col, DatePicker, Empty, Form, Input, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useT } from '@web/ui/i18n';

export function ProgrammeFields() {
  const t = useT();
  const form = Form.useFormInstance();
  const req = { required: true, message: t('common.required') };
  return (
    <Form.List name="programme">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="field-programme">
          {!fields.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ex.prog.empty')} style={{ margin: '8px 0' }} />}
          {fields.map(({ key, name }, i) => (
            <Row gutter={8} key={key} align="top" data-testid={`programme-row-${i}`}>
              <Col xs={12} md={5}>
                <Form.Item name={[name, 'date']} label={i === 0 ? t('ex.prog.date') : undefined} rules={[req]}>
                  <DatePicker style={{ width: '100%' }} data-testid={`programme-date-${i}`} />
                </Form.Item>
              </Col>
              <Col xs={12} md={3}>
                <Form.Item name={[name, 'time']} label={i === 0 ? t('ex.prog.time') : undefined}>
                  <Input placeholder="09:30" maxLength={20} data-testid={`programme-time-${i}`} />
                </Form.Item>
              </Col>
              <Col xs={24} md={9}>
                <Form.Item
                  name={[name, 'item']}
                  label={i === 0 ? t('ex.prog.item') : undefined}
                  rules={[req, { whitespace: true, message: t('common.required') }]}>
                  <Input maxLength={300} data-testid={`programme-item-${i}`} />
                </Form.Item>
              </Col>
              <Col xs={20} md={6}>
                <Form.Item name={[name, 'place']} label={i === 0 ? t('ex.prog.place') : undefined}>
                  <Input maxLength={200} data-testid={`programme-place-${i}`} />
                </Form.Item>
              </Col>
              <Col xs={4} md={1}>
                <Form.Item label={i === 0 ? ' ' : undefined}>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} data-testid={`programme-remove-${i}`} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            data-testid="programme-add"
            onClick={() => {
              // A new row starts on the last row's day, or on the arrival day.
              const rows = (form.getFieldValue('programme') ?? []) as { date?: Dayjs | null }[];
              add({ date: rows[rows.length - 1]?.date ?? form.getFieldValue('startDate') ?? null });
            }}>
            {t('ex.prog.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
