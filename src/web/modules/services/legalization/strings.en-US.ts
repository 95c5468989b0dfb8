import type { legalizationZhCN } from './strings.zh-CN';

/** English strings of the window's legalization pages. */
export const legalizationEnUS: Record<keyof typeof legalizationZhCN, string> = {};
