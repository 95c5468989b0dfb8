/** The documents of a legalization case on the case page: each with its route (Apostille / legalization), fee and register number. */
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { DOCUMENT_TYPES } from '@shared/contracts/services-legalization';
import { URGENCY_LABELS } from '@shared/labels/services';
import { DOCUMENT_TYPE_LABELS, LEGALIZATION_ROUTE_LABELS, ROUTE_REASON_LABELS } from '@shared/labels/services-legalization';
import { labelOptions } from '@shared/labels/labels';
import { countryName } from '@shared/reference/countries';
import { ArchiveReasonModal } from '@web/ui/ArchiveReasonModal';
import { CountrySelect } from '@web/ui/CountrySelect';
import { applyFieldErrors, errorMessage } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { isConflict } from '@web/ui/RecordModals';
import type { KindPanelProps } from '../kindPanels';
import { legalizationApi, type ItemInput, type LegalizationItem } from './api';

type FormValues = Omit<ItemInput, 'issuedOn'> & { issuedOn: Dayjs };
const FIELDS = ['docType', 'issuer', 'holderName', 'issuedOn', 'countryOfUse', 'pieces', 'notarized', 'note'];

export function RouteTag({ item }: { item: Pick<LegalizationItem, 'route' | 'routeReason' | 'embassyStep'> }) {
  const { t, label } = useI18n();
  return (
    <Tooltip title={label(ROUTE_REASON_LABELS, item.routeReason)}>
      <Tag color={item.route === 'apostille' ? 'green' : 'blue'} data-testid="route-tag">
        {label(LEGALIZATION_ROUTE_LABELS, item.route)}
        {item.embassyStep ? ` · ${t('svc.legalization.embassyStep')}` : ''}
      </Tag>
    </Tooltip>
  );
}

export default function LegalizationPanel({ caseId, editable, onChanged }: KindPanelProps) {
  const { t, label, locale } = useI18n();
  const qc = useQueryClient();
  const key = ['services', 'legalization', caseId];
  const items = useQuery({ queryKey: [...key, 'items'], queryFn: () => legalizationApi.items(caseId) });
  const fees = useQuery({ queryKey: [...key, 'fees'], queryFn: () => legalizationApi.feeSummary(caseId) });
  const [editing, setEditing] = useState<LegalizationItem | 'new' | null>(null);
  const [archiving, setArchiving] = useState<LegalizationItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<FormValues>();

  const changed = () => {
    qc.invalidateQueries({ queryKey: key });
    onChanged();
  };
  const open = (item: LegalizationItem | 'new') => {
    setError(null);
    form.resetFields();
    if (item !== 'new') form.setFieldsValue({ ...item, issuedOn: dayjs(item.issuedOn) });
    setEditing(item);
  };
  const save = async (v: FormValues) => {
    const body = { ...v, issuedOn: v.issuedOn.format('YYYY-MM-DD') };
    try {
      if (editing === 'new') await legalizationApi.addItem(caseId, body);
      else if (editing) await legalizationApi.updateItem(caseId, editing.id, { ...body, version: editing.version });
      setEditing(null);
      changed();
    } catch (e) {
      const rest = applyFieldErrors(form, e, FIELDS);
      setError(isConflict(e) ? t('conflict.body') : rest.length ? rest.join('; ') : errorMessage(e));
    }
  };

  const columns: TableProps<LegalizationItem>['columns'] = [
    {
      key: 'type',
      title: t('svc.legalization.col.docType'),
      render: (_, i) => (
        <>
          {label(DOCUMENT_TYPE_LABELS, i.docType)}
          {i.notarizeFirst && !i.notarized && (
            <Tag color="orange" style={{ marginLeft: 6 }}>
              {t('svc.legalization.notarizeFirst')}
            </Tag>
          )}
        </>
      ),
    },
    { key: 'issuer', title: t('svc.legalization.col.issuer'), dataIndex: 'issuer' },
    { key: 'holder', title: t('svc.legalization.col.holder'), dataIndex: 'holderName' },
    { key: 'issuedOn', title: t('svc.legalization.col.issuedOn'), dataIndex: 'issuedOn', width: 110 },
    { key: 'country', title: t('svc.legalization.col.country'), render: (_, i) => countryName(i.countryOfUse, locale) },
    { key: 'pieces', title: t('svc.legalization.col.pieces'), dataIndex: 'pieces', align: 'right', width: 70 },
    { key: 'route', title: t('svc.legalization.col.route'), render: (_, i) => <RouteTag item={i} /> },
    { key: 'fee', title: t('svc.legalization.col.fee'), dataIndex: 'fee', align: 'right', width: 90 },
    {
      key: 'number',
      title: t('svc.legalization.col.number'),
      dataIndex: 'registerNumber',
      render: (n: string | null) => n && <Typography.Text code>{n}</Typography.Text>,
    },
    {
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, i) =>
        editable && (
          <Space size={0}>
            {i.can.update && <Button type="link" size="small" icon={<EditOutlined />} aria-label={t('svc.legalization.states.edit')} onClick={() => open(i)} />}
            {i.can.archive && (
              <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('svc.legalization.archive.ok')} onClick={() => setArchiving(i)} />
            )}
          </Space>
        ),
    },
  ];

  const summary = fees.data;
  return (
    <Card
      size="small"
      className="section-card"
      title={t('svc.legalization.panel.title')}
      data-testid="legalization-panel"
      extra={
        editable &&
        items.data?.can.add && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="legalization-add">
            {t('svc.legalization.panel.add')}
          </Button>
        )
      }>
      <Table<LegalizationItem>
        rowKey="id"
        size="small"
        loading={items.isLoading}
        dataSource={items.data?.items ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('svc.legalization.panel.empty') }}
        scroll={{ x: 'max-content' }}
      />
      {summary && (
        <Space style={{ marginTop: 8 }} data-testid="legalization-fees">
          <Typography.Text strong>
            {t('svc.legalization.fees.total', { total: summary.total, urgency: label(URGENCY_LABELS, summary.urgency) })}
          </Typography.Text>
          {summary.readyOn && <Typography.Text type="secondary">{t('svc.legalization.fees.readyOn', { date: summary.readyOn })}</Typography.Text>}
        </Space>
      )}
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('svc.legalization.panel.add') : t('svc.legalization.states.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        destroyOnHidden>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form<FormValues> form={form} layout="vertical" onFinish={save} initialValues={{ pieces: 1, notarized: false }}>
          <Form.Item name="docType" label={t('svc.legalization.col.docType')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={labelOptions(DOCUMENT_TYPE_LABELS, locale).filter((o) => DOCUMENT_TYPES.includes(o.value))} data-testid="item-type" />
          </Form.Item>
          <Form.Item name="issuer" label={t('svc.legalization.col.issuer')} rules={[{ required: true, message: t('common.required') }]}>
            <Input maxLength={200} data-testid="item-issuer" />
          </Form.Item>
          <Form.Item name="holderName" label={t('svc.legalization.col.holder')}>
            <Input maxLength={200} />
          </Form.Item>
          <Space size="large" wrap>
            <Form.Item name="issuedOn" label={t('svc.legalization.col.issuedOn')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker data-testid="item-issued" />
            </Form.Item>
            <Form.Item name="pieces" label={t('svc.legalization.col.pieces')} rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber min={1} max={999} precision={0} />
            </Form.Item>
            <Form.Item name="notarized" label={t('svc.legalization.col.notarized')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
          <Form.Item name="countryOfUse" label={t('svc.legalization.col.country')} rules={[{ required: true, message: t('common.required') }]}>
            <CountrySelect data-testid="item-country" />
          </Form.Item>
          <Form.Item name="note" label={t('svc.legalization.col.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
      <ArchiveReasonModal
        open={!!archiving}
        onClose={() => setArchiving(null)}
        archive={(reason) => legalizationApi.archiveItem(caseId, archiving!.id, archiving!.version, reason)}
        onDone={() => {
          setArchiving(null);
          changed();
        }}
        isConflict={isConflict}
        onConflict={() => {
          setArchiving(null);
          changed();
        }}
        text={{
          title: 'svc.legalization.archive.title',
          hint: 'svc.legalization.archive.hint',
          ok: 'svc.legalization.archive.ok',
          reason: 'svc.legalization.archive.reason',
          reasonRequired: 'svc.legalization.archive.reasonRequired',
        }}
      />
    </Card>
  );
}
