import { defineMessages, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** The visa agency's refusals and problems, in the office's words. */
export const visaMessages = defineMessages(
  {
    'svc.visa.passportNumberFormat': '护照号只能由字母和数字组成',
    'svc.visa.tripNotApproved': '所选出访团组不存在或尚未批准',
    'svc.visa.custodyNumberDiffers': '所选在管护照的号码是 {number}，与本行护照号不一致',
    'svc.visa.caseNotEditable': '该批次当前状态下不能修改护照清单',
    'svc.visa.caseNotAtStep': '该批次当前状态下不能办理这一步',
    'svc.visa.passportMoved': '该护照已进入下一环节，不能再办理这一步',
    'svc.visa.correctionNotLapsed': '一次性告知的补正期限（2个工作日）未满或已补正，不能作不予受理',
    'svc.visa.alreadyNoticed': '该护照已作过一次性告知',
    'svc.visa.dateInFuture': '日期不能晚于今天',
    'svc.visa.beforeSent': '出签日期不能早于送馆日期（{date}）',
    'svc.visa.beforeResult': '退还日期不能早于出签结果日期（{date}）',
    'svc.visa.noPassport': '请至少登记一本护照',
    'svc.visa.linkedTripNotApproved': '{name} 所关联的出访团组不是已批准状态',
  },
  {
    'svc.visa.passportNumberFormat': 'A passport number has letters and digits only',
    'svc.visa.tripNotApproved': 'The trip chosen does not exist or is not approved',
    'svc.visa.custodyNumberDiffers': 'The passport chosen from custody is number {number}, not the number on this line',
    'svc.visa.caseNotEditable': 'The passports of this batch cannot be changed at its present status',
    'svc.visa.caseNotAtStep': 'This step cannot be taken at the batch’s present status',
    'svc.visa.passportMoved': 'This passport has moved on; this step is no longer open',
    'svc.visa.correctionNotLapsed': 'The two working days to correct after the one-time notice have not passed, or it was corrected',
    'svc.visa.alreadyNoticed': 'The one-time notice was already given for this passport',
    'svc.visa.dateInFuture': 'The date cannot be after today',
    'svc.visa.beforeSent': 'The result cannot be dated before the passport was sent ({date})',
    'svc.visa.beforeResult': 'The return cannot be dated before the result ({date})',
    'svc.visa.noPassport': 'Enter at least one passport',
    'svc.visa.linkedTripNotApproved': 'The trip linked for {name} is not approved',
  },
);

declare module '../../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof visaMessages> {}
}
