import { columnOf, isoToSerial, type CellValue, type SheetRowCells } from './cells';
import { MAX_COLUMNS, MAX_ROWS, shown, XlsxLimitError } from './limits';
import { lastAttribute, nextAttribute, type XmlHandler } from './scanner';

// The worksheet: the rows of <sheetData>, each cell's value decoded by its type (shared strings looked up).

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

/** Turns the worksheet's tokens into rows; pauses the scanner once SLOTS_PER_TAKE cell slots wait to be taken. */
export class SheetHandler implements XmlHandler {
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
      for (let i = nextAttribute(buf, attrStart, attrEnd); i !== -1; i = nextAttribute(buf, i, attrEnd))
        if (lastAttribute.name === 'r') ref = lastAttribute.value;
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
