/** The case machinery's fields as the office names them, for every refusal of its forms and API. */
import { CASE_KIND_LABELS, DELIVERY_LABELS, URGENCY_LABELS } from '@shared/labels/services';
import type { FieldLabels } from '@server/platform/i18n/fields';

export const CASE_FIELDS: FieldLabels = {
  kind: { zh: '事项', en: 'Kind of case', values: CASE_KIND_LABELS },
  unitId: { zh: '申请单位', en: 'Applying unit' },
  personName: { zh: '申请人姓名', en: 'Applicant’s name' },
  applicantIdNumber: { zh: '申请人证件号码', en: 'Applicant’s identity number' },
  contactName: { zh: '联系人', en: 'Contact' },
  contactPhone: { zh: '联系电话', en: 'Contact phone' },
  urgency: { zh: '办理时限', en: 'Urgency', values: URGENCY_LABELS },
  title: { zh: '事由', en: 'Subject' },
  delivery: { zh: '取件方式', en: 'Delivery', values: DELIVERY_LABELS },
  deliveryAddress: { zh: '邮寄地址', en: 'Postal address' },
  version: { zh: '版本', en: 'Version' },
  note: { zh: '备注', en: 'Note' },
  reason: { zh: '理由', en: 'Reason' },
  missingItemIds: { zh: '所缺材料', en: 'Missing material' },
  text: { zh: '告知说明', en: 'Notice text' },
  days: { zh: '延长工作日数', en: 'Working days added' },
  assigneeId: { zh: '承办人', en: 'Handled by' },
};
