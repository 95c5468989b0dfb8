/**
 * The measured scenarios shared by the PostgreSQL and PGlite runs: seeding, list API cases vs raw SQL,
 * and the daily counts vs raw SQL.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../src/server/db/client';
import { countStats, listResidents } from '../src/server/modules/residents/residents.repository';
import { scopeOf } from '../src/server/platform/access/scope';
import { residentListQuerySchema } from '../src/shared/contracts/residents';
import { toAlpha3 } from '../src/shared/reference/countries';
import { todayInShanghai } from '../src/shared/reference/dates';
import { COPY_COLUMNS, copyChunks, type GenResident } from './data';
import { apiGet, capturingDb, rawExec, replay, time, type Captured, type Exec, type Session, type Timing } from './measure';

export interface SeedFigures {
  rows: number;
  copyMs: number;
  indexMs: number;
  vacuumMs: number;
  droppedIndexes: number;
}

/** Drops the residents' secondary indexes, loads rows with COPY, rebuilds the indexes, then VACUUM ANALYZE. */
export async function seedResidents(database: Database, gen: (i: number) => GenResident, rows: number): Promise<SeedFigures> {
  const exec = rawExec(database);
  const defs = (await exec(`select indexname, indexdef from pg_indexes where tablename = 'residents' and indexname <> 'residents_pkey'`)).rows as Array<{
    indexname: string;
    indexdef: string;
  }>;
  for (const d of defs) await exec(`drop index ${d.indexname}`);
  const copySql = `COPY residents (${COPY_COLUMNS.join(', ')}) FROM STDIN`;
  const t0 = performance.now();
  if (database.kind === 'postgres') {
    const client = await database.pool!.connect();
    try {
      await pipeline(Readable.from(copyChunks(gen, 0, rows)), client.query(copyFrom(copySql)));
    } finally {
      client.release();
    }
  } else {
    // PGlite: COPY ... FROM '/dev/blob' with the same text format, a slice at a time.
    for (let from = 0; from < rows; from += 50_000) {
      const blob = new Blob([...copyChunks(gen, from, Math.min(rows, from + 50_000))]);
      await database.pglite!.query(copySql.replace('STDIN', `'/dev/blob'`), [], { blob });
    }
  }
  const copyMs = performance.now() - t0;
  const t1 = performance.now();
  if (database.kind === 'postgres') {
    // Two lanes, one per core, each on its own connection with generous maintenance memory.
    const lanes: Array<typeof defs> = [[], []];
    defs.forEach((d, i) => lanes[i % 2].push(d));
    await Promise.all(
      lanes.map(async (lane) => {
        const client = await database.pool!.connect();
        try {
          await client.query(`set maintenance_work_mem = '512MB'`);
          for (const d of lane) await client.query(d.indexdef);
        } finally {
          client.release();
        }
      }),
    );
  } else {
    await exec(`set maintenance_work_mem = '256MB'`);
    for (const d of defs) await exec(d.indexdef);
  }
  const indexMs = performance.now() - t1;
  const t2 = performance.now();
  await exec('vacuum (analyze) residents');
  await exec('analyze org_units');
  return { rows, copyMs, indexMs, vacuumMs: performance.now() - t2, droppedIndexes: defs.length };
}

export interface ListCase {
  key: string;
  label: string;
  user: 'city' | 'district';
  query: Record<string, string>;
}

export interface CaseResult {
  key: string;
  label: string;
  url: string;
  total: number;
  api: Timing;
  raw: Timing;
  ratio: number;
  statements: Captured[];
  plans?: string[];
}

export interface BenchContext {
  app: FastifyInstance;
  database: Database;
  sessions: Record<'city' | 'district', Session & { path: string }>;
  n: number;
  warm: number;
}

/** One list case: the API through inject, then the statements listResidents issues, replayed raw on the same connections. */
export async function measureList(ctx: BenchContext, c: ListCase, explain: boolean): Promise<CaseResult> {
  const s = ctx.sessions[c.user];
  const url = `/api/residents?${new URLSearchParams(c.query)}`;
  const first = await apiGet(ctx.app, s, url);
  const total = first.json().total as number;
  const api = await time(() => apiGet(ctx.app, s, url), ctx.n, ctx.warm);

  const parsed = residentListQuerySchema.parse(c.query);
  const nationalityCodes = parsed.nationality ? parsed.nationality.split(',').map((x) => toAlpha3(x.trim())!) : undefined;
  const cap = capturingDb(ctx.database);
  await listResidents(cap.db, scopeOf({ scopePath: s.path }), { ...parsed, nationalityCodes }, todayInShanghai(new Date()), { byNumber: true });
  const statements = cap.take();
  const exec = rawExec(ctx.database);
  const raw = await time(replay(exec, [statements]), ctx.n, ctx.warm);
  const plans = explain ? await explainAll(exec, statements) : undefined;
  return { key: c.key, label: c.label, url, total, api, raw, ratio: api.p50 / raw.p50, statements, plans };
}

async function explainAll(exec: Exec, statements: Captured[]): Promise<string[]> {
  const out: string[] = [];
  for (const q of statements) {
    const res = await exec(`explain (analyze, buffers) ${q.sql}`, q.params);
    out.push(`${q.sql}\n-- params: ${JSON.stringify(q.params)}\n${res.rows.map((r) => String(r['QUERY PLAN'])).join('\n')}`);
  }
  return out;
}

export interface StatsResult {
  key: string;
  url: string;
  api: Timing;
  raw: Timing;
  ratio: number;
  total: number;
  statements: Captured[];
  plans?: string[];
}

/** /stats and /daily-report for the city user vs the statements countStats issues (3 together, then the area names). */
export async function measureStats(ctx: BenchContext, explain: boolean): Promise<StatsResult[]> {
  const s = ctx.sessions.city;
  const out: StatsResult[] = [];
  const exec = rawExec(ctx.database);
  for (const key of ['stats', 'daily-report'] as const) {
    const url = `/api/residents/${key}`;
    const total = (await apiGet(ctx.app, s, url)).json().total as number;
    const api = await time(() => apiGet(ctx.app, s, url), ctx.n, ctx.warm);
    const today = todayInShanghai(new Date());
    const noon = new Date(`${today}T12:00:00+08:00`);
    const cutoff = key === 'stats' || noon > new Date() ? new Date() : noon;
    const cap = capturingDb(ctx.database);
    await countStats(cap.db, scopeOf({ scopePath: s.path }), 0, today, cutoff);
    const statements = cap.take();
    const phases = [statements.slice(0, 3), statements.slice(3)];
    const raw = await time(replay(exec, phases), ctx.n, ctx.warm);
    const plans = explain ? await explainAll(exec, statements.slice(0, 3)) : undefined;
    out.push({ key, url, api, raw, ratio: api.p50 / raw.p50, total, statements, plans });
  }
  return out;
}

/** The list cases (a)-(h) of the brief. */
export function listCases(surnameSubstring: string, docPrefix: string): ListCase[] {
  return [
    { key: 'a', label: 'no filter, page 1 (city user)', user: 'city', query: {} },
    { key: 'b', label: 'nationality=KOR', user: 'city', query: { nationality: 'KOR' } },
    { key: 'c', label: 'district user, status=active, sort=arrivalDate', user: 'district', query: { status: 'active', sort: 'arrivalDate' } },
    { key: 'd', label: 'expiringWithinDays=30', user: 'city', query: { expiringWithinDays: '30' } },
    { key: 'e', label: 'arrivedWithinDays=14', user: 'city', query: { arrivedWithinDays: '14' } },
    { key: 'f', label: `q=${surnameSubstring} (Latin surname substring)`, user: 'city', query: { q: surnameSubstring } },
    { key: 'g', label: `q=${docPrefix} (doc number prefix)`, user: 'city', query: { q: docPrefix } },
    { key: 'h', label: 'page=50', user: 'city', query: { page: '50' } },
  ];
}
