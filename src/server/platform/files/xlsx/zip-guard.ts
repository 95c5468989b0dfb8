import { open } from 'node:fs/promises';
import type unzipper from 'unzipper';
import { tooLarge, XlsxLimitError, type XlsxLimits } from './limits';

// The zip around the parts: an attacker's file is refused by what its directory announces before anything is
// inflated, and small parts are counted again while they inflate.

/**
 * Refuses a zip whose end-of-central-directory record announces more entries than an .xlsx has, before
 * unzipper reads the directory (it makes an object per entry). Reads only the file's last 64 KB.
 */
export async function checkEntryCount(filePath: string, size: number, lim: XlsxLimits): Promise<void> {
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
export function checkDeclared(f: unzipper.File, part: string, max: number, lim: XlsxLimits): void {
  if (f.uncompressedSize > max) throw tooLarge(part, max);
  if (f.uncompressedSize > lim.ratioAboveBytes && f.uncompressedSize / Math.max(1, f.compressedSize) > lim.maxRatio) {
    throw new XlsxLimitError('err.xlsxRatio', { part, ratio: Math.round(f.uncompressedSize / Math.max(1, f.compressedSize)), limit: lim.maxRatio });
  }
}

/** A small part inflated into memory, refused by its declared size and again by the bytes that actually come. */
export async function readSmallPart(f: unzipper.File, part: string, lim: XlsxLimits): Promise<Buffer> {
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
