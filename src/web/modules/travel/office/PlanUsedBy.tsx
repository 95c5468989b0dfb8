/** The applications that draw on a plan item, as links; "unused" when none does. */
import { Space } from 'antd';
import { useI18n } from '@web/ui/i18n';
import { AppLink } from './common';

export function UsedBy({ ids }: { ids: number[] }) {
  const { t } = useI18n();
  if (!ids.length) return <span className="muted">{t('tro.plan.unused')}</span>;
  return (
    <Space size={4} wrap>
      {ids.map((id) => (
        <AppLink key={id} id={id} />
      ))}
    </Space>
  );
}
