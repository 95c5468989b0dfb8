/** Lays out rendered template blocks on an A4 page in the office's style (公文: 黑体 title, 四号 body, 2-character indent). */
import type { Locale } from '@shared/contracts/common';
import { AlignmentType, columns, contentWidth, packA4, para, Paragraph, SIZE, table, TITLE_FONT, type Table } from '@server/platform/files/docx';
import type { RenderedBlock } from './templates.render';

const MARGINS = { top: 37, right: 26, bottom: 35, left: 28 };
const WIDTH = contentWidth(MARGINS.left, MARGINS.right);

function blockToDocx(b: RenderedBlock): Paragraph | Table {
  switch (b.kind) {
    case 'title':
      return para(b.text, { align: AlignmentType.CENTER, size: SIZE.formTitle, font: TITLE_FONT, before: 240, after: 360 });
    case 'right':
      return para(b.text, { align: AlignmentType.RIGHT, size: SIZE.body, line: 480 });
    case 'flush':
      return para(b.text, { size: SIZE.body, line: 480 });
    case 'blank':
      return para('', { size: SIZE.body, line: 480 });
    case 'para':
      return para(b.text, { size: SIZE.body, indent: true, line: 480 });
    case 'table': {
      const cols = Math.max(...b.rows.map((r) => r.length));
      const rows = b.rows.map((r) => [...r, ...Array<string>(cols - r.length).fill('')]);
      return table(columns(WIDTH, Array<number>(cols).fill(1)), rows, { header: true });
    }
  }
}

/** One document of one or more parts (a language each); every part after the first starts on a new page. */
export async function packBlocks(locale: Locale, title: string, parts: RenderedBlock[][]): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  parts.forEach((blocks, i) => {
    if (i > 0) children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
    children.push(...blocks.map(blockToDocx));
  });
  return packA4(locale, title, MARGINS, children);
}
