/**
 * What a unit's contact sees at the top of the travel pages: the office's reminders about overdue
 * follow-up (return not recorded, passports not handed back, report not filed), each to acknowledge,
 * and — when too many went unanswered — that new applications are held.
 */
import { useState } from 'react';
import { Alert, App, Button, Flex, Space, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { followUpApi, type Reminder } from './api';
import { errorMessage } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { fmtDateTime } from '@web/ui/format';
import { useCan } from '@web/ui/session';
import { AppLink, OverdueKindTag } from './common';

export const REMINDERS_KEY = ['travel', 'reminders'] as const;

/** Renders nothing for users who do not apply for trips, and nothing when all reminders are dealt with. */
export function RemindersBanner() {
  const can = useCan();
  if (!can('travel.apply')) return null;
  return <UnitReminders />;
}

function UnitReminders() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [acking, setAcking] = useState<number | null>(null);
  const { data } = useQuery({ queryKey: REMINDERS_KEY, queryFn: followUpApi.reminders, staleTime: 60_000 });
  if (!data) return null;
  const open = data.items.filter((r) => !r.resolved);
  const hold = data.hold?.held ? data.hold : null;
  if (!open.length && !hold) return null;

  const ack = async (r: Reminder) => {
    setAcking(r.id);
    try {
      await followUpApi.ack(r.id);
      message.success(t('tro.rem.acked'));
      await qc.invalidateQueries({ queryKey: REMINDERS_KEY });
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setAcking(null);
    }
  };

  return (
    <div data-testid="reminders-banner" style={{ marginBottom: 16 }}>
      {hold && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: open.length ? 8 : 0 }}
          data-testid="reminders-hold"
          title={t('tro.rem.held')}
          description={t('tro.rem.heldBody', { n: hold.unanswered, threshold: hold.threshold })}
        />
      )}
      {open.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="reminders-list"
          title={t('tro.rem.title', { n: open.length })}
          description={
            <Flex vertical gap={6} style={{ marginTop: 4 }}>
              {open.map((r) => (
                <Flex key={r.id} align="center" justify="space-between" gap={8} wrap data-testid={`reminder-${r.id}`}>
                  <Space size={6} wrap>
                    <OverdueKindTag kind={r.kind} />
                    <AppLink id={r.applicationId}>{r.task}</AppLink>
                    <Typography.Text type="secondary">{t('tro.rem.due', { date: r.dueOn })}</Typography.Text>
                    {r.message && <Typography.Text italic>“{r.message}”</Typography.Text>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('tro.rem.sent', { at: fmtDateTime(r.sentAt), by: r.sentBy ?? '—' })}
                    </Typography.Text>
                  </Space>
                  {r.acknowledgedAt ? (
                    <Tag color="default" icon={<CheckOutlined />}>
                      {t('tro.rem.ackedAt', { at: fmtDateTime(r.acknowledgedAt) })}
                    </Tag>
                  ) : (
                    <Button size="small" icon={<CheckOutlined />} loading={acking === r.id} onClick={() => ack(r)} data-testid={`reminder-ack-${r.id}`}>
                      {t('tro.rem.ack')}
                    </Button>
                  )}
                </Flex>
              ))}
            </Flex>
          }
        />
      )}
    </div>
  );
}
