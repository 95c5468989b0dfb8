import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Actor } from './actor';

/**
 * A data scope: the org subtree a query may see. Repositories take one for every list, count, read,
 * write and export, so a query without a scope does not type-check.
 */
export interface Scope {
  readonly path: string;
}

export const scopeOf = (actor: Pick<Actor, 'scopePath'>): Scope => ({ path: actor.scopePath });

/** SQL condition: the org unit in `column` lies inside the scope's subtree. */
export function inScope(column: AnyColumn | SQL, scope: Scope): SQL {
  return sql`${column} in (select ou.id from org_units ou where ou.path like ${`${escapeLike(scope.path)}%`})`;
}

export function pathInScope(path: string, scope: Scope): boolean {
  return path.startsWith(scope.path);
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
