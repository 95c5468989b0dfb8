/** Simplified Chinese strings of the window's stats pages (keys start with svc.stats.). */
export const statsZhCN = {} as const;
