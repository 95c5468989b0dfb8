import type { invitationZhCN } from './strings.zh-CN';

/** English strings of the window's invitation pages. */
export const invitationEnUS: Record<keyof typeof invitationZhCN, string> = {};
