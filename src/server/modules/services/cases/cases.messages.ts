import { defineMessages, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** The case machinery's refusals, in the office's words. */
export const caseMessages = defineMessages(
  {
    'svc.case.unitOnly': '该事项仅限单位申请，请以单位账号办理。',
    'svc.case.notAUnit': '所选机构不是办事单位。',
  },
  {
    'svc.case.unitOnly': 'Only a unit may apply for this; please use the unit’s account.',
    'svc.case.notAUnit': 'The organisation chosen is not a unit.',
  },
);

declare module '../../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof caseMessages> {}
}
