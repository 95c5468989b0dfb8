/** After a workflow action: the new state into the cache, everything else about travel refreshed, and the failures worded. */
import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@web/ui/api/client';
import type { Application } from '../api';
import { errorMessage } from '@web/ui/formErrors';
import { useT } from '@web/ui/i18n';

export function useApplicationUpdated() {
  const t = useT();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();

  const done = (a: Application, text?: string) => {
    qc.setQueryData(['travel', 'application', a.id], a);
    // Lists, queues, history, follow-up and stats may all have changed; the record itself was just set.
    void qc.invalidateQueries({
      queryKey: ['travel'],
      predicate: (q) => !(q.queryKey[1] === 'application' && q.queryKey[2] === a.id && q.queryKey.length === 3),
    });
    message.success(text ?? t('tr.msg.done'));
  };

  /** Someone else moved the application on (409): say so with the server's words and load the latest state. */
  const conflict = (id: number, e: unknown) => {
    modal.warning({
      title: t('tr.conflictTitle'),
      content: errorMessage(e),
      okText: t('common.reloadLatest'),
      onOk: () => qc.invalidateQueries({ queryKey: ['travel', 'application', id] }),
    });
  };

  /** Failures of actions without a form: a stale version, a refusal with field messages (e.g. blocking findings), or any other. */
  const failed = (id: number, e: unknown) => {
    if (e instanceof ApiError && e.status === 409) {
      conflict(id, e);
      return;
    }
    if (e instanceof ApiError && e.fields.length) {
      modal.error({
        title: e.message,
        content: (
          <ul style={{ paddingInlineStart: 18, margin: 0 }} data-testid="action-errors">
            {e.fields.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        ),
      });
      return;
    }
    message.error(errorMessage(e));
  };

  return { done, conflict, failed };
}
