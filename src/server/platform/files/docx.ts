/**
 * Building blocks of the Word documents the modules draft in code: paragraphs, tables of fixed widths,
 * an A4 page, and packing a document into a Buffer. They know no module.
 *
 * Every run names a Simplified Chinese font for East Asian text (SimSun, SimHei for titles) as well as Times
 * New Roman for Latin text, so Word and WPS on an office PC never fall back to a Japanese or Western face.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IFontAttributesProperties,
} from 'docx';
import type { Locale } from '@shared/contracts/common';

export { AlignmentType, Paragraph, Table };

const LATIN = 'Times New Roman';
export const BODY_FONT: IFontAttributesProperties = { ascii: LATIN, hAnsi: LATIN, eastAsia: 'SimSun', cs: LATIN };
export const TITLE_FONT: IFontAttributesProperties = { ascii: LATIN, hAnsi: LATIN, eastAsia: 'SimHei', cs: LATIN };
export const HEADING_FONT: IFontAttributesProperties = { ascii: LATIN, hAnsi: LATIN, eastAsia: 'SimHei', cs: LATIN };
/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
export const SIZE = { title: 44, formTitle: 36, body: 28, small: 24, table: 21 };

export interface RunStyle {
  bold?: boolean;
  size?: number;
  font?: IFontAttributesProperties;
}

/** Runs of a text, one line per line of the text: every run names both fonts. */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(/\r?\n/).map(
    (line, i) =>
      new TextRun({
        text: line,
        bold: style.bold,
        size: style.size,
        font: style.font ?? BODY_FONT,
        break: i > 0 ? 1 : undefined,
      }),
  );
}

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
export type ParaStyle = RunStyle & { align?: Align; indent?: boolean; before?: number; after?: number; line?: number };

/** A paragraph, justified unless told otherwise; `indent` indents its first line by two characters. */
export function para(text: string, o: ParaStyle = {}): Paragraph {
  return new Paragraph({
    children: runs(text, o),
    alignment: o.align ?? AlignmentType.BOTH,
    indent: o.indent ? { firstLine: (o.size ?? SIZE.body) * 20 } : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line },
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const THICK = { style: BorderStyle.SINGLE, size: 12, color: '000000' };

export interface CellSpec {
  text?: string;
  paragraphs?: Paragraph[];
  span?: number;
  bold?: boolean;
  align?: Align;
  shade?: boolean;
}
export type CellInput = string | number | null | CellSpec;

/** A table of fixed column widths (twips): Word, WPS and LibreOffice lay it out alike. */
export function table(widths: number[], rows: CellInput[][], o: { header?: boolean; size?: number; minHeight?: number; outer?: boolean } = {}): Table {
  const size = o.size ?? SIZE.table;
  const built = rows.map((cells, r) => {
    let col = 0;
    const children = cells.map((input) => {
      const spec: CellSpec = input !== null && typeof input === 'object' ? input : { text: input === null ? '' : String(input) };
      const span = spec.span ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const bold = spec.bold ?? (o.header && r === 0);
      return new TableCell({
        children: spec.paragraphs ?? [
          para(spec.text ?? '', {
            size,
            bold,
            line: 300,
            align: spec.align ?? (o.header && r === 0 ? AlignmentType.CENTER : AlignmentType.LEFT),
          }),
        ],
        columnSpan: span > 1 ? span : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        shading: spec.shade || (o.header && r === 0) ? { fill: 'F2F2F2', type: 'clear', color: 'auto' } : undefined,
      });
    });
    return new TableRow({
      children,
      tableHeader: o.header && r === 0,
      cantSplit: true,
      height: o.minHeight ? { value: o.minHeight, rule: HeightRule.ATLEAST } : undefined,
    });
  });
  const outer = o.outer ? THICK : THIN;
  return new Table({
    rows: built,
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    borders: { top: outer, bottom: outer, left: outer, right: outer, insideHorizontal: THIN, insideVertical: THIN },
  });
}

/** Splits a content width into columns by weight, the last taking what rounding left. */
export function columns(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const MM = 56.692913; // twips per millimetre
const A4 = { width: 11906, height: 16838 };

/** Page margins in millimetres. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The width between the side margins (mm) of an A4 page, in twips. */
export const contentWidth = (left: number, right: number) => Math.floor(A4.width - (left + right) * MM);

/** One A4 section of `children` as a .docx file; the text's language is the caller's, East Asian runs Chinese. */
export async function packA4(locale: Locale, title: string, margins: Margins, children: Array<Paragraph | Table>): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'waishi',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: SIZE.small, language: { value: locale, eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 360 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: {
              top: Math.round(margins.top * MM),
              right: Math.round(margins.right * MM),
              bottom: Math.round(margins.bottom * MM),
              left: Math.round(margins.left * MM),
              header: Math.round(15 * MM),
              footer: Math.round(15 * MM),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The media type of a .docx download. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
