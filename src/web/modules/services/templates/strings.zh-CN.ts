/** Simplified Chinese strings of the window's templates pages (keys start with svc.templates.). */
export const templatesZhCN = {} as const;
