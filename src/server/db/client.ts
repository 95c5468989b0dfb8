import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
/**
 * The one database type the app codes against, whether PGlite or a PostgreSQL server is behind it.
 * It carries no schema: queries name their tables, so this file (and the platform using it) knows no module's tables.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The node-postgres pool when on a server (COPY and raw SQL in benchmarks), else null. */
  pool: pg.Pool | null;
  pglite: PGlite | null;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// node-postgres returns int8 and numeric as strings; the app's counts and ids fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// DATE stays the 'YYYY-MM-DD' string it is: no time zone may shift a birth date.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/** Opens the database: a PostgreSQL server when a URL is given, else embedded PGlite in dataDir (or memory). */
export async function openDatabase(opts: { url?: string; dataDir?: string | 'memory' }): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
    // An idle connection the server drops (restart, failover, admin termination) must not crash the
    // process: the pool discards it and opens a new one on the next query.
    pool.on('error', (err) => console.warn(`database connection closed by the server: ${err.message}`));
    const db = drizzlePg(pool) as unknown as Db;
    return { db, kind: 'postgres', pool, pglite: null, close: () => pool.end() };
  }
  let dataPath = 'memory://';
  if (opts.dataDir && opts.dataDir !== 'memory') {
    dataPath = path.resolve(opts.dataDir, 'pg');
    mkdirSync(dataPath, { recursive: true });
  }
  const pglite = await PGlite.create(dataPath, { extensions: { pg_trgm } });
  const db = drizzlePglite(pglite) as unknown as Db;
  return { db, kind: 'pglite', pool: null, pglite, close: () => pglite.close() };
}

/** Brings the schema up to date; safe to run at every start. */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    await migratePg(database.db as never, { migrationsFolder });
  } else {
    await migratePglite(database.db as never, { migrationsFolder });
  }
}
