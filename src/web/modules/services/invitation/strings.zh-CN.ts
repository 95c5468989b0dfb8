/** Simplified Chinese strings of the window's invitation pages (keys start with svc.invitation.). */
export const invitationZhCN = {} as const;
