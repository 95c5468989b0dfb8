import type { visaZhCN } from './strings.zh-CN';

/** English strings of the window's visa pages. */
export const visaEnUS: Record<keyof typeof visaZhCN, string> = {};
