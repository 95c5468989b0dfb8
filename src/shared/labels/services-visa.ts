/** The visa agency's enum labels. */
import type { VisaPassportStatus, VisaType } from '../contracts/services-visa';
import { defineLabels } from './labels';

export const VISA_PASSPORT_STATUS_LABELS = defineLabels<VisaPassportStatus>({
  received: { zh: '已收件', en: 'Received' },
  sent: { zh: '已送馆', en: 'Sent to the embassy' },
  issued: { zh: '已获签', en: 'Visa issued' },
  refused: { zh: '被拒签', en: 'Visa refused' },
  returned: { zh: '已退还单位', en: 'Returned to the unit' },
  not_accepted: { zh: '不予受理', en: 'Not accepted' },
});

export const VISA_TYPE_LABELS = defineLabels<VisaType>({
  official: { zh: '公务签证', en: 'Official visa' },
  business: { zh: '商务签证', en: 'Business visa' },
  transit: { zh: '过境签证', en: 'Transit visa' },
  other: { zh: '其他', en: 'Other' },
});
