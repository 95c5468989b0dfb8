import { Tag, Tooltip } from 'antd';
import { daysUntil } from './format';
import { useT } from './i18n';

/** A date with a red tag when past and an orange one within 30 days. */
export function ExpiryDate({ date }: { date: string | null | undefined }) {
  const t = useT();
  if (!date) return <span className="muted">—</span>;
  const d = daysUntil(date);
  if (d !== null && d < 0)
    return (
      <span>
        {date} <Tag color="red">{t('common.expired')}</Tag>
      </span>
    );
  if (d !== null && d <= 30)
    return (
      <span>
        {date}{' '}
        <Tooltip title={t('common.expiresIn', { n: d })}>
          <Tag color="orange">{t('common.expiresIn', { n: d })}</Tag>
        </Tooltip>
      </span>
    );
  return <span>{date}</span>;
}
