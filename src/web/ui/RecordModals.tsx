/** Archive-with-reason and "someone else changed it" dialogs shared by visits, events and pairs. */
import { Alert, Button, Modal } from 'antd';
import { ApiError } from './api/client';
import { ArchiveReasonModal as SharedArchiveModal, type ArchiveTexts } from './ArchiveReasonModal';
import { useT } from './i18n';

/** A stale version (not "already archived" or a duplicate pair, which are also 409s with their own message). */
export const isConflict = (e: unknown) => e instanceof ApiError && e.status === 409 && e.code === 'err.conflict';

const ARCHIVE_TEXT: ArchiveTexts = {
  title: 'ex.archiveTitle',
  hint: 'ex.archiveHint',
  ok: 'ex.archive',
  reason: 'ex.archiveReason',
  reasonRequired: 'err.reasonRequired',
};

/** The shared archive dialog in the exchanges module's wording; "already archived" shows in the banner. */
export function ArchiveReasonModal(props: {
  open: boolean;
  onClose: () => void;
  archive: (reason: string) => Promise<unknown>;
  onDone: () => void;
  onConflict: () => void;
}) {
  return <SharedArchiveModal {...props} isConflict={isConflict} text={ARCHIVE_TEXT} />;
}

export function ConflictModal({ open, onClose, onReload }: { open: boolean; onClose: () => void; onReload: () => void }) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={t('conflict.title')}
      onCancel={onClose}
      footer={[
        <Button key="c" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="r" type="primary" onClick={onReload} data-testid="conflict-reload">
          {t('common.reloadLatest')}
        </Button>,
      ]}>
      <div data-testid="conflict-modal">
        <Alert type="warning" showIcon title={t('conflict.body')} />
      </div>
    </Modal>
  );
}
