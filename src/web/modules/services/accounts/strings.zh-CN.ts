/** Simplified Chinese strings of the window's accounts pages (keys start with svc.accounts.). */
export const accountsZhCN = {} as const;
