import { describe, expect, it } from 'vitest';
import { buildRolePermissions } from '../../../src/server/platform/access/roles';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { getTableName } from 'drizzle-orm';
import { attachmentOwnersOf, tablesOf } from '../../../src/server/platform/modules';
import { MODULES } from '../../../src/server/modules/registry';

describe('the role table is built from the registered modules', () => {
  // Pinned for the modules that existed when the platform listed every grant by hand; a new module's grants are its own
  // manifest's business (checked against its permissions below), so they are left out of this comparison.
  const pinned = new Set(['residents', 'exchanges', 'travel']);
  const full = buildRolePermissions(MODULES);
  const table = buildRolePermissions(MODULES.filter((m) => pinned.has(m.name)));
  it('gives each role what it had when the platform listed every module by hand', () => {
    for (const role of Object.keys(full) as Array<keyof typeof full>) expect(full[role]).toEqual(expect.arrayContaining([...table[role]]));
    const ledger = ['residents.read', 'residents.write', 'residents.import', 'residents.export', 'residents.viewDocNumbers', 'stats.read'];
    const exchanges = ['exchanges.read', 'exchanges.write', 'exchanges.import', 'exchanges.export'];
    const review = ['travel.read', 'travel.review', 'travel.export'];
    const sorted = (xs: readonly string[]) => [...xs].sort();
    expect(sorted(table.admin)).toEqual(
      sorted([...ledger, ...exchanges, ...review, 'travel.rules', 'calendar.manage', 'audit.read', 'users.manage', 'org.manage']),
    );
    expect(sorted(table.office_staff)).toEqual(sorted([...ledger, ...exchanges, ...review]));
    expect(sorted(table.district_operator)).toEqual(sorted([...ledger, ...exchanges, ...review]));
    expect(sorted(table.street_operator)).toEqual(sorted(ledger));
    expect(sorted(table.leader)).toEqual(sorted(['residents.read', 'stats.read', 'exchanges.read', 'travel.read', 'travel.approve']));
    expect(sorted(table.unit_applicant)).toEqual(sorted(['travel.read', 'travel.apply']));
  });

  it('refuses a module granting a permission it does not define', () => {
    expect(() => buildRolePermissions([{ name: 'x', permissions: ['travel.read'], grants: { leader: ['residents.read'] } }])).toThrow(
      /does not define: residents.read/,
    );
  });

  it('refuses two modules claiming one attachment owner kind', () => {
    const owner = { permission: 'travel.read' as const, find: async () => null };
    const m = (name: string) => ({ name, tables: {}, routes: async () => {}, permissions: [], grants: {}, attachmentOwners: { visit: owner } });
    expect(() => attachmentOwnersOf([m('a'), m('b')])).toThrow(/claimed twice/);
    expect(Object.keys(attachmentOwnersOf(MODULES)).sort()).toEqual([
      'event',
      'friendship_city',
      'serviceUnitRegistration',
      'service_apec_applicant',
      'service_case',
      'travel_application',
      'visit',
    ]);
  });
});

describe("the migrations' table list follows the registered modules", () => {
  // drizzle.config.ts generates migrations from every src/server/modules/*/*.table.ts; each must be a registered module's.
  it('has a table file for each registered module and none for a module that is not registered', () => {
    const root = path.resolve(import.meta.dirname, '../../../src/server/modules');
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const withTables = folders.filter((f) => readdirSync(path.join(root, f)).some((file) => file.endsWith('.table.ts')));
    expect(withTables.sort()).toEqual(MODULES.map((m) => m.name).sort());
  });

  it('finds every table exactly once, each under its own name', () => {
    const names = tablesOf(MODULES).map((t) => getTableName(t));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['org_units', 'holiday_notices', 'residents', 'visits', 'travel_applications']));
  });
});
