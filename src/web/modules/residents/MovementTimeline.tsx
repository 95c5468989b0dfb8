import { Card, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { residentsApi, type Movement } from '@web/ui/api/endpoints';
import { MOVEMENT_KIND_LABELS } from '@shared/labels/residents';
import { useI18n } from '@web/ui/i18n';
import { fmtDateTime } from '@web/ui/format';

const COLORS: Record<Movement['kind'], string> = { arrival: 'green', address_change: 'blue', departure: 'gray', registration: 'cyan' };

export function MovementTimeline({ residentId, version }: { residentId: number; version: number }) {
  const { t, label } = useI18n();
  const { data, isLoading } = useQuery({
    queryKey: ['residents', residentId, 'movements', version],
    queryFn: () => residentsApi.movements(residentId),
  });
  return (
    <Card size="small" title={t('res.detail.movements')} data-testid="movements">
      {isLoading ? (
        <Skeleton active />
      ) : !data?.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('res.detail.noMovements')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={data.map((m) => ({
            key: m.id,
            color: COLORS[m.kind],
            content: (
              <div data-testid="movement-item">
                <Typography.Text strong>{m.occurredOn}</Typography.Text> <Tag color={COLORS[m.kind]}>{label(MOVEMENT_KIND_LABELS, m.kind)}</Tag>
                {(m.fromAreaName || m.toAreaName) && (
                  <div>
                    {m.fromAreaName ?? '—'} → {m.toAreaName ?? '—'}
                  </div>
                )}
                {typeof m.detail?.note === 'string' && m.detail.note && <div>{m.detail.note}</div>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {m.recordedBy ? t('res.detail.recordedBy', { name: m.recordedBy }) : ''} · {fmtDateTime(m.recordedAt)}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
