/** The budget (经费预算) as lines: category, country, persons × nights/days × unit amount, with line amounts and totals per currency. */
import { AutoComplete, Button, Col, Card, Form, InputNumber, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CountrySelect } from '@web/ui/CountrySelect';
import { useT } from '@web/ui/i18n';
import { lineAmount, money, totalsByCurrency, useTravelOptions } from '../labels';
import { FItem, ListFindings } from './findings';
import { NEW_BUDGET, type BudgetRow, type LegRow } from './formModel';

const full = { style: { width: '100%' } };
const MAX_LINES = 60;

export function BudgetSection({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const opts = useTravelOptions();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch<BudgetRow[] | undefined>('budget', form) ?? []).filter(Boolean);
  const totals = totalsByCurrency(rows.map((r) => ({ currency: r.currency, amount: lineAmount(r.persons, r.units, r.unitAmount) })));
  const req = [{ required: true, message: t('common.required') }];
  return (
    <Card size="small" className="section-card" title={t('tr.s.budget')} data-testid="section-budget">
      <ListFindings path="budget" />
      <Form.List name="budget">
        {(fields, { add, remove }, { errors }) => (
          <div data-testid="travel-budget">
            {fields.map(({ key, name }, i) => {
              const p = `budget.${name}`;
              const label = (k: string) => (i === 0 ? k : undefined);
              const row = rows[name] ?? {};
              return (
                <Row gutter={8} key={key} align="top" data-testid={`travel-budget-${i}`}>
                  <Col xs={12} md={4}>
                    <FItem path={`${p}.category`} name={[name, 'category']} label={label(t('tr.budget.category'))} rules={req}>
                      <Select options={opts.categories} popupMatchSelectWidth={false} data-testid={`travel-budget-category-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={12} md={4}>
                    <FItem path={`${p}.country`} name={[name, 'country']} label={label(t('tr.budget.country'))}>
                      <CountrySelect popupMatchSelectWidth={false} data-testid={`travel-budget-country-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={6} md={2}>
                    <FItem path={`${p}.persons`} name={[name, 'persons']} label={label(t('tr.budget.persons'))} rules={req}>
                      <InputNumber {...full} min={1} max={50} precision={0} data-testid={`travel-budget-persons-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={6} md={3}>
                    <FItem
                      path={`${p}.units`}
                      name={[name, 'units']}
                      label={label(t('tr.budget.units'))}
                      rules={req}
                      tooltip={i === 0 ? t('tr.budget.unitsHint') : undefined}>
                      <InputNumber {...full} min={1} max={366} precision={0} data-testid={`travel-budget-units-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={12} md={3}>
                    <FItem path={`${p}.unitAmount`} name={[name, 'unitAmount']} label={label(t('tr.budget.unitAmount'))} rules={req}>
                      <InputNumber {...full} min={0} max={100_000_000} precision={2} data-testid={`travel-budget-amount-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={8} md={3}>
                    <FItem
                      path={`${p}.currency`}
                      name={[name, 'currency']}
                      label={label(t('tr.budget.currency'))}
                      normalize={(v?: string) => (v ?? '').toUpperCase().slice(0, 3)}
                      rules={[...req, { pattern: /^[A-Za-z]{3}$/, message: t('tr.budget.currencyCode') }]}>
                      <AutoComplete options={opts.currencies} popupMatchSelectWidth={false} data-testid={`travel-budget-currency-${i}`} />
                    </FItem>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item label={label(t('tr.budget.lineAmount'))}>
                      <Typography.Text strong style={{ lineHeight: '32px' }} data-testid={`travel-budget-line-${i}`}>
                        {(row.currency || 'CNY').toUpperCase()} {money(lineAmount(row.persons, row.units, row.unitAmount))}
                      </Typography.Text>
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1}>
                    <Form.Item label={label(' ')}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        title={t('tr.removeRow')}
                        onClick={() => {
                          remove(name);
                          onChanged();
                        }}
                        data-testid={`travel-budget-remove-${i}`}
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
              disabled={fields.length >= MAX_LINES}
              data-testid="travel-add-budget"
              onClick={() => {
                // Lines are usually per destination: start from the first country of the itinerary.
                const legs = (form.getFieldValue('legs') ?? []) as LegRow[];
                add({ ...NEW_BUDGET, country: legs.find((l) => l?.country)?.country ?? null });
              }}>
              {t('tr.budget.add')}
            </Button>
          </div>
        )}
      </Form.List>
      {totals.length > 0 && (
        <div style={{ textAlign: 'right', marginTop: 12 }} data-testid="travel-budget-total">
          <Typography.Text type="secondary">{t('tr.budget.total')}</Typography.Text>
          {totals.map((x) => (
            <Typography.Text strong key={x.currency} style={{ marginInlineStart: 12 }}>
              {x.currency} {money(x.amount)}
            </Typography.Text>
          ))}
        </div>
      )}
    </Card>
  );
}
