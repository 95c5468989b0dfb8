import { Tag } from 'antd';
import type { ClockSignal } from '@shared/contracts/services';
import type { ClockStage } from '@shared/contracts/services-cases';
import { CLOCK_SIGNAL_LABELS } from '@shared/labels/services';
import { useI18n } from '@web/ui/i18n';

/** The clock's colours in every queue: yellow warning, red overdue, blue due today. */
const COLOURS: Record<ClockSignal, string | undefined> = {
  none: undefined,
  on_time: 'green',
  due_today: 'blue',
  warning: 'gold',
  overdue: 'red',
  paused: 'purple',
  stopped: undefined,
};

/** The date a due date belongs to, with a small label when it is the acceptance stage's rather than the promise's. */
export function DueDate({ dueOn, stage }: { dueOn: string | null; stage: ClockStage | null }) {
  const { t } = useI18n();
  if (!dueOn) return <>—</>;
  return (
    <span>
      {dueOn}
      {stage === 'accept' && (
        <Tag style={{ marginInlineStart: 4 }} data-testid="stage-accept">
          {t('svc.cases.stage.accept')}
        </Tag>
      )}
    </span>
  );
}

export function SignalTag({ signal, left }: { signal: ClockSignal; left?: number | null }) {
  const { label, t } = useI18n();
  const days = left != null && (signal === 'warning' || signal === 'on_time') ? ` · ${t('svc.cases.daysLeft', { n: left })}` : '';
  const late = left != null && signal === 'overdue' && left < 0 ? ` · ${t('svc.cases.daysLate', { n: -left })}` : '';
  return (
    <Tag color={COLOURS[signal]} data-testid={`signal-${signal}`}>
      {label(CLOCK_SIGNAL_LABELS, signal)}
      {days}
      {late}
    </Tag>
  );
}
