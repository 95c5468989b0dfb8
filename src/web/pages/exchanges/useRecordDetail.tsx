/** Loading, archiving and conflict handling shared by the visit, event and pair detail pages. */
import { useState } from 'react';
import { App } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n';

export function useRecordDetail<R extends { id: number; version: number }>(kind: 'visits' | 'events' | 'cities', id: number, get: (id: number) => Promise<R>) {
  const t = useT();
  const qc = useQueryClient();
  const { modal, message } = App.useApp();
  const [archiving, setArchiving] = useState(false);
  const query = useQuery({ queryKey: ['exchanges', kind, id], queryFn: () => get(id) });
  const archived = () => {
    setArchiving(false);
    message.success(t('ex.archived'));
    qc.invalidateQueries({ queryKey: ['exchanges'] });
  };
  const conflict = () => {
    setArchiving(false);
    modal.warning({ title: t('ex.conflictTitle'), content: t('ex.conflictBody'), okText: t('res.form.reloadLatest'), onOk: () => query.refetch() });
  };
  /** Brings an archived record back; a stale version opens the same conflict prompt as an edit. */
  const restore = async (run: () => Promise<unknown>) => {
    try {
      await run();
      message.success(t('ex.restored'));
      qc.invalidateQueries({ queryKey: ['exchanges'] });
    } catch (err) {
      if ((err as { status?: number; code?: string }).code === 'err.conflict') conflict();
      else message.error((err as Error).message);
    }
  };
  return { ...query, archiving, setArchiving, archived, conflict, restore };
}
