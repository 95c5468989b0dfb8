/** One application: what was applied for, the rule check, the decision, the follow-up, the history, and the actions the caller may take now. */
import { useParams } from 'react-router';
import { Col, Row, Skeleton, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '@web/ui/api/client';
import { applicationsApi } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult, NotFoundPage } from '@web/ui/ResultPages';
import { useT } from '@web/ui/i18n';
import { ApplicationActions } from './detail/ApplicationActions';
import { DocumentsCard, StepsCard, TravelAttachments } from './detail/HistoryCards';
import { CheckCard, DecisionCard, FollowUpCard } from './detail/StatusCards';
import { BudgetCard, ItineraryCard, KeyFacts, MembersCard } from './detail/TripCards';
import { ApproverTag, TravelStatusBadge } from './labels';

export default function ApplicationDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: ['travel', 'application', id], queryFn: () => applicationsApi.get(id) });
  const a = query.data;
  if (query.isLoading) return <Skeleton active paragraph={{ rows: 14 }} />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage message={t('tr.notFound')} />;
  if (!a) return <ErrorResult error={query.error} onRetry={() => query.refetch()} />;
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="travel-title">
              #{a.id} {a.task}
            </span>
            <TravelStatusBadge status={a.status} />
            <ApproverTag level={a.check.approverLevel} />
          </Space>
        }
        sub={`${a.orgUnitName} · ${a.departDate} ~ ${a.returnDate} · ${t('tr.detail.people', { n: a.members.length })}`}
        extra={<ApplicationActions a={a} />}
      />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <KeyFacts a={a} />
          <MembersCard a={a} />
          <ItineraryCard a={a} />
          <BudgetCard a={a} />
          <StepsCard id={a.id} />
        </Col>
        <Col xs={24} xl={8}>
          <CheckCard a={a} />
          <DecisionCard a={a} />
          <FollowUpCard a={a} />
          <DocumentsCard a={a} />
          <TravelAttachments id={a.id} canUpload={a.can.uploadAttachment} />
        </Col>
      </Row>
    </>
  );
}
