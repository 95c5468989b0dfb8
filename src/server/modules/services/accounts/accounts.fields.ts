import type { FieldLabels } from '@server/platform/i18n/fields';
import { REGISTRATION_STATE_LABELS } from '@shared/labels/services-accounts';

/** The registration's fields as the office and the applicant call them. */
const REGISTRATION_FIELDS: FieldLabels = {
  unitNameZh: { zh: '单位名称（中文）', en: 'Name of the unit (Chinese)' },
  unitNameEn: { zh: '单位名称（英文）', en: 'Name of the unit (English)' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  address: { zh: '单位地址', en: 'Address' },
  districtId: { zh: '所属区', en: 'District' },
  clerkName: { zh: '经办人姓名', en: 'Clerk’s name' },
  clerkIdNumber: { zh: '经办人身份证号码', en: 'Clerk’s ID card number' },
  phone: { zh: '联系电话', en: 'Phone' },
  email: { zh: '电子邮箱', en: 'Email' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  token: { zh: '查询码', en: 'Enquiry code' },
  kind: { zh: '材料类型', en: 'Kind of file' },
  state: { zh: '审核状态', en: 'State', values: REGISTRATION_STATE_LABELS },
  reason: { zh: '不通过的理由', en: 'Reason for rejection' },
};

export const accountFields: Readonly<Record<string, FieldLabels>> = { '/accounts': REGISTRATION_FIELDS };
