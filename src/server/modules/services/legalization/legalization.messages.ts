import { defineMessages, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** The legalization area's refusals and problems, in the office's words. */
export const legalizationMessages = defineMessages(
  {
    'svc.legalization.unknownCountry': '无法识别的国家或地区代码（请使用 ISO 三字母代码，如 DEU）',
    'svc.legalization.sourceRequired': '请注明依据来源（公告、公约状态表等）',
    'svc.legalization.badNumber': '编号格式应为 A2026-000123 或 L2026-000123',
    'svc.legalization.numberNotFound': '未查到该编号的附加证明书或领事认证记录，请核对编号',
    'svc.legalization.notLegalization': '该办件不是领事认证/附加证明书事项',
    'svc.legalization.notEditable': '办件已提交，文书不能再修改',
    'svc.legalization.noItem': '请至少登记一份需认证的文书',
    'svc.legalization.countryMissing': '第 {n} 份文书未填写使用国',
    'svc.legalization.notNotarized': '第 {n} 份文书（{type}）须先办理公证',
    'svc.legalization.issuedInFuture': '第 {n} 份文书的签发日期晚于今天',
    'svc.legalization.issuedFuture': '文书签发日期不能晚于今天',
    'svc.legalization.feeDuplicate': '同一类别和缓急的收费只能填一次',
  },
  {
    'svc.legalization.unknownCountry': 'Unknown country or region code (use the ISO three-letter code, e.g. DEU)',
    'svc.legalization.sourceRequired': 'Please give the source (notice, the Convention’s status table …)',
    'svc.legalization.badNumber': 'The number reads like A2026-000123 or L2026-000123',
    'svc.legalization.numberNotFound': 'No Apostille or legalization with this number was found; please check the number',
    'svc.legalization.notLegalization': 'This case is not a legalization or Apostille case',
    'svc.legalization.notEditable': 'The case has been submitted: its documents can no longer be changed',
    'svc.legalization.noItem': 'Enter at least one document to legalize',
    'svc.legalization.countryMissing': 'Document {n} has no country of use',
    'svc.legalization.notNotarized': 'Document {n} ({type}) must be notarized first',
    'svc.legalization.issuedInFuture': 'Document {n} is dated after today',
    'svc.legalization.issuedFuture': 'The document’s issue date cannot be after today',
    'svc.legalization.feeDuplicate': 'Each category and urgency can be given one fee only',
  },
);

declare module '../../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof legalizationMessages> {}
}
