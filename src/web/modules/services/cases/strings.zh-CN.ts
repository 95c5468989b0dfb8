/** Simplified Chinese strings of the window's cases pages (keys start with svc.cases.). */
export const casesZhCN = {} as const;
