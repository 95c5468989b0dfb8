/**
 * The form of a rule version: a new version (starting from a copy of another version's parameters,
 * with its own effective date, document number and title) or an edit of an existing one.
 */
import { useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Divider, Drawer, Empty, Form, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { RANKS, RULE_KEYS } from '@shared/contracts/travel';
import { ApiError } from '@web/ui/api/client';
import { rulesApi, type ApprovalParams, type BudgetParams, type LimitsParams, type RuleInput, type RuleKind, type RuleVersion } from './api';
import { CountrySelect } from '@web/ui/CountrySelect';
import { useI18n } from '@web/ui/i18n';
import { rankLabels, ruleKeyLabels, ruleKindLabels } from '@shared/labels/travel';
import { bannerText, isConflict, useTroOptions } from './common';
import { applyPathErrors, pathName, type PlaceError } from '@web/ui/formErrors';
import { DEFAULT_SEVERITIES, useMaxDaysLabel } from './RuleParamsView';

export type EditorMode = { mode: 'new'; kind: RuleKind; from: RuleVersion | null } | { mode: 'edit'; kind: RuleKind; rule: RuleVersion };

type Standard = BudgetParams['standards'][number];
interface Values {
  effectiveFrom?: Dayjs;
  documentNumber?: string;
  title?: string;
  params: Record<string, unknown>;
}

/** How deep each parameter's fields go in the form (a message on a deeper path sits on that field). */
const PARAM_DEPTH: Record<string, number> = { maxDays: 3, severities: 3, ranks: 3, standards: 4, extraDayCountries: 2 };
const placeRuleError: PlaceError = (path) => {
  if (['effectiveFrom', 'documentNumber', 'title'].includes(path)) return [path];
  const [head, key, index] = path.split('.');
  if (head !== 'params' || !key) return null;
  const depth = PARAM_DEPTH[key] ?? 2;
  // A message about a whole list (too many rows) has no single field to sit beside.
  if (depth > 2 && index === undefined) return null;
  return pathName(path, depth);
};

const EMPTY_LIMITS: LimitsParams = {
  maxCountries: 3,
  maxDays: [5, 8, 10],
  extraDays: 1,
  extraDayCountries: [],
  maxMembers: 6,
  publicityWorkingDays: 5,
  passportReturnDays: 7,
  reportMonths: 1,
  passportValidityMonths: 6,
  reminderHoldAfter: 3,
  severities: DEFAULT_SEVERITIES,
};
const EMPTY_APPROVAL: ApprovalParams = {
  ranks: { provincial: 'upward', bureau: 'leader', division: 'leader', section: 'office', staff: 'office', other: 'office' },
};

/** The parameters to start from, filled out where a stored version lacks something. */
function startParams(kind: RuleKind, source: RuleVersion | null): Record<string, unknown> {
  const p = (source?.params ?? {}) as Record<string, unknown>;
  if (kind === 'limits') {
    const l = { ...EMPTY_LIMITS, ...(p as Partial<LimitsParams>) };
    return { ...l, severities: { ...DEFAULT_SEVERITIES, ...(l.severities ?? {}) } };
  }
  if (kind === 'budget') return { standards: ((p as Partial<BudgetParams>).standards ?? []).map((s) => ({ ...s })) };
  return { ranks: { ...EMPTY_APPROVAL.ranks, ...((p as Partial<ApprovalParams>).ranks ?? {}) } };
}

/** The form's values as the contract wants them (upper-case codes, empty cities as null). */
function cleanParams(kind: RuleKind, p: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'budget') {
    const standards = ((p.standards ?? []) as Array<Partial<Standard>>).map((s) => ({
      country: (s.country ?? '').toUpperCase(),
      city: s.city?.trim() || null,
      currency: (s.currency ?? '').trim().toUpperCase(),
      lodging: s.lodging ?? 0,
      meals: s.meals ?? 0,
      incidentals: s.incidentals ?? 0,
    }));
    return { standards };
  }
  if (kind === 'limits') {
    const l = p as unknown as LimitsParams;
    return { ...l, maxDays: (l.maxDays ?? []).filter((d) => d != null), extraDayCountries: l.extraDayCountries ?? [] };
  }
  return p;
}

export function RuleEditor({
  editor,
  onClose,
  onSaved,
  onStale,
}: {
  editor: EditorMode;
  onClose: () => void;
  onSaved: (r: RuleVersion) => void;
  onStale: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const { kind } = editor;
  const source = editor.mode === 'edit' ? editor.rule : editor.from;
  const initial: Values =
    editor.mode === 'edit'
      ? {
          effectiveFrom: dayjs(editor.rule.effectiveFrom),
          documentNumber: editor.rule.documentNumber,
          title: editor.rule.title,
          params: startParams(kind, editor.rule),
        }
      : { params: startParams(kind, editor.from) };
  const req = { required: true, message: t('common.required') };

  const save = async () => {
    // The whole store: onFinish's values leave out the budget rows on other pages of the table.
    const v = form.getFieldsValue(true) as Values;
    setBusy(true);
    setError(null);
    const head = { effectiveFrom: v.effectiveFrom!.format('YYYY-MM-DD'), documentNumber: (v.documentNumber ?? '').trim(), title: (v.title ?? '').trim() };
    const params = cleanParams(kind, v.params);
    try {
      const saved =
        editor.mode === 'edit'
          ? await rulesApi.update(editor.rule.id, { ...head, params, version: editor.rule.version })
          : await rulesApi.create({ kind, ...head, params } as RuleInput);
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      if (isConflict(e)) {
        setStale(true);
        onStale();
      } else if (e instanceof ApiError && e.status === 409) {
        // Another version of this kind already starts on that date.
        form.setFields([{ name: 'effectiveFrom', errors: [e.message] }]);
      } else {
        setError(bannerText(e, applyPathErrors(form, e, placeRuleError)));
      }
    } finally {
      setBusy(false);
    }
  };

  const title =
    editor.mode === 'edit' ? t('tro.rule.editTitle', { kind: label(ruleKindLabels, kind) }) : t('tro.rule.newTitle', { kind: label(ruleKindLabels, kind) });

  return (
    <Drawer
      open
      title={title}
      size={kind === 'budget' ? 1100 : 860}
      onClose={onClose}
      destroyOnHidden
      data-testid="rules-editor"
      footer={
        <Space>
          <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={stale} onClick={() => form.submit()} data-testid="rules-save">
            {t('common.save')}
          </Button>
          <Button onClick={onClose} data-testid="rules-cancel">
            {t('common.cancel')}
          </Button>
        </Space>
      }>
      {editor.mode === 'new' && source && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('tro.rule.copyFrom', { doc: source.documentNumber, date: source.effectiveFrom })} />
      )}
      {stale && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('tro.conflictReloaded')} data-testid="rules-stale" />}
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} data-testid="rules-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={save} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="effectiveFrom" label={t('tro.rule.effectiveFrom')} rules={[req]} extra={t('tro.rule.effectiveHint')}>
              <DatePicker style={{ width: '100%' }} data-testid="rules-effective-from" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="documentNumber" label={t('tro.rule.documentNumber')} rules={[req, { whitespace: true, min: 2, message: t('tro.rule.docRule') }]}>
              <Input maxLength={100} placeholder={t('tro.rule.docPh')} data-testid="rules-doc-number" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('tro.rule.titleLabel')} rules={[req, { whitespace: true, message: t('common.required') }]}>
          <Input maxLength={200} data-testid="rules-title" />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('tro.rule.params')}
        </Divider>
        {kind === 'limits' && <LimitsFields />}
        {kind === 'budget' && <BudgetFields />}
        {kind === 'approval' && <ApprovalFields />}
      </Form>
    </Drawer>
  );
}

function Num({
  name,
  label,
  min,
  max,
  extra,
  testid,
  suffix,
}: {
  name: string;
  label: string;
  min: number;
  max: number;
  extra?: string;
  testid: string;
  suffix?: string;
}) {
  const { t } = useI18n();
  return (
    <Form.Item name={['params', name]} label={label} extra={extra} rules={[{ required: true, message: t('common.required') }]}>
      <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} suffix={suffix} data-testid={testid} />
    </Form.Item>
  );
}

function LimitsFields() {
  const { t, label } = useI18n();
  const opts = useTroOptions();
  const dayLabel = useMaxDaysLabel();
  const d = t('common.days');
  return (
    <>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Num name="maxCountries" label={t('tro.rule.maxCountries')} min={1} max={20} testid="rules-max-countries" />
        </Col>
        <Col xs={12} md={8}>
          <Num name="maxMembers" label={t('tro.rule.maxMembers')} min={1} max={50} testid="rules-max-members" extra={t('tro.rule.maxMembersHint')} />
        </Col>
        <Col xs={12} md={8}>
          <Num name="extraDays" label={t('tro.rule.extraDays')} min={0} max={10} testid="rules-extra-days" suffix={d} />
        </Col>
      </Row>
      <Form.Item label={t('tro.rule.maxDays')} extra={t('tro.rule.maxDaysHint')} required>
        <Form.List name={['params', 'maxDays']}>
          {(fields, { add, remove }, { errors }) => (
            <Space size={[12, 8]} wrap align="start" data-testid="rules-max-days">
              {fields.map((f, i) => (
                <Space.Compact key={f.key}>
                  <Form.Item name={f.name} noStyle rules={[{ required: true, message: t('common.required') }]}>
                    <InputNumber
                      min={1}
                      max={90}
                      precision={0}
                      style={{ width: 190 }}
                      prefix={<Typography.Text type="secondary">{dayLabel(i, fields.length)}</Typography.Text>}
                      suffix={d}
                      data-testid={`rules-max-days-${i}`}
                    />
                  </Form.Item>
                  {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} data-testid={`rules-max-days-remove-${i}`} />}
                </Space.Compact>
              ))}
              {fields.length < 20 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(undefined)} data-testid="rules-max-days-add">
                  {t('tro.rule.addStep')}
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name={['params', 'extraDayCountries']} label={t('tro.rule.extraDayCountries')} extra={t('tro.rule.extraDayCountriesHint')}>
        <CountrySelect mode="multiple" maxTagCount={12} data-testid="rules-extra-countries" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Num
            name="publicityWorkingDays"
            label={t('tro.rule.publicityWorkingDays')}
            min={0}
            max={30}
            testid="rules-publicity"
            extra={t('tro.rule.zeroNone')}
          />
        </Col>
        <Col xs={12} md={8}>
          <Num name="passportReturnDays" label={t('tro.rule.passportReturnDays')} min={1} max={90} testid="rules-passport-return" suffix={d} />
        </Col>
        <Col xs={12} md={8}>
          <Num name="reportMonths" label={t('tro.rule.reportMonths')} min={1} max={12} testid="rules-report-months" suffix={t('tro.monthsUnit')} />
        </Col>
        <Col xs={12} md={8}>
          <Num
            name="passportValidityMonths"
            label={t('tro.rule.passportValidityMonths')}
            min={0}
            max={24}
            testid="rules-validity"
            suffix={t('tro.monthsUnit')}
          />
        </Col>
        <Col xs={12} md={8}>
          <Num name="reminderHoldAfter" label={t('tro.rule.reminderHoldAfter')} min={0} max={20} testid="rules-hold-after" extra={t('tro.rule.zeroNever')} />
        </Col>
      </Row>
      <Typography.Title level={5}>{t('tro.rule.severities')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('tro.rule.severitiesHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        {RULE_KEYS.map((k) => (
          <Col xs={12} md={8} key={k}>
            <Form.Item name={['params', 'severities', k]} label={label(ruleKeyLabels, k)} rules={[{ required: true, message: t('common.required') }]}>
              <Select options={opts.severities} data-testid={`rules-severity-${k}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}

function BudgetFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance<Values>();
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

function ApprovalFields() {
  const { t, label } = useI18n();
  const opts = useTroOptions();
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('tro.rule.approvalHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        {RANKS.map((r) => (
          <Col xs={24} md={12} key={r}>
            <Form.Item name={['params', 'ranks', r]} label={label(rankLabels, r)} rules={[{ required: true, message: t('common.required') }]}>
              <Select options={opts.levels} data-testid={`rules-rank-${r}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}
