/** The unit's own plan of the year: created on the first save. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { ErrorResult } from '@web/ui/ResultPages';
import { plansApi } from './api';
import { PlanEditor } from './PlanEditor';

export function OwnPlan({ year }: { year: number }) {
  const qc = useQueryClient();
  const key = ['travel', 'plans', { year }];
  const { data, isLoading, error, refetch, isFetching } = useQuery({ queryKey: key, queryFn: () => plansApi.list({ year }) });
  if (isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error || !data) return <ErrorResult error={error} onRetry={() => refetch()} />;
  const plan = data[0] ?? null;
  return (
    // A new version from the server (saved here or reloaded after a conflict) starts the form afresh.
    <PlanEditor
      key={`${year}-${plan?.id ?? 'new'}-${plan?.version ?? 0}`}
      year={year}
      plan={plan}
      reloading={isFetching}
      reload={() => refetch()}
      onSaved={(p) => {
        qc.setQueryData(key, [p]);
        qc.invalidateQueries({ queryKey: ['travel', 'plans'] });
      }}
    />
  );
}
