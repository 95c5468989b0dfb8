import { defineMessages, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** The case machinery's refusals, in the office's words. */
export const caseMessages = defineMessages(
  {
    'svc.case.unitOnly': '该事项仅限单位申请，请以单位账号办理。',
    'svc.case.notAUnit': '所选机构不是办事单位。',
    'svc.case.wrongStatus': '该件当前状态为“{status}”，不能办理此步骤，请刷新后再试。',
    'svc.case.extensionPending': '已有延期申请待审批。',
    'svc.case.noExtension': '没有待审批的延期申请。',
    'svc.case.noticeEmpty': '一次性告知须列明所缺材料（勾选材料或填写说明）。',
    'svc.case.unknownItem': '材料清单中没有编号为 {id} 的材料。',
    'svc.case.assigneeNotStaff': '只能分派给窗口工作人员。',
    'svc.case.submitProblems': '申请尚不完整，共 {count} 处问题，请补全后再提交。',
    'svc.case.promiseOverLegal': '承诺时限不能超过法定时限。',
    'svc.case.urgentOverPromise': '加急时限不能超过承诺时限。',
    'svc.case.settingsKeeper': '办理时限和材料清单由市外办窗口统一设置。',
    'svc.case.fileType': '该材料只接受以下格式：{types}。',
    'svc.case.fileTooBig': '该材料的文件不能超过 {kb} KB，请压缩后重新上传。',
    'svc.case.itemArchived': '该材料已不在清单中。',
  },
  {
    'svc.case.unitOnly': 'Only a unit may apply for this; please use the unit’s account.',
    'svc.case.notAUnit': 'The organisation chosen is not a unit.',
    'svc.case.wrongStatus': 'The case is “{status}” now, so this step cannot be taken; reload it and try again.',
    'svc.case.extensionPending': 'An extension is already waiting for approval.',
    'svc.case.noExtension': 'No extension is waiting for approval.',
    'svc.case.noticeEmpty': 'A one-time notice must list the missing material (tick the items or write them down).',
    'svc.case.unknownItem': 'The checklist has no item {id}.',
    'svc.case.assigneeNotStaff': 'A case can only be assigned to window staff.',
    'svc.case.submitProblems': 'The application is not complete yet ({count} problems); complete it and submit again.',
    'svc.case.promiseOverLegal': 'The promised limit cannot be longer than the legal limit.',
    'svc.case.urgentOverPromise': 'The urgent limit cannot be longer than the promised limit.',
    'svc.case.settingsKeeper': 'Time limits and checklists are set by the city office’s window for everyone.',
    'svc.case.fileType': 'This item accepts only these file types: {types}.',
    'svc.case.fileTooBig': 'The file for this item may not be larger than {kb} KB; please compress it and upload again.',
    'svc.case.itemArchived': 'This item is no longer on the checklist.',
  },
);

declare module '../../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof caseMessages> {}
}
