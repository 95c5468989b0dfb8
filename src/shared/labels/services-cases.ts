/** The case machinery's own enums: the queue's views and the window's check of a document. */
import type { QueueView } from '../contracts/services-cases';
import { DOCUMENT_STATUSES } from '../contracts/services-cases';
import { defineLabels } from './labels';

export const QUEUE_VIEW_LABELS = defineLabels<QueueView>({
  mine: { zh: '我的办件', en: 'Mine' },
  unassigned: { zh: '待分派', en: 'Unassigned' },
  due_soon: { zh: '即将到期', en: 'Due soon' },
  overdue: { zh: '已超期', en: 'Overdue' },
  extension: { zh: '待批延期', en: 'Extensions to approve' },
  all: { zh: '全部', en: 'All' },
});

export const DOCUMENT_STATUS_LABELS = defineLabels<(typeof DOCUMENT_STATUSES)[number]>({
  received: { zh: '已收取', en: 'Handed in' },
  missing: { zh: '缺少', en: 'Not handed in' },
  rejected: { zh: '不合格', en: 'Not accepted' },
});
