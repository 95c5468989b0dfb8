/** Simplified Chinese strings of the window's apec pages (keys start with svc.apec.). */
export const apecZhCN = {} as const;
