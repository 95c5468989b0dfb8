import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';
import type { ImportResult, Job } from '../../shared/contracts/jobs';
import type { Db } from '../db/client';
import { jobs, storedFiles } from '../db/schema';
import { recordAudit } from './audit';
import { AppError } from './errors';
import { readSheet, HeaderNotFoundError, type CellValue, type ColumnSpec, type HeaderMatch, type SheetRow } from './excel';
import { parseFlexibleDate } from '../../shared/reference/dates';
import { translate } from './i18n';
import type { Actor } from './permissions';

export interface Rejection<K extends string> { row: SheetRow<K>; reason: string }

export interface BatchOutcome<K extends string> {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: Array<Rejection<K>>;
}

/** What a module supplies to import its sheets with the shared machinery. */
export interface ImportHandler<K extends string> {
  kind: string;
  entityType: string;
  specs: readonly ColumnSpec<K>[];
  required: readonly K[];
  batchSize: number;
  /** Validates and stores one batch inside the given transaction; must be idempotent for re-imports. */
  processBatch(tx: Db, actor: Actor, rows: SheetRow<K>[]): Promise<BatchOutcome<K>>;
}

type JobRow = typeof jobs.$inferSelect;

export const presentJob = (j: JobRow): Job => ({
  id: j.id, kind: j.kind, status: j.status as Job['status'], fileName: j.fileName, total: j.total, processed: j.processed,
  result: (j.result as ImportResult | null) ?? null, error: j.error,
  createdAt: j.createdAt.toISOString(), finishedAt: j.finishedAt?.toISOString() ?? null,
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
  } catch { /* an unreadable file is reported by the import itself */ }
  return 0;
}

/** Jobs left running by a process that died cannot finish: say so instead of showing them forever. */
export async function failInterruptedJobs(db: Db): Promise<void> {
  await db.update(jobs).set({ status: 'failed', error: 'interrupted', finishedAt: new Date() }).where(eq(jobs.status, 'running'));
}

/**
 * Starts an import in the background and returns its job at once. Each batch is its own transaction,
 * so the app stays responsive and progress is visible to every process; a re-run of the same sheet
 * completes an interrupted one because every handler is idempotent.
 */
export async function startImport<K extends string>(db: Db, actor: Actor, file: { path: string; name: string }, handler: ImportHandler<K>, log: (err: unknown) => void): Promise<Job> {
  const total = Math.max(0, (await estimateRows(file.path)) - 1);
  const [job] = await db.insert(jobs).values({
    kind: handler.kind, status: 'running', userId: actor.userId, orgUnitId: actor.orgUnitId, fileName: file.name, total,
  }).returning();
  runImport(db, actor, job, file, handler)
    .catch(async (err) => {
      // The file's fault (no header, past the upload limits: an AppError) is said in the office's words, not logged.
      const known = err instanceof HeaderNotFoundError ? new AppError(400, 'err.noHeader') : err instanceof AppError ? err : null;
      if (!known) log(err);
      const message = known ? translate(actor.locale, known.key, known.params) : translate(actor.locale, 'err.badWorkbook', { detail: String((err as Error).message ?? err) });
      await db.update(jobs).set({ status: 'failed', error: message, finishedAt: new Date() }).where(eq(jobs.id, job.id));
    })
    .finally(() => rm(file.path, { force: true }));
  return presentJob(job);
}

async function runImport<K extends string>(db: Db, actor: Actor, job: JobRow, file: { path: string; name: string }, handler: ImportHandler<K>): Promise<void> {
  const report = new RejectedRowsReport(actor);
  const totals = { inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  let processed = 0;
  let batch: SheetRow<K>[] = [];
  const flush = async () => {
    const outcome = await db.transaction((tx) => handler.processBatch(tx, actor, batch));
    totals.inserted += outcome.inserted;
    totals.updated += outcome.updated;
    totals.unchanged += outcome.unchanged;
    totals.rejected += outcome.rejected.length;
    for (const r of outcome.rejected) report.add(r.row, r.reason);
    processed += batch.length;
    batch = [];
    await db.update(jobs).set({ processed, total: sql`greatest(${jobs.total}, ${processed})` }).where(eq(jobs.id, job.id));
  };
  for await (const row of readSheet(file.path, handler.specs, handler.required, (h) => report.setHeader(h, handler.specs))) {
    batch.push(row);
    if (batch.length >= handler.batchSize) await flush();
  }
  if (batch.length) await flush();

  const errorFileId = totals.rejected ? await report.save(db, job.id, file.name) : null;
  const result: ImportResult = { ...totals, errorFileId };
  await db.transaction(async (tx) => {
    await tx.update(jobs).set({ status: 'succeeded', processed, total: processed, result, finishedAt: new Date() }).where(eq(jobs.id, job.id));
    await recordAudit(tx, actor, {
      action: `${handler.entityType}.import`, entityType: 'job', entityId: job.id, orgUnitId: actor.orgUnitId,
      detail: { fileName: file.name, rows: processed, ...totals },
    });
  });
}

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
      const en = this.actor.locale === 'en-US';
      const head = this.sheet.addRow([en ? 'Row' : '行号', en ? 'Reason' : '原因', ...this.header]);
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
    const name = sourceName.replace(/\.xlsx$/i, '') + (this.actor.locale === 'en-US' ? '-rejected-rows.xlsx' : '-未导入行.xlsx');
    const [file] = await db.insert(storedFiles).values({
      jobId, userId: this.actor.userId, name,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: Buffer.concat(this.chunks),
    }).returning({ id: storedFiles.id });
    return file.id;
  }
}

export async function findOwnJob(db: Db, actor: Actor, id: number): Promise<JobRow | null> {
  const [row] = await db.select().from(jobs).where(and(eq(jobs.id, id), eq(jobs.userId, actor.userId)));
  return row ?? null;
}
