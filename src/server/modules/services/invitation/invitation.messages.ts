import { defineMessages, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** The invitation letter's refusals and problems, in the office's words. */
export const invitationMessages = defineMessages(
  {
    'svc.invitation.notInvitation': '该案件不是邀请函事项。',
    'svc.invitation.noFacts': '请先填写邀请函信息。',
    'svc.invitation.noInvitee': '请至少添加一名被邀请人。',
    'svc.invitation.tooMany': '每份邀请函最多邀请 {max} 人（现有 {count} 人），请分为多份邀请函办理。',
    'svc.invitation.full': '每份邀请函最多邀请 {max} 人，请另行申请一份邀请函。',
    'svc.invitation.entryPast': '计划入境日期 {date} 已过，请修改。',
    'svc.invitation.entryTooSoon': '计划入境日期 {date} 距今不足 {days} 天，来不及办理邀请函和签证。',
    'svc.invitation.passportExpires': '{name} 的护照 {expiry} 到期，早于停留结束日 {until}。',
    'svc.invitation.multipleReason': '申请多次入境签证须说明理由。',
    'svc.invitation.multipleHistory': '{name} 申请多次入境须曾获中国签证且上一年出入境不少于 {min} 次。',
    'svc.invitation.notEditable': '案件已提交，邀请函信息不能再修改。',
    'svc.invitation.notIssued': '邀请函尚未签发。',
    'svc.invitation.closedOut': '该邀请函已销签。',
    'svc.invitation.closeOutOneOf': '请填写离境日期或选择行程取消（二选一）。',
    'svc.invitation.departedBeforeEntry': '离境日期不能早于签发日期。',
    'svc.invitation.departedFuture': '离境日期不能晚于今天。',
    'svc.invitation.mrzNoName': 'MRZ 中没有读到姓名，请手工填写。',
  },
  {
    'svc.invitation.notInvitation': 'This case is not an invitation letter.',
    'svc.invitation.noFacts': 'Please fill in the letter’s facts first.',
    'svc.invitation.noInvitee': 'Please add at least one invitee.',
    'svc.invitation.tooMany': 'A letter invites at most {max} people ({count} now); please split them over several letters.',
    'svc.invitation.full': 'A letter invites at most {max} people; please apply for another letter.',
    'svc.invitation.entryPast': 'The planned entry date {date} has passed; please change it.',
    'svc.invitation.entryTooSoon': 'The planned entry date {date} is less than {days} days away: too soon for the letter and the visa.',
    'svc.invitation.passportExpires': 'The passport of {name} expires on {expiry}, before the stay ends on {until}.',
    'svc.invitation.multipleReason': 'A multiple-entry visa needs a reason.',
    'svc.invitation.multipleHistory': '{name} needs earlier Chinese visas and at least {min} entries and exits last year for a multiple-entry visa.',
    'svc.invitation.notEditable': 'The case has been submitted; the letter’s facts can no longer be changed.',
    'svc.invitation.notIssued': 'The letter has not been issued yet.',
    'svc.invitation.closedOut': 'This letter has already been closed out.',
    'svc.invitation.closeOutOneOf': 'Give either the date of departure or that the visit was cancelled (one of them).',
    'svc.invitation.departedBeforeEntry': 'The date of departure cannot be before the letter was issued.',
    'svc.invitation.departedFuture': 'The date of departure cannot be after today.',
    'svc.invitation.mrzNoName': 'No name was read from the MRZ; please type it.',
  },
);

declare module '../../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof invitationMessages> {}
}
