/** Loading, archiving and conflict handling shared by the visit, event and pair detail pages. */
import { useState, type ReactNode } from 'react';
import { App, Skeleton } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@web/ui/api/client';
import { ErrorResult, NotFoundPage } from '@web/ui/ResultPages';
import { useT } from '@web/ui/i18n';

export function useRecordDetail<R extends { id: number; version: number }>(
  kind: 'visits' | 'events' | 'cities',
  id: number,
  get: (id: number) => Promise<R>,
  skeletonRows = 12,
) {
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
    modal.warning({ title: t('conflict.title'), content: t('conflict.body'), okText: t('common.reloadLatest'), onOk: () => query.refetch() });
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
  // What the page shows instead of the record: never null while there is no record.
  let blocked: ReactNode = null;
  if (query.isLoading) blocked = <Skeleton active paragraph={{ rows: skeletonRows }} />;
  else if (query.error instanceof ApiError && query.error.status === 404) blocked = <NotFoundPage message={t('ex.notFound')} />;
  else if (query.error || !query.data) blocked = <ErrorResult error={query.error} onRetry={() => query.refetch()} />;
  return { ...query, blocked, archiving, setArchiving, archived, conflict, restore };
}
