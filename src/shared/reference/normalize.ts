/**
 * Text normalisation shared by server and browser.
 *
 * Office spreadsheets are typed with Chinese IMEs, which silently switch to full-width
 * forms (Ｅ１２３, ideographic spaces). Everything that is matched or compared goes
 * through these helpers first so that "ｅ１２３ ４５６７８" and "E12345678" are the same.
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
/** Distance between a full-width ASCII variant and its ASCII counterpart. */
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Maps full-width ASCII (U+FF01–U+FF5E) to ASCII and U+3000 to a plain space,
 * without trimming. Kept separate from toHalfWidth because MRZ parsing must keep
 * the exact character positions.
 */
export function fullWidthToAscii(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) {
      out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    } else if (code === 0x3000) {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

/** Full-width → half-width, then trim and collapse runs of whitespace to one space. */
export function toHalfWidth(s: string): string {
  return fullWidthToAscii(s).replace(/\s+/g, ' ').trim();
}

/**
 * Canonical form of a travel-document or permit number for storage and duplicate
 * detection: people type groups with spaces or hyphens, and in lowercase.
 */
export function normalizeDocNumber(s: string): string {
  return fullWidthToAscii(s)
    .toUpperCase()
    .replace(/[\s\-‐‑–—]/g, '');
}
