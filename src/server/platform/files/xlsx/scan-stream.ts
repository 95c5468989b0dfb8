import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MB, tooLarge, XlsxLimitError } from './limits';
import { scan, type XmlHandler } from './scanner';

/** Inflated bytes between two turns given back to the event loop, so other requests are answered meanwhile. */
const BYTES_PER_TURN = 1024 * 1024;

/** Characters of an unfinished token carried from one chunk to the next (see below). */
const MAX_PENDING_CHARS = 1024 * 1024;

/**
 * Feeds a byte stream through one streaming UTF-8 decoder (so a character split across two chunks is never
 * broken) and the scanner, yielding take() after each chunk (and whenever the handler is full). Counts the
 * bytes that actually arrive: past maxBytes the part is refused, whatever its zip entry declared.
 */
export async function* scanStream<T>(
  stream: Readable,
  handler: XmlHandler,
  take: () => T | null,
  limit: { part: string; maxBytes: number },
): AsyncGenerator<T> {
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
