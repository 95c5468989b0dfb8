/** Simplified Chinese strings of the window's visa pages (keys start with svc.visa.). */
export const visaZhCN = {} as const;
