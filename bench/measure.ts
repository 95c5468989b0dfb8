/**
 * Timing helpers, sign-in, SQL capture (the exact statements the repository issues) and raw replay.
 */
import type { FastifyInstance } from 'fastify';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Database, Db } from '../src/server/db/client';
import { users } from '../src/server/platform/platform.table';
import { hashPassword } from '../src/server/platform/auth/sessions';

export interface Timing {
  p50: number;
  p95: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(ms: number[]): Timing {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1], n: s.length };
}

/** Runs fn `warm` times untimed, then `n` times timed, one after the other. */
export async function time(fn: () => Promise<unknown>, n: number, warm: number): Promise<Timing> {
  for (let i = 0; i < warm; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return summarize(ms);
}

export interface Captured {
  sql: string;
  params: unknown[];
}

/** A Db on the same connection(s) that records every statement it sends, in order. */
export function capturingDb(database: Database): { db: Db; take(): Captured[] } {
  let log: Captured[] = [];
  const logger = {
    logQuery: (sql: string, params: unknown[]) => {
      log.push({ sql, params });
    },
  };
  const db = (database.kind === 'postgres' ? drizzlePg(database.pool!, { logger }) : drizzlePglite(database.pglite!, { logger })) as unknown as Db;
  return {
    db,
    take() {
      const out = log;
      log = [];
      return out;
    },
  };
}

export type Exec = (sql: string, params?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

/** Raw SQL on the app's own pool (PostgreSQL) or its PGlite instance. */
export function rawExec(database: Database): Exec {
  if (database.kind === 'postgres') return (sql, params = []) => database.pool!.query(sql, params as unknown[]);
  return async (sql, params = []) => database.pglite!.query(sql, params as unknown[]) as Promise<{ rows: Array<Record<string, unknown>> }>;
}

/** Replays captured statements in phases: the statements of a phase run together (as Promise.all does in the repository). */
export function replay(exec: Exec, phases: Captured[][]): () => Promise<void> {
  return async () => {
    for (const phase of phases) await Promise.all(phase.map((q) => exec(q.sql, q.params)));
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: number;
  orgUnitId: number;
}

export const BENCH_PASSWORD = 'Bench-Horse-9-Staple';

/** Inserts a user of a role at a unit and signs in through the API. */
export async function signIn(app: FastifyInstance, db: Db, role: string, orgUnitId: number, username: string): Promise<Session> {
  const [user] = await db
    .insert(users)
    .values({
      username,
      displayName: username,
      role,
      orgUnitId,
      passwordHash: await hashPassword(BENCH_PASSWORD),
      locale: 'zh-CN',
    })
    .returning();
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: BENCH_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'waishi_session')!;
  return { cookie: `${c.name}=${c.value}`, csrf: res.json().csrfToken, userId: user.id, orgUnitId };
}

export async function apiGet(app: FastifyInstance, s: Session, url: string) {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res;
}

export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** Samples process RSS every `everyMs` ms until stopped; `mark` tags a sample (e.g. with progress). */
export function rssSampler(everyMs = 100) {
  const samples: Array<{ t: number; rss: number; tag?: string }> = [];
  const t0 = performance.now();
  let tag: string | undefined;
  const timer = setInterval(() => {
    samples.push({ t: performance.now() - t0, rss: process.memoryUsage().rss, tag });
    tag = undefined;
  }, everyMs);
  return {
    samples,
    mark(t: string) {
      tag = t;
    },
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
