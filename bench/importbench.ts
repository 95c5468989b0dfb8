/**
 * The Excel import benchmark: a large .xlsx written with ExcelJS's streaming writer, uploaded over real
 * HTTP as multipart, then the job polled until done while RSS is sampled.
 */
import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { exportColumns } from '../src/server/modules/residents/residents.excel';
import { countryName } from '../src/shared/reference/countries';
import { VISA_TYPES } from '../src/shared/reference/visas';
import type { BenchTree, GenResident } from './data';
import { rssSampler, type Session } from './measure';

const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
const dotted = (d: string | null) => (d ? d.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1.$2.$3') : null);

/** Writes `rows` residents with the Chinese headers the import and export share; returns the file size. */
export async function writeImportXlsx(file: string, tree: BenchTree, gen: (i: number) => GenResident, rows: number): Promise<number> {
  const columns = exportColumns('zh-CN');
  const areaOf = new Map(tree.communities.map((c) => [c.id, c]));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = wb.addWorksheet('台账');
  sheet.addRow(columns.map((c) => c.header)).commit();
  for (let i = 0; i < rows; i++) {
    const x = gen(i);
    const area = areaOf.get(x.orgUnitId)!;
    const visa = VISA_TYPES.find((v) => v.code === x.visaType);
    const values: Record<string, unknown> = {
      ...x,
      sex: x.sex === 'M' ? '男' : '女',
      birthDate: asDate(x.birthDate),
      nationality: countryName(x.nationality, 'zh-CN'),
      docType: '普通护照',
      docIssuingCountry: null,
      docExpiry: x.docExpiry,
      // Offices write visa types both ways: the code and the full Chinese label.
      visaType: visa ? (i % 2 ? visa.code : visa.zh) : null,
      visaIssueDate: dotted(x.visaIssueDate),
      district: area.district,
      street: area.street,
      community: area.community,
      arrivalDate: asDate(x.arrivalDate),
      accommodationRegistered: x.accommodationRegistered ? '是' : '否',
      tags: null,
      notes: null,
    };
    sheet.addRow(columns.map((c) => values[c.key] ?? null)).commit();
  }
  sheet.commit();
  await wb.commit();
  return (await stat(file)).size;
}

export interface ImportFigures {
  rows: number;
  ms: number;
  rowsPerSec: number;
  uploadMs: number;
  result: { inserted: number; updated: number; unchanged: number; rejected: number } | null;
  status: string;
  error: string | null;
  rssBaseline: number;
  rssPeak: number;
  rssAt: Array<{ pct: number; rss: number }>;
}

/** Uploads the file over HTTP and polls the job; the app must be listening at `base`. */
export async function importOnce(app: FastifyInstance, base: string, s: Session, file: string, rows: number): Promise<ImportFigures> {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBaseline = process.memoryUsage().rss;
  const sampler = rssSampler(100);
  const t0 = performance.now();
  const form = new FormData();
  form.append('file', await openAsBlob(file), 'bench-import.xlsx');
  const res = await fetch(`${base}/api/residents/import`, { method: 'POST', body: form, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
  if (res.status !== 202) throw new Error(`import upload: ${res.status} ${await res.text()}`);
  const uploadMs = performance.now() - t0;
  const job = (await res.json()) as { id: number };
  let current: { status: string; processed: number; result: ImportFigures['result']; error: string | null };
  const progress: Array<{ processed: number; rss: number }> = [];
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const r = await app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: { cookie: s.cookie } });
    current = r.json();
    progress.push({ processed: current.processed, rss: process.memoryUsage().rss });
    if (current.status !== 'running') break;
  }
  const ms = performance.now() - t0;
  const samples = sampler.stop();
  const rssPeak = Math.max(rssBaseline, ...samples.map((x) => x.rss));
  const rssAt = [0.25, 0.5, 0.75, 1].map((pct) => {
    const hit = progress.find((p) => p.processed >= pct * rows) ?? progress[progress.length - 1];
    return { pct, rss: hit.rss };
  });
  return {
    rows,
    ms,
    rowsPerSec: rows / (ms / 1000),
    uploadMs,
    result: current.result,
    status: current.status,
    error: current.error,
    rssBaseline,
    rssPeak,
    rssAt,
  };
}
