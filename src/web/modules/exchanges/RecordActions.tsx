/** Header buttons (edit, restore, archive) and the archived banner of the visit, event and pair detail pages. */
import { useNavigate } from 'react-router';
import { Alert, Button } from 'antd';
import { EditOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { useT } from '@web/ui/i18n';
import { ArchiveReasonModal } from '@web/ui/RecordModals';
import type { useRecordDetail } from './useRecordDetail';

interface ArchivableRecord {
  id: number;
  version: number;
  archived: boolean;
  archiveReason: string | null;
  /** The server's answer (exchanges.policy.ts): the buttons show exactly what it would allow. */
  can: { update: boolean; restore: boolean; archive: boolean };
}

interface Props {
  record: ArchivableRecord;
  kind: 'visits' | 'events' | 'cities';
  api: { restore: (id: number, version: number) => Promise<unknown>; archive: (id: number, version: number, reason: string) => Promise<unknown> };
  detail: Pick<ReturnType<typeof useRecordDetail>, 'archiving' | 'setArchiving' | 'archived' | 'conflict' | 'restore'>;
}

// Spelled out (not built from the kind) so a search for a test id finds it.
const TESTIDS = {
  visits: { edit: 'visit-edit', restore: 'visit-restore', archive: 'visit-archive' },
  events: { edit: 'event-edit', restore: 'event-restore', archive: 'event-archive' },
  cities: { edit: 'city-edit', restore: 'city-restore', archive: 'city-archive' },
} as const;

/** The archive dialog is mounted here too (it renders in a portal), so pages only place the buttons. */
export function RecordActions({ record: r, kind, api, detail }: Props) {
  const ids = TESTIDS[kind];
  const t = useT();
  const nav = useNavigate();
  return (
    <>
      {r.can.update && (
        <Button type="primary" icon={<EditOutlined />} onClick={() => nav(`/exchanges/${kind}/${r.id}/edit`)} data-testid={ids.edit}>
          {t('common.edit')}
        </Button>
      )}
      {r.can.restore && (
        <Button icon={<UndoOutlined />} onClick={() => detail.restore(() => api.restore(r.id, r.version))} data-testid={ids.restore}>
          {t('ex.restore')}
        </Button>
      )}
      {r.can.archive && (
        <Button danger icon={<InboxOutlined />} onClick={() => detail.setArchiving(true)} data-testid={ids.archive}>
          {t('ex.archive')}
        </Button>
      )}
      <ArchiveReasonModal
        open={detail.archiving}
        onClose={() => detail.setArchiving(false)}
        onDone={detail.archived}
        onConflict={detail.conflict}
        archive={(reason) => api.archive(r.id, r.version, reason)}
      />
    </>
  );
}

export function ArchivedAlert({ record }: { record: ArchivableRecord }) {
  const t = useT();
  if (!record.archived) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('ex.archivedBecause', { reason: record.archiveReason ?? '' })}
      data-testid="archived-alert"
    />
  );
}
