// The minimal XML scanner of the hot path (indexOf based; saxes alone costs ~60 µs per 32-column row, more than
// the whole budget). It handles what the parts of spreadsheets written by Excel, WPS, LibreOffice, ExcelJS and
// the OpenXML SDK contain: namespace prefixes (`<x:c>`), either quote, `>` inside attribute values, comments,
// processing instructions, CDATA, the five named entities and numeric character references, and CR/LF
// normalisation.

/** What the scanner tells of the tokens it meets (the sheet and the shared strings each have one). */
export interface XmlHandler {
  /** When true, the text up to the next tag is passed to text(), entities decoded. */
  capturing: boolean;
  /** When true, the scanner stops at the next token until take() has emptied the handler. */
  readonly full: boolean;
  /** name is the local name (prefix dropped); attributes lie in buf between attrStart and attrEnd. */
  open(name: string, buf: string, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  close(name: string): void;
  text(s: string): void;
}

const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

/** Scans complete tokens of buf; returns where the first incomplete one starts (kept for the next chunk). */
export function scan(buf: string, h: XmlHandler): number {
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

/**
 * The attribute last read by nextAttribute: one object filled in place rather than one per attribute (the
 * scanner is synchronous and this is the per-cell hot path).
 */
export const lastAttribute = { name: '', value: '' };

/**
 * Reads the attribute (`name="value"` or `name='value'`) of buf[from, end) that starts at or after from into
 * lastAttribute (entity-decoded); returns where to read the next one, or -1 when there is none.
 */
export function nextAttribute(buf: string, from: number, end: number): number {
  const eq = buf.indexOf('=', from);
  if (eq === -1 || eq >= end) return -1;
  let q = eq + 1;
  while (q < end && buf.charCodeAt(q) !== 34 && buf.charCodeAt(q) !== 39) q++;
  if (q >= end) return -1;
  const close = buf.indexOf(buf[q], q + 1);
  if (close === -1 || close >= end) return -1;
  lastAttribute.name = buf.slice(from, eq).trim();
  const raw = buf.slice(q + 1, close);
  lastAttribute.value = raw.includes('&') ? decodeEntities(raw) : raw;
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
