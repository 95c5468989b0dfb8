import type { accountsZhCN } from './strings.zh-CN';

/** English strings of the window's accounts pages. */
export const accountsEnUS: Record<keyof typeof accountsZhCN, string> = {};
