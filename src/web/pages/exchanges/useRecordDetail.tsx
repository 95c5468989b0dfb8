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
  return { ...query, archiving, setArchiving, archived, conflict };
}
