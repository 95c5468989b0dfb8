/** The invitation letter's panel on the case page: the letter's facts, its invitees, and once issued the letter and its close-out. */
import { Flex, Skeleton } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorResult } from '@web/ui/ResultPages';
import type { KindPanelProps } from '../kindPanels';
import { invitationApi, type Invitation } from './api';
import { Invitees } from './Invitees';
import { LetterCard } from './LetterCard';
import { LetterFacts } from './LetterFacts';

export default function InvitationPanel({ caseId, status, editable, onChanged }: KindPanelProps) {
  const qc = useQueryClient();
  // The case's status in the key: a step taken on the case page (submit, issue) reloads the letter, its number and `can`.
  const queryKey = ['services', 'invitations', caseId, status];
  const q = useQuery({ queryKey, queryFn: () => invitationApi.get(caseId) });
  if (q.error) return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const inv = q.data;
  // The case's own `can` and the letter's agree on the status; the letter's says whether this user fills it in.
  const canEdit = editable && inv.can.edit;
  const changed = (next?: Invitation) => {
    if (next) qc.setQueryData(queryKey, next);
    else void qc.invalidateQueries({ queryKey });
    onChanged();
  };
  return (
    <Flex vertical gap={12} data-testid="invitation-panel">
      <LetterCard inv={inv} onChanged={changed} />
      <LetterFacts key={inv.version} inv={inv} editable={canEdit} onSaved={changed} />
      <Invitees inv={inv} editable={canEdit} onChanged={() => changed()} />
    </Flex>
  );
}
