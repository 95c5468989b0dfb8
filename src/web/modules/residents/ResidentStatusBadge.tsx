import { Badge } from 'antd';
import { RESIDENT_STATUS_LABELS } from '@shared/labels/residents';
import { useI18n } from '@web/ui/i18n';

const COLORS: Record<string, 'success' | 'default' | 'warning' | 'processing' | 'error'> = {
  active: 'success',
  departed: 'default',
  archived: 'warning',
};

/** A resident's file status as a coloured dot and its label. */
export function ResidentStatusBadge({ status }: { status: string }) {
  const { label } = useI18n();
  return <Badge status={COLORS[status] ?? 'default'} text={label(RESIDENT_STATUS_LABELS, status)} />;
}
