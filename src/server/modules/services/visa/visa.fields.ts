/** The passports' fields as the office names them, for every refusal. */
import type { FieldLabels } from '@server/platform/i18n/fields';
import { VISA_TYPE_LABELS } from '@shared/labels/services-visa';

export const VISA_FIELDS: FieldLabels = {
  holderName: { zh: '持照人', en: 'Holder' },
  passportNumber: { zh: '护照号', en: 'Passport number' },
  country: { zh: '申请国家', en: 'Country' },
  visaType: { zh: '签证种类', en: 'Visa type', values: VISA_TYPE_LABELS },
  papers: { zh: '材料', en: 'Papers' },
  travelApplicationId: { zh: '出访团组', en: 'Trip' },
  travelPassportId: { zh: '在管护照', en: 'Passport in custody' },
  outcome: { zh: '签证结果', en: 'Result' },
  on: { zh: '日期', en: 'Date' },
  note: { zh: '说明', en: 'Note' },
  clerkName: { zh: '领取人', en: 'Clerk' },
  q: { zh: '查询', en: 'Search' },
};
