import type { Readable } from 'node:stream';
import { XlsxLimitError, type XlsxLimits } from './limits';
import { scanStream } from './scan-stream';
import type { XmlHandler } from './scanner';

// Shared strings: each <si> is the concatenation of its <t> (plain) or <r><t> (rich text), without the
// phonetic guides (<rPh><t>) that Japanese and some Chinese workbooks carry. They are the only thing held in
// memory while the sheet is read (its cells point into them).

/** The workbook's shared strings, in order; refused past lim.maxSharedStrings or lim.maxSharedStringsBytes. */
export async function readSharedStrings(stream: Readable, lim: XlsxLimits): Promise<string[]> {
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
