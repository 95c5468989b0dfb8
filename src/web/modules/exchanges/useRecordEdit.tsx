/**
 * The new/edit frame of the visit, event and friendship-city form pages: loads the record named in
 * the URL into the form, saves (create or versioned update), refreshes the caches and opens the
 * saved record, and reloads the latest version after a conflict.
 */
import { useEffect, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Skeleton, type FormInstance } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@web/ui/api/client';
import { ErrorResult, NotFoundPage } from '@web/ui/ResultPages';
import { useT } from '@web/ui/i18n';
import { useRecordSave } from './RecordForm';

interface RecordApi<R, I> {
  get: (id: number) => Promise<R>;
  create: (input: I) => Promise<R>;
  update: (id: number, input: I & { version: number }) => Promise<R>;
}

interface Options<V, R, I> {
  /** Path segment and query-key part: 'visits', 'events', 'cities'. */
  kind: string;
  api: RecordApi<R, I>;
  form: FormInstance<V>;
  /** The form's top-level field names, for placing server field messages. */
  fields: string[];
  toForm: (r: R) => V;
  toInput: (v: V) => I;
  skeletonRows?: number;
}

export function useRecordEdit<V, R extends { id: number; version: number }, I>({
  kind,
  api,
  form,
  fields,
  toForm,
  toInput,
  skeletonRows = 10,
}: Options<V, R, I>) {
  const t = useT();
  const { id: idParam } = useParams();
  const id = idParam ? Number(idParam) : null;
  const nav = useNavigate();
  const qc = useQueryClient();
  const existing = useQuery({ queryKey: ['exchanges', kind, id], queryFn: () => api.get(id!), enabled: id != null });
  // toForm is a module-level function in every caller, so it need not be a dependency.
  useEffect(() => {
    if (existing.data) form.setFieldsValue(toForm(existing.data));
  }, [existing.data, form]);
  const state = useRecordSave<V, R>(
    form,
    fields,
    (v) => (id != null && existing.data ? api.update(id, { ...toInput(v), version: existing.data.version }) : api.create(toInput(v))),
    (saved) => {
      qc.setQueryData(['exchanges', kind, saved.id], saved);
      // Lists, stats and calendars may all show the record; its own entry was just set.
      qc.invalidateQueries({ queryKey: ['exchanges'], predicate: (q) => q.queryKey[2] !== saved.id });
      nav(`/exchanges/${kind}/${saved.id}`);
    },
  );
  const reload = async () => {
    const r = await existing.refetch();
    if (r.data) {
      form.resetFields();
      form.setFieldsValue(toForm(r.data));
    }
  };

  // What to show instead of the form while the record loads or when it cannot be had.
  let blocked: ReactNode = null;
  if (id != null) {
    if (existing.isLoading) blocked = <Skeleton active paragraph={{ rows: skeletonRows }} />;
    else if (existing.error instanceof ApiError && existing.error.status === 404) blocked = <NotFoundPage message={t('ex.notFound')} />;
    else if (existing.error) blocked = <ErrorResult error={existing.error} onRetry={() => existing.refetch()} />;
  }
  return { record: existing.data, state, reload, blocked };
}
