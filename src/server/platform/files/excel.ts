import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply } from 'fastify';
import ExcelJS from 'exceljs';
import { toHalfWidth } from '@shared/reference/normalize';
import { downloadHeaders } from './download';
import { readFirstSheetBatches } from './xlsx-reader';

export type CellValue = string | number | boolean | Date | null;

/** One column a module knows, with every header an office may have written for it. */
/** A cell as a code, number, date or name used for matching: full-width folded, trimmed; empty is null. */
export function cellText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  const s = toHalfWidth(v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim();
  return s === '' ? null : s;
}

/** A cell of free text (notes, addresses, employer …) as the clerk typed it: full-width punctuation and line breaks kept. */
export function cellTyped(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  const s = (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim();
  return s === '' ? null : s;
}

export interface ColumnSpec<K extends string = string> {
  key: K;
  headers: readonly string[];
  /** A date column: Excel date cells arrive as serial numbers and are shown as dates in reports. */
  date?: boolean;
}

export interface SheetRow<K extends string> {
  rowNumber: number;
  values: Partial<Record<K, CellValue>>;
  /** The row exactly as found, for the rejected-rows report. */
  raw: CellValue[];
}

/** Header text reduced to what identifies it: no spaces, marks, brackets or case; full-width folded. */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s*＊:：()（）[\]【】_\-/\\.。,，'"“”]/g, '');
}

export interface HeaderMatch<K extends string> {
  rowNumber: number;
  columns: Map<number, K>;
  header: CellValue[];
}

/** Finds which sheet column holds which field; null when the row is not a header row. */
export function matchHeader<K extends string>(cells: CellValue[], specs: readonly ColumnSpec<K>[], required: readonly K[]): Map<number, K> | null {
  const lookup = new Map<string, K>();
  for (const spec of specs) for (const h of spec.headers) lookup.set(normalizeHeader(h), spec.key);
  const columns = new Map<number, K>();
  cells.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const key = lookup.get(normalizeHeader(cell));
    if (key && ![...columns.values()].includes(key)) columns.set(index, key);
  });
  const found = new Set(columns.values());
  return required.every((k) => found.has(k)) ? columns : null;
}

/**
 * Streams the first worksheet of an .xlsx: finds the header row among the first 20 rows, then yields each
 * non-empty data row keyed by field. Memory stays flat whatever the sheet's length.
 *
 * Read with the lean reader of xlsx-reader.ts: cells are strings, numbers, booleans or null. Date cells come
 * back as Excel serial day numbers (not Date objects), which parseFlexibleDate takes as they are.
 * Whitespace-only strings are null, as with plainCell. A stream input is spooled to a temporary file first
 * (the reader needs random access to the zip's central directory).
 */
export async function* readSheet<K extends string>(
  input: string | Readable,
  specs: readonly ColumnSpec<K>[],
  required: readonly K[],
  onHeader?: (match: HeaderMatch<K>) => void,
): AsyncGenerator<SheetRow<K>> {
  if (typeof input !== 'string') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sheet-'));
    try {
      const file = path.join(dir, 'upload.xlsx');
      await pipeline(input, createWriteStream(file));
      yield* readSheet(file, specs, required, onHeader);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return;
  }
  let columns: Map<number, K> | null = null;
  let width = MIN_ROW_WIDTH;
  for await (const batch of readFirstSheetBatches(input)) {
    for (const row of batch) {
      const raw: CellValue[] = row.cells;
      for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (typeof c === 'string' && (c.length === 0 || (isBlankCode(c.charCodeAt(0)) && c.trim() === ''))) raw[i] = null;
      }
      if (!columns) {
        columns = matchHeader(raw, specs, required);
        if (columns) {
          width = Math.min(MAX_ROW_WIDTH, Math.max(MIN_ROW_WIDTH, raw.length));
          if (raw.length > width) raw.length = width;
          onHeader?.({ rowNumber: row.rowNumber, columns, header: raw });
        } else if (row.rowNumber > 20) throw new HeaderNotFoundError();
        continue;
      }
      if (raw.every((c) => c === null)) continue;
      const values: Partial<Record<K, CellValue>> = {};
      for (const [index, key] of columns) values[key] = raw[index] ?? null;
      if (raw.length > width) raw.length = width;
      yield { rowNumber: row.rowNumber, values, raw };
    }
  }
  if (!columns) throw new HeaderNotFoundError();
}

/**
 * How much of a row is kept as `raw` (for the rejected-rows report): up to the header row's width, at least
 * column IV, at most column AMJ. An import holds a batch of rows, and a row with one cell at column XFD would
 * otherwise cost 16,384 slots.
 */
const MIN_ROW_WIDTH = 256;
const MAX_ROW_WIDTH = 1024;

/** Whether a character is white space for String.prototype.trim (checked before trimming: most cells start with a letter). */
function isBlankCode(ch: number): boolean {
  if (ch <= 32) return ch === 32 || (ch >= 9 && ch <= 13);
  if (ch < 0xa0) return false;
  return (
    ch === 0xa0 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}

export class HeaderNotFoundError extends Error {
  constructor() {
    super('header row not found');
  }
}

export interface XlsxColumn {
  header: string;
  key: string;
  width?: number;
}

/**
 * Writes rows to a streamed .xlsx as they come, so an export of a million rows never sits in memory.
 * Returns the readable side to send as the response body.
 */
export function streamXlsx(sheetName: string, columns: XlsxColumn[], rows: AsyncIterable<Record<string, CellValue>>, title?: string[]): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  (async () => {
    for (const line of title ?? []) sheet.addRow([line]).commit();
    const header = sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = c.width ?? 14;
    });
    for await (const row of rows) {
      // The client went away: stop reading the ledger rather than building a file nobody receives.
      if (out.destroyed) return;
      sheet.addRow(columns.map((c) => row[c.key] ?? null)).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err) => out.destroy(err as Error));
  return out;
}

/** A small workbook in memory (reports, templates, rejected rows): fine below some thousands of rows. */
export async function buildXlsx(sheets: Array<{ name: string; rows: CellValue[][]; widths?: number[]; boldRows?: number[] }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name.slice(0, 31));
    s.rows.forEach((r) => sheet.addRow(r));
    s.widths?.forEach((w, i) => {
      sheet.getColumn(i + 1).width = w;
    });
    s.boldRows?.forEach((n) => {
      sheet.getRow(n).font = { bold: true };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The headers of an .xlsx download (file name encoded by attachmentHeader: Chinese names survive every browser). */
export function xlsxHeaders(fileName: string): Record<string, string> {
  return downloadHeaders(fileName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}

/** A sheet ready to stream: its file name, sheet name, columns and rows, in the caller's language. */
export interface Sheet {
  fileName: string;
  sheetName: string;
  columns: XlsxColumn[];
  rows: AsyncIterable<Record<string, CellValue>>;
}

/** A workbook built in memory, with its file name. */
export interface Workbook {
  fileName: string;
  content: Buffer;
}

/** Streams a sheet as an .xlsx download. */
export const sendSheet = (reply: FastifyReply, s: Sheet) => reply.headers(xlsxHeaders(s.fileName)).send(streamXlsx(s.sheetName, s.columns, s.rows));

/** Sends a built workbook as an .xlsx download. */
export const sendWorkbook = (reply: FastifyReply, w: Workbook) => reply.headers(xlsxHeaders(w.fileName)).send(w.content);
