/**
 * An import whose process is killed with SIGKILL (issue 8 §3), with real app processes (`npm start`'s entry)
 * on one PostgreSQL server: a second process starting meanwhile leaves the running job alone; once the
 * dead process's lease has run out the job is failed once, in its user's words, and the uploaded workbook
 * (personal data) is gone from the jobs folder. Needs a server, so it runs in the PostgreSQL pass only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../helpers/http';
import { freePort } from '../helpers/net';

const serverUrl = process.env.TEST_DATABASE_URL;
const PASSWORD = 'Crash-Test-Pass-2026';

interface Proc {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startApp(env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (!output.includes(`:${port}`)) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, output: () => output };
}

async function signIn(url: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

const exited = (p: Proc) => new Promise((r) => (p.child.exitCode !== null || p.child.signalCode !== null ? r(null) : p.child.once('exit', r)));

describe.skipIf(!serverUrl)('an import whose process is killed', () => {
  const name = `waishi_crash_${randomBytes(5).toString('hex')}`;
  let dbUrl: string;
  let filesDir: string;
  const procs: Proc[] = [];
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(serverUrl!);
    u.pathname = `/${name}`;
    dbUrl = u.toString();
    filesDir = mkdtempSync(path.join(os.tmpdir(), 'waishi-crash-jobs-'));
  });
  afterAll(async () => {
    for (const p of procs)
      if (p.child.exitCode === null && p.child.signalCode === null) {
        p.child.kill('SIGKILL');
        await exited(p);
      }
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('is left alone while its process lives, then failed once and its workbook removed', async () => {
    const env = { DATABASE_URL: dbUrl, ADMIN_PASSWORD: PASSWORD, JOB_FILES_DIR: filesDir, JOB_LEASE_SECONDS: '2' };
    const first = await startApp(env);
    procs.push(first);
    const headers = await signIn(first.url);
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    try {
      const {
        rows: [area],
      } = await db.query(`select d.name_zh as district, s.name_zh as street from org_units s join org_units d on d.id = s.parent_id
        where s.kind = 'street' order by s.id limit 1`);
      const sheet: unknown[][] = [['证件号码', '国籍', '英文姓名', '入境日期', '区县', '街道']];
      for (let i = 0; i < 40_000; i++) sheet.push([`KX${String(i).padStart(7, '0')}`, '韩国', `KIM N${i}`, '2026-01-15', area.district, area.street]);
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await buildWorkbook(sheet))]), 'crash.xlsx');
      const started = await fetch(`${first.url}/api/residents/import`, { method: 'POST', headers, body: form });
      expect(started.status, await started.clone().text()).toBe(202);
      const { id } = (await started.json()) as { id: number };

      const job = async () => (await db.query('select status, error, processed, owner from jobs where id = $1', [id])).rows[0];
      const deadline = Date.now() + 60_000;
      while ((await job()).processed === 0) {
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((r) => setTimeout(r, 100));
      }
      // Another process starting now (a deploy, a restart of its neighbour) does not touch the running job.
      const second = await startApp(env);
      procs.push(second);
      await new Promise((r) => setTimeout(r, 3_000));
      expect(await job()).toMatchObject({ status: 'running', error: null });
      expect(readdirSync(filesDir).some((f) => f.startsWith(`${id}-`))).toBe(true);

      first.child.kill('SIGKILL');
      await exited(first);
      const left = (await job()).processed as number;
      // The second process's sweep fails the job once its lease has run out, and removes the workbook.
      const until = Date.now() + 30_000;
      while ((await job()).status === 'running') {
        expect(Date.now(), 'the job was never failed').toBeLessThan(until);
        await new Promise((r) => setTimeout(r, 200));
      }
      const failed = await job();
      expect(failed.status).toBe('failed');
      expect(failed.error).toMatch(/导入中断/);
      const swept = Date.now() + 15_000;
      while (readdirSync(filesDir).length) {
        expect(Date.now(), `left behind: ${readdirSync(filesDir).join(', ')}`).toBeLessThan(swept);
        await new Promise((r) => setTimeout(r, 200));
      }
      // Whole batches only: what was written is what the job counted.
      const {
        rows: [{ n }],
      } = await db.query(`select count(*)::int as n from residents where doc_number like 'KX%'`);
      expect(n).toBe(left);
      const {
        rows: [{ events }],
      } = await db.query(`select count(*)::int as events from audit_events where action = 'resident.import.create'`);
      expect(events).toBe(left);
    } finally {
      await db.end();
    }
  }, 240_000);
});
