import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { HeaderNotFoundError, readSheet } from '../../../src/server/platform/files/excel';
import { readFirstSheetBatches, readFirstSheetRows, XlsxLimitError, type CellValue, type XlsxLimits } from '../../../src/server/platform/files/xlsx-reader';
import { translate } from '../../../src/server/platform/i18n/i18n';
import { deflated, deflatedRepeat, inline, SHEET_HEAD, SHEET_TAIL, sheetXml, SST_HEAD, SST_TAIL, zipOf, type ZipEntry } from '../../helpers/zip';

const dir = mkdtempSync(path.join(os.tmpdir(), 'xlsx-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
const tmp = () => path.join(dir, `f${++fileCount}.xlsx`);

async function readAll(file: string, limits?: Partial<XlsxLimits>): Promise<Array<{ rowNumber: number; cells: CellValue[] }>> {
  const rows = [];
  for await (const row of readFirstSheetRows(file, limits)) rows.push(row);
  return rows;
}

/** Excel's serial day number of a UTC calendar day. */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

type Writer = 'Workbook (shared strings)' | 'WorkbookWriter inline' | 'WorkbookWriter shared strings';
const WRITERS: Writer[] = ['Workbook (shared strings)', 'WorkbookWriter inline', 'WorkbookWriter shared strings'];

/** Writes rows (1-based as given; undefined leaves a gap) to the first sheet, and a decoy second sheet. */
async function writeWith(writer: Writer, rows: unknown[][]): Promise<string> {
  const file = tmp();
  if (writer === 'Workbook (shared strings)') {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    rows.forEach((r) => ws.addRow(r));
    wb.addWorksheet('second').addRow(['not', 'this', 'one']);
    await wb.xlsx.writeFile(file);
  } else {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: writer === 'WorkbookWriter shared strings', useStyles: true });
    const ws = wb.addWorksheet('台账');
    rows.forEach((r) => ws.addRow(r).commit());
    ws.commit();
    const second = wb.addWorksheet('second');
    second.addRow(['not', 'this', 'one']).commit();
    second.commit();
    await wb.commit();
  }
  return file;
}

const MIXED: unknown[][] = [
  ['name', 'count', 'flag', 'when', 'note'],
  [{ richText: [{ text: 'KIM ', font: { bold: true } }, { text: 'MINSU' }] }, 3, true, new Date(Date.UTC(2025, 0, 1)), 'A & B <c> "q" \'s\''],
  ['田中花子', 2.5, false, new Date(Date.UTC(1991, 3, 2)), '   '],
  [
    { formula: 'B2+B3', result: 5.5 },
    { formula: 'UPPER("x")', result: 'X' },
    { error: '#N/A' },
    { formula: 'NOW()' },
    { text: 'link', hyperlink: 'https://example.org' },
  ],
  ['gap', null, null, null, 'after gap'],
  [],
  ['  lead and trail  ', -1e-7, 12345678901234, 'line1\nline2', '中文 & <符号>'],
];

describe('readFirstSheetRows on workbooks written by ExcelJS', () => {
  it.each(WRITERS)('%s: values, types, gaps, formulas, errors, dates as serials', async (writer) => {
    const rows = await readAll(await writeWith(writer, MIXED));
    const byNumber = new Map(rows.map((r) => [r.rowNumber, r.cells]));
    expect(byNumber.get(1)).toEqual(['name', 'count', 'flag', 'when', 'note']);
    expect(byNumber.get(2)).toEqual(['KIM MINSU', 3, true, serial(2025, 1, 1), 'A & B <c> "q" \'s\'']);
    expect(byNumber.get(2)?.[3]).toBe(45658);
    expect(byNumber.get(3)).toEqual(['田中花子', 2.5, false, serial(1991, 4, 2), '   ']);
    expect(byNumber.get(4)).toEqual([5.5, 'X', null, null, 'link']);
    expect(byNumber.get(5)).toEqual(['gap', null, null, null, 'after gap']);
    expect(byNumber.get(6) ?? []).toEqual([]);
    expect(byNumber.get(7)).toEqual(['  lead and trail  ', -1e-7, 12345678901234, 'line1\nline2', '中文 & <符号>']);
    expect(rows.flatMap((r) => r.cells)).not.toContain('not'); // the second worksheet is ignored
  });

  it.each(WRITERS)('%s: 3000+ rows of Chinese text survive every chunk boundary', async (writer) => {
    const note = (i: number) => `第${i}行：居住在西湖区北山街道，工作单位为某某大学国际交流学院，签证类型为学习类居留许可${'𠮷'.repeat(i % 5)}`;
    const rows: unknown[][] = [['证件号码', '国籍', '备注']];
    for (let i = 1; i <= 3200; i++) rows.push([`E${String(i).padStart(8, '0')}`, i % 2 ? '大韩民国' : '日本', note(i)]);
    const read = await readAll(await writeWith(writer, rows));
    expect(read).toHaveLength(3201);
    read.slice(1).forEach((r, i) => {
      expect(r.rowNumber).toBe(i + 2);
      expect(r.cells).toEqual([`E${String(i + 1).padStart(8, '0')}`, (i + 1) % 2 ? '大韩民国' : '日本', note(i + 1)]);
    });
  });

  it('reads cell for cell what ExcelJS itself reads', async () => {
    const file = await writeWith('Workbook (shared strings)', MIXED);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const expected = new Map<number, CellValue[]>();
    wb.worksheets[0].eachRow({ includeEmpty: false }, (row) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = cell.value as unknown;
        let plain: CellValue;
        if (v instanceof Date) plain = v.getTime() / 86_400_000 + 25_569;
        else if (v && typeof v === 'object')
          plain = 'richText' in v ? cell.text : 'error' in v ? null : 'formula' in v ? ((v as { result?: CellValue }).result ?? null) : cell.text;
        else plain = v as CellValue;
        while (cells.length < col - 1) cells.push(null);
        cells[col - 1] = plain;
      });
      expected.set(row.number, cells);
    });
    // Both ways round: every row ExcelJS sees, and nothing else (a reader yielding nothing must fail here).
    const read = new Map((await readAll(file)).filter((r) => r.cells.length).map((r) => [r.rowNumber, r.cells]));
    expect(expected.size).toBe(MIXED.filter((r) => r.length).length);
    expect([...read.keys()]).toEqual([...expected.keys()]);
    for (const [n, cells] of expected) expect(read.get(n), `row ${n}`).toEqual(cells);
  });
});

/** A minimal .xlsx made by hand, as some writers produce it (no r attributes, prefixes, phonetic runs...). */
async function handmade(parts: Record<string, string>): Promise<string> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  const file = tmp();
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const WORKBOOK = (sheets: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}><sheets>${sheets}</sheets></workbook>`;
const RELS = (rels: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
const SHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const SST_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';

describe('readFirstSheetRows on hand-made workbooks', () => {
  it('places cells and rows without r attributes one after another', async () => {
    const file = await handmade({
      'xl/worksheets/sheet1.xml':
        `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>` +
        '<row><c t="inlineStr"><is><t>证件号码</t></is></c><c t="s"><v>0</v></c><c><v>7</v></c></row>' +
        '<row><c t="s"><v>1</v></c><c/><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c t="str"><v>x</v></c></row>' +
        '<row r="5"><c r="C5"><v>1.5</v></c><c><v>2</v></c></row>' +
        '<row><c t="inlineStr"><is><r><t>ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch </t></r></is></c></row>' +
        '</sheetData></worksheet>',
      'xl/sharedStrings.xml':
        `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="2" uniqueCount="2">` +
        '<si><t>国籍</t></si><si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si></sst>',
    });
    expect(await readAll(file)).toEqual([
      { rowNumber: 1, cells: ['证件号码', '国籍', 7] },
      { rowNumber: 2, cells: ['東京', null, true, null, 'x'] },
      { rowNumber: 5, cells: [null, null, 1.5, 2] },
      { rowNumber: 6, cells: ['rich '] },
    ]);
  });

  it('follows workbook.xml to the first sheet and copes with what other writers emit', async () => {
    const file = await handmade({
      'xl/workbook.xml': WORKBOOK('<sheet name="第一" sheetId="7" r:id="rId9"/><sheet name="第二" sheetId="1" r:id="rId1"/>'),
      'xl/_rels/workbook.xml.rels': RELS(
        `<Relationship Id="rId1" Type="${SHEET_REL}" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId9" Type="${SHEET_REL}" Target="/xl/worksheets/data.xml"/>` +
          `<Relationship Id="rId3" Type="${SST_REL}" Target="strings.xml"/>`,
      ),
      'xl/worksheets/sheet1.xml': `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>999</v></c></row></sheetData></worksheet>`,
      'xl/strings.xml': `<sst ${NS}><si><t>shared &amp; found</t></si><si/></sst>`,
      'xl/worksheets/data.xml':
        '\ufeff<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- written by hand -->' +
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:D3"/><x:sheetData>' +
        "<x:row r='1' spans='1:4'><x:c r='A1' t='s' s='3'><x:v>0</x:v></x:c><x:c r='B1' t='s'><x:v>1</x:v></x:c>" +
        '<x:c r="D1" t="inlineStr"><x:is><x:t><![CDATA[<raw> & kept]]></x:t></x:is></x:c></x:row>' +
        '<x:row r="3" customFormat="a>b"><x:c r="A3" t="str"><x:f>CONCAT("&#20013;","x")</x:f><x:v>&#20013;&#x6587;&lt;&gt;&quot;&apos;</x:v></x:c>' +
        '<x:c r="B3" t="d"><x:v>2025-01-01</x:v></x:c><x:c r="C3" t="str"><x:v>a\r\nb</x:v></x:c><x:c r="AA3"><x:v>1E3</x:v></x:c></x:row>' +
        '</x:sheetData><x:mergeCells count="0"/></x:worksheet>',
    });
    const rows = await readAll(file);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ rowNumber: 1, cells: ['shared & found', '', null, '<raw> & kept'] });
    expect(rows[1].rowNumber).toBe(3);
    expect(rows[1].cells.slice(0, 3)).toEqual(['中文<>"\'', 45658, 'a\nb']);
    expect(rows[1].cells).toHaveLength(27);
    expect(rows[1].cells[26]).toBe(1000);
  });

  it('falls back to xl/worksheets/sheet1.xml without a workbook part', async () => {
    const file = await handmade({ 'xl/worksheets/sheet1.xml': `<worksheet ${NS}><sheetData><row r="2"><c r="B2"><v>4</v></c></row></sheetData></worksheet>` });
    expect(await readAll(file)).toEqual([{ rowNumber: 2, cells: [null, 4] }]);
  });
});

describe('readSheet on the lean reader', () => {
  const specs = [
    { key: 'name', headers: ['name'] },
    { key: 'count', headers: ['count'] },
    { key: 'note', headers: ['note'] },
  ] as const;

  it.each(WRITERS)('%s: keys values by field and turns blank strings into null', async (writer) => {
    const file = await writeWith(writer, [['标题行'], [], ...MIXED]);
    const headers: number[] = [];
    const rows = [];
    for await (const row of readSheet(file, specs, ['name'], (h) => headers.push(h.rowNumber))) rows.push(row);
    expect(headers).toEqual([3]);
    expect(rows.map((r) => r.rowNumber)).toEqual([4, 5, 6, 7, 9]);
    expect(rows[0].values).toEqual({ name: 'KIM MINSU', count: 3, note: 'A & B <c> "q" \'s\'' });
    expect(rows[1].values).toEqual({ name: '田中花子', count: 2.5, note: null });
    expect(rows[1].raw).toEqual(['田中花子', 2.5, false, serial(1991, 4, 2), null]);
    expect(rows[4].values.name).toBe('  lead and trail  ');
  });

  it('keeps at most the header row’s width (256 to 1,024 columns) of each row as raw', async () => {
    const file = await handmade({
      'xl/worksheets/sheet1.xml':
        `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>` +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>KIM</t></is></c><c r="XFD2"><v>9</v></c></row></sheetData></worksheet>',
    });
    const rows = [];
    for await (const row of readSheet(file, specs, ['name'])) rows.push(row);
    expect(rows).toHaveLength(1);
    expect(rows[0].values).toEqual({ name: 'KIM' });
    expect(rows[0].raw).toHaveLength(256);
  });

  it('reads a stream as well as a path', async () => {
    const file = await writeWith('WorkbookWriter inline', MIXED);
    const rows = [];
    for await (const row of readSheet(createReadStream(file), specs, ['name'])) rows.push(row.values.name);
    expect(rows).toEqual(['KIM MINSU', '田中花子', 5.5, 'gap', '  lead and trail  ']);
  });

  it('still says when no header row is found in the first 20 rows', async () => {
    const file = await writeWith(
      'Workbook (shared strings)',
      Array.from({ length: 30 }, (_, i) => [`row ${i}`]),
    );
    await expect(async () => {
      for await (const _ of readSheet(file, specs, ['name'])) {
        /* none */
      }
    }).rejects.toBeInstanceOf(HeaderNotFoundError);
    const empty = await writeWith('WorkbookWriter inline', [['x']]);
    await expect(async () => {
      for await (const _ of readSheet(empty, specs, ['name'])) {
        /* none */
      }
    }).rejects.toBeInstanceOf(HeaderNotFoundError);
  });
});

describe('readFirstSheetRows on malicious uploads', () => {
  const zipFile = (entries: ZipEntry[]) => {
    const file = tmp();
    writeFileSync(file, zipOf(entries));
    return file;
  };
  /** The reason readAll fails with, as the office reads it (zh-CN), or 'read' when it does not fail. */
  const refusal = async (file: string, limits?: Partial<XlsxLimits>) => {
    try {
      for await (const _ of readFirstSheetBatches(file, limits)) {
        /* rows dropped: the test holds nothing */
      }
      return 'read';
    } catch (err) {
      if (!(err instanceof XlsxLimitError)) throw err;
      return translate('zh-CN', err.key, err.params);
    }
  };
  const oneCell = (ref: string, rowAttr = '') => zipFile([deflated('xl/worksheets/sheet1.xml', sheetXml(`<row${rowAttr}><c r="${ref}"><v>1</v></c></row>`))]);

  it('refuses cell references beyond XFD1048576 with the reference in the reason, and reads XFD1048576', async () => {
    // AAAAAAA2 once sized a row array of 8 billion cells and killed the process.
    expect(await refusal(oneCell('AAAAAAA2'))).toBe('单元格引用 AAAAAAA2 超出 Excel 的范围（最大为 XFD1048576），文件可能已损坏');
    expect(await refusal(oneCell('XFE1'))).toMatch(/^单元格引用 XFE1 超出/);
    expect(await refusal(oneCell('XFD1048577'))).toMatch(/^单元格引用 XFD1048577 超出/);
    expect(await refusal(oneCell('A99999999999999999999'))).toMatch(/^单元格引用 A99999999999999999999 超出/);
    expect(await refusal(oneCell('A1', ' r="1048577"'))).toBe('行号 1048577 超出 Excel 的范围（最多 1048576 行），文件可能已损坏');
    const last = await readAll(oneCell('XFD1048576', ' r="1048576"'));
    expect(last).toHaveLength(1);
    expect(last[0].rowNumber).toBe(1_048_576);
    expect(last[0].cells).toHaveLength(16_384);
    expect(last[0].cells[16_383]).toBe(1);
  });

  it('refuses a run of text longer than any cell, which would be scanned again with every chunk', async () => {
    const long = (n: number) =>
      zipFile([deflated('xl/worksheets/sheet1.xml', sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(n)}</t></is></c></row>`))]);
    expect(await refusal(long(3 * 1024 * 1024))).toMatch(/^文件中有一段文本超过 1 MB/);
    // A long but real cell (Excel's 32,767 characters) reads.
    expect((await readAll(long(32_767)))[0].cells[0]).toHaveLength(32_767);
  });

  it('refuses cells without references past column XFD, and more rows than Excel has', async () => {
    const wide = zipFile([deflated('xl/worksheets/sheet1.xml', sheetXml(`<row r="3">${'<c><v>1</v></c>'.repeat(16_385)}</row>`))]);
    expect(await refusal(wide)).toBe('第 3 行的单元格超出 Excel 的 16384 列（XFD 列），文件可能已损坏');
    const exact = zipFile([deflated('xl/worksheets/sheet1.xml', sheetXml(`<row r="3">${'<c><v>1</v></c>'.repeat(16_384)}</row>`))]);
    expect((await readAll(exact))[0].cells).toHaveLength(16_384);
    // Rows numbered again and again from 1: the count is bounded, not only the numbers.
    const many = zipFile([await deflatedRepeat('xl/worksheets/sheet1.xml', { head: SHEET_HEAD, unit: '<row r="1"/>', count: 1_048_577, tail: SHEET_TAIL })]);
    expect(await refusal(many, { maxRatio: Number.POSITIVE_INFINITY })).toBe('表中的行数超过 Excel 的上限 1048576 行，文件可能已损坏');
  });

  it('hands wide rows over a bounded number of cells at a time', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`).join('');
    const file = zipFile([deflated('xl/worksheets/sheet1.xml', sheetXml(rows))]);
    const sizes: number[] = [];
    let count = 0;
    for await (const batch of readFirstSheetBatches(file)) {
      sizes.push(batch.reduce((n, r) => n + r.cells.length, 0));
      count += batch.length;
    }
    expect(count).toBe(300);
    // 300 rows of 16,384 cells are 4.9 M cells: never more than about 1 M in one hand-over.
    expect(Math.max(...sizes)).toBeLessThanOrEqual((1 << 20) + 16_384);
    expect(sizes.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a part by its declared size before inflating it', async () => {
    // The data is not even deflate: had the reader inflated it, it would fail with a zlib error instead.
    const file = zipFile([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('not deflate at all'), size: 18, declaredSize: 300 * 1024 * 1024 }]);
    expect(await refusal(file)).toBe('文件解压后过大（超过 200 MB），疑似恶意文件');
    const sst = zipFile([
      deflated('xl/worksheets/sheet1.xml', sheetXml('')),
      { name: 'xl/sharedStrings.xml', data: Buffer.from('x'), size: 1, declaredSize: 101 * 1024 * 1024 },
    ]);
    expect(await refusal(sst)).toBe('文件解压后过大（超过 100 MB），疑似恶意文件');
  });

  it('refuses a large part compressed more than 100:1', async () => {
    // 30 MB of one repeated row: legal in size, but ~1000:1 where ExcelJS's and Excel's sheets are 8-15:1.
    const bomb = await deflatedRepeat('xl/worksheets/sheet1.xml', {
      head: SHEET_HEAD,
      unit: `<row>${inline('A1', ' '.repeat(200))}</row>`,
      count: 130_000,
      tail: SHEET_TAIL,
    });
    expect(bomb.size).toBeGreaterThan(25 * 1024 * 1024);
    expect(await refusal(zipFile([bomb]))).toMatch(/^文件压缩比异常（\d+:1，上限 100:1），疑似恶意文件$/);
  });

  it('counts the bytes that come out, whatever the zip declares: a 300 MB sheet declared as 1 KB', async () => {
    const lying = await deflatedRepeat(
      'xl/worksheets/sheet1.xml',
      { head: SHEET_HEAD, unit: `<row>${inline('A1', ' '.repeat(300))}</row>`, count: 900_000, tail: SHEET_TAIL },
      1024,
    );
    expect(lying.size).toBeGreaterThan(300 * 1024 * 1024);
    expect(lying.data.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    expect(await refusal(zipFile([lying]))).toBe('文件解压后过大（超过 200 MB），疑似恶意文件');
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
    // The same with the shared strings, which are held in memory, and the small workbook parts.
    const strings = await deflatedRepeat(
      'xl/sharedStrings.xml',
      { head: SST_HEAD, unit: `<si><t>${'字'.repeat(100)}</t></si>`, count: 20_000, tail: SST_TAIL },
      1024,
    );
    expect(await refusal(zipFile([deflated('xl/worksheets/sheet1.xml', sheetXml('')), strings]), { maxSharedStringsBytes: 1024 * 1024 })).toBe(
      '文件解压后过大（超过 1 MB），疑似恶意文件',
    );
    const workbook = await deflatedRepeat('xl/workbook.xml', { head: '<workbook>', unit: '<x/>', count: 1_000_000, tail: '</workbook>' }, 100);
    const rels = deflated('xl/_rels/workbook.xml.rels', '<Relationships/>');
    expect(await refusal(zipFile([deflated('xl/worksheets/sheet1.xml', sheetXml('')), workbook, rels]), { maxPartBytes: 1024 * 1024 })).toBe(
      '文件解压后过大（超过 1 MB），疑似恶意文件',
    );
  }, 60_000);

  it('refuses too many shared strings and too many zip entries', async () => {
    const sst = deflated('xl/sharedStrings.xml', `${SST_HEAD}${'<si><t>a</t></si>'.repeat(11)}${SST_TAIL}`);
    const sheet = deflated('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1" t="s"><v>10</v></c></row>'));
    expect(await refusal(zipFile([sheet, sst]), { maxSharedStrings: 10 })).toBe('文件中的文本条目超过 10 条，无法导入');
    expect(await readAll(zipFile([sheet, sst]), { maxSharedStrings: 11 })).toEqual([{ rowNumber: 1, cells: ['a'] }]);
    const entries = [sheet, ...Array.from({ length: 20 }, (_, i) => deflated(`xl/media/image${i}.png`, 'x'))];
    expect(await refusal(zipFile(entries), { maxEntries: 20 })).toBe('文件包含 21 个部件（上限 20 个），疑似恶意文件');
    expect(await refusal(zipFile(entries), { maxEntries: 21 })).toBe('read');
  });
});
