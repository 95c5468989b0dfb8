import { defineMessages, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** The unit accounts' refusals, in the office's words. */
export const accountMessages = defineMessages(
  {
    'svc.accounts.creditCodeLength': '统一社会信用代码应为18位',
    'svc.accounts.creditCodeCheck': '统一社会信用代码校验不通过，请对照营业执照逐位核对',
    'svc.accounts.idNumberLength': '身份证号码应为18位',
    'svc.accounts.idNumberCheck': '身份证号码校验不通过（出生日期或校验位有误），请核对',
    'svc.accounts.phone': '请填写有效的联系电话',
    'svc.accounts.email': '请填写有效的电子邮箱',
    'svc.accounts.badToken': '查询码格式不正确',
    'svc.accounts.notADistrict': '请从列表中选择单位所属的区',
    'svc.accounts.creditCodeTaken': '统一社会信用代码 {code} 已有单位注册或正在审核中，如需帮助请联系市外事办窗口',
    'svc.accounts.usernamePending': '该用户名已被另一份待审核的注册使用，请换一个用户名',
    'svc.accounts.uploadClosed': '该注册已审核或上传次数已用完，不能再上传材料',
    'svc.accounts.fileTooLarge': '文件超过 {mb} MB，请压缩或分辨率调低后重新上传',
    'svc.accounts.fileType': '只接受 PDF、JPG 或 PNG 文件',
    'svc.accounts.notPending': '该注册已审核，不能再次审核',
    'svc.accounts.filesMissing': '备案表和营业执照尚未上传齐全，不能审核通过',
  },
  {
    'svc.accounts.creditCodeLength': 'The unified social credit code has 18 characters',
    'svc.accounts.creditCodeCheck': 'The unified social credit code does not check out; compare it with the business licence character by character',
    'svc.accounts.idNumberLength': 'The ID card number has 18 characters',
    'svc.accounts.idNumberCheck': 'The ID card number does not check out (date of birth or check digit); please check it',
    'svc.accounts.phone': 'Enter a valid phone number',
    'svc.accounts.email': 'Enter a valid email address',
    'svc.accounts.badToken': 'The enquiry code is not valid',
    'svc.accounts.notADistrict': 'Choose the district of the unit from the list',
    'svc.accounts.creditCodeTaken': 'A unit with the credit code {code} is already registered or under review; the city office’s window can help',
    'svc.accounts.usernamePending': 'Another registration under review uses this username; choose another',
    'svc.accounts.uploadClosed': 'This registration has been reviewed or has no uploads left; no more files can be added',
    'svc.accounts.fileTooLarge': 'The file is over {mb} MB; compress it or lower its resolution and upload it again',
    'svc.accounts.fileType': 'Only PDF, JPG or PNG files are accepted',
    'svc.accounts.notPending': 'This registration has already been reviewed',
    'svc.accounts.filesMissing': 'The filing form and the business licence have not both been uploaded, so it cannot be approved',
  },
);

declare module '../../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof accountMessages> {}
}
