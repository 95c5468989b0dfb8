import type { apecZhCN } from './strings.zh-CN';

/** English strings of the window's apec pages. */
export const apecEnUS: Record<keyof typeof apecZhCN, string> = {};
