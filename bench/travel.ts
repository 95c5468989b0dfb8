/**
 * Outbound-travel bench: seeds a PostgreSQL database with BENCH_TRAVEL_ROWS applications (plus their steps,
 * reminders and the units' plans), then times the travel API (app.inject, whole request) against the exact
 * statements each request issued, replayed raw on the same pool with the same concurrency. Writes the
 * travel section of bench/RESULTS.md (between its markers) and bench/PLANS-travel.md. Never asserts on time.
 *
 *   npm run bench:travel                                   (BENCH_TRAVEL_ROWS=100000)
 *   BENCH_TRAVEL_ROWS=5000 BENCH_N=5 npm run bench:travel  (a quick trial)
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase, runMigrations, type Database, type Db } from '../src/server/db/client';
import { loadRules } from '../src/server/modules/travel/service/rules';
import { todayInShanghai } from '../src/shared/reference/dates';
import { apiGet, fmt, rawExec, signIn, time, type Exec, type Session, type Timing } from './measure';
import { spliceSection, TRAVEL_END, TRAVEL_START } from './report';
import { APP_COLUMNS, createTravelTree, generateTravel, ITEM_COLUMNS, PLAN_COLUMNS, REMINDER_COLUMNS, STEP_COLUMNS, type TravelData } from './travelData';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const ROWS = env('BENCH_TRAVEL_ROWS', 100_000);
const N = env('BENCH_N', 30);
const WARM = env('BENCH_WARM', 3);
/** Time budget per side of a case: a request slower than BUDGET / (N + WARM) gets fewer iterations (never under 10), shown in the table. */
const CASE_BUDGET_MS = env('BENCH_TRAVEL_CASE_S', 40) * 1000;
const MIN_N = 10;
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DB = 'waishi_bench_travel';
/** BENCH_TRAVEL_KEEP=1 leaves the database in place after the run, for EXPLAIN and experiments by hand. */
const KEEP = process.env.BENCH_TRAVEL_KEEP === '1';
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (...a: unknown[]) => console.log(`[bench:travel ${new Date().toISOString().slice(11, 19)}]`, ...a);

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Seeding

interface SeedFigures {
  counts: TravelData['counts'];
  byStatus: Record<string, number>;
  genMs: number;
  copyMs: number;
  vacuumMs: number;
  copyMb: number;
}

async function copyIn(pool: pg.Pool, table: string, columns: readonly string[], chunks: string[]): Promise<void> {
  const client = await pool.connect();
  try {
    await pipeline(Readable.from(chunks), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  } finally {
    client.release();
  }
}

async function seed(database: Database, data: () => TravelData): Promise<SeedFigures> {
  const exec = rawExec(database);
  const t0 = performance.now();
  const d = data();
  const genMs = performance.now() - t0;
  const copyMb = [d.plans, d.items, d.applications, d.steps, d.reminders].flat().reduce((s, c) => s + Buffer.byteLength(c), 0) / 1024 / 1024;
  log(
    `generated ${d.counts.applications} applications, ${d.counts.steps} steps, ${d.counts.reminders} reminders, ${d.counts.plans} plans, ${d.counts.items} items (${copyMb.toFixed(0)} MB of COPY text) in ${(genMs / 1000).toFixed(1)} s`,
  );
  const t1 = performance.now();
  const pool = database.pool!;
  await copyIn(pool, 'travel_plans', PLAN_COLUMNS, d.plans);
  await copyIn(pool, 'travel_plan_items', ITEM_COLUMNS, d.items);
  // In the order of the foreign keys: steps and reminders point at applications, which must be there (committed) first.
  await copyIn(pool, 'travel_applications', APP_COLUMNS, d.applications);
  await Promise.all([copyIn(pool, 'travel_steps', STEP_COLUMNS, d.steps), copyIn(pool, 'travel_reminders', REMINDER_COLUMNS, d.reminders)]);
  for (const t of ['travel_plans', 'travel_plan_items', 'travel_applications']) {
    await exec(`select setval(pg_get_serial_sequence('${t}', 'id'), (select coalesce(max(id), 1) from ${t}))`);
  }
  const copyMs = performance.now() - t1;
  const t2 = performance.now();
  for (const t of ['travel_applications', 'travel_steps', 'travel_reminders', 'travel_plans', 'travel_plan_items', 'travel_rules', 'org_units']) {
    await exec(`vacuum (analyze) ${t}`);
  }
  return { counts: d.counts, byStatus: d.byStatus, genMs, copyMs, vacuumMs: performance.now() - t2, copyMb };
}

// ---------------------------------------------------------------------------------------------------------
// Capture: every statement a request sends through the app's pool, with when it started and finished

interface Traced {
  sql: string;
  params: unknown[];
  start: number;
  end: number;
  rows: number;
}

/**
 * The app's Database with its Drizzle instance on a proxy of the same pool that, while tracing, records
 * each statement (the text and parameters Drizzle's logger reports) with its start/end times and row count.
 * The timings of the requests themselves are taken with tracing off.
 */
function tracedDatabase(database: Database) {
  let tracing = false;
  let log: Traced[] = [];
  const pool = database.pool!;
  const proxy = new Proxy(pool, {
    get(target, prop) {
      if (prop === 'query') {
        return (config: string | { text: string; values?: unknown[] }, values?: unknown, cb?: unknown) => {
          if (!tracing || typeof values === 'function' || cb) return (target.query as (...a: unknown[]) => unknown)(config, values, cb);
          const entry: Traced = {
            sql: typeof config === 'string' ? config : config.text,
            params: (values as unknown[] | undefined) ?? (typeof config === 'string' ? [] : (config.values ?? [])),
            start: performance.now(),
            end: 0,
            rows: 0,
          };
          log.push(entry);
          return (target.query(config as never, values as never) as unknown as Promise<pg.QueryResult>).then((res) => {
            entry.end = performance.now();
            entry.rows = res.rowCount ?? res.rows?.length ?? 0;
            return res;
          });
        };
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  const db = drizzlePg(proxy as unknown as pg.Pool) as unknown as Db;
  return {
    database: { ...database, db } as Database,
    async capture<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Traced[] }> {
      log = [];
      tracing = true;
      try {
        return { result: await fn(), statements: log };
      } finally {
        tracing = false;
        log = [];
      }
    },
  };
}

/**
 * Replays captured statements with the request's own concurrency: each statement starts once every statement
 * that had finished before it started (in the captured request) has finished again; the others run alongside.
 */
function replayAsCaptured(exec: Exec, statements: Traced[]): () => Promise<void> {
  const deps = statements.map((s, j) => statements.slice(0, j).flatMap((d, i) => (d.end <= s.start ? [i] : [])));
  return async () => {
    const done: Array<Promise<unknown>> = [];
    statements.forEach((s, j) => {
      const before = deps[j].map((i) => done[i]);
      done[j] = (before.length ? Promise.all(before) : Promise.resolve()).then(() => exec(s.sql, s.params));
    });
    await Promise.all(done);
  };
}

/** How many rounds the replay takes: the longest chain of statements that wait on each other. */
function rounds(statements: Traced[]): number {
  const depth: number[] = [];
  statements.forEach((s, j) => {
    depth[j] = 1 + Math.max(0, ...statements.slice(0, j).map((d, i) => (d.end <= s.start ? depth[i] : 0)));
  });
  return Math.max(0, ...depth);
}

// ---------------------------------------------------------------------------------------------------------
// Cases

interface TravelCase {
  key: string;
  label: string;
  user: 'city' | 'district';
  url: string;
  matches: (body: any) => number;
}
interface CaseResult {
  key: string;
  label: string;
  user: string;
  url: string;
  matches: number;
  responseKb: number;
  statements: Traced[];
  rowsFetched: number;
  rounds: number;
  n: number;
  warm: number;
  api: Timing;
  raw: Timing;
  ratio: number;
  plans: Array<{ sql: string; params: unknown[]; ms: number; plan: string }>;
}

function cases(q: string, oneId: number): TravelCase[] {
  const total = (b: { total: number }) => b.total;
  return [
    { key: 'a', label: 'applications, page 1 (city office_staff)', user: 'city', url: '/api/travel/applications', matches: total },
    { key: 'b', label: 'applications ?status=submitted', user: 'city', url: '/api/travel/applications?status=submitted', matches: total },
    { key: 'c', label: 'applications ?todo=true (review queue)', user: 'city', url: '/api/travel/applications?todo=true', matches: total },
    {
      key: 'd',
      label: `applications ?q=${q} (member name substring)`,
      user: 'city',
      url: `/api/travel/applications?q=${encodeURIComponent(q)}`,
      matches: total,
    },
    { key: 'e', label: 'applications, page 1 (district_operator)', user: 'district', url: '/api/travel/applications', matches: total },
    {
      key: 'f',
      label: 'stats 2026-01-01..2026-06-30 (city)',
      user: 'city',
      url: '/api/travel/stats?from=2026-01-01&to=2026-06-30',
      matches: (b) => b.approved.batches.now + b.approved.batches.prev,
    },
    { key: 'g', label: 'follow-up (city office_staff)', user: 'city', url: '/api/travel/follow-up', matches: (b) => b.overdue.length },
    { key: 'h', label: 'follow-up (district_operator)', user: 'district', url: '/api/travel/follow-up', matches: (b) => b.overdue.length },
    { key: 'i', label: `one application /applications/${oneId} (city)`, user: 'city', url: `/api/travel/applications/${oneId}`, matches: () => 1 },
  ];
}

async function explainAll(exec: Exec, statements: Traced[]) {
  const out: CaseResult['plans'] = [];
  for (const s of statements) {
    const res = await exec(`explain (analyze, buffers) ${s.sql}`, s.params);
    const lines = res.rows.map((r) => String(r['QUERY PLAN']));
    const exec_ = lines.map((l) => /Execution Time: ([\d.]+) ms/.exec(l)).find(Boolean);
    out.push({ sql: s.sql, params: s.params, ms: exec_ ? Number(exec_[1]) : NaN, plan: lines.join('\n') });
  }
  return out;
}

async function measure(
  app: Awaited<ReturnType<typeof buildApp>>,
  traced: ReturnType<typeof tracedDatabase>,
  exec: Exec,
  s: Session,
  c: TravelCase,
): Promise<CaseResult> {
  await apiGet(app, s, c.url); // first call outside the capture (caches, a rare sliding-expiry write)
  const t0 = performance.now();
  const { result: res, statements: all } = await traced.capture(() => apiGet(app, s, c.url));
  const single = performance.now() - t0;
  // The session's sliding-expiry UPDATE happens at most once a minute, not in a typical request: not replayed.
  const statements = all.filter((x) => !/^update "sessions"/i.test(x.sql));
  const body = res.json();
  const slow = single * (N + WARM) > CASE_BUDGET_MS;
  const n = slow ? Math.max(MIN_N, Math.min(N, Math.floor(CASE_BUDGET_MS / single) - 1)) : N;
  const warm = slow ? Math.min(WARM, 1) : WARM;
  const api = await time(() => apiGet(app, s, c.url), n, warm);
  const raw = await time(replayAsCaptured(exec, statements), n, warm);
  const plans = await explainAll(exec, statements);
  return {
    key: c.key,
    label: c.label,
    user: c.user,
    url: c.url,
    matches: c.matches(body),
    responseKb: res.rawPayload.length / 1024,
    statements,
    rowsFetched: statements.reduce((k, x) => k + x.rows, 0),
    rounds: rounds(statements),
    n,
    warm,
    api,
    raw,
    ratio: api.p50 / raw.p50,
    plans,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Output

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const s1 = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function renderSection(r: {
  date: string;
  durationMs: number;
  machine: Record<string, string>;
  seed: SeedFigures;
  results: CaseResult[];
  errors: string[];
}): string {
  const o: string[] = [TRAVEL_START, `## Outbound travel (PostgreSQL server, ${n0(r.seed.counts.applications)} applications)`, ''];
  o.push(
    `Generated by \`bench/travel.ts\` on ${r.date}; the run took ${s1(r.durationMs)}. ${Object.entries(r.machine)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')}.`,
    '',
  );
  o.push('```', `BENCH_TRAVEL_ROWS=${ROWS} BENCH_N=${N} BENCH_WARM=${WARM} npm run bench:travel`, '```', '');
  const c = r.seed.counts;
  const st = Object.entries(r.seed.byStatus)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${((100 * v) / c.applications).toFixed(1)} %`)
    .join(', ');
  o.push('| seed | figure |', '| --- | --- |');
  o.push(`| org tree | city, 10 districts, 300 units |`);
  o.push(`| applications | ${n0(c.applications)} (${st}) |`);
  o.push(`| steps / reminders | ${n0(c.steps)} / ${n0(c.reminders)} (${n0(c.overdueItems)} items overdue today) |`);
  o.push(`| plans / plan items | ${n0(c.plans)} / ${n0(c.items)} |`);
  o.push(`| generate (JS, ${r.seed.copyMb.toFixed(0)} MB of COPY text) | ${s1(r.seed.genMs)} |`);
  o.push(`| COPY (all tables) | ${s1(r.seed.copyMs)} = **${n0(c.applications / (r.seed.copyMs / 1000))} applications/s** with their steps etc. |`);
  o.push(`| VACUUM ANALYZE | ${s1(r.seed.vacuumMs)} |`);
  o.push(`| total | ${s1(r.seed.genMs + r.seed.copyMs + r.seed.vacuumMs)} |`, '');
  o.push(
    `Timings: ${N} timed iterations after ${WARM} warm-up(s) (column n: fewer, after 1 warm-up, for a request slower than ${CASE_BUDGET_MS / 1000} s / ${N + WARM}, to keep the run short), one request at a time. API = \`app.inject\` (session, zod validation, ` +
      "repository, per-row rule checks, response validation and serialisation). Raw = every statement that request sent (captured at the app's pool " +
      "in one traced request, the session lookup included), replayed on the same pool with the request's own concurrency. " +
      '"stmts / rounds" = statements and the longest chain of them that wait on each other; "rows" = rows those statements return.',
    '',
  );
  o.push('| case | request | user | matches | response KB | stmts / rounds | rows | n | API p50 ms | API p95 ms | raw p50 ms | raw p95 ms | ratio | ≤ 2x |');
  o.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const x of r.results) {
    o.push(
      `| ${x.key} | ${x.label} | ${x.user} | ${n0(x.matches)} | ${x.responseKb.toFixed(1)} | ${x.statements.length} / ${x.rounds} | ${n0(x.rowsFetched)} | ${x.n} | ${fmt(x.api.p50)} | ${fmt(x.api.p95)} | ${fmt(x.raw.p50)} | ${fmt(x.raw.p95)} | ${x.ratio.toFixed(2)} | ${x.ratio <= 2 ? 'yes' : '**no**'} |`,
    );
  }
  o.push('');
  o.push(interpretation(r.results), '');
  if (r.errors.length) {
    o.push('Did not work:', '');
    for (const e of r.errors) o.push(`- ${e}`);
    o.push('');
  }
  o.push('Query plans of every replayed statement: `bench/PLANS-travel.md`.');
  o.push(TRAVEL_END);
  return o.join('\n');
}

/** What a statement is, in a few words: "count(*) on travel_applications", "select on travel_reminders". */
function what(sql: string): string {
  const table = /\bfrom "?(\w+)"?/i.exec(sql)?.[1] ?? '?';
  return /^select count\(\*\)/i.test(sql) ? `count(*) on ${table}` : `${sql.split(/\s/)[0].toLowerCase()} on ${table}`;
}

/** Read off the figures: how much time is spent outside the database, which cases exceed 2x, where the database time goes. */
function interpretation(results: CaseResult[]): string {
  if (!results.length) return 'No case was measured.';
  const over = results.filter((x) => x.ratio > 2);
  const js = (x: CaseResult) => `${x.key} ${fmt(x.api.p50 - x.raw.p50)}`;
  const heavy = results
    .filter((x) => x.raw.p50 >= 100)
    .map((x) => {
      const top = [...x.plans].sort((a, b) => b.ms - a.ms)[0];
      return `${x.key} ${fmt(x.raw.p50)} ms for ${n0(x.rowsFetched)} rows (slowest: ${top ? `${what(top.sql)}, ${fmt(top.ms)} ms in EXPLAIN ANALYZE` : '?'})`;
    });
  return [
    `${results.length - over.length} of ${results.length} cases are within 2× of their own statements; time outside the database (API p50 − raw p50, ms): ${results.map(js).join(', ')}.`,
    over.length
      ? `Above 2×: ${over.map((x) => `${x.key} (${x.ratio.toFixed(2)}, ${x.statements.length} statements, ${fmt(x.raw.p50)} ms raw)`).join(', ')} — JS work around the statements (session, Drizzle query building and row mapping, rule checks, zod response validation, serialisation).`
      : '',
    heavy.length ? `Where raw time is large it is the statements themselves or the rows they ship: ${heavy.join('; ')}.` : '',
    'Causes and suggested fixes: bench/README.md, "Travel bench".',
  ]
    .filter(Boolean)
    .join(' ');
}

function renderPlans(date: string, results: CaseResult[]): string {
  const o = [
    '# Query plans of the travel bench statements',
    '',
    `From the run of ${date} (EXPLAIN (ANALYZE, BUFFERS), after the timings), ${n0(ROWS)} applications.`,
    '',
  ];
  for (const x of results) {
    o.push(`## ${x.key}: GET ${x.url} (${x.user})`, '');
    for (const p of x.plans) o.push('```', p.sql, `-- params: ${JSON.stringify(p.params).slice(0, 2000)}`, p.plan, '```', '');
  }
  return o.join('\n');
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const errors: string[] = [];
  const results: CaseResult[] = [];
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ');
  const machine: Record<string, string> = {
    CPUs: `${os.availableParallelism()} × ${os.cpus()[0]?.model ?? '?'}`,
    node: process.version,
    'load average (1/5/15 min) at start': load(),
  };
  await admin(`drop database if exists ${BENCH_DB} with (force)`);
  await admin(`create database ${BENCH_DB}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DB}`;
  const database = await openDatabase({ url: url.toString() });
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  let seedFigures: SeedFigures | null = null;
  try {
    await runMigrations(database);
    const exec = rawExec(database);
    machine.PostgreSQL = String((await exec('select version() as v')).rows[0].v).split(' on ')[0];
    const tree = await createTravelTree(database.db);
    await loadRules(database.db); // the default rule versions, as the first request would insert them
    const today = todayInShanghai(new Date());
    log(`seeding ${ROWS} applications (today ${today})`);
    seedFigures = await seed(database, () => generateTravel(tree, today, ROWS));
    log(`seeded: copy ${s1(seedFigures.copyMs)}, vacuum analyze ${s1(seedFigures.vacuumMs)}`);

    const traced = tracedDatabase(database);
    const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: os.tmpdir(), DATABASE_URL: url.toString() });
    app = await buildApp({ config, database: traced.database, logger: false, loginRateLimit: 10_000 });
    await app.ready();
    const sessions = {
      city: await signIn(app, database.db, 'office_staff', tree.cityId, 'bench_city'),
      district: await signIn(app, database.db, 'district_operator', tree.districts[0].id, 'bench_district'),
    };
    const name = String(
      (
        await exec(`select m->>'name' as n from travel_applications a, jsonb_array_elements(a.members) m
      where char_length(m->>'name') = 3 order by a.id limit 1 offset 200`)
      ).rows[0]?.n ?? '张志明',
    );
    const one = Number(
      (
        await exec(
          `select a.id from travel_applications a join org_units u on u.id = a.org_unit_id
      where a.status = 'approved' and a.plan_item_id is not null and u.parent_id = $1 order by a.id limit 1 offset 50`,
          [tree.districts[0].id],
        )
      ).rows[0]?.id ?? 1,
    );
    for (const c of cases(name.slice(1), one)) {
      try {
        const r = await measure(app, traced, exec, sessions[c.user], c);
        results.push(r);
        log(
          `${c.key} ${c.label}: api p50 ${fmt(r.api.p50)} raw p50 ${fmt(r.raw.p50)} ratio ${r.ratio.toFixed(2)} (${r.matches} matches, ${r.statements.length} stmts, ${r.rowsFetched} rows, ${r.responseKb.toFixed(0)} KB)`,
        );
      } catch (e) {
        errors.push(`${c.key} ${c.url}: ${(e as Error).message}`);
        log(e);
      }
    }
  } finally {
    if (app) await app.close();
    await database.close();
    if (KEEP) log(`kept ${BENCH_DB} (BENCH_TRAVEL_KEEP=1): drop it with  psql ${ADMIN_URL} -c 'drop database ${BENCH_DB}'`);
    else {
      await admin(`drop database if exists ${BENCH_DB} with (force)`);
      log(`dropped ${BENCH_DB}`);
    }
  }
  machine['at end'] = load();
  if (!seedFigures) throw new Error('seeding failed');
  const date = new Date().toISOString();
  const section = renderSection({ date, durationMs: performance.now() - started, machine, seed: seedFigures, results, errors });
  const file = path.join(here, 'RESULTS.md');
  const previous = await readFile(file, 'utf8').catch(() => '');
  await writeFile(file, spliceSection(previous, section));
  await writeFile(path.join(here, 'PLANS-travel.md'), renderPlans(date, results));
  log(`done in ${s1(performance.now() - started)}; wrote the travel section of bench/RESULTS.md and bench/PLANS-travel.md`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
