/**
 * Jobs belong to the process running them (issue 8 §3): a start-up of another app process leaves running
 * imports alone, a job whose process died is failed cleanly in its user's language, its upload removed,
 * and a job another process has failed writes nothing more.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/server/bootstrap';
import { clock } from '../../src/server/clock';
import { loadConfig } from '../../src/server/config';
import { jobs } from '../../src/server/platform/platform.table';
import { residents } from '../../src/server/modules/residents/residents.table';
import { jobsIdle, recoverJobs } from '../../src/server/platform/jobs/jobs';
import { jobFolder } from '../../src/server/platform/files/uploads';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { buildWorkbook, multipartFile, waitForJob } from '../helpers/http';

let ctx: TestContext;
let T: Subtree;
let op: Client;
let filesDir: string;
const env = () => ({ LOG_LEVEL: 'silent' as const, JOB_FILES_DIR: filesDir, ADMIN_PASSWORD: 'Bootstrap-Pass-1' });
beforeAll(async () => {
  filesDir = mkdtempSync(path.join(os.tmpdir(), 'waishi-test-jobs-'));
  ctx = await createTestContext({ env: env() });
  T = await makeSubtree(ctx);
  op = await signIn(ctx, 'street_operator', T.streetIds[0]);
});
afterAll(async () => {
  await jobsIdle();
  await ctx?.close();
  rmSync(filesDir, { recursive: true, force: true });
});

/** A ledger of n new people, several batches long. */
async function bigSheet(prefix: string, n: number) {
  const rows: unknown[][] = [['证件号码', '国籍', '英文姓名', '入境日期']];
  for (let i = 0; i < n; i++) rows.push([`${prefix}${String(i).padStart(6, '0')}`, '韩国', `KIM N${i}`, '2026-01-15']);
  return buildWorkbook(rows);
}
async function startUpload(client: Client, content: Buffer): Promise<number> {
  const { payload, headers } = multipartFile(content, 'big.xlsx');
  const res = await client.post('/api/residents/import', payload, headers);
  expect(res.statusCode, res.body).toBe(202);
  return res.json().id as number;
}
const jobRow = async (id: number) => (await ctx.db.select().from(jobs).where(eq(jobs.id, id)))[0];
/** The pid of a process that has exited: a receiving folder named after it belongs to nobody. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('job leases', () => {
  it('the start-up of another app process does not fail an import that is still running', async () => {
    const id = await startUpload(op, await bigSheet('LA', 5000));
    expect((await jobRow(id)).status).toBe('running');
    // What a second process runs at start-up, against the same database, while the job is under way.
    await bootstrap(ctx.db, loadConfig(env()));
    const during = await jobRow(id);
    expect(during.status).toBe('running');
    expect(during.error).toBeNull();
    expect(existsSync(jobFolder(id))).toBe(true);
    const done = await waitForJob(op, id, 60_000);
    expect(done).toMatchObject({ status: 'succeeded', error: null });
    expect(done.result).toMatchObject({ inserted: 5000, rejected: 0 });
    await jobsIdle();
    expect(existsSync(jobFolder(id))).toBe(false);
  });

  it('a job whose process died is failed in its user’s language and its upload removed; a live one is kept', async () => {
    const en = await signIn(ctx, 'street_operator', T.streetIds[0], 'en-US');
    const insert = async (userId: number, leaseMs: number) =>
      (
        await ctx.db
          .insert(jobs)
          .values({
            kind: 'residents.import',
            status: 'running',
            userId,
            orgUnitId: T.streetIds[0],
            fileName: 'x.xlsx',
            total: 5000,
            processed: 2000,
            owner: 'gone-host:1234:abcd',
            leaseExpiresAt: clock.fromNow(leaseMs),
          })
          .returning()
      )[0].id;
    const dead = await insert(op.userId, -1000);
    const deadEn = await insert(en.userId, -1000);
    const alive = await insert(op.userId, 60_000);
    // Uploads left by a process killed with -9 (its pid is gone), and one of a process running elsewhere.
    const gone = deadPid();
    const folders = { dead: jobFolder(dead, gone), deadEn: jobFolder(deadEn, gone), alive: jobFolder(alive, gone) };
    for (const dir of Object.values(folders)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'upload.xlsx'), 'personal data');
    }
    const orphan = path.join(filesDir, `recv-${gone}-x1`);
    const receiving = path.join(filesDir, `recv-${process.ppid}-x2`);
    mkdirSync(orphan);
    mkdirSync(receiving);

    await bootstrap(ctx.db, loadConfig(env()));

    expect(await jobRow(dead)).toMatchObject({
      status: 'failed',
      error: '导入中断：运行它的服务进程已停止（已处理 2000 / 5000 行，这些行已保存）。请重新上传同一文件完成导入，已导入的行不会重复',
    });
    expect((await jobRow(dead)).finishedAt).not.toBeNull();
    expect((await jobRow(deadEn)).error).toMatch(/^Import interrupted: the server process running it stopped \(2000 of 5000 rows/);
    expect(await jobRow(alive)).toMatchObject({ status: 'running', error: null });
    expect(existsSync(folders.dead)).toBe(false);
    expect(existsSync(folders.deadEn)).toBe(false);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(folders.alive)).toBe(true);
    expect(existsSync(receiving)).toBe(true);
    // A second sweep (another process starting) finds nothing more to do.
    expect(await recoverJobs(ctx.db)).toEqual({ failed: [], removed: [] });
    rmSync(receiving, { recursive: true });
    await ctx.db.update(jobs).set({ status: 'failed' }).where(eq(jobs.id, alive));
    expect(await recoverJobs(ctx.db)).toEqual({ failed: [], removed: [path.basename(folders.alive)] });
  });

  it('a job failed by another process writes nothing more and does not end as succeeded', async () => {
    const id = await startUpload(op, await bigSheet('LB', 6000));
    // Another process decided this one was dead (its lease ran out while it hung): the job is no longer ours.
    await ctx.db
      .update(jobs)
      .set({ owner: 'other-host:1:x', leaseExpiresAt: clock.fromNow(-1) })
      .where(eq(jobs.id, id));
    expect((await recoverJobs(ctx.db)).failed).toEqual([id]);
    const failedAt = await jobRow(id);
    await jobsIdle();
    const after = await jobRow(id);
    expect(after).toMatchObject({ status: 'failed', processed: failedAt.processed, result: null });
    expect(after.error).toMatch(/^导入中断/);
    const [{ n }] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(residents)
      .where(sql`${residents.docNumber} like 'LB%'`);
    expect(n).toBe(failedAt.processed);
    expect(existsSync(jobFolder(id))).toBe(false);
  });
});
