import { AppError } from '../../http/errors';
import type { MessageKey } from '../../i18n/i18n';

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

/** Bytes as whole megabytes, for a message. */
export const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A part that inflates past its limit. */
export const tooLarge = (part: string, max: number) => new XlsxLimitError('err.xlsxBomb', { part, limit: MB(max) });

/** An attacker's text as it may appear in a message: short. */
export const shown = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);
