import { defineMessages, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** The exchanges' refusals, in the office's words. */
export const exchangeMessages = defineMessages(
  {
    'err.localParty': '请选择市或区作为所属单位',
    'err.duplicatePair': '该友好城市关系已登记',
  },
  {
    'err.localParty': 'Choose the city or a district as the local party',
    'err.duplicatePair': 'This friendship-city pair is already registered',
  },
);

declare module '../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof exchangeMessages> {}
}
