/** The residents module's SQL lives in its repository: no other file of the module builds a query or reads a table. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(import.meta.dirname, '../../../src/server/modules/residents');
// The manifest names the table file too: it declares the module's tables (import * as tables), it queries nothing.
const SQL_FILES = new Set(['residents.repository.ts', 'residents.table.ts', 'residents.module.ts']);

describe('residents module shape', () => {
  it('only the repository and the tables import drizzle-orm (types aside) or a table', () => {
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !SQL_FILES.has(f))
      .flatMap((f) => {
        const text = readFileSync(path.join(dir, f), 'utf8');
        const imports = [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)];
        return imports
          .filter(([, typeOnly, from]) => (!typeOnly && /^drizzle-orm/.test(from)) || /\.table$|platform\.table$/.test(from))
          .map(([, , from]) => `${f}: ${from}`);
      });
    expect(offenders).toEqual([]);
  });

  it('every exported list, count, read and export of the repository takes a Scope', () => {
    const text = readFileSync(path.join(dir, 'residents.repository.ts'), 'utf8');
    const reads = [...text.matchAll(/^export (?:async )?function\*? ?(\w+)\(([^)]*)\)/gm)].filter(([, name]) => /^(list|count|find|iterate)/.test(name));
    expect(reads.map(([, name]) => name).sort()).toEqual([
      'countStats',
      'findByDocuments',
      'findResident',
      'iterateResidents',
      'listMovements',
      'listResidents',
    ]);
    for (const [, name, params] of reads) expect(params, name).toMatch(/scope: Scope/);
  });
});
