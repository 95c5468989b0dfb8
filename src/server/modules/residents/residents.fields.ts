/** The ledger's fields as the office names them, for every refusal of the form, the API and the import. */
import { DOC_TYPES, VISA_TYPES } from '../../../shared/reference/visas';
import type { FieldLabels, Localized } from '../../platform/i18n/fields';

const byCode = <T extends { code: string; zh: string; en: string }>(list: readonly T[]): Record<string, Localized> =>
  Object.fromEntries(list.map((t) => [t.code, { zh: t.zh, en: t.en }]));

export const SEX_LABELS: Record<string, Localized> = { M: { zh: '男', en: 'Male' }, F: { zh: '女', en: 'Female' }, X: { zh: '未知', en: 'Unknown' } };
export const STATUS_LABELS: Record<string, Localized> = {
  active: { zh: '在住', en: 'Present' }, departed: { zh: '已离境', en: 'Departed' }, archived: { zh: '已归档', en: 'Archived' }, all: { zh: '全部', en: 'All' },
};
export const DOC_TYPE_LABELS = byCode(DOC_TYPES);
export const VISA_TYPE_LABELS = byCode(VISA_TYPES);

export const RESIDENT_FIELDS: FieldLabels = {
  orgUnitId: { zh: '居住区域', en: 'Area of residence' },
  toOrgUnitId: { zh: '新居住区域', en: 'New area of residence' },
  surname: { zh: '英文姓', en: 'Surname' },
  givenNames: { zh: '英文名', en: 'Given names' },
  nameZh: { zh: '中文姓名', en: 'Chinese name' },
  sex: { zh: '性别', en: 'Sex', values: SEX_LABELS },
  birthDate: { zh: '出生日期', en: 'Date of birth' },
  nationality: { zh: '国籍/地区', en: 'Nationality/region' },
  docType: { zh: '证件类型', en: 'Document type', values: DOC_TYPE_LABELS },
  docNumber: { zh: '证件号码', en: 'Document number' },
  docIssuingCountry: { zh: '签发国', en: 'Issuing country' },
  docExpiry: { zh: '证件有效期', en: 'Document expiry' },
  visaType: { zh: '签证/居留许可类型', en: 'Visa/permit type' },
  visaNumber: { zh: '签证/居留许可号码', en: 'Visa/permit number' },
  visaEntries: { zh: '入境次数', en: 'Entries', values: { single: { zh: '一次', en: 'single' }, double: { zh: '两次', en: 'double' }, multiple: { zh: '多次', en: 'multiple' } } },
  visaIssueDate: { zh: '签发日期', en: 'Visa issue date' },
  visaExpiry: { zh: '签证有效期', en: 'Visa/permit expiry' },
  purpose: { zh: '来华事由', en: 'Purpose' },
  employer: { zh: '工作单位/学校', en: 'Employer/school' },
  occupation: { zh: '职业', en: 'Occupation' },
  addressBuilding: { zh: '楼栋', en: 'Building' },
  addressRoom: { zh: '房号', en: 'Room' },
  addressDetail: { zh: '详细地址', en: 'Address' },
  phone: { zh: '联系电话', en: 'Phone' },
  arrivalDate: { zh: '入境日期', en: 'Arrival date' },
  arrivalPort: { zh: '入境口岸', en: 'Port of entry' },
  departureDate: { zh: '离境日期', en: 'Departure date' },
  host: { zh: '接待单位', en: 'Host' },
  accommodationRegistered: { zh: '住宿登记', en: 'Accommodation registered' },
  accommodationRegisteredOn: { zh: '住宿登记日期', en: 'Registration date' },
  tags: { zh: '标签', en: 'Tags' },
  notes: { zh: '备注', en: 'Notes' },
  status: { zh: '状态', en: 'Status', values: STATUS_LABELS },
  kind: {
    zh: '变动类型', en: 'Kind of movement',
    values: { arrival: { zh: '入境', en: 'arrival' }, address_change: { zh: '地址变更', en: 'address change' }, departure: { zh: '离境', en: 'departure' }, registration: { zh: '住宿登记', en: 'registration' } },
  },
  occurredOn: { zh: '发生日期', en: 'Date' },
  text: { zh: 'MRZ 文本', en: 'MRZ text' },
  arrivedWithinDays: { zh: '入境天数', en: 'Arrived within (days)' },
  expiringWithinDays: { zh: '到期天数', en: 'Expiring within (days)' },
  tag: { zh: '标签', en: 'Tag' },
  sort: {
    zh: '排序方式', en: 'Sort order',
    values: {
      updatedAt: { zh: '最近修改', en: 'last change' }, name: { zh: '姓名', en: 'name' }, nationality: { zh: '国籍', en: 'nationality' },
      arrivalDate: { zh: '入境日期', en: 'arrival date' }, docExpiry: { zh: '证件有效期', en: 'document expiry' }, visaExpiry: { zh: '签证有效期', en: 'visa expiry' },
    },
  },
};
