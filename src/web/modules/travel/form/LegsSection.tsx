/** The itinerary (行程) as editable rows: country, city, arrival, departure, transit only. */
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { CountrySelect } from '@web/ui/CountrySelect';
import { useT } from '@web/ui/i18n';
import { FItem, Hint, ListFindings } from './findings';
import type { LegRow } from './formModel';

const full = { style: { width: '100%' } };
const MAX_LEGS = 20;

export function LegsSection({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const form = Form.useFormInstance();
  const req = [{ required: true, message: t('common.required') }];
  return (
    <Card size="small" className="section-card" title={t('tr.s.legs')} data-testid="section-legs">
      <ListFindings path="legs" />
      <Form.List
        name="legs"
        rules={[
          {
            validator: async (_, rows?: unknown[]) => {
              if (!rows?.length) throw new Error(t('tr.legs.required'));
            },
          },
        ]}>
        {(fields, { add, remove }, { errors }) => (
          <div data-testid="travel-legs">
            {fields.map(({ key, name }, i) => {
              const p = `legs.${name}`;
              const label = (k: string) => (i === 0 ? k : undefined);
              return (
                <Row gutter={8} key={key} align="top" data-testid={`travel-leg-${i}`}>
                  <Col xs={24} md={6}>
                    <FItem path={`${p}.country`} name={[name, 'country']} label={label(t('tr.leg.country'))} rules={req}>
                      <CountrySelect data-testid={`travel-leg-country-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={24} md={5}>
                    <FItem path={`${p}.city`} name={[name, 'city']} label={label(t('tr.leg.city'))}>
                      <Input maxLength={100} data-testid={`travel-leg-city-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={12} md={4}>
                    <FItem path={`${p}.arriveOn`} name={[name, 'arriveOn']} label={label(t('tr.leg.arriveOn'))} rules={req}>
                      <DatePicker {...full} data-testid={`travel-leg-arrive-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={12} md={4}>
                    <FItem path={`${p}.leaveOn`} name={[name, 'leaveOn']} label={label(t('tr.leg.leaveOn'))} rules={req}>
                      <DatePicker {...full} data-testid={`travel-leg-leave-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={20} md={4}>
                    <FItem path={`${p}.transitOnly`} name={[name, 'transitOnly']} valuePropName="checked" label={label(' ')}>
                      <Checkbox data-testid={`travel-leg-transit-${i}`}>
                        <Hint hint={t('tr.leg.transitHint')}>{t('tr.leg.transitOnly')}</Hint>
                      </Checkbox>
                    </FItem>
                  </Col>
                  <Col xs={4} md={1}>
                    <Form.Item label={label(' ')}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        disabled={fields.length <= 1}
                        title={t('tr.removeRow')}
                        onClick={() => {
                          remove(name);
                          onChanged();
                        }}
                        data-testid={`travel-leg-remove-${i}`}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_LEGS}
              data-testid="travel-add-leg"
              onClick={() => {
                // A new stop starts where the last one ended, or on the departure day.
                const rows = (form.getFieldValue('legs') ?? []) as LegRow[];
                const from = rows[rows.length - 1]?.leaveOn ?? (form.getFieldValue('departDate') as Dayjs | null) ?? null;
                add({ arriveOn: from, leaveOn: form.getFieldValue('returnDate') ?? null, transitOnly: false });
              }}>
              {t('tr.leg.add')}
            </Button>
          </div>
        )}
      </Form.List>
    </Card>
  );
}
