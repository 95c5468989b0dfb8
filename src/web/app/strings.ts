import { defineStrings, type StringKeysOf } from '../ui/i18n';
import { enUS } from './strings.en-US';
import { zhCN } from './strings.zh-CN';

/** The shell's strings (sign-in, menu groups, header) and the shared toolkit's (common.*, import.* …). */
export const appStrings = defineStrings(zhCN, enUS);

declare module '../ui/i18n' {
  interface WebStrings extends StringKeysOf<typeof appStrings> {}
}
