import type { MenuEntry, WebRoute } from '@web/ui/module';

/**
 * One area's part of the service window's web module: its pages and its menu entries. Its strings are spread into
 * the module's catalog (services.module.tsx); each area prefixes its keys with `svc.<area>.` so two never collide.
 */
export interface ServiceWebArea {
  routes: readonly WebRoute[];
  menu?: readonly MenuEntry[];
  home?: ReadonlyArray<{ permission: MenuEntry['permission']; path: string }>;
}
