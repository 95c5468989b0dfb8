/**
 * One benchmark run: PostgreSQL server at scale (seed, list API vs raw SQL, daily counts, Excel import),
 * then embedded PGlite at office scale. Writes bench/RESULTS.md and bench/PLANS.md. Never asserts on time.
 *
 *   npm run bench                     (BENCH_ROWS=1000000 BENCH_IMPORT_ROWS=100000 BENCH_PGLITE_ROWS=100000)
 *   BENCH_ROWS=20000 BENCH_IMPORT_ROWS=2000 BENCH_PGLITE_ROWS=5000 npm run bench      (a quick trial)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase, runMigrations, type Database } from '../src/server/db/client';
import { orgUnits } from '../src/server/platform/platform.table';
import { todayInShanghai } from '../src/shared/reference/dates';
import { createBenchTree, residentGenerator, type BenchTree } from './data';
import { importOnce, writeImportXlsx } from './importbench';
import { rawExec, signIn } from './measure';
import { renderPlans, renderResults, spliceSection, travelSectionOf, type DbSection, type Report } from './report';
import { listCases, measureList, measureStats, seedResidents, type BenchContext } from './scenarios';
import { eq } from 'drizzle-orm';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const ROWS = env('BENCH_ROWS', 1_000_000);
const IMPORT_ROWS = env('BENCH_IMPORT_ROWS', 100_000);
const PGLITE_ROWS = env('BENCH_PGLITE_ROWS', 100_000);
const N = env('BENCH_N', 30);
const WARM = env('BENCH_WARM', 3);
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DB = 'waishi_bench';
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (...a: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** App + a city office_staff user + a district_operator user, both signed in. */
async function appOn(database: Database, tree: BenchTree, url?: string) {
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: os.tmpdir(), ...(url ? { DATABASE_URL: url } : {}) });
  const app = await buildApp({ config, database, logger: false, loginRateLimit: 10_000 });
  await app.ready();
  const pathOf = async (id: number) => (await database.db.select().from(orgUnits).where(eq(orgUnits.id, id)))[0].path;
  const district = tree.districts[0];
  const city = { ...(await signIn(app, database.db, 'office_staff', tree.cityId, 'bench_city')), path: await pathOf(tree.cityId) };
  const dist = { ...(await signIn(app, database.db, 'district_operator', district.id, 'bench_district')), path: await pathOf(district.id) };
  const ctx: BenchContext = { app, database, sessions: { city, district: dist }, n: N, warm: WARM };
  return ctx;
}

/** A Latin surname substring and a document-number prefix that exist in the data. */
async function searchTerms(database: Database): Promise<{ surname: string; doc: string }> {
  const exec = rawExec(database);
  const row = (await exec(`select doc_number from residents where status = 'active' order by id limit 1 offset 100`)).rows[0];
  return { surname: 'tanak', doc: String(row?.doc_number ?? 'E0000').slice(0, 5) };
}

async function postgresSection(report: Report): Promise<void> {
  const section: DbSection = { title: `PostgreSQL server, ${ROWS.toLocaleString('en-US')} residents`, lists: [], stats: [], imports: [], errors: [] };
  report.sections.push(section);
  await admin(`drop database if exists ${BENCH_DB} with (force)`);
  await admin(`create database ${BENCH_DB}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DB}`;
  const database = await openDatabase({ url: url.toString() });
  let ctx: BenchContext | null = null;
  let tmp: string | null = null;
  try {
    await runMigrations(database);
    const version = (await rawExec(database)('select version() as v')).rows[0].v as string;
    report.machine['PostgreSQL'] = version.split(' on ')[0] + ` (${ADMIN_URL.replace(/\/\/[^@]*@/, '//').replace(/\/[^/]*$/, `/${BENCH_DB}`)})`;
    const settings = (
      await rawExec(database)(
        `select name, setting, unit from pg_settings where name in ('shared_buffers','work_mem','effective_cache_size','max_parallel_workers_per_gather','jit')`,
      )
    ).rows;
    report.machine['PostgreSQL settings'] = settings.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ');
    const tree = await createBenchTree(database.db);
    const today = todayInShanghai(new Date());
    log(`seeding ${ROWS} residents with COPY`);
    section.seed = await seedResidents(database, residentGenerator(tree, today, { seed: 1, docPrefix: 'E' }), ROWS);
    log(`seeded: copy ${(section.seed.copyMs / 1000).toFixed(1)} s, indexes ${(section.seed.indexMs / 1000).toFixed(1)} s`);
    ctx = await appOn(database, tree, url.toString());
    const terms = await searchTerms(database);
    for (const c of listCases(terms.surname, terms.doc)) {
      try {
        const r = await measureList(ctx, c, true);
        section.lists.push(r);
        log(`list ${c.key} ${c.label}: api p50 ${r.api.p50.toFixed(1)} raw p50 ${r.raw.p50.toFixed(1)} ratio ${r.ratio.toFixed(2)} (${r.total} rows)`);
      } catch (e) {
        section.errors.push(`list ${c.key}: ${(e as Error).message}`);
        log(e);
      }
    }
    try {
      section.stats = await measureStats(ctx, true);
      for (const s of section.stats) log(`${s.key}: api p50 ${s.api.p50.toFixed(1)} raw p50 ${s.raw.p50.toFixed(1)}`);
    } catch (e) {
      section.errors.push(`stats: ${(e as Error).message}`);
      log(e);
    }

    // Import: a fresh file of IMPORT_ROWS rows (its own document numbers), uploaded twice.
    tmp = await mkdtemp(path.join(os.tmpdir(), 'waishi-bench-'));
    const file = path.join(tmp, 'import.xlsx');
    const t0 = performance.now();
    const size = await writeImportXlsx(file, tree, residentGenerator(tree, today, { seed: 2, docPrefix: 'IM', forImport: true }), IMPORT_ROWS);
    const genMs = performance.now() - t0;
    log(`xlsx written: ${IMPORT_ROWS} rows, ${(size / 1e6).toFixed(1)} MB in ${(genMs / 1000).toFixed(1)} s`);
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = ctx.app.server.address() as { port: number };
    const base = `http://127.0.0.1:${addr.port}`;
    for (const label of ['first import (all new)', 're-import of the same file']) {
      try {
        const fig = await importOnce(ctx.app, base, ctx.sessions.city, file, IMPORT_ROWS);
        section.imports.push({ label, fig, ...(section.imports.length ? {} : { fileMb: size / 1024 / 1024, genMs }) });
        log(`${label}: ${fig.status} ${(fig.ms / 1000).toFixed(1)} s ${fig.rowsPerSec.toFixed(0)} rows/s`, fig.result);
      } catch (e) {
        section.errors.push(`${label}: ${(e as Error).message}`);
        log(e);
      }
    }
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
    if (ctx) await ctx.app.close();
    await database.close();
    await admin(`drop database if exists ${BENCH_DB} with (force)`);
    log(`dropped ${BENCH_DB}`);
  }
}

async function pgliteSection(report: Report): Promise<void> {
  const section: DbSection = {
    title: `Embedded PGlite (in memory), ${PGLITE_ROWS.toLocaleString('en-US')} residents`,
    lists: [],
    stats: [],
    imports: [],
    errors: [],
  };
  report.sections.push(section);
  const database = await openDatabase({ dataDir: 'memory' });
  let ctx: BenchContext | null = null;
  try {
    await runMigrations(database);
    report.machine['PGlite'] = String((await rawExec(database)('select version() as v')).rows[0].v).split(' on ')[0];
    const tree = await createBenchTree(database.db);
    log(`PGlite: seeding ${PGLITE_ROWS} residents`);
    section.seed = await seedResidents(database, residentGenerator(tree, todayInShanghai(new Date()), { seed: 3, docPrefix: 'E' }), PGLITE_ROWS);
    ctx = await appOn(database, tree);
    const terms = await searchTerms(database);
    for (const c of listCases(terms.surname, terms.doc).filter((x) => 'abcde'.includes(x.key))) {
      try {
        const r = await measureList(ctx, c, false);
        section.lists.push(r);
        log(`pglite list ${c.key}: api p50 ${r.api.p50.toFixed(1)} raw p50 ${r.raw.p50.toFixed(1)} ratio ${r.ratio.toFixed(2)}`);
      } catch (e) {
        section.errors.push(`list ${c.key}: ${(e as Error).message}`);
        log(e);
      }
    }
    try {
      section.stats = await measureStats(ctx, false);
    } catch (e) {
      section.errors.push(`stats: ${(e as Error).message}`);
      log(e);
    }
  } finally {
    if (ctx) await ctx.app.close();
    await database.close();
  }
}

async function main() {
  const started = performance.now();
  const report: Report = {
    command: `BENCH_ROWS=${ROWS} BENCH_IMPORT_ROWS=${IMPORT_ROWS} BENCH_PGLITE_ROWS=${PGLITE_ROWS} npm run bench`,
    date: new Date().toISOString(),
    durationMs: 0,
    n: N,
    warm: WARM,
    sections: [],
    machine: {
      CPUs: `${os.availableParallelism()} × ${os.cpus()[0]?.model ?? '?'}`,
      memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
      node: process.version,
      os: `${os.type()} ${os.release()}`,
    },
  };
  try {
    await postgresSection(report);
  } catch (e) {
    report.sections.at(-1)?.errors.push(`PostgreSQL section: ${(e as Error).stack ?? e}`);
    log(e);
  }
  try {
    await pgliteSection(report);
  } catch (e) {
    report.sections.at(-1)?.errors.push(`PGlite section: ${(e as Error).stack ?? e}`);
    log(e);
  }
  report.durationMs = performance.now() - started;
  // The travel section (bench/travel.ts) is kept as it was.
  const travel = travelSectionOf(await readFile(path.join(here, 'RESULTS.md'), 'utf8').catch(() => ''));
  const results = renderResults(report);
  await writeFile(path.join(here, 'RESULTS.md'), travel ? spliceSection(results, travel) : results);
  await writeFile(path.join(here, 'PLANS.md'), renderPlans(report));
  log(`done in ${(report.durationMs / 1000).toFixed(0)} s; wrote bench/RESULTS.md and bench/PLANS.md`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
