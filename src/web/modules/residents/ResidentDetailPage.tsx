import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Col, Row, Skeleton, Space, Tag } from 'antd';
import { EditOutlined, InboxOutlined, NodeIndexOutlined, RollbackOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { countryName } from '@shared/reference/countries';
import { ApiError } from '@web/ui/api/client';
import { residentsApi, type Resident } from '@web/ui/api/endpoints';
import { errorMessage, testIdProps } from '@web/ui/formErrors';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult, NotFoundPage } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { ResidentStatusBadge } from './ResidentStatusBadge';
import { MovementTimeline } from './MovementTimeline';
import { ArchiveModal, MovementModal } from './ResidentActions';
import { ResidentDescriptions } from './ResidentDescriptions';

export default function ResidentDetailPage() {
  const { t, locale } = useI18n();
  const id = Number(useParams().id);
  const nav = useNavigate();
  const qc = useQueryClient();
  const { modal, message } = App.useApp();
  const [dialog, setDialog] = useState<'archive' | 'movement' | null>(null);
  const { data: r, isLoading, error, refetch } = useQuery({ queryKey: ['residents', id], queryFn: () => residentsApi.get(id) });

  const updated = (next: Resident) => {
    qc.setQueryData(['residents', id], next);
    qc.invalidateQueries({ queryKey: ['residents', 'list'] });
    qc.invalidateQueries({ queryKey: ['stats'] });
    setDialog(null);
  };
  const conflict = () => {
    setDialog(null);
    modal.warning({
      title: t('res.form.conflictTitle'),
      content: t('res.form.conflictBody'),
      okText: t('common.reloadLatest'),
      onOk: () => refetch(),
    });
  };
  const restore = (res: Resident) =>
    modal.confirm({
      title: t('res.detail.restoreConfirm'),
      okButtonProps: testIdProps('restore-confirm'),
      onOk: async () => {
        try {
          updated(await residentsApi.restore(res.id, res.version));
          message.success(t('res.detail.restored'));
        } catch (e) {
          if (e instanceof ApiError && e.status === 409) conflict();
          else message.error(errorMessage(e));
        }
      },
    });

  if (isLoading) return <Skeleton active paragraph={{ rows: 14 }} />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage message={t('res.detail.notFound')} />;
  if (error || !r) return <ErrorResult error={error} onRetry={() => refetch()} />;

  const name = [r.surname, r.givenNames].filter(Boolean).join(', ');
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="resident-name">{name || r.nameZh}</span>
            {r.nameZh && name && <span style={{ fontWeight: 400, color: 'rgba(0,0,0,.55)' }}>{r.nameZh}</span>}
            <Tag>{countryName(r.nationality, locale)}</Tag>
            <span data-testid="resident-status">
              <ResidentStatusBadge status={r.status} />
            </span>
          </Space>
        }
        extra={
          <>
            {r.can.update && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => nav(`/residents/${r.id}/edit`)} data-testid="resident-edit">
                {t('res.detail.edit')}
              </Button>
            )}
            {r.can.addMovement && (
              <Button icon={<NodeIndexOutlined />} onClick={() => setDialog('movement')} data-testid="resident-movement">
                {t('res.detail.recordMovement')}
              </Button>
            )}
            {r.can.archive && (
              <Button danger icon={<InboxOutlined />} onClick={() => setDialog('archive')} data-testid="resident-archive">
                {t('res.detail.archive')}
              </Button>
            )}
            {r.can.restore && (
              <Button icon={<RollbackOutlined />} onClick={() => restore(r)} data-testid="resident-restore">
                {t('res.detail.restore')}
              </Button>
            )}
          </>
        }
      />
      {r.status === 'archived' && r.archiveReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('res.detail.archivedBecause', { reason: r.archiveReason })}
          data-testid="archived-alert"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <ResidentDescriptions r={r} />
        </Col>
        <Col xs={24} xl={7}>
          <MovementTimeline residentId={r.id} version={r.version} />
        </Col>
      </Row>
      <ArchiveModal resident={r} open={dialog === 'archive'} onClose={() => setDialog(null)} onDone={updated} onConflict={conflict} />
      <MovementModal resident={r} open={dialog === 'movement'} onClose={() => setDialog(null)} onDone={updated} onConflict={conflict} />
    </>
  );
}
