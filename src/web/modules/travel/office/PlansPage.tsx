/**
 * Annual outbound-travel plans (年度出访计划). A unit's contact keeps the unit's plan of a year as
 * editable rows; offices and leaders see the plans of the units in their scope, read-only.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
import { DeleteOutlined, PlusOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { countryName } from '@shared/reference/countries';
import { plansApi, type Plan, type PlanItem } from './api';
import { CountrySelect } from '@web/ui/CountrySelect';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n, type Locale } from '@web/ui/i18n';
import { fmtDateTime, today } from '@web/ui/format';
import { useCan } from '@web/ui/session';
import { num, useUrlQuery } from '@web/ui/useUrlQuery';
import { AppLink, bannerText, isConflict } from './common';
import { applyPathErrors, pathName, type PlaceError } from '@web/ui/formErrors';

interface ItemValues {
  id?: number;
  title?: string;
  countries?: string[];
  people?: number | null;
  days?: number | null;
  month?: number | null;
  budget?: number | null;
}
interface PlanValues {
  items: ItemValues[];
  notes?: string | null;
}

/** Row fields of the items table and the notes take their messages; the rest (a row's id, the list) go to the banner. */
const placePlanError: PlaceError = (path) => {
  if (path === 'notes') return ['notes'];
  return /^items\.\d+\.(title|countries|people|days|month|budget)(\.|$)/.test(path) ? pathName(path, 3) : null;
};

const thisYear = () => Number(today().slice(0, 4));
function parse(get: (k: string) => string | undefined) {
  const y = num(get('year'));
  return { year: y && y >= 2000 && y <= 2100 ? Math.trunc(y) : thisYear(), orgUnitId: num(get('orgUnitId')) };
}

const money = (n: number, locale: Locale) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
const monthName = (m: number, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
const countriesText = (codes: string[], locale: Locale, sep: string) => codes.map((c) => countryName(c, locale)).join(sep);

function UsedBy({ ids }: { ids: number[] }) {
  const { t } = useI18n();
  if (!ids.length) return <span className="muted">{t('tro.plan.unused')}</span>;
  return (
    <Space size={4} wrap>
      {ids.map((id) => (
        <AppLink key={id} id={id} />
      ))}
    </Space>
  );
}

export default function PlansPage() {
  const { t } = useI18n();
  const can = useCan();
  const { query, update } = useUrlQuery(parse);
  const own = can('travel.apply');
  const years = useMemo(() => {
    const y = thisYear();
    return [...new Set([y + 1, y, y - 1, y - 2, y - 3, query.year])].sort((a, b) => b - a);
  }, [query.year]);
  return (
    <>
      <PageHeader
        title={t('tro.plan.title')}
        sub={own ? t('tro.plan.subOwn') : t('tro.plan.subOffice')}
        extra={
          <>
            {!own && (
              <OrgTreeSelect
                style={{ width: 240 }}
                placeholder={t('tro.unit')}
                value={query.orgUnitId}
                onChange={(v) => update({ orgUnitId: v })}
                data-testid="plan-unit"
              />
            )}
            <Select<number>
              style={{ width: 120 }}
              value={query.year}
              onChange={(year) => update({ year })}
              data-testid="plan-year"
              options={years.map((y) => ({ value: y, label: t('tro.yearN', { n: y }) }))}
            />
          </>
        }
      />
      {own ? <OwnPlan year={query.year} /> : <PlansOverview year={query.year} orgUnitId={query.orgUnitId} />}
    </>
  );
}

/** The unit's own plan of the year: created on the first save. */
function OwnPlan({ year }: { year: number }) {
  const qc = useQueryClient();
  const key = ['travel', 'plans', { year }];
  const { data, isLoading, error, refetch, isFetching } = useQuery({ queryKey: key, queryFn: () => plansApi.list({ year }) });
  if (isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error || !data) return <ErrorResult error={error} onRetry={() => refetch()} />;
  const plan = data[0] ?? null;
  return (
    // A new version from the server (saved here or reloaded after a conflict) starts the form afresh.
    <PlanEditor
      key={`${year}-${plan?.id ?? 'new'}-${plan?.version ?? 0}`}
      year={year}
      plan={plan}
      reloading={isFetching}
      reload={() => refetch()}
      onSaved={(p) => {
        qc.setQueryData(key, [p]);
        qc.invalidateQueries({ queryKey: ['travel', 'plans'] });
      }}
    />
  );
}

function toValues(plan: Plan | null): PlanValues {
  if (!plan) return { items: [], notes: null };
  return {
    notes: plan.notes,
    items: plan.items.map((i) => ({ id: i.id, title: i.title, countries: i.countries, people: i.people, days: i.days, month: i.month, budget: i.budget })),
  };
}

function PlanEditor({
  year,
  plan,
  reload,
  reloading,
  onSaved,
}: {
  year: number;
  plan: Plan | null;
  reload: () => void;
  reloading: boolean;
  onSaved: (p: Plan) => void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const items = Form.useWatch('items', form) as ItemValues[] | undefined;
  const editable = plan ? plan.can.update : true;
  const usedBy = useMemo(() => new Map((plan?.items ?? []).map((i) => [i.id, i.usedBy])), [plan]);
  const req = { required: true, message: t('common.required') };

  const planned = (items ?? []).reduce<{ trips: number; people: number; budget: number }>(
    (s, i) => ({ trips: s.trips + 1, people: s.people + (i?.people ?? 0), budget: s.budget + (i?.budget ?? 0) }),
    { trips: 0, people: 0, budget: 0 },
  );

  const save = async () => {
    // The whole store, not onFinish's values: those leave out fields without an input, such as each row's id.
    const v = form.getFieldsValue(true) as PlanValues;
    setBusy(true);
    setError(null);
    setConflict(false);
    const body = {
      notes: v.notes?.trim() || null,
      items: (v.items ?? []).map((i) => ({
        ...(i.id ? { id: i.id } : {}),
        title: (i.title ?? '').trim(),
        countries: i.countries ?? [],
        people: i.people ?? 0,
        days: i.days ?? 0,
        month: i.month ?? null,
        budget: i.budget ?? 0,
      })),
    };
    try {
      const saved = plan ? await plansApi.update(plan.id, { ...body, version: plan.version }) : await plansApi.create({ ...body, year });
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      if (isConflict(e)) setConflict(true);
      else setError(bannerText(e, applyPathErrors(form, e, placePlanError)));
    } finally {
      setBusy(false);
    }
  };

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
    <Form<PlanValues> form={form} layout="vertical" initialValues={toValues(plan)} onFinish={save} disabled={!editable} data-testid="plan-form">
      {!plan && <Alert type="info" showIcon title={t('tro.plan.none', { year })} style={{ marginBottom: 16 }} data-testid="plan-missing" />}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={t('tro.conflict')}
          style={{ marginBottom: 16 }}
          data-testid="plan-conflict"
          action={
            <Button size="small" icon={<ReloadOutlined />} loading={reloading} onClick={reload} disabled={false} data-testid="plan-reload">
              {t('common.reload')}
            </Button>
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="plan-error" />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="plan-totals">
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('tro.plan.trips')} value={planned.trips} suffix={t('tro.unitBatch')} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('tro.plan.people')} value={planned.people} suffix={t('tro.unitPersonTrip')} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={6}>
          <Card size="small">
            <Statistic title={t('tro.plan.budget')} value={money(planned.budget, locale)} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={5}>
          <Card size="small">
            <Statistic title={t('tro.plan.usedTrips')} value={plan?.totals.usedTrips ?? 0} suffix={`/ ${plan?.totals.trips ?? 0}`} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={5}>
          <Card size="small">
            <Statistic title={t('tro.plan.usedPeople')} value={plan?.totals.usedPeople ?? 0} suffix={`/ ${plan?.totals.people ?? 0}`} />
          </Card>
        </Col>
      </Row>
      <Card className="section-card" title={t('tro.plan.items', { year })} size="small">
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
      </Card>
      <Card className="section-card" size="small">
        <Form.Item name="notes" label={t('tro.plan.notes')} style={{ marginBottom: editable ? 16 : 0 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} showCount data-testid="plan-notes" />
        </Form.Item>
        {editable && (
          <Space>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy} data-testid="plan-save">
              {plan ? t('common.save') : t('tro.plan.create')}
            </Button>
            {plan && <Typography.Text type="secondary">{t('tro.updatedAt', { at: fmtDateTime(plan.updatedAt) })}</Typography.Text>}
          </Space>
        )}
      </Card>
    </Form>
  );
}

/** The plans of the year of every unit in the office's scope, read-only. */
function PlansOverview({ year, orgUnitId }: { year: number; orgUnitId?: number }) {
  const { t, locale } = useI18n();
  const list = useQuery({
    queryKey: ['travel', 'plans', { year, orgUnitId }],
    queryFn: () => plansApi.list({ year, orgUnitId }),
    placeholderData: keepPreviousData,
  });
  if (list.error && !list.data) return <ErrorResult error={list.error} onRetry={() => list.refetch()} />;
  const rows = list.data ?? [];
  const sum = rows.reduce(
    (s, p) => ({
      items: s.items + p.items.length,
      trips: s.trips + p.totals.trips,
      people: s.people + p.totals.people,
      budget: s.budget + p.totals.budget,
      usedTrips: s.usedTrips + p.totals.usedTrips,
      usedPeople: s.usedPeople + p.totals.usedPeople,
    }),
    { items: 0, trips: 0, people: 0, budget: 0, usedTrips: 0, usedPeople: 0 },
  );
  const itemColumns: TableProps<PlanItem>['columns'] = [
    { key: 'title', title: t('tro.plan.col.title'), dataIndex: 'title' },
    { key: 'countries', title: t('tro.plan.col.countries'), render: (_, i) => countriesText(i.countries, locale, t('tr.listSep')) },
    { key: 'people', title: t('tro.plan.col.people'), dataIndex: 'people', align: 'right', width: 90 },
    { key: 'days', title: t('tro.plan.col.days'), dataIndex: 'days', align: 'right', width: 90 },
    { key: 'month', title: t('tro.plan.col.month'), width: 90, render: (_, i) => (i.month ? monthName(i.month, locale) : <span className="muted">—</span>) },
    { key: 'budget', title: t('tro.plan.col.budget'), align: 'right', width: 130, render: (_, i) => money(i.budget, locale) },
    { key: 'used', title: t('tro.plan.col.usedBy'), width: 150, render: (_, i) => <UsedBy ids={i.usedBy} /> },
  ];
  const columns: TableProps<Plan>['columns'] = [
    { key: 'unit', title: t('tro.unit'), dataIndex: 'orgUnitName' },
    { key: 'items', title: t('tro.plan.col.items'), align: 'right', render: (_, p) => p.items.length },
    { key: 'people', title: t('tro.plan.people'), align: 'right', render: (_, p) => p.totals.people },
    { key: 'budget', title: t('tro.plan.budget'), align: 'right', render: (_, p) => money(p.totals.budget, locale) },
    {
      key: 'used',
      title: t('tro.plan.col.used'),
      align: 'right',
      render: (_, p) => (
        <Tooltip title={t('tro.plan.usedHint')}>
          <Tag color={p.totals.usedTrips >= p.totals.trips && p.totals.trips > 0 ? 'orange' : 'blue'}>
            {t('tro.plan.usedOf', { trips: p.totals.usedTrips, ofTrips: p.totals.trips, people: p.totals.usedPeople, ofPeople: p.totals.people })}
          </Tag>
        </Tooltip>
      ),
    },
    { key: 'updated', title: t('tro.updated'), render: (_, p) => fmtDateTime(p.updatedAt) },
  ];
  return (
    <Card className="section-card" size="small">
      <Table<Plan>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        columns={columns}
        pagination={false}
        data-testid="plans-table"
        locale={{ emptyText: <Empty description={t('tro.plan.noneOffice', { year })} /> }}
        onRow={(p) => ({ 'data-testid': `plan-row-${p.id}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (p) => (
            <>
              <Table<PlanItem> rowKey="id" size="small" pagination={false} dataSource={p.items} columns={itemColumns} />
              {p.notes && (
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                  {t('tro.plan.notesLine', { notes: p.notes })}
                </Typography.Paragraph>
              )}
            </>
          ),
          rowExpandable: (p) => p.items.length > 0 || !!p.notes,
        }}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} />
              <Table.Summary.Cell index={1}>
                <strong>{t('tro.total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {sum.items}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {sum.people}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {money(sum.budget, locale)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {t('tro.plan.usedOf', { trips: sum.usedTrips, ofTrips: sum.trips, people: sum.usedPeople, ofPeople: sum.people })}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
