import { posix } from 'node:path';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type unzipper from 'unzipper';
import type { XlsxLimits } from './limits';
import { readSmallPart } from './zip-guard';

// Locating the first sheet: workbook.xml names the sheets in order, its relationships say which part each is
// and where the shared strings are. Both are small, so they go through saxes.

/** The paths of the first sheet and of the shared strings (the usual ones when the workbook does not say). */
export async function locateParts(entry: (p: string) => unzipper.File | undefined, lim: XlsxLimits): Promise<{ sheetPath: string; sharedStringsPath: string }> {
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
