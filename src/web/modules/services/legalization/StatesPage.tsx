/** The table of states (Apostille in force with China from, objections, the embassy step) and the fees, kept by services.manage. */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { EditOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { DOCUMENT_CATEGORY_LABELS } from '@shared/labels/services-legalization';
import { URGENCY_LABELS } from '@shared/labels/services';
import { countryName } from '@shared/reference/countries';
import { CountrySelect } from '@web/ui/CountrySelect';
import { PageHeader } from '@web/ui/PageHeader';
import { applyFieldErrors, errorMessage } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { isConflict } from '@web/ui/RecordModals';
import { useCan } from '@web/ui/session';
import { legalizationApi, type LegalizationFee, type LegalizationState } from './api';

interface StateForm {
  iso3: string;
  apostilleFrom: Dayjs | null;
  objection: boolean;
  embassyStep: boolean;
  note?: string | null;
  source: string;
}

function FeesCard({ canEdit }: { canEdit: boolean }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const fees = useQuery({ queryKey: ['services', 'legalization', 'fees'], queryFn: legalizationApi.fees });
  const [draft, setDraft] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const keyOf = (f: LegalizationFee) => `${f.category}/${f.urgency}`;
  const save = async () => {
    setError(null);
    try {
      const changed = (fees.data ?? [])
        .filter((f) => draft[keyOf(f)] !== undefined && draft[keyOf(f)] !== f.amount)
        .map((f) => ({ ...f, amount: draft[keyOf(f)]! }));
      if (changed.length) await legalizationApi.saveFees(changed);
      setDraft({});
      await fees.refetch();
      message.success(t('common.saved'));
    } catch (e) {
      setError(isConflict(e) ? t('conflict.body') : errorMessage(e));
      fees.refetch();
    }
  };
  return (
    <Card size="small" className="section-card" title={t('svc.legalization.fees.title')} data-testid="legalization-fees-card">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Space wrap size="large">
        {(fees.data ?? []).map((f) => (
          <Space key={keyOf(f)} direction="vertical" size={2}>
            <Typography.Text type="secondary">
              {label(DOCUMENT_CATEGORY_LABELS, f.category)} · {label(URGENCY_LABELS, f.urgency)}
            </Typography.Text>
            <InputNumber
              min={0}
              max={100000}
              value={draft[keyOf(f)] ?? f.amount}
              disabled={!canEdit}
              onChange={(v) => setDraft((d) => ({ ...d, [keyOf(f)]: Number(v ?? 0) }))}
            />
          </Space>
        ))}
        {canEdit && (
          <Button type="primary" icon={<SaveOutlined />} onClick={save}>
            {t('common.save')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

export default function StatesPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const canEdit = can('services.manage');
  const qc = useQueryClient();
  const states = useQuery({ queryKey: ['services', 'legalization', 'states'], queryFn: legalizationApi.states });
  const [editing, setEditing] = useState<LegalizationState | 'new' | null>(null);
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<StateForm>();

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (states.data ?? []).filter(
      (s) => !needle || `${s.iso3} ${countryName(s.iso3, 'zh-CN')} ${countryName(s.iso3, 'en-US')}`.toLowerCase().includes(needle),
    );
  }, [states.data, q]);

  const open = (s: LegalizationState | 'new') => {
    setError(null);
    form.resetFields();
    if (s !== 'new') form.setFieldsValue({ ...s, apostilleFrom: s.apostilleFrom ? dayjs(s.apostilleFrom) : null, source: s.source ?? '' });
    setEditing(s);
  };
  const save = async (v: StateForm) => {
    const current = editing === 'new' ? states.data?.find((s) => s.iso3 === v.iso3) : editing;
    try {
      await legalizationApi.saveState(v.iso3, {
        apostilleFrom: v.apostilleFrom ? v.apostilleFrom.format('YYYY-MM-DD') : null,
        objection: !!v.objection,
        embassyStep: !!v.embassyStep,
        note: v.note || null,
        source: v.source,
        version: current?.version ?? 0,
      });
      setEditing(null);
      qc.invalidateQueries({ queryKey: ['services', 'legalization', 'states'] });
    } catch (e) {
      const rest = applyFieldErrors(form, e, ['apostilleFrom', 'objection', 'embassyStep', 'note', 'source', 'iso3']);
      setError(isConflict(e) ? t('conflict.body') : rest.length ? rest.join('; ') : errorMessage(e));
    }
  };

  const columns: TableProps<LegalizationState>['columns'] = [
    { key: 'iso3', title: t('svc.legalization.states.iso3'), width: 200, render: (_, s) => `${countryName(s.iso3, locale)} (${s.iso3})` },
    {
      key: 'from',
      title: t('svc.legalization.states.from'),
      width: 130,
      render: (_, s) => (s.apostilleFrom ? <Tag color="green">{s.apostilleFrom}</Tag> : <Tag>{t('svc.legalization.states.notInForce')}</Tag>),
    },
    { key: 'objection', title: t('svc.legalization.states.objection'), width: 110, render: (_, s) => s.objection && <Tag color="red">{t('common.yes')}</Tag> },
    { key: 'embassy', title: t('svc.legalization.states.embassy'), width: 100, render: (_, s) => (s.embassyStep ? t('common.yes') : t('common.no')) },
    {
      key: 'source',
      title: t('svc.legalization.states.source'),
      render: (_, s) => (
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, marginBottom: 0, maxWidth: 420 }}
          ellipsis={{ rows: 2, tooltip: [s.note, s.source].filter(Boolean).join(' — ') }}>
          {s.note ? `${s.note} — ` : ''}
          {s.source}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'edited',
      width: 80,
      render: (_, s) => (s.edited ? <Tag color="blue">{t('svc.legalization.states.edited')}</Tag> : <Tag>{t('svc.legalization.states.default')}</Tag>),
    },
    ...(canEdit
      ? [
          {
            key: 'act',
            width: 60,
            render: (_: unknown, s: LegalizationState) => (
              <Button type="link" icon={<EditOutlined />} aria-label={t('svc.legalization.states.edit')} onClick={() => open(s)} />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('svc.legalization.states.title')}
        sub={t('svc.legalization.states.sub')}
        extra={
          canEdit && (
            <Button icon={<PlusOutlined />} onClick={() => open('new')}>
              {t('svc.legalization.states.add')}
            </Button>
          )
        }
      />
      <FeesCard canEdit={canEdit} />
      <Card size="small" className="section-card">
        <Input.Search
          allowClear
          placeholder={t('svc.legalization.states.search')}
          style={{ maxWidth: 320, marginBottom: 12 }}
          onSearch={setQ}
          onChange={(e) => setQ(e.target.value)}
          data-testid="states-search"
        />
        <div data-testid="states-table">
          <Table<LegalizationState> rowKey="iso3" size="small" loading={states.isLoading} dataSource={rows} columns={columns} pagination={{ pageSize: 20 }} />
        </div>
      </Card>
      <Modal open={!!editing} title={t('svc.legalization.states.edit')} onCancel={() => setEditing(null)} onOk={() => form.submit()} destroyOnHidden>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form<StateForm> form={form} layout="vertical" onFinish={save} initialValues={{ objection: false, embassyStep: true }}>
          <Form.Item name="iso3" label={t('svc.legalization.states.iso3')} rules={[{ required: true, message: t('common.required') }]}>
            <CountrySelect disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="apostilleFrom" label={t('svc.legalization.states.from')}>
            <DatePicker allowClear />
          </Form.Item>
          <Space size="large">
            <Form.Item name="objection" valuePropName="checked">
              <Checkbox>{t('svc.legalization.states.objection')}</Checkbox>
            </Form.Item>
            <Form.Item name="embassyStep" valuePropName="checked">
              <Checkbox>{t('svc.legalization.states.embassy')}</Checkbox>
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t('svc.legalization.col.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="source" label={t('svc.legalization.states.source')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
