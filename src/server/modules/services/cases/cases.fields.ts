/** The case machinery's fields as the office names them, for every refusal of its forms and API. */
import { CASE_KIND_LABELS, CASE_STATUS_LABELS, DELIVERY_LABELS, ORIGINAL_OR_COPY_LABELS, URGENCY_LABELS } from '@shared/labels/services';
import { DOCUMENT_STATUS_LABELS, QUEUE_VIEW_LABELS } from '@shared/labels/services-cases';
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
  legalLimitDays: { zh: '法定时限（工作日）', en: 'Legal limit (working days)' },
  promisedLimitDays: { zh: '承诺时限（工作日）', en: 'Promised limit (working days)' },
  urgentLimitDays: { zh: '加急时限（工作日）', en: 'Urgent limit (working days)' },
  warningDays: { zh: '预警提前工作日', en: 'Warning (working days before)' },
  stageLimits: { zh: '分环节时限', en: 'Limits per stage' },
  source: { zh: '依据', en: 'Source' },
  nameZh: { zh: '材料名称（中文）', en: 'Item (Chinese)' },
  nameEn: { zh: '材料名称（英文）', en: 'Item (English)' },
  required: { zh: '是否必需', en: 'Required' },
  originalOrCopy: { zh: '原件/复印件', en: 'Original or copy', values: ORIGINAL_OR_COPY_LABELS },
  fileTypes: { zh: '文件格式', en: 'File types' },
  maxKb: { zh: '文件大小上限（KB）', en: 'Largest file (KB)' },
  position: { zh: '排序', en: 'Position' },
  itemId: { zh: '材料', en: 'Checklist item' },
  file: { zh: '文件', en: 'File' },
  // The queue's status filter and a document's check share the name: both sets of values are labelled.
  status: { zh: '状态', en: 'Status', values: { ...CASE_STATUS_LABELS, ...DOCUMENT_STATUS_LABELS } },
  view: { zh: '视图', en: 'View', values: QUEUE_VIEW_LABELS },
  originalSeen: { zh: '已核验原件', en: 'Original seen' },
};
