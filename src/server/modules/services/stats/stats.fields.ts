/** The figures' query fields as the office names them, for every refusal. */
import type { FieldLabels } from '@server/platform/i18n/fields';
import { CASE_KIND_LABELS } from '@shared/labels/services';

export const STATS_FIELDS: FieldLabels = {
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  kind: { zh: '事项', en: 'Kind', values: CASE_KIND_LABELS },
  unitId: { zh: '单位', en: 'Unit' },
};
