import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@server/db/client';

const SEP = '\u001f';

/**
 * Inserts many rows with one array parameter per column (`insert … select from unnest(…)`), so the
 * statement has a few dozen parameters instead of tens of thousands: building and planning a wide
 * multi-row VALUES is what made large imports slow. Works the same on PostgreSQL and PGlite.
 * Columns not given in `keys` take their defaults; returns the requested columns of the new rows.
 */
export async function bulkInsert<T extends PgTable, R extends Record<string, unknown>>(
  db: Db,
  table: T,
  rows: Array<Partial<T['$inferInsert']>>,
  keys: ReadonlyArray<keyof T['$inferInsert'] & string>,
  returning: string[],
): Promise<R[]> {
  if (!rows.length) return [];
  const columns = getTableColumns(table);
  // Columns whose default comes from the app (timestamps from the app's clock) are filled here, as
  // Drizzle's own insert would: the database's now() is not the app's time.
  const appDefaults = Object.keys(columns).filter((k) => !keys.includes(k as never) && columns[k].defaultFn);
  if (appDefaults.length) {
    const filled = Object.fromEntries(appDefaults.map((k) => [k, columns[k].defaultFn!()]));
    rows = rows.map((r) => ({ ...filled, ...r }));
    keys = [...keys, ...(appDefaults as (typeof keys)[number][])];
  }
  const names: Array<SQL | ReturnType<typeof sql.identifier>> = [];
  const sources: SQL[] = [];
  const selects: SQL[] = [];
  keys.forEach((key, i) => {
    const column = columns[key];
    const type = column.getSQLType();
    const values = rows.map((r) => (r as Record<string, unknown>)[key] ?? null);
    const alias = sql.raw(`c${i}`);
    names.push(sql.identifier(column.name));
    if (type.endsWith('[]')) {
      // unnest flattens a 2-D array, so array cells travel as one joined string each.
      sources.push(sql`${sql.param(values.map((v) => (v === null ? null : (v as unknown[]).join(SEP))))}::text[]`);
      selects.push(
        sql`case when ${alias} is null then null when ${alias} = '' then '{}'::${sql.raw(type)} else string_to_array(${alias}, ${SEP})::${sql.raw(type)} end`,
      );
    } else if (type === 'jsonb' || type === 'json') {
      sources.push(sql`${sql.param(values.map((v) => (v === null ? null : JSON.stringify(v))))}::text[]`);
      selects.push(sql`${alias}::${sql.raw(type)}`);
    } else {
      sources.push(sql`${sql.param(values)}::${sql.raw(type === 'bigserial' ? 'bigint' : type === 'serial' ? 'integer' : type)}[]`);
      selects.push(sql`${alias}`);
    }
  });
  const aliases = sql.raw(keys.map((_, i) => `c${i}`).join(', '));
  const result = await db.execute(sql`insert into ${sql.identifier(getTableName(table))} (${sql.join(names, sql`, `)})
    select ${sql.join(selects, sql`, `)} from unnest(${sql.join(sources, sql`, `)}) as t(${aliases})
    returning ${sql.raw(returning.map((c) => `"${c}"`).join(', '))}`);
  return (result as unknown as { rows: R[] }).rows;
}
