/**
 * One invitation letter on a page of its own (where the close-out list leads): the case's number and status above the
 * same panel the case page shows, with the link to the whole case (its documents, history and steps).
 */
import { Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Skeleton, Space, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '@shared/contracts/services-cases';
import { CASE_STATUS_LABELS } from '@shared/labels/services';
import { http } from '@web/ui/api/client';
import { useI18n } from '@web/ui/i18n';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import InvitationPanel from './InvitationPanel';

export default function InvitationPage() {
  const caseId = Number(useParams().caseId);
  const { t, label } = useI18n();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['services', 'cases', caseId], queryFn: () => http.get<CaseDetail>(`/services/cases/${caseId}`) });
  if (q.error) return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const c = q.data.case;
  return (
    <>
      <PageHeader
        title={
          <Space>
            {t('svc.invitation.letter')}
            {c.number && <span>{c.number}</span>}
            <Tag data-testid="case-status">{label(CASE_STATUS_LABELS, c.status)}</Tag>
          </Space>
        }
        sub={c.applicantName}
        extra={
          <Link to={`/services/cases/${caseId}`}>
            <Button>{t('svc.invitation.openCase')}</Button>
          </Link>
        }
      />
      <Suspense fallback={<Skeleton active />}>
        <InvitationPanel
          caseId={caseId}
          status={c.status}
          version={c.version}
          editable={!!q.data.can.edit}
          onChanged={() => void qc.invalidateQueries({ queryKey: ['services', 'cases', caseId] })}
        />
      </Suspense>
    </>
  );
}
