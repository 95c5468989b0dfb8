/** The plan's items as editable rows (a Form.List of the plan form): add, edit, and remove the rows no application uses. */
import { Button, Empty, Form, Input, InputNumber, Select, Table, Tooltip, type FormInstance, type TableProps } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CountrySelect } from '@web/ui/CountrySelect';
import { useI18n } from '@web/ui/i18n';
import { monthName } from './planFormat';
import type { PlanValues } from './planFormModel';
import { UsedBy } from './PlanUsedBy';

export function PlanItemsTable({ form, editable, usedBy }: { form: FormInstance<PlanValues>; editable: boolean; usedBy: Map<number, number[]> }) {
  const { t, locale } = useI18n();
  const req = { required: true, message: t('common.required') };

  const columns: TableProps<{ key: number; name: number }>['columns'] = [
    {
      key: 'title',
      title: t('tro.plan.col.title'),
      width: 240,
      render: (_, f) => (
        <Form.Item name={[f.name, 'title']} rules={[req, { whitespace: true, message: t('common.required') }]} style={{ margin: 0 }}>
          <Input maxLength={200} placeholder={t('tro.plan.titlePh')} data-testid={`plan-item-title-${f.name}`} />
        </Form.Item>
      ),
    },
    {
      key: 'countries',
      title: t('tro.plan.col.countries'),
      width: 280,
      render: (_, f) => (
        <Form.Item name={[f.name, 'countries']} rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]} style={{ margin: 0 }}>
          <CountrySelect mode="multiple" maxCount={10} data-testid={`plan-item-countries-${f.name}`} />
        </Form.Item>
      ),
    },
    {
      key: 'people',
      title: t('tro.plan.col.people'),
      width: 100,
      render: (_, f) => (
        <Form.Item name={[f.name, 'people']} rules={[req]} style={{ margin: 0 }}>
          <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} data-testid={`plan-item-people-${f.name}`} />
        </Form.Item>
      ),
    },
    {
      key: 'days',
      title: t('tro.plan.col.days'),
      width: 100,
      render: (_, f) => (
        <Form.Item name={[f.name, 'days']} rules={[req]} style={{ margin: 0 }}>
          <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} data-testid={`plan-item-days-${f.name}`} />
        </Form.Item>
      ),
    },
    {
      key: 'month',
      title: t('tro.plan.col.month'),
      width: 110,
      render: (_, f) => (
        <Form.Item name={[f.name, 'month']} style={{ margin: 0 }}>
          <Select<number>
            allowClear
            placeholder={t('tro.plan.monthAny')}
            data-testid={`plan-item-month-${f.name}`}
            options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: monthName(i + 1, locale) }))}
          />
        </Form.Item>
      ),
    },
    {
      key: 'budget',
      title: t('tro.plan.col.budget'),
      width: 150,
      render: (_, f) => (
        <Form.Item name={[f.name, 'budget']} style={{ margin: 0 }}>
          <InputNumber min={0} max={100_000_000} style={{ width: '100%' }} data-testid={`plan-item-budget-${f.name}`} />
        </Form.Item>
      ),
    },
    {
      key: 'used',
      title: t('tro.plan.col.usedBy'),
      width: 130,
      render: (_, f) => <UsedBy ids={usedBy.get(form.getFieldValue(['items', f.name, 'id']) as number) ?? []} />,
    },
  ];

  return (
    <Form.List name="items">
      {(fields, { add, remove }, { errors }) => (
        <>
          <Table<{ key: number; name: number }>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 1160 }}
            data-testid="plan-items"
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tro.plan.empty')} /> }}
            columns={[
              ...(columns ?? []),
              ...(editable
                ? [
                    {
                      key: 'remove',
                      width: 56,
                      fixed: 'right' as const,
                      render: (_: unknown, f: { name: number }) => {
                        const used = (usedBy.get(form.getFieldValue(['items', f.name, 'id']) as number) ?? []).length > 0;
                        return (
                          <Tooltip title={used ? t('tro.plan.cannotRemove') : t('tro.plan.remove')}>
                            <Button
                              type="text"
                              danger
                              icon={<DeleteOutlined />}
                              disabled={used}
                              onClick={() => remove(f.name)}
                              data-testid={`plan-item-remove-${f.name}`}
                            />
                          </Tooltip>
                        );
                      },
                    },
                  ]
                : []),
            ]}
          />
          <Form.ErrorList errors={errors} />
          {editable && (
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              style={{ marginTop: 12 }}
              data-testid="plan-add-item"
              onClick={() => add({ title: '', countries: [], people: 1, days: 5, month: null, budget: 0 })}>
              {t('tro.plan.addItem')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
