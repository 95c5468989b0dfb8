/** The window's queue: mine, unassigned, due soon, overdue, all, with the bell's counts above. */
import { Badge, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n } from '@web/ui/i18n';
import { casesApi } from './api';
import { CaseList } from './CaseList';

export default function QueuePage() {
  const { t } = useI18n();
  const alerts = useQuery({ queryKey: ['services', 'alerts'], queryFn: casesApi.alerts });
  const a = alerts.data;
  return (
    <>
      <PageHeader
        title={t('svc.cases.queue.title')}
        extra={
          a?.workingDay ? (
            <Space size="large" data-testid="queue-alerts">
              <Badge color="blue" text={t('svc.cases.alerts.dueToday', { n: a.dueToday })} />
              <Badge color="gold" text={t('svc.cases.alerts.warning', { n: a.warning })} />
              <Badge color="red" text={t('svc.cases.alerts.overdue', { n: a.overdue })} />
            </Space>
          ) : null
        }
      />
      <CaseList tabs={['mine', 'unassigned', 'due_soon', 'overdue', 'extension', 'all']} defaultView="all" />
    </>
  );
}
