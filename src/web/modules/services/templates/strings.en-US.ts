import type { templatesZhCN } from './strings.zh-CN';

/** English strings of the window's templates pages. */
export const templatesEnUS: Record<keyof typeof templatesZhCN, string> = {};
