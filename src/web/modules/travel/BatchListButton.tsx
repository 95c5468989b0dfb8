/** "Batch list (.xlsx)": the applications approved in a chosen period, as the office sends them on. */
import { useState } from 'react';
import { Button, DatePicker, Flex, Popover, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { applicationsApi } from './api';
import { useT } from '@web/ui/i18n';
import { today } from '@web/ui/format';

export function BatchListButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  // The current month so far by default.
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null]>(() => [dayjs(today()).startOf('month'), dayjs(today())]);
  const [from, to] = range;
  const ready = !!from && !!to;
  const content = (
    <Flex vertical gap={8} style={{ width: 300 }} data-testid="travel-batch-panel">
      <Typography.Text type="secondary">{t('tr.batch.hint')}</Typography.Text>
      <DatePicker.RangePicker value={range} onChange={(v) => setRange([v?.[0] ?? null, v?.[1] ?? null])} data-testid="travel-batch-range" />
      <Button
        type="primary"
        icon={<DownloadOutlined />}
        disabled={!ready}
        data-testid="travel-batch-download"
        href={ready ? applicationsApi.batchListUrl(from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')) : undefined}
        onClick={() => setOpen(false)}>
        {t('common.download')}
      </Button>
    </Flex>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" title={t('tr.batch.title')} content={content} placement="bottomRight">
      <Button icon={<DownloadOutlined />} data-testid="travel-batch-list">
        {t('tr.batch.button')}
      </Button>
    </Popover>
  );
}
