import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import unzipper from 'unzipper';
import { AppError } from '../http/errors';
import type { MessageKey } from '../i18n/i18n';

/**
 * A lean streaming reader of the first worksheet of an .xlsx, four to five times faster than ExcelJS's
 * streaming reader, with flat memory: only the shared strings are held (the sheet's cells point into them).
 *
 * Values are what the cell holds, without formatting: strings, numbers, booleans, or null (empty cells,
 * gaps between cells, error cells such as #N/A, formulas without a cached result). Dates are NOT turned into
 * Date objects: Excel stores them as serial day numbers (1 = 1900-01-01, 45658 = 2025-01-01) and they come
 * back as those numbers, which every import already parses (parseFlexibleDate). An ISO date cell (t="d",
 * rare) is turned into the same serial number. Workbooks in the 1904 date system are not corrected.
 *
 * The small parts (workbook.xml and its relationships) go through saxes. The sheet and the shared strings,
 * the hot path, go through a minimal XML scanner below (indexOf based): saxes alone costs ~60 µs per
 * 32-column row, more than the whole budget. The scanner handles what the parts of spreadsheets written
 * by Excel, WPS, LibreOffice, ExcelJS and the OpenXML SDK contain: namespace prefixes (`<x:c>`), either
 * quote, `>` inside attribute values, comments, processing instructions, CDATA, the five named entities
 * and numeric character references, and CR/LF normalisation. Chunks go through one streaming UTF-8
 * decoder, so a character split across two chunks is never broken.
 */
export type CellValue = string | number | boolean | null;

/**
 * What an upload may make the server do. Anyone who may import can send any file, so every figure an
 * attacker controls is bounded before it costs memory or time: the zip's entry count, each part's inflated
 * size (declared in the central directory, checked before inflating, and counted while inflating, since the
 * declaration may lie), the compression ratio of a large part, the number of shared strings, and cell and
 * row references (Excel's own bounds: column XFD, row 1,048,576).
 *
 * An office's 100,000-row ledger of 30 columns is ~50 MB of sheet XML and ~10 MB of shared strings,
 * compressed about 10:1, so the defaults leave it four times the room.
 */
export interface XlsxLimits {
  /** Inflated bytes of the worksheet XML. */
  maxSheetBytes: number;
  /** Inflated bytes of the shared strings. */
  maxSharedStringsBytes: number;
  /** Number of shared strings (each is held in memory while the sheet is read). */
  maxSharedStrings: number;
  /** Inflated bytes of workbook.xml and its relationships (a few KB in practice). */
  maxPartBytes: number;
  /** Inflated / compressed size above which a large part is refused as a bomb... */
  maxRatio: number;
  /** ...when it inflates to more than this many bytes (small parts compress well and harm nobody). */
  ratioAboveBytes: number;
  /** Entries in the zip's central directory (each costs memory when the directory is read). */
  maxEntries: number;
}

export const XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  maxSheetBytes: 200 * 1024 * 1024,
  maxSharedStringsBytes: 100 * 1024 * 1024,
  maxSharedStrings: 2_000_000,
  maxPartBytes: 10 * 1024 * 1024,
  maxRatio: 100,
  ratioAboveBytes: 10 * 1024 * 1024,
  maxEntries: 10_000,
});

/** Excel's bounds: 16,384 columns (A..XFD) and 1,048,576 rows. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/**
 * An upload that breaks a limit: a 400 with a reason in the office's words (an import job fails with it).
 * Not a fault of the server, so not logged as one.
 */
export class XlsxLimitError extends AppError {
  constructor(key: MessageKey, params: Record<string, string | number> = {}) {
    super(400, key, params);
  }
}

const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);
const MAX_PENDING_CHARS = 1024 * 1024;
const tooLarge = (part: string, max: number) => new XlsxLimitError('err.xlsxBomb', { part, limit: MB(max) });

export interface SheetRowCells {
  /** The 1-based row number in the sheet (the `r` attribute, or the previous row's plus one). */
  rowNumber: number;
  /** Cells by 0-based column (A = 0); gaps are null, trailing empty cells are absent. */
  cells: CellValue[];
}

/**
 * Yields each `<row>` of the first worksheet, in sheet order (rows absent from the file are not yielded).
 * Throws XlsxLimitError for a file past the limits (XLSX_LIMITS unless some are given).
 */
export async function* readFirstSheetRows(filePath: string, limits: Partial<XlsxLimits> = {}): AsyncGenerator<SheetRowCells> {
  for await (const batch of readFirstSheetBatches(filePath, limits)) yield* batch;
}

/** As readFirstSheetRows, but a parsed chunk's rows at once (tens to hundreds), for callers that loop cheaply. */
export async function* readFirstSheetBatches(filePath: string, limits: Partial<XlsxLimits> = {}): AsyncGenerator<SheetRowCells[]> {
  const lim: XlsxLimits = { ...XLSX_LIMITS, ...limits };
  const size = (await stat(filePath)).size;
  await checkEntryCount(filePath, size, lim);
  // Open.file's source, but with its file streams kept: a reader stopped early (header not found, caller
  // breaking out) destroys them, otherwise each would hold a file descriptor open.
  const opened = new Set<ReadStream>();
  const directory = await unzipper.Open.custom({
    size: async () => size,
    stream: (offset, length) => {
      const s = createReadStream(filePath, { start: offset, end: length ? offset + length : undefined });
      opened.add(s);
      s.once('close', () => opened.delete(s));
      return s;
    },
  });
  try {
    yield* readParts(directory, lim);
  } finally {
    for (const s of opened) s.destroy();
  }
}

/**
 * Refuses a zip whose end-of-central-directory record announces more entries than an .xlsx has, before
 * unzipper reads the directory (it makes an object per entry). Reads only the file's last 64 KB.
 */
async function checkEntryCount(filePath: string, size: number, lim: XlsxLimits): Promise<void> {
  const tail = Math.min(size, 22 + 0xffff + 20);
  if (tail < 22) return; // not a zip: unzipper says so
  const fh = await open(filePath, 'r');
  try {
    const buf = Buffer.alloc(tail);
    await fh.read(buf, 0, tail, size - tail);
    const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd === -1 || eocd + 22 > tail) return;
    let entries = buf.readUInt16LE(eocd + 10);
    if (entries === 0xffff && eocd >= 20 && buf.readUInt32LE(eocd - 20) === 0x07064b50) {
      // zip64: the count is in the zip64 end record the locator points to.
      const at = Number(buf.readBigUInt64LE(eocd - 20 + 8));
      const rec = Buffer.alloc(56);
      const { bytesRead } = await fh.read(rec, 0, 56, at);
      entries = bytesRead === 56 && rec.readUInt32LE(0) === 0x06064b50 ? Number(rec.readBigUInt64LE(32)) : Number.MAX_SAFE_INTEGER;
    }
    if (entries > lim.maxEntries) throw new XlsxLimitError('err.xlsxEntries', { count: entries, limit: lim.maxEntries });
  } finally {
    await fh.close();
  }
}

/** Refuses a part by its declared sizes, before inflating a byte of it. */
function checkDeclared(f: unzipper.File, part: string, max: number, lim: XlsxLimits): void {
  if (f.uncompressedSize > max) throw tooLarge(part, max);
  if (f.uncompressedSize > lim.ratioAboveBytes && f.uncompressedSize / Math.max(1, f.compressedSize) > lim.maxRatio) {
    throw new XlsxLimitError('err.xlsxRatio', { part, ratio: Math.round(f.uncompressedSize / Math.max(1, f.compressedSize)), limit: lim.maxRatio });
  }
}

async function* readParts(directory: unzipper.CentralDirectory, lim: XlsxLimits): AsyncGenerator<SheetRowCells[]> {
  const entries = new Map<string, unzipper.File>();
  for (const f of directory.files) entries.set(f.path.replace(/\\/g, '/').replace(/^\//, '').toLowerCase(), f);
  const entry = (p: string) => entries.get(p.toLowerCase());

  const { sheetPath, sharedStringsPath } = await locateParts(entry, lim);
  const sheet = entry(sheetPath) ?? entry('xl/worksheets/sheet1.xml') ?? [...entries.entries()].find(([p]) => /^xl\/worksheets\/sheet\d*\.xml$/.test(p))?.[1];
  if (!sheet) throw new Error('the workbook has no worksheet');
  checkDeclared(sheet, 'sheet', lim.maxSheetBytes, lim);

  const sstEntry = entry(sharedStringsPath) ?? entry('xl/sharedStrings.xml');
  if (sstEntry) checkDeclared(sstEntry, 'sharedStrings', lim.maxSharedStringsBytes, lim);
  const shared = sstEntry ? await readSharedStrings(sstEntry.stream(), lim) : [];

  const handler = new SheetHandler(shared);
  yield* scanStream(sheet.stream(), handler, () => handler.take(), { part: 'sheet', maxBytes: lim.maxSheetBytes });
}

/** A small part inflated into memory, refused by its declared size and again by the bytes that actually come. */
async function readSmallPart(f: unzipper.File, part: string, lim: XlsxLimits): Promise<Buffer> {
  checkDeclared(f, part, lim.maxPartBytes, lim);
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = f.stream();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > lim.maxPartBytes) throw tooLarge(part, lim.maxPartBytes);
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------------------
// Locating the first sheet

async function locateParts(entry: (p: string) => unzipper.File | undefined, lim: XlsxLimits): Promise<{ sheetPath: string; sharedStringsPath: string }> {
  const fallback = { sheetPath: 'xl/worksheets/sheet1.xml', sharedStringsPath: 'xl/sharedStrings.xml' };
  const workbook = entry('xl/workbook.xml');
  const rels = entry('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return fallback;

  let firstSheetRid: string | null = null;
  await saxParse(await readSmallPart(workbook, 'workbook', lim), (tag) => {
    if (firstSheetRid !== null || tag.local !== 'sheet') return;
    for (const a of Object.values(tag.attributes)) if (a.prefix && a.local === 'id') firstSheetRid = a.value;
  });
  let sheetTarget: string | null = null;
  let sstTarget: string | null = null;
  await saxParse(await readSmallPart(rels, 'workbook', lim), (tag) => {
    if (tag.local !== 'Relationship') return;
    const attr = (n: string) => tag.attributes[n]?.value;
    const target = attr('Target');
    if (!target) return;
    if (firstSheetRid !== null && attr('Id') === firstSheetRid) sheetTarget = target;
    if (/\/sharedStrings$/.test(attr('Type') ?? '')) sstTarget = target;
  });
  const resolve = (t: string | null, dflt: string) => (t === null ? dflt : t.startsWith('/') ? t.slice(1) : posix.normalize(`xl/${t}`));
  return { sheetPath: resolve(sheetTarget, fallback.sheetPath), sharedStringsPath: resolve(sstTarget, fallback.sharedStringsPath) };
}

function saxParse(xml: Buffer, onOpen: (tag: SaxesTagNS) => void): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('opentag', onOpen);
  parser.write(xml.toString('utf8')).close();
}

// ---------------------------------------------------------------------------------------------------------
// Shared strings: each <si> is the concatenation of its <t> (plain) or <r><t> (rich text), without the
// phonetic guides (<rPh><t>) that Japanese and some Chinese workbooks carry.

async function readSharedStrings(stream: Readable, lim: XlsxLimits): Promise<string[]> {
  const handler = new SharedStringsHandler(lim.maxSharedStrings);
  for await (const _ of scanStream(stream, handler, () => null, { part: 'sharedStrings', maxBytes: lim.maxSharedStringsBytes })) {
    /* all in handler.strings */
  }
  return handler.strings;
}

class SharedStringsHandler implements XmlHandler {
  strings: string[] = [];
  capturing = false;
  readonly full = false;
  constructor(private readonly max: number) {}

  private push(s: string): void {
    if (this.strings.length >= this.max) throw new XlsxLimitError('err.xlsxStrings', { limit: this.max });
    this.strings.push(s);
  }
  private current = '';
  private inSi = false;
  private phonetic = 0;

  open(name: string, _buf: string, _attrStart: number, _attrEnd: number, selfClosing: boolean): void {
    if (name === 'si') {
      this.current = '';
      if (selfClosing) this.push('');
      else this.inSi = true;
    } else if (this.inSi) {
      if (name === 'rPh') {
        if (!selfClosing) this.phonetic++;
      } else if (name === 't' && !selfClosing && this.phonetic === 0) this.capturing = true;
    }
  }

  close(name: string): void {
    if (name === 't') this.capturing = false;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'si') {
      this.push(this.current);
      this.inSi = false;
      this.phonetic = 0;
    }
  }

  text(s: string): void {
    this.current += s;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The worksheet

const enum CellType {
  Number,
  Shared,
  String,
  Inline,
  Bool,
  Error,
  IsoDate,
}

/**
 * Cells (array slots, gaps included) parsed before the scanner pauses for the caller to take them: a row
 * with one cell at XFD is 16,384 slots, so a chunk of such rows would otherwise be hundreds of MB.
 */
const SLOTS_PER_TAKE = 1 << 20;

class SheetHandler implements XmlHandler {
  capturing = false;
  /** Set when SLOTS_PER_TAKE is reached: the scanner stops until take() has been called. */
  full = false;
  private slots = 0;
  private rowCount = 0;
  private rows: SheetRowCells[] = [];
  private inSheetData = false;
  private rowNumber = 0;
  private cells: CellValue[] = [];
  private inRow = false;
  private col = -1;
  private inCell = false;
  private type = CellType.Number;
  private value = '';
  private hasValue = false;
  private inInline = false;
  private phonetic = 0;

  constructor(private readonly shared: string[]) {}

  take(): SheetRowCells[] | null {
    this.full = false;
    this.slots = 0;
    if (this.rows.length === 0) return null;
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  private pushRow(): void {
    if (++this.rowCount > MAX_ROWS) throw new XlsxLimitError('err.xlsxRows');
    this.rows.push({ rowNumber: this.rowNumber, cells: this.cells });
    this.slots += this.cells.length + 1;
    if (this.slots >= SLOTS_PER_TAKE) this.full = true;
  }

  open(name: string, buf: string, attrStart: number, attrEnd: number, selfClosing: boolean): void {
    if (!this.inSheetData) {
      if (name === 'sheetData' && !selfClosing) this.inSheetData = true;
      return;
    }
    if (this.inCell) {
      if (name === 'v') {
        this.hasValue = true;
        if (!selfClosing && !this.inInline) this.capturing = true;
      } else if (name === 'is') {
        this.type = CellType.Inline;
        this.hasValue = true;
        if (!selfClosing) this.inInline = true;
      } else if (this.inInline) {
        if (name === 'rPh') {
          if (!selfClosing) this.phonetic++;
        } else if (name === 't' && !selfClosing && this.phonetic === 0) this.capturing = true;
      }
      return;
    }
    if (name === 'c') {
      this.readCellAttributes(buf, attrStart, attrEnd);
      this.value = '';
      this.hasValue = false;
      this.inInline = false;
      this.phonetic = 0;
      if (!selfClosing) this.inCell = true;
      // A self-closing cell is empty (a styled blank): it only moves the column on.
    } else if (name === 'row') {
      let ref: string | null = null;
      for (let i = nextAttribute(buf, attrStart, attrEnd); i !== -1; i = nextAttribute(buf, i, attrEnd)) if (attrName === 'r') ref = attrValue;
      const n = ref !== null ? Number.parseInt(ref, 10) : Number.NaN;
      this.rowNumber = Number.isFinite(n) && n > 0 ? n : this.rowNumber + 1;
      if (this.rowNumber > MAX_ROWS) throw new XlsxLimitError('err.xlsxRowRef', { ref: shown(ref ?? String(this.rowNumber)) });
      this.cells = [];
      this.col = -1;
      if (selfClosing) this.pushRow();
      else this.inRow = true;
    }
  }

  close(name: string): void {
    if (this.inCell) {
      if (name === 'v' || name === 't') this.capturing = false;
      else if (name === 'rPh') this.phonetic--;
      else if (name === 'is') this.inInline = false;
      else if (name === 'c') {
        this.inCell = false;
        this.capturing = false;
        const v = this.hasValue ? this.cellValue() : null;
        if (v !== null) {
          const cells = this.cells;
          while (cells.length < this.col) cells.push(null);
          cells[this.col] = v;
        }
      }
      return;
    }
    if (name === 'row') {
      if (this.inRow) this.pushRow();
      this.inRow = false;
    } else if (name === 'sheetData') this.inSheetData = false;
  }

  text(s: string): void {
    this.value += s;
  }

  /** Sets col and type from the r and t attributes of a <c> tag, reading characters in place (no strings made). */
  private readCellAttributes(buf: string, start: number, end: number): void {
    let col = -1;
    let type = CellType.Number;
    let i = start;
    while (i < end) {
      const eq = buf.indexOf('=', i);
      if (eq === -1 || eq >= end) break;
      let q = eq + 1;
      let quote = 0;
      for (; q < end; q++) {
        quote = buf.charCodeAt(q);
        if (quote === 34 || quote === 39) break;
      }
      if (q >= end) break;
      const close = buf.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close === -1 || close >= end) break;
      let ns = i;
      while (ns < eq && isSpace(buf.charCodeAt(ns))) ns++;
      let ne = eq;
      while (ne > ns && isSpace(buf.charCodeAt(ne - 1))) ne--;
      if (ne - ns === 1) {
        const n = buf.charCodeAt(ns);
        if (n === 114)
          col = columnOf(buf, q + 1, close); // r
        else if (n === 116) type = typeOf(buf, q + 1, close); // t
      }
      i = close + 1;
    }
    this.col = col >= 0 ? col : this.col + 1;
    if (this.col >= MAX_COLUMNS) throw new XlsxLimitError('err.xlsxColumns', { row: this.rowNumber });
    this.type = type;
  }

  private cellValue(): CellValue {
    const v = this.value;
    switch (this.type) {
      case CellType.Number: {
        if (v === '') return null;
        const n = Number(v);
        return Number.isNaN(n) ? v : n;
      }
      case CellType.Shared: {
        const s = this.shared[Number.parseInt(v, 10)];
        return s === undefined ? null : s;
      }
      case CellType.String:
      case CellType.Inline:
        return v;
      case CellType.Bool:
        return v === '1' || v.toLowerCase() === 'true';
      case CellType.Error:
        return null;
      case CellType.IsoDate:
        return v === '' ? null : isoToSerial(v);
    }
  }
}

const isSpace = (ch: number) => ch === 32 || ch === 9 || ch === 10 || ch === 13;

/** The cell type of a t attribute held in buf[start, end). */
function typeOf(buf: string, start: number, end: number): CellType {
  const c0 = buf.charCodeAt(start);
  switch (end - start) {
    case 1:
      if (c0 === 115) return CellType.Shared; // s
      if (c0 === 110) return CellType.Number; // n
      if (c0 === 98) return CellType.Bool; // b
      if (c0 === 101) return CellType.Error; // e
      if (c0 === 100) return CellType.IsoDate; // d
      break;
    case 0:
      return CellType.Number;
    case 9:
      if (buf.startsWith('inlineStr', start)) return CellType.Inline;
      break;
  }
  return CellType.String; // str, and anything unknown: its text as it is
}

/**
 * The 0-based column of a cell reference ("AB12" → 27) in buf[start, end); -1 if it has no column letters.
 * A reference beyond XFD1048576 (Excel's last cell) is refused: the column would size the row's array.
 */
function columnOf(buf: string, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const c = buf.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > MAX_COLUMNS) throw new XlsxLimitError('err.xlsxCellRef', { ref: shown(buf.slice(start, end)) });
  }
  let row = 0;
  for (; i < end; i++) {
    const d = buf.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
    if (row > MAX_ROWS) throw new XlsxLimitError('err.xlsxCellRef', { ref: shown(buf.slice(start, end)) });
  }
  return col - 1;
}

/** An attacker's text as it may appear in a message: short. */
const shown = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

/** An ISO 8601 date (t="d") as the Excel serial day number it denotes, times of day as fractions. */
function isoToSerial(s: string): CellValue {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(s);
  const ms = Date.parse(s.includes('T') ? (zoned ? s : `${s}Z`) : `${s}T00:00:00Z`);
  return Number.isNaN(ms) ? s : ms / 86_400_000 + 25_569;
}

// ---------------------------------------------------------------------------------------------------------
// The scanner

interface XmlHandler {
  /** When true, the text up to the next tag is passed to text(), entities decoded. */
  capturing: boolean;
  /** When true, the scanner stops at the next token until take() has emptied the handler. */
  readonly full: boolean;
  /** name is the local name (prefix dropped); attributes lie in buf between attrStart and attrEnd. */
  open(name: string, buf: string, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  close(name: string): void;
  text(s: string): void;
}

/** Inflated bytes between two turns given back to the event loop, so other requests are answered meanwhile. */
const BYTES_PER_TURN = 1024 * 1024;

/**
 * Feeds a byte stream through one streaming UTF-8 decoder and the scanner, yielding take() after each chunk
 * (and whenever the handler is full). Counts the bytes that actually arrive: past maxBytes the part is
 * refused, whatever its zip entry declared.
 */
async function* scanStream<T>(stream: Readable, handler: XmlHandler, take: () => T | null, limit: { part: string; maxBytes: number }): AsyncGenerator<T> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let first = true;
  let inflated = 0;
  let sinceTurn = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > limit.maxBytes) throw tooLarge(limit.part, limit.maxBytes);
      sinceTurn += chunk.length;
      if (sinceTurn >= BYTES_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
      let buf = rest + decoder.write(chunk);
      if (first && buf.length > 0) {
        if (buf.charCodeAt(0) === 0xfeff) buf = buf.slice(1);
        first = false;
      }
      for (;;) {
        const at = scan(buf, handler);
        const paused = handler.full;
        const out = take();
        if (out !== null) yield out;
        if (!paused) {
          rest = buf.slice(at);
          break;
        }
        buf = buf.slice(at);
      }
      // Text carried over waits for its closing tag and is scanned again with every chunk: a run longer than
      // any real cell (Excel holds 32,767 characters) would make the scan quadratic.
      if (rest.length > MAX_PENDING_CHARS) throw new XlsxLimitError('err.xlsxCell', { limit: MB(MAX_PENDING_CHARS) });
    }
  } finally {
    stream.destroy();
  }
  let buf = rest + decoder.end();
  for (;;) {
    const at = scan(buf, handler);
    const paused = handler.full;
    const out = take();
    if (out !== null) yield out;
    if (!paused) {
      buf = buf.slice(at);
      break;
    }
    buf = buf.slice(at);
  }
  if (buf.trim() !== '') throw new Error('truncated XML in the workbook');
}

const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

/** Scans complete tokens of buf; returns where the first incomplete one starts (kept for the next chunk). */
function scan(buf: string, h: XmlHandler): number {
  let pos = 0;
  const len = buf.length;
  while (pos < len) {
    if (h.full) return pos;
    const lt = buf.indexOf('<', pos);
    if (lt === -1) return pos; // text continues in the next chunk
    if (lt > pos && h.capturing) h.text(decodeText(buf.slice(pos, lt)));
    if (lt + 1 >= len) return lt;
    const c = buf.charCodeAt(lt + 1);
    if (c === BANG) {
      if (buf.startsWith('<!--', lt)) {
        const end = buf.indexOf('-->', lt + 4);
        if (end === -1) return lt;
        pos = end + 3;
      } else if (buf.startsWith('<![CDATA[', lt)) {
        const end = buf.indexOf(']]>', lt + 9);
        if (end === -1) return lt;
        if (h.capturing) h.text(buf.slice(lt + 9, end));
        pos = end + 3;
      } else {
        if (len - lt < 9) return lt; // not yet sure what it is
        const gt = buf.indexOf('>', lt);
        if (gt === -1) return lt;
        if (buf.lastIndexOf('[', gt) > lt) throw new Error('DOCTYPE with an internal subset is not supported in a workbook');
        pos = gt + 1;
      }
      continue;
    }
    if (c === QUESTION) {
      const end = buf.indexOf('?>', lt + 2);
      if (end === -1) return lt;
      pos = end + 2;
      continue;
    }
    // The name: up to white space, '/' or '>' (its prefix, if any, dropped).
    const closing = c === SLASH;
    let i = closing ? lt + 2 : lt + 1;
    let nameStart = i;
    let ch = 0;
    for (; i < len; i++) {
      ch = buf.charCodeAt(i);
      if (ch === GT || ch === SLASH || ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
      if (ch === 58) nameStart = i + 1;
    }
    if (i >= len) return lt;
    const nameEnd = i;
    const gt = ch === GT ? i : tagEnd(buf, i);
    if (gt === -1) return lt;
    const name = knownName(buf, nameStart, nameEnd);
    if (closing) {
      h.close(name);
    } else {
      const selfClosing = buf.charCodeAt(gt - 1) === SLASH;
      h.open(name, buf, nameEnd, selfClosing ? gt - 1 : gt, selfClosing);
      if (selfClosing) h.close(name);
    }
    pos = gt + 1;
  }
  return pos;
}

/** The `>` closing a tag, searched from `from`, skipping quoted attribute values (which may contain `>`); -1 if not in buf. */
function tagEnd(buf: string, from: number): number {
  const len = buf.length;
  for (let i = from; i < len; i++) {
    const ch = buf.charCodeAt(i);
    if (ch === GT) return i;
    if (ch === 34 || ch === 39) {
      i = buf.indexOf(ch === 34 ? '"' : "'", i + 1);
      if (i === -1) return -1;
    }
  }
  return -1;
}

/** The element name in buf[start, end); the names the handlers look at as constants (no allocation). */
function knownName(buf: string, start: number, end: number): string {
  const c0 = buf.charCodeAt(start);
  switch (end - start) {
    case 1:
      if (c0 === 99) return 'c';
      if (c0 === 118) return 'v';
      if (c0 === 116) return 't';
      if (c0 === 114) return 'r';
      if (c0 === 102) return 'f';
      break;
    case 2:
      if (c0 === 105 && buf.charCodeAt(start + 1) === 115) return 'is';
      if (c0 === 115 && buf.charCodeAt(start + 1) === 105) return 'si';
      break;
    case 3:
      if (c0 === 114 && buf.charCodeAt(start + 1) === 111 && buf.charCodeAt(start + 2) === 119) return 'row';
      break;
  }
  return buf.slice(start, end);
}

// The attribute last read by nextAttribute (module state rather than an object per attribute: the scanner
// is synchronous and this is the per-cell hot path).
let attrName = '';
let attrValue = '';

/**
 * Reads the attribute (`name="value"` or `name='value'`) of buf[from, end) that starts at or after from into
 * attrName / attrValue (entity-decoded); returns where to read the next one, or -1 when there is none.
 */
function nextAttribute(buf: string, from: number, end: number): number {
  const eq = buf.indexOf('=', from);
  if (eq === -1 || eq >= end) return -1;
  let q = eq + 1;
  while (q < end && buf.charCodeAt(q) !== 34 && buf.charCodeAt(q) !== 39) q++;
  if (q >= end) return -1;
  const close = buf.indexOf(buf[q], q + 1);
  if (close === -1 || close >= end) return -1;
  attrName = buf.slice(from, eq).trim();
  const raw = buf.slice(q + 1, close);
  attrValue = raw.includes('&') ? decodeEntities(raw) : raw;
  return close + 1;
}

function decodeText(s: string): string {
  if (s.includes('&')) s = decodeEntities(s);
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref];
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
