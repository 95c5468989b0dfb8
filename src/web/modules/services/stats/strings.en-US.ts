import type { statsZhCN } from './strings.zh-CN';

/** English strings of the window's stats pages. */
export const statsEnUS: Record<keyof typeof statsZhCN, string> = {};
