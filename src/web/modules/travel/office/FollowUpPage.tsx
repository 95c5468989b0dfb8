/**
 * Follow-up of approved trips (事后监管): what is overdue — return not recorded, passports not handed
 * back, trip report not filed — with reminders to the units, and which units are held from new
 * applications because too many reminders went unanswered.
 */
import { useState } from 'react';
import { Alert, App, Badge, Button, Card, Empty, Form, Input, Modal, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { BellOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { followUpApi, type OverdueItem, type UnitHold } from './api';
import { testIdProps } from '@web/ui/formErrors';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { useI18n } from '@web/ui/i18n';
import { fmtDateTime } from '@web/ui/format';
import { AppLink, OverdueKindTag } from './common';

const rowKey = (r: Pick<OverdueItem, 'applicationId' | 'kind'>) => `${r.applicationId}-${r.kind}`;

export default function FollowUpPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { data, isLoading, isFetching, error, refetch } = useQuery({ queryKey: ['travel', 'follow-up'], queryFn: followUpApi.get });
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState(false);

  if (error && !data) return <ErrorResult error={error} onRetry={() => refetch()} />;
  const overdue = data?.overdue ?? [];
  const chosen = overdue.filter((r) => selected.includes(rowKey(r)));

  const columns: TableProps<OverdueItem>['columns'] = [
    { key: 'unit', title: t('tro.unit'), dataIndex: 'orgUnitName', width: 180 },
    { key: 'task', title: t('tro.fu.col.task'), render: (_, r) => <AppLink id={r.applicationId}>{r.task}</AppLink> },
    { key: 'kind', title: t('tro.fu.col.kind'), width: 150, render: (_, r) => <OverdueKindTag kind={r.kind} /> },
    { key: 'due', title: t('tro.fu.col.due'), dataIndex: 'dueOn', width: 110, sorter: (a, b) => a.dueOn.localeCompare(b.dueOn) },
    {
      key: 'days',
      title: t('tro.fu.col.daysOverdue'),
      align: 'right',
      width: 110,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.daysOverdue - b.daysOverdue,
      render: (_, r) => (
        <Typography.Text type={r.daysOverdue > 30 ? 'danger' : undefined} strong>
          {t('tro.daysN', { n: r.daysOverdue })}
        </Typography.Text>
      ),
    },
    {
      key: 'sent',
      title: t('tro.fu.col.reminders'),
      align: 'right',
      width: 100,
      render: (_, r) =>
        r.remindersSent ? <Badge count={r.remindersSent} color={r.remindersSent >= 3 ? '#cf1322' : '#fa8c16'} showZero /> : <span className="muted">0</span>,
    },
    {
      key: 'last',
      title: t('tro.fu.col.lastReminded'),
      width: 170,
      render: (_, r) => (r.lastRemindedAt ? fmtDateTime(r.lastRemindedAt) : <span className="muted">—</span>),
    },
  ];

  const unitColumns: TableProps<UnitHold>['columns'] = [
    {
      key: 'unit',
      title: t('tro.unit'),
      render: (_, u) => (
        <Space size={6} wrap>
          {u.orgUnitName}
          {u.held && (
            <Tag color="red" icon={<StopOutlined />} data-testid={`unit-held-${u.orgUnitId}`}>
              {t('tro.fu.held')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'unanswered',
      title: t('tro.fu.col.unanswered'),
      align: 'right',
      width: 160,
      render: (_, u) => (
        <Typography.Text type={u.held ? 'danger' : u.unanswered > 0 ? 'warning' : undefined} strong={u.unanswered > 0}>
          {u.unanswered}
        </Typography.Text>
      ),
    },
    {
      key: 'threshold',
      title: t('tro.fu.col.threshold'),
      align: 'right',
      width: 160,
      render: (_, u) => (u.threshold > 0 ? u.threshold : <span className="muted">{t('tro.fu.never')}</span>),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('tro.fu.title')}
        sub={data ? t('tro.fu.asOf', { date: data.today }) : undefined}
        extra={
          <>
            <Button icon={<ReloadOutlined />} loading={isFetching} onClick={() => refetch()} data-testid="followup-refresh">
              {t('common.reload')}
            </Button>
            <Button type="primary" icon={<BellOutlined />} disabled={!chosen.length} onClick={() => setOpen(true)} data-testid="followup-remind">
              {chosen.length ? t('tro.fu.remindN', { n: chosen.length }) : t('tro.fu.remind')}
            </Button>
          </>
        }
      />
      <Card className="section-card" size="small" title={t('tro.fu.overdue', { n: overdue.length })}>
        <Table<OverdueItem>
          rowKey={rowKey}
          size="middle"
          loading={isLoading || isFetching}
          dataSource={overdue}
          columns={columns}
          pagination={overdue.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          data-testid="followup-table"
          scroll={{ x: 1000 }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: false }}
          onRow={(r) => ({ 'data-testid': `overdue-row-${rowKey(r)}` }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty description={t('tro.fu.none')} /> }}
        />
      </Card>
      <Card className="section-card" size="small" title={t('tro.fu.units')} extra={<Typography.Text type="secondary">{t('tro.fu.unitsHint')}</Typography.Text>}>
        <Table<UnitHold>
          rowKey="orgUnitId"
          size="small"
          loading={isLoading}
          dataSource={data?.units ?? []}
          columns={unitColumns}
          pagination={false}
          data-testid="followup-units"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tro.fu.noUnits')} /> }}
        />
      </Card>
      <RemindModal
        open={open}
        items={chosen}
        onClose={() => setOpen(false)}
        onSent={() => {
          setOpen(false);
          setSelected([]);
          qc.invalidateQueries({ queryKey: ['travel', 'follow-up'] });
          qc.invalidateQueries({ queryKey: ['travel', 'reminders'] });
        }}
      />
    </>
  );
}

function RemindModal({ open, items, onClose, onSent }: { open: boolean; items: OverdueItem[]; onClose: () => void; onSent: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ message?: string }>();
  const { busy, error, run } = useModalSubmit(form, ['message']);
  const units = [...new Set(items.map((i) => i.orgUnitName))];
  const submit = (v: { message?: string }) =>
    run(async () => {
      const r = await followUpApi.remind({ items: items.map((i) => ({ applicationId: i.applicationId, kind: i.kind })), message: v.message?.trim() || null });
      message.success(t('tro.fu.sent', { n: r.sent }));
      form.resetFields();
      onSent();
    });
  return (
    <Modal
      open={open}
      title={t('tro.fu.remindTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
      okText={t('tro.fu.send')}
      okButtonProps={{ ...testIdProps<object>('followup-remind-send') }}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('tro.fu.remindSummary', { n: items.length, units: units.length })}
        description={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {units.join(' · ')}
          </Typography.Text>
        }
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="message" label={t('tro.fu.message')} extra={t('tro.fu.messageHint')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount data-testid="followup-remind-message" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('tro.fu.holdHint')}
      </Typography.Text>
    </Modal>
  );
}
