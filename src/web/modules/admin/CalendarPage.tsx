/**
 * 系统管理 → 工作日历: the years the working-day calendar covers and where each comes from; an administrator
 * enters, corrects, deletes or imports a year's State Council holiday notice.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { CloudUploadOutlined, DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarYearSummary } from '@shared/contracts/calendar';
import { calendarApi } from './calendarApi';
import { errorMessage } from '@web/ui/formErrors';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n } from '@web/ui/i18n';
import { CalendarImportModal } from './CalendarImportModal';
import { CalendarYearModal } from './CalendarYearModal';

export default function CalendarPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { data, isLoading, error } = useQuery({ queryKey: ['calendar', 'years'], queryFn: calendarApi.years });
  const [editing, setEditing] = useState<{ year: number | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const manage = data?.can.manage ?? false;
  const refresh = () => qc.invalidateQueries({ queryKey: ['calendar'] });

  const remove = async (y: CalendarYearSummary) => {
    try {
      await calendarApi.remove(y.year, y.version!);
      message.success(t('cal.deleted', { year: y.year }));
    } catch (e) {
      message.error(errorMessage(e));
    }
    await refresh();
  };

  return (
    <>
      <PageHeader
        title={t('cal.title')}
        sub={t('cal.sub')}
        extra={
          manage ? (
            <>
              <Button icon={<CloudUploadOutlined />} onClick={() => setImporting(true)} data-testid="calendar-import">
                {t('cal.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ year: null })} data-testid="calendar-new">
                {t('cal.new')}
              </Button>
            </>
          ) : null
        }
      />
      {error ? <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} /> : null}
      {data && !manage ? <Alert type="info" showIcon title={t('cal.readonly')} style={{ marginBottom: 16 }} /> : null}
      <Card size="small" className="section-card">
        <Table<CalendarYearSummary>
          rowKey="year"
          size="small"
          loading={isLoading}
          dataSource={data?.years ?? []}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          data-testid="calendar-years"
          onRow={(r) => ({ 'data-testid': `calendar-year-${r.year}` }) as never}
          columns={[
            { title: t('cal.year'), dataIndex: 'year', width: 90 },
            {
              title: t('cal.source'),
              dataIndex: 'source',
              width: 220,
              render: (_, r) => (
                <Space size={4} wrap>
                  <Tag color={r.source === 'office' ? 'blue' : 'default'} data-testid={`calendar-source-${r.year}`}>
                    {t(`cal.source.${r.source}`)}
                  </Tag>
                  {r.source === 'office' && r.packageHasYear ? <Typography.Text type="secondary">{t('cal.packageToo')}</Typography.Text> : null}
                </Space>
              ),
            },
            { title: t('cal.documentNumber'), dataIndex: 'documentNumber', render: (v: string | null) => v ?? '—' },
            { title: t('cal.holidays'), dataIndex: 'holidays', width: 100 },
            { title: t('cal.workdays'), dataIndex: 'workdays', width: 120 },
            {
              title: t('cal.actions'),
              key: 'actions',
              width: 260,
              render: (_, r) => (
                <Space size={4}>
                  <Button
                    size="small"
                    icon={manage ? <EditOutlined /> : <EyeOutlined />}
                    onClick={() => setEditing({ year: r.year })}
                    data-testid={`calendar-edit-${r.year}`}>
                    {!manage ? t('cal.view') : r.source === 'office' ? t('cal.edit') : t('cal.correct')}
                  </Button>
                  {manage && r.source === 'office' ? (
                    <Popconfirm
                      title={t('cal.deleteConfirm', { year: r.year })}
                      description={r.packageHasYear ? t('cal.deleteFallback') : t('cal.deleteUncovered', { year: r.year })}
                      onConfirm={() => remove(r)}
                      okButtonProps={{ danger: true, 'data-testid': 'calendar-delete-ok' } as never}>
                      <Button size="small" danger icon={<DeleteOutlined />} data-testid={`calendar-delete-${r.year}`}>
                        {t('cal.delete')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing ? (
        <CalendarYearModal
          year={editing.year}
          readOnly={!manage}
          covered={data?.years.map((y) => y.year) ?? []}
          onClose={() => setEditing(null)}
          onSaved={async (year) => {
            message.success(t('cal.saved', { year }));
            setEditing(null);
            await refresh();
          }}
        />
      ) : null}
      {importing ? (
        <CalendarImportModal
          years={data?.years ?? []}
          onClose={() => setImporting(false)}
          onSaved={async (year) => {
            message.success(t('cal.saved', { year }));
            setImporting(false);
            await refresh();
          }}
        />
      ) : null}
    </>
  );
}
