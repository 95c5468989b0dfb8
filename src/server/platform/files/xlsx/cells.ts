import { MAX_COLUMNS, MAX_ROWS, shown, XlsxLimitError } from './limits';

/**
 * Values are what the cell holds, without formatting: strings, numbers, booleans, or null (empty cells,
 * gaps between cells, error cells such as #N/A, formulas without a cached result). Dates are NOT turned into
 * Date objects: Excel stores them as serial day numbers (1 = 1900-01-01, 45658 = 2025-01-01) and they come
 * back as those numbers, which every import already parses (parseFlexibleDate). An ISO date cell (t="d",
 * rare) is turned into the same serial number. Workbooks in the 1904 date system are not corrected.
 */
export type CellValue = string | number | boolean | null;

export interface SheetRowCells {
  /** The 1-based row number in the sheet (the `r` attribute, or the previous row's plus one). */
  rowNumber: number;
  /** Cells by 0-based column (A = 0); gaps are null, trailing empty cells are absent. */
  cells: CellValue[];
}

/**
 * The 0-based column of a cell reference ("AB12" → 27) in buf[start, end); -1 if it has no column letters.
 * A reference beyond XFD1048576 (Excel's last cell) is refused: the column would size the row's array.
 */
export function columnOf(buf: string, start: number, end: number): number {
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

/** An ISO 8601 date (t="d") as the Excel serial day number it denotes, times of day as fractions. */
export function isoToSerial(s: string): CellValue {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(s);
  const ms = Date.parse(s.includes('T') ? (zoned ? s : `${s}Z`) : `${s}T00:00:00Z`);
  return Number.isNaN(ms) ? s : ms / 86_400_000 + 25_569;
}
