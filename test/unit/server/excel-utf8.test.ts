import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../src/server/platform/files/excel';

describe('streaming read of Chinese text', () => {
  it('never splits a character at a chunk boundary (patched ExcelJS)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'utf8-'));
    const file = path.join(dir, 'zh.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['证件号码', '国籍', '备注']);
    const note = (i: number) => `第${i}行：居住在西湖区北山街道，工作单位为某某大学国际交流学院，签证类型为学习类居留许可`;
    for (let i = 1; i <= 3000; i++) ws.addRow([`E${String(i).padStart(8, '0')}`, '大韩民国', note(i)]);
    await wb.xlsx.writeFile(file);
    let rows = 0;
    for await (const row of readSheet(
      file,
      [
        { key: 'doc', headers: ['证件号码'] },
        { key: 'nat', headers: ['国籍'] },
        { key: 'note', headers: ['备注'] },
      ],
      ['doc'],
    )) {
      rows++;
      expect(row.values.nat).toBe('大韩民国');
      expect(row.values.note).toBe(note(rows));
    }
    expect(rows).toBe(3000);
    rmSync(dir, { recursive: true, force: true });
  });
});
