/** A pair's exchanges: recorded items and linked visits on one Timeline, and the "Add exchange" dialog. */
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Skeleton, Tag, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { citiesApi } from './api';
import { testIdProps } from '@web/ui/formErrors';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { useI18n } from '@web/ui/i18n';
import { EXCHANGE_KIND_LABELS } from '@shared/labels/exchanges';
import { EXCHANGE_COLORS, useExOptions, type ExchangeKind } from './labels';

interface AddValues {
  kind: ExchangeKind;
  occurredOn: Dayjs;
  title: string;
  description?: string;
}

function AddExchangeModal({ cityId, open, onClose }: { cityId: number; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const opts = useExOptions();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddValues>();
  const { busy, error, run } = useModalSubmit(form, ['kind', 'occurredOn', 'title', 'description']);
  const submit = (v: AddValues) =>
    run(async () => {
      const list = await citiesApi.addHistory(cityId, {
        kind: v.kind,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        title: v.title.trim(),
        description: v.description?.trim() || null,
      });
      qc.setQueryData(['exchanges', 'cities', cityId, 'history'], list);
      qc.invalidateQueries({ queryKey: ['exchanges', 'cities'] });
      message.success(t('ex.h.added'));
      form.resetFields();
      onClose();
    });
  return (
    <Modal
      open={open}
      title={t('ex.c.addExchange')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={testIdProps('add-exchange-confirm')}
      destroyOnHidden
      width={560}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<AddValues> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'visit_out', occurredOn: dayjs() }}>
        <Form.Item name="kind" label={t('ex.h.kind')} rules={[{ required: true }]}>
          <Select options={opts.exchangeKinds} data-testid="exchange-kind" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('ex.h.occurredOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} data-testid="exchange-date" />
        </Form.Item>
        <Form.Item name="title" label={t('ex.h.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={300} data-testid="exchange-title" />
        </Form.Item>
        <Form.Item name="description" label={t('ex.h.description')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} data-testid="exchange-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** `canAdd`: the pair's server `can.addExchange`. */
export function CityHistory({ cityId, canAdd }: { cityId: number; canAdd: boolean }) {
  const { t, label } = useI18n();
  const [adding, setAdding] = useState(false);
  const { data, isLoading } = useQuery({ queryKey: ['exchanges', 'cities', cityId, 'history'], queryFn: () => citiesApi.history(cityId) });
  const items = [...(data ?? [])].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
  return (
    <Card
      size="small"
      className="section-card"
      title={t('ex.c.history')}
      data-testid="history"
      extra={
        canAdd && (
          <Button size="small" type="primary" ghost icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-exchange">
            {t('ex.c.addExchange')}
          </Button>
        )
      }>
      {isLoading ? (
        <Skeleton active />
      ) : !items.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ex.c.noHistory')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          data-testid="history-timeline"
          items={items.map((h, i) => ({
            key: `${h.source}-${h.id ?? h.visitId ?? i}`,
            color: EXCHANGE_COLORS[h.kind],
            content: (
              <div data-testid="history-item">
                <Typography.Text strong>{h.occurredOn}</Typography.Text> <Tag color={EXCHANGE_COLORS[h.kind]}>{label(EXCHANGE_KIND_LABELS, h.kind)}</Tag>
                {h.source === 'visit' && <Tag bordered={false}>{t('ex.c.fromVisit')}</Tag>}
                <div>
                  {h.visitId ? (
                    <Link to={`/exchanges/visits/${h.visitId}`} data-testid="history-visit-link">
                      {h.title}
                    </Link>
                  ) : (
                    h.title
                  )}
                </div>
                {h.description && (
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    {h.description}
                  </Typography.Text>
                )}
              </div>
            ),
          }))}
        />
      )}
      <AddExchangeModal cityId={cityId} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
