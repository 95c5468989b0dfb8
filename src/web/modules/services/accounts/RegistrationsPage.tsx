/** The office's review of units' registrations in its tree: pending first, with their files; approve or reject with a reason. */
import { useState } from 'react';
import { App, Button, Card, Empty, Input, Modal, Popconfirm, Segmented, Space, Table, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { REGISTRATION_STATES, type RegistrationState } from '@shared/contracts/services-accounts';
import { REGISTRATION_FILE_LABELS, REGISTRATION_STATE_LABELS } from '@shared/labels/services-accounts';
import { errorMessage } from '@web/ui/formErrors';
import { fileSize, fmtDateTime } from '@web/ui/format';
import { useI18n } from '@web/ui/i18n';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { reviewApi, type Registration } from './api';

export default function RegistrationsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [state, setState] = useState<RegistrationState>('pending');
  const [rejecting, setRejecting] = useState<Registration | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { data, isFetching, error, refetch } = useQuery({ queryKey: ['services', 'registrations', state], queryFn: () => reviewApi.list(state) });

  const act = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await run();
      message.success(done);
      setRejecting(null);
      setReason('');
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
      await qc.invalidateQueries({ queryKey: ['services', 'registrations'] });
    }
  };

  if (error && !data) return <ErrorResult error={error} onRetry={() => refetch()} />;
  return (
    <>
      <PageHeader
        title={t('svc.accounts.review.title')}
        sub={t('svc.accounts.review.sub')}
        extra={
          <Segmented<RegistrationState>
            value={state}
            onChange={setState}
            data-testid="registrations-state"
            options={REGISTRATION_STATES.map((s) => ({ value: s, label: label(REGISTRATION_STATE_LABELS, s) }))}
          />
        }
      />
      <Card size="small">
        <Table<Registration>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data ?? []}
          data-testid="registrations-table"
          pagination={(data?.length ?? 0) > 50 ? { pageSize: 50 } : false}
          locale={{ emptyText: <Empty description={t('svc.accounts.review.empty')} /> }}
          columns={[
            {
              key: 'unit',
              title: t('svc.accounts.review.unit'),
              width: 220,
              render: (_, r) => (
                <>
                  <div>{r.unitNameZh}</div>
                  {r.unitNameEn && <Typography.Text type="secondary">{r.unitNameEn}</Typography.Text>}
                  <div>
                    <Typography.Text type="secondary">{r.address}</Typography.Text>
                  </div>
                </>
              ),
            },
            {
              key: 'creditCode',
              title: t('svc.accounts.review.creditCode'),
              width: 190,
              render: (_, r) => (
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {r.creditCode}
                </Typography.Text>
              ),
            },
            { key: 'district', title: t('svc.accounts.review.district'), dataIndex: 'districtName', width: 110 },
            {
              key: 'clerk',
              title: t('svc.accounts.review.clerk'),
              width: 220,
              render: (_, r) => (
                <>
                  <div>{r.clerkName}</div>
                  <Typography.Text type="secondary" style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                    {r.clerkIdNumber}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary">
                      {r.phone} · {r.email}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            { key: 'username', title: t('svc.accounts.review.username'), dataIndex: 'username', width: 120 },
            {
              key: 'files',
              title: t('svc.accounts.review.files'),
              width: 200,
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  {(['filing', 'licence'] as const).map((kind) => {
                    const f = r.files.find((x) => x.kind === kind);
                    return f ? (
                      <a key={kind} href={`/api/attachments/${f.id}`} target="_blank" rel="noreferrer" style={{ whiteSpace: 'nowrap' }}>
                        <PaperClipOutlined /> {label(REGISTRATION_FILE_LABELS, kind)} ({fileSize(f.size)})
                      </a>
                    ) : (
                      <Typography.Text key={kind} type="warning" style={{ whiteSpace: 'nowrap' }}>
                        {label(REGISTRATION_FILE_LABELS, kind)}：{t('svc.accounts.review.noFile')}
                      </Typography.Text>
                    );
                  })}
                </Space>
              ),
            },
            { key: 'submitted', title: t('svc.accounts.review.submitted'), width: 150, render: (_, r) => fmtDateTime(r.submittedAt) },
            {
              key: 'result',
              title: t('svc.accounts.review.result'),
              width: 190,
              render: (_, r) =>
                r.can.approve || r.can.reject ? (
                  <Space>
                    <Popconfirm
                      title={t('svc.accounts.review.approveConfirm', { unit: r.unitNameZh, district: r.districtName, username: r.username })}
                      onConfirm={() => act(() => reviewApi.approve(r.id, r.version), t('svc.accounts.review.approved'))}>
                      <Button type="primary" size="small" icon={<CheckOutlined />} disabled={busy || !r.can.approve} data-testid={`approve-${r.id}`}>
                        {t('svc.accounts.review.approve')}
                      </Button>
                    </Popconfirm>
                    <Button
                      danger
                      size="small"
                      icon={<CloseOutlined />}
                      disabled={busy || !r.can.reject}
                      onClick={() => setRejecting(r)}
                      data-testid={`reject-${r.id}`}>
                      {t('svc.accounts.review.reject')}
                    </Button>
                  </Space>
                ) : (
                  <>
                    <div>{label(REGISTRATION_STATE_LABELS, r.state)}</div>
                    <Typography.Text type="secondary">
                      {r.reviewedBy} {fmtDateTime(r.reviewedAt)}
                    </Typography.Text>
                    {r.rejectReason && <div>{r.rejectReason}</div>}
                  </>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={!!rejecting}
        title={t('svc.accounts.review.rejectTitle')}
        okText={t('svc.accounts.review.reject')}
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2, loading: busy }}
        onOk={() => rejecting && act(() => reviewApi.reject(rejecting.id, rejecting.version, reason.trim()), t('svc.accounts.review.rejected'))}
        onCancel={() => setRejecting(null)}>
        <Typography.Paragraph type="secondary">{t('svc.accounts.review.rejectHint')}</Typography.Paragraph>
        <Input.TextArea rows={4} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="reject-reason" />
      </Modal>
    </>
  );
}
