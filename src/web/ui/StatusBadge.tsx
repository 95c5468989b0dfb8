import { Badge } from 'antd';
import { useT, type MessageKey } from './i18n';

const COLORS: Record<string, 'success' | 'default' | 'warning' | 'processing' | 'error'> = {
  active: 'success',
  departed: 'default',
  archived: 'warning',
};

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  return <Badge status={COLORS[status] ?? 'default'} text={t(`status.${status}` as MessageKey)} />;
}
