import { once } from 'node:events';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * Zips built by hand, for the uploads an attacker would send: each entry may declare an uncompressed size
 * other than its real one (the central directory is all a reader sees before inflating). CRCs are left 0:
 * the reader does not check them, and a malicious file would not care.
 */
export interface ZipEntry {
  name: string;
  /** Raw-deflated bytes (method 8), or stored bytes when stored is true. */
  data: Buffer;
  /** The real inflated size. */
  size: number;
  /** What the central directory says it inflates to (defaults to the truth). */
  declaredSize?: number;
  stored?: boolean;
}

/** An entry from text, deflated. */
export function deflated(name: string, text: string, declaredSize?: number): ZipEntry {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw), size: raw.length, declaredSize };
}

/**
 * An entry of head + unit × count + tail, deflated as a stream: hundreds of MB of XML become a few hundred
 * KB without the test ever holding them.
 */
export async function deflatedRepeat(
  name: string,
  parts: { head: string; unit: string; count: number; tail: string },
  declaredSize?: number,
): Promise<ZipEntry> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = once(z, 'end');
  const unit = Buffer.from(parts.unit.repeat(Math.max(1, Math.floor(65_536 / parts.unit.length))));
  const perChunk = Math.max(1, Math.floor(65_536 / parts.unit.length));
  let size = 0;
  const write = async (b: Buffer) => {
    size += b.length;
    if (!z.write(b)) await once(z, 'drain');
  };
  await write(Buffer.from(parts.head));
  let left = parts.count;
  while (left > 0) {
    const n = Math.min(left, perChunk);
    await write(n === perChunk ? unit : Buffer.from(parts.unit.repeat(n)));
    left -= n;
  }
  await write(Buffer.from(parts.tail));
  z.end();
  await done;
  return { name, data: Buffer.concat(out), size, declaredSize };
}

export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.stored ? 0 : 8;
    const declared = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
/** A worksheet part around the given sheetData content. */
export const sheetXml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';
export const SST_HEAD = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>`;
export const SST_TAIL = '</sst>';
export const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
