/**
 * What a web module tells the shell about itself, in its `<module>.module.tsx`: its pages (routes with the
 * permission each needs), its menu entries, where a user whose best permission is one of its own lands, and
 * its strings. The shell (src/web/app) builds the routes, the menu and the dictionaries from the modules listed
 * in src/web/modules/registry.ts, so adding a module's pages touches its folder and one registry line.
 */
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Permission } from '@shared/contracts/auth';
import type { MessageKey, StringCatalog } from './i18n';

export interface WebRoute {
  path: string;
  /** The page; omitted for a redirect. */
  page?: LazyExoticComponent<ComponentType>;
  /** The permission the page needs; without it the user sees the forbidden page. */
  permission?: Permission;
  /** Sends this path on to another (a module's root to its first page). */
  redirect?: string;
  /** A React key, so that a form opened as "new" from its own edit page starts afresh. */
  key?: string;
  /** Open to anyone, signed in or not, outside the app's frame (a unit's registration, the public register check). */
  public?: boolean;
}

export interface MenuEntry {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  permission: Permission;
  testid: string;
}

export interface WebModule {
  name: string;
  strings?: StringCatalog;
  routes: readonly WebRoute[];
  /** Menu entries; with a group they sit in a submenu of their own, else at the menu's top level. */
  menu?: { group?: { key: string; label: MessageKey; icon: ReactNode; testid: string }; entries: readonly MenuEntry[] };
  /** The pages a user lands on after signing in, by the permission that opens them, best first. */
  home?: ReadonlyArray<{ permission: Permission; path: string }>;
}

/** Declares a web module; the identity function, there so a manifest is checked where it is written. */
export const defineWebModule = (m: WebModule): WebModule => m;
