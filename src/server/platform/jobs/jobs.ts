import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import os from 'node:os';
import { PassThrough } from 'node:stream';
import { and, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';
import { localeSchema } from '@shared/contracts/common';
import type { ImportResult, Job } from '@shared/contracts/jobs';
import { say, type Label } from '@shared/labels/labels';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { jobs, storedFiles, users } from '../platform.table';
import { recordAudit } from '../audit/audit';
import { AppError, uniqueViolation } from '../http/errors';
import { readSheet, HeaderNotFoundError, type CellValue, type ColumnSpec, type HeaderMatch, type SheetRow } from '../files/excel';
import { parseFlexibleDate } from '@shared/reference/dates';
import { translate } from '../i18n/i18n';
import type { Actor } from '../access/actor';
import { claimUpload, removeUpload, setJobFilesDir, sweepJobFiles, type Upload } from '../files/uploads';
import type { AuditAction, AuditEventTypes } from '../audit/events';

export interface Rejection<K extends string> {
  row: SheetRow<K>;
  reason: string;
}

export interface BatchOutcome<K extends string> {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: Array<Rejection<K>>;
}

/** What a module supplies to import its sheets with the shared machinery. */
/** The kinds of record a module imports: those whose module declares a `<entityType>.import` audit event. */
export type ImportEntity = {
  [A in AuditAction]: A extends `${infer E}.import` ? (AuditEventTypes[A] extends { fileName: string } ? E : never) : never;
}[AuditAction];

export interface ImportHandler<K extends string> {
  kind: string;
  /** The finished job is audited as `<entityType>.import`, which the module declares (importJobDetail). */
  entityType: ImportEntity;
  specs: readonly ColumnSpec<K>[];
  required: readonly K[];
  batchSize: number;
  /**
   * Validates and stores one batch inside the given transaction, with an audit event per record it creates or
   * changes (in that transaction); must be idempotent for re-imports.
   */
  processBatch(tx: Db, actor: Actor, rows: SheetRow<K>[], context: { jobId: number }): Promise<BatchOutcome<K>>;
}

type JobRow = typeof jobs.$inferSelect;

export const presentJob = (j: JobRow): Job => ({
  id: j.id,
  kind: j.kind,
  status: j.status as Job['status'],
  fileName: j.fileName,
  total: j.total,
  processed: j.processed,
  result: (j.result as ImportResult | null) ?? null,
  error: j.error,
  createdAt: j.createdAt.toISOString(),
  finishedAt: j.finishedAt?.toISOString() ?? null,
});

/** Rows in the first worksheet, read from its <dimension> tag without parsing the sheet (0 if absent). */
export async function estimateRows(filePath: string): Promise<number> {
  try {
    const directory = await unzipper.Open.file(filePath);
    const entry = directory.files.find((f) => /^xl\/worksheets\/sheet\d*\.xml$/.test(f.path));
    if (!entry) return 0;
    const stream = entry.stream();
    let head = '';
    for await (const chunk of stream) {
      head += chunk.toString('utf8');
      const m = /<dimension ref="[A-Z]+(\d+)(?::[A-Z]+(\d+))?"/.exec(head);
      if (m || head.length > 4096) {
        stream.destroy();
        return m ? Number(m[2] ?? m[1]) : 0;
      }
    }
  } catch {
    /* an unreadable file is reported by the import itself */
  }
  return 0;
}

/** This app process, as the owner of the jobs it runs (host, pid and a random part: pids are reused). */
export const instanceId = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

let leaseMs = 60_000;
/** Sets how long a job stays its process's without renewal (JOB_LEASE_SECONDS); renewed every third of it. */
export function configureJobs(opts: { leaseSeconds: number; filesDir?: string }): void {
  leaseMs = opts.leaseSeconds * 1000;
  setJobFilesDir(opts.filesDir);
}

/** The job is no longer this process's (its lease ran out and another process failed it): stop, write nothing. */
class LeaseLostError extends Error {
  constructor(jobId: number) {
    super(`job ${jobId}: lease lost`);
  }
}

const ownedRunning = (jobId: number) => and(eq(jobs.id, jobId), eq(jobs.owner, instanceId), eq(jobs.status, 'running'));

/** Holds a job for this process: renews its lease periodically until stopped. */
class Lease {
  private readonly timer: NodeJS.Timeout;
  constructor(
    private readonly db: Db,
    private readonly jobId: number,
    log: (err: unknown) => void,
  ) {
    this.timer = setInterval(
      () => {
        this.renew().catch(log);
      },
      Math.max(50, leaseMs / 3),
    );
    this.timer.unref();
  }
  async renew(): Promise<void> {
    // Only while still this process's: a job another process failed stays failed (its next batch then stops).
    await this.db
      .update(jobs)
      .set({ leaseExpiresAt: clock.fromNow(leaseMs) })
      .where(ownedRunning(this.jobId));
  }
  stop() {
    clearInterval(this.timer);
  }
}

/** In-process job runs, so a test (or a graceful shutdown) can wait for them, and the ids of their jobs. */
const active = new Set<Promise<unknown>>();
const activeIds = new Set<number>();
export async function jobsIdle(): Promise<void> {
  while (active.size) await Promise.allSettled([...active]);
}

/** A job owner's stored language; Chinese when the user is gone or the value is not one the app speaks. */
const storedLocale = localeSchema.catch('zh-CN');

/**
 * Fails the running jobs whose lease ran out (their process died or hung), with a message in their user's
 * language saying how far they got and that uploading the sheet again completes them. Several processes
 * may sweep at once: `for update skip locked` lets each job be failed by exactly one. A job whose process
 * is alive keeps renewing its lease and is left alone. Returns the ids failed.
 */
export async function failExpiredJobs(db: Db): Promise<number[]> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const expired = await tx
      .select({ id: jobs.id, processed: jobs.processed, total: jobs.total, locale: users.locale })
      .from(jobs)
      .leftJoin(users, eq(users.id, jobs.userId))
      .where(and(eq(jobs.status, 'running'), or(isNull(jobs.leaseExpiresAt), lt(jobs.leaseExpiresAt, now))))
      .for('update', { of: jobs, skipLocked: true });
    for (const j of expired) {
      const locale = storedLocale.parse(j.locale);
      await tx
        .update(jobs)
        .set({
          status: 'failed',
          finishedAt: now,
          leaseExpiresAt: null,
          error: translate(locale, 'err.jobInterrupted', { processed: j.processed, total: Math.max(j.total, j.processed) }),
        })
        .where(eq(jobs.id, j.id));
    }
    return expired.map((j) => j.id);
  });
}

/** Start-up and periodic tidying: fail jobs whose process died, and remove uploads no running job holds. */
export async function recoverJobs(db: Db, opts: { atStartup?: boolean } = {}): Promise<{ failed: number[]; removed: string[] }> {
  const failed = await failExpiredJobs(db);
  const removed = await sweepJobFiles(
    async (ids) => {
      const rows = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(inArray(jobs.id, ids), eq(jobs.status, 'running'), gte(jobs.leaseExpiresAt, clock.now())));
      return new Set(rows.map((r) => r.id));
    },
    activeIds,
    opts.atStartup,
  );
  return { failed, removed };
}

/** Runs recoverJobs every lease period, so a dead process's jobs are failed even if no process restarts. */
export function startJobSweeper(db: Db, log: (err: unknown) => void): () => void {
  const timer = setInterval(() => {
    recoverJobs(db).catch(log);
  }, leaseMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Starts an import in the background and returns its job at once. The job is this process's (a lease it
 * renews); each batch is its own transaction, which also records the progress and checks the lease, so
 * a job another process has failed writes nothing more. A re-run of the same sheet completes an
 * interrupted one because every handler is idempotent. The upload is removed when the job ends.
 */
export async function startImport<K extends string>(
  db: Db,
  actor: Actor,
  upload: Upload,
  handler: ImportHandler<K>,
  log: (err: unknown) => void,
): Promise<Job> {
  let job: JobRow;
  let file: Upload;
  try {
    const total = Math.max(0, (await estimateRows(upload.path)) - 1);
    [job] = await db
      .insert(jobs)
      .values({
        kind: handler.kind,
        status: 'running',
        userId: actor.userId,
        orgUnitId: actor.orgUnitId,
        fileName: upload.name,
        total,
        owner: instanceId,
        leaseExpiresAt: clock.fromNow(leaseMs),
        createdAt: clock.now(),
      })
      .returning();
    file = await claimUpload(upload, job.id);
  } catch (err) {
    await removeUpload(upload);
    throw err;
  }
  const lease = new Lease(db, job.id, log);
  const run = runImport(db, actor, job, file, handler)
    .catch(async (err) => {
      if (err instanceof LeaseLostError) return;
      // The file's fault (no header, past the upload limits: an AppError) is said in the office's words, not logged.
      const known =
        err instanceof HeaderNotFoundError
          ? new AppError(400, 'err.noHeader')
          : err instanceof AppError
            ? err
            : // Another import (a double-clicked upload) wrote the same new files at the same moment.
              uniqueViolation(err)
              ? new AppError(409, 'err.importConcurrent')
              : null;
      if (!known) log(err);
      const message = known
        ? translate(actor.locale, known.key, known.params)
        : translate(actor.locale, 'err.badWorkbook', { detail: String((err as Error).message ?? err) });
      await db.update(jobs).set({ status: 'failed', error: message, finishedAt: clock.now(), leaseExpiresAt: null }).where(ownedRunning(job.id));
    })
    .catch(log)
    .finally(async () => {
      lease.stop();
      await removeUpload(file).catch(log);
    });
  active.add(run);
  activeIds.add(job.id);
  void run.finally(() => {
    active.delete(run);
    activeIds.delete(job.id);
  });
  return presentJob(job);
}

async function runImport<K extends string>(db: Db, actor: Actor, job: JobRow, file: Upload, handler: ImportHandler<K>): Promise<void> {
  const report = new RejectedRowsReport(actor);
  const totals = { inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  let processed = 0;
  let batch: SheetRow<K>[] = [];
  /** Locks the job row in the transaction if it is still this process's; otherwise the transaction is undone. */
  const holdJob = async (tx: Db) => {
    const [mine] = await tx.select({ id: jobs.id }).from(jobs).where(ownedRunning(job.id)).for('update');
    if (!mine) throw new LeaseLostError(job.id);
  };
  const flush = async () => {
    const outcome = await db.transaction(async (tx) => {
      await holdJob(tx);
      const done = await handler.processBatch(tx, actor, batch, { jobId: job.id });
      const upTo = processed + batch.length;
      // The progress lands with the rows it counts, and the lease is renewed by the work itself.
      await tx
        .update(jobs)
        .set({ processed: upTo, total: sql`greatest(${jobs.total}, ${upTo})`, leaseExpiresAt: clock.fromNow(leaseMs) })
        .where(eq(jobs.id, job.id));
      return done;
    });
    totals.inserted += outcome.inserted;
    totals.updated += outcome.updated;
    totals.unchanged += outcome.unchanged;
    totals.rejected += outcome.rejected.length;
    for (const r of outcome.rejected) report.add(r.row, r.reason);
    processed += batch.length;
    batch = [];
  };
  for await (const row of readSheet(file.path, handler.specs, handler.required, (h) => report.setHeader(h, handler.specs))) {
    batch.push(row);
    if (batch.length >= handler.batchSize) await flush();
  }
  if (batch.length) await flush();

  const errorFileId = totals.rejected ? await report.save(db, job.id, file.name) : null;
  const result: ImportResult = { ...totals, errorFileId };
  await db.transaction(async (tx) => {
    await holdJob(tx);
    await tx
      .update(jobs)
      .set({ status: 'succeeded', processed, total: processed, result, error: null, finishedAt: clock.now(), leaseExpiresAt: null })
      .where(eq(jobs.id, job.id));
    await recordAudit(tx, actor, {
      action: `${handler.entityType}.import`,
      entityType: 'job',
      entityId: job.id,
      orgUnitId: actor.orgUnitId,
      detail: { fileName: file.name, rows: processed, ...totals },
    });
  });
}

/** The report of refused rows is named after the uploaded sheet, with this ending. */
const REJECTED_ROWS_SUFFIX: Label = { zh: '-未导入行.xlsx', en: '-rejected-rows.xlsx' };
/** The report's own columns, before the sheet's. */
const REJECTED_ROWS_HEAD = { row: { zh: '行号', en: 'Row' }, reason: { zh: '原因', en: 'Reason' } } satisfies Record<string, Label>;

/** The rejected rows, as the office's own columns plus row number and reason, streamed into a workbook. */
class RejectedRowsReport {
  private readonly out = new PassThrough();
  private readonly chunks: Buffer[] = [];
  private readonly workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.out, useStyles: true, useSharedStrings: false });
  private readonly sheet = this.workbook.addWorksheet('rejected');
  private headerWritten = false;
  private header: CellValue[] = [];

  constructor(private readonly actor: Actor) {
    this.out.on('data', (c: Buffer) => this.chunks.push(c));
  }

  private dateColumns = new Set<number>();

  setHeader(h: HeaderMatch<string>, specs: readonly ColumnSpec<string>[]) {
    this.header = h.header;
    const dateKeys = new Set(specs.filter((s) => s.date).map((s) => s.key));
    this.dateColumns = new Set([...h.columns].filter(([, key]) => dateKeys.has(key)).map(([index]) => index));
  }

  /** The cells as the office wrote them: a date cell (a serial number in the file) shown as a date again. */
  private asWritten(raw: CellValue[]): CellValue[] {
    return raw.map((v, i) => {
      if (typeof v !== 'number' || !this.dateColumns.has(i)) return v;
      const d = parseFlexibleDate(v);
      return d.ok ? d.value : v;
    });
  }

  add(row: SheetRow<string>, reason: string) {
    if (!this.headerWritten) {
      const head = this.sheet.addRow([say(REJECTED_ROWS_HEAD.row, this.actor.locale), say(REJECTED_ROWS_HEAD.reason, this.actor.locale), ...this.header]);
      head.font = { bold: true };
      head.commit();
      this.sheet.getColumn(2).width = 48;
      this.headerWritten = true;
    }
    this.sheet.addRow([row.rowNumber, reason, ...this.asWritten(row.raw)]).commit();
  }

  async save(db: Db, jobId: number, sourceName: string): Promise<number> {
    this.sheet.commit();
    const done = once(this.out, 'end');
    await this.workbook.commit();
    this.out.resume();
    await done;
    const name = sourceName.replace(/\.xlsx$/i, '') + say(REJECTED_ROWS_SUFFIX, this.actor.locale);
    const [file] = await db
      .insert(storedFiles)
      .values({
        jobId,
        userId: this.actor.userId,
        name,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: Buffer.concat(this.chunks),
      })
      .returning({ id: storedFiles.id });
    return file.id;
  }
}

export async function findOwnJob(db: Db, actor: Actor, id: number): Promise<JobRow | null> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.userId, actor.userId)));
  return row ?? null;
}
