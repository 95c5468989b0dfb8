/** Simplified Chinese strings of the window's legalization pages (keys start with svc.legalization.). */
export const legalizationZhCN = {} as const;
