import type { casesZhCN } from './strings.zh-CN';

/** English strings of the window's cases pages. */
export const casesEnUS: Record<keyof typeof casesZhCN, string> = {};
