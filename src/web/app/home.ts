import { WEB_MODULES } from '../modules/registry';

/** The first page this user may open: the first landing page, in registry order, whose permission they hold. */
export function homePath(perms: readonly string[]): string {
  const home = WEB_MODULES.flatMap((m) => m.home ?? []).find((h) => perms.includes(h.permission));
  return home?.path ?? '/dashboard';
}
