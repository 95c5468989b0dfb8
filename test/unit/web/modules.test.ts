import { describe, expect, it } from 'vitest';
import { appStrings } from '../../../src/web/app/strings';
import type { StringCatalog } from '../../../src/web/ui/i18n';
import { homePath } from '../../../src/web/app/home';
import { WEB_MODULES } from '../../../src/web/modules/registry';
import { buildRolePermissions } from '../../../src/server/platform/access/roles';
import { MODULES } from '../../../src/server/modules/registry';

describe('the web modules', () => {
  it('define each string key once, in both languages', () => {
    const seen = new Map<string, string>();
    const catalogs: Array<[string, StringCatalog]> = [
      ['app', appStrings],
      ...WEB_MODULES.flatMap((m): Array<[string, StringCatalog]> => (m.strings ? [[m.name, m.strings]] : [])),
    ];
    for (const [name, catalog] of catalogs) {
      for (const key of Object.keys(catalog['zh-CN'])) {
        expect(seen.get(key), `${key} is defined by ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
        expect(catalog['en-US'][key], `${key} has no English`).toBeTruthy();
      }
    }
  });

  it('put in the menu only pages they route, behind the same permission', () => {
    for (const m of WEB_MODULES) {
      for (const entry of m.menu?.entries ?? []) {
        const route = m.routes.find((r) => r.path === entry.path);
        expect(route, `${m.name}: menu entry ${entry.path} has no route`).toBeDefined();
        expect(route!.permission).toBe(entry.permission);
      }
    }
  });

  it('land each role on the page it had before the menu came from the modules', () => {
    const roles = buildRolePermissions(MODULES);
    const land = (role: keyof typeof roles) => homePath(roles[role]);
    expect(land('admin')).toBe('/dashboard');
    expect(land('street_operator')).toBe('/dashboard');
    expect(land('leader')).toBe('/dashboard');
    expect(land('unit_applicant')).toBe('/travel/applications');
    expect(homePath(['exchanges.read', 'travel.read'])).toBe('/exchanges/visits');
    expect(homePath(['audit.read'])).toBe('/admin/audit');
    expect(homePath([])).toBe('/dashboard');
  });
});
