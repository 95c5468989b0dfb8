import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Actor } from './actor';

declare const scopeBrand: unique symbol;

/**
 * A data scope: the org subtree a query may see. Repositories take one for every list, count, read,
 * write and export, so a query without a scope does not type-check; and only scopeOf() makes one,
 * from the signed-in actor, so `{ path: '/' }` or an org row handed to a query does not type-check either.
 */
export interface Scope {
  readonly path: string;
  readonly [scopeBrand]: true;
}

/** The data scope of the signed-in actor: their org subtree. The only way to make a Scope. */
export const scopeOf = (actor: Pick<Actor, 'scopePath'>): Scope => ({ path: actor.scopePath }) as Scope;

/** SQL condition: the org unit in `column` lies inside the scope's subtree. */
export function inScope(column: AnyColumn | SQL, scope: Scope): SQL {
  return sql`${column} in (select ou.id from org_units ou where ou.path like ${`${escapeLike(scope.path)}%`})`;
}

/**
 * SQL condition: the org unit in `column` is `unitId` or lies below it — a list's "this district and
 * its streets" filter. It narrows a scoped query; it never widens one (inScope still applies).
 */
export function inUnitSubtree(column: AnyColumn | SQL, unitId: number): SQL {
  return sql`${column} in (select d.id from org_units d where d.path like (select a.path from org_units a where a.id = ${unitId}) || '%')`;
}

export function pathInScope(path: string, scope: Scope): boolean {
  return path.startsWith(scope.path);
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
