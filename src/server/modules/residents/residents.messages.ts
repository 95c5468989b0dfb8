import { defineMessages, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** The ledger's refusals and import problems, in the office's words. */
export const residentMessages = defineMessages(
  {
    'err.unknownVisaType': '无法识别的签证/证件类型：{value}',
    'err.orgNotArea': '请选择街道或社区作为居住区域',
    'err.duplicateDocument': '证件号码 {docNumber} 已登记为另一人的档案',
    'err.movementArea': '地址变更需要选择新的居住区域',
    'err.dateOrder': '{later}不能早于{earlier}',
    'err.mrz': '无法识别 MRZ：{detail}',
    'err.permanentId': '永久居留身份证号码应为以 9 开头的 18 位号码，且校验位正确',
    'err.unknownDistrict': '找不到区县“{name}”',
    'err.unknownStreet': '找不到街道“{name}”',
    'err.unknownCommunity': '找不到社区“{name}”',
    'err.unknownDocType': '无法识别的证件类型：{value}',
    'err.docNumberFormat': '{docType}号码格式不正确：{format}',
    'err.permitNationality': '{docType}的持证人国籍/地区应为{regions}',
    'err.chineseNationality': '中国籍人员不在境外人员台账登记范围；港澳台居民请选择国籍/地区 中国香港/中国澳门/中国台湾 并使用通行证',
    'err.sex': '性别应为 男、女 或 未知：{value}',
  },
  {
    'err.unknownVisaType': 'Unknown visa or permit type: {value}',
    'err.orgNotArea': 'Choose a street or community as the place of residence',
    'err.duplicateDocument': 'Document number {docNumber} already belongs to another file',
    'err.movementArea': 'An address change needs the new area',
    'err.dateOrder': '{later} cannot be earlier than {earlier}',
    'err.mrz': 'The MRZ cannot be read: {detail}',
    'err.permanentId': 'A permanent residence ID number has 18 characters, starts with 9 and ends with a valid check character',
    'err.unknownDistrict': 'No district named "{name}"',
    'err.unknownStreet': 'No subdistrict named "{name}"',
    'err.unknownCommunity': 'No community named "{name}"',
    'err.unknownDocType': 'Unknown document type: {value}',
    'err.docNumberFormat': 'The {docType} number is not in the right format: {format}',
    'err.permitNationality': 'The holder of a {docType} must have the nationality/region {regions}',
    'err.chineseNationality':
      'Chinese nationals are not kept on the foreign residents ledger; for residents of Hong Kong, Macao or Taiwan choose Hong Kong (China), Macao (China) or Taiwan (China) and their travel permit',
    'err.sex': 'Sex must be male, female or unknown: {value}',
  },
);

declare module '../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof residentMessages> {}
}
