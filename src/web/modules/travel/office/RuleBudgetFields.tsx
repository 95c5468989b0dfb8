import { useState } from 'react';
import { Button, Empty, Form, Input, InputNumber, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CountrySelect } from '@web/ui/CountrySelect';
import { useI18n } from '@web/ui/i18n';
import type { RuleValues } from './ruleFormModel';

/** The parameters of a budget version: the daily standards by country (and city), as editable rows, 50 to a page. */
export function BudgetFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance<RuleValues>();
  const [page, setPage] = useState(1);
  const req = { required: true, message: t('common.required') };
  const amount = (f: { name: number }, k: 'lodging' | 'meals' | 'incidentals') => (
    <Form.Item name={[f.name, k]} rules={[req]} style={{ margin: 0 }}>
      <InputNumber min={0} max={100_000_000} style={{ width: '100%' }} data-testid={`rules-std-${k}-${f.name}`} />
    </Form.Item>
  );
  return (
    <Form.List name={['params', 'standards']}>
      {(fields, { add, remove }, { errors }) => (
        <>
          <Table<{ key: number; name: number }>
            size="small"
            rowKey="key"
            dataSource={fields}
            data-testid="rules-standards"
            scroll={{ x: 980 }}
            pagination={fields.length > 50 ? { pageSize: 50, current: page, onChange: setPage, showSizeChanger: false } : false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tro.rule.noStandards')} /> }}
            columns={[
              {
                key: 'country',
                title: t('tro.rule.col.country'),
                width: 230,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'country']} rules={[req]} style={{ margin: 0 }}>
                    <CountrySelect allowClear={false} data-testid={`rules-std-country-${f.name}`} />
                  </Form.Item>
                ),
              },
              {
                key: 'city',
                title: t('tro.rule.col.city'),
                width: 150,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'city']} style={{ margin: 0 }}>
                    <Input maxLength={100} placeholder={t('tro.rule.allCities')} data-testid={`rules-std-city-${f.name}`} />
                  </Form.Item>
                ),
              },
              {
                key: 'currency',
                title: t('tro.rule.col.currency'),
                width: 100,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'currency']} rules={[req, { pattern: /^[A-Za-z]{3}$/, message: t('tro.rule.currencyRule') }]} style={{ margin: 0 }}>
                    <Input maxLength={3} style={{ textTransform: 'uppercase' }} data-testid={`rules-std-currency-${f.name}`} />
                  </Form.Item>
                ),
              },
              { key: 'lodging', title: t('tro.rule.col.lodging'), width: 140, render: (_, f) => amount(f, 'lodging') },
              { key: 'meals', title: t('tro.rule.col.meals'), width: 140, render: (_, f) => amount(f, 'meals') },
              { key: 'incidentals', title: t('tro.rule.col.incidentals'), width: 140, render: (_, f) => amount(f, 'incidentals') },
              {
                key: 'remove',
                width: 50,
                fixed: 'right',
                render: (_, f) => (
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} data-testid={`rules-std-remove-${f.name}`} />
                ),
              },
            ]}
          />
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            style={{ marginTop: 12 }}
            data-testid="rules-std-add"
            onClick={() => {
              add({ country: undefined, city: null, currency: 'USD', lodging: 0, meals: 0, incidentals: 0 });
              // Show the new row: it is on the last page.
              const count = ((form.getFieldValue(['params', 'standards']) ?? []) as unknown[]).length;
              setPage(Math.max(1, Math.ceil(count / 50)));
            }}>
            {t('tro.rule.addStandard')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
