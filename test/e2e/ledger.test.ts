import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settled, signedInPage, signIn, useAppAndBrowser } from './server';
import { td3 } from './mrz';

const app = useAppAndBrowser();

async function chooseArea(page: Page, testId: string, name: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(name);
  await page.locator(`.ant-select-tree-node-content-wrapper[title="${name}"]`).filter({ visible: true }).first().click();
}

async function ledgerSheet(file: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['上城区境外人员台账（2026年11月）']);
  ws.addRow(['序号', '英文姓名', '中文姓名', '性别', '国籍', '护照号码', '出生日期', '区县', '街道', '社区', '入境日期', '签证类型', '签证有效期至']);
  ws.addRow([
    1,
    'TANAKA HANAKO',
    '田中花子',
    '女',
    '日本',
    'ＴＺ１２３４５６７',
    '1991年4月2日',
    '上城区',
    '清波街道',
    '清波门社区',
    '2026.11.10',
    'X1',
    '2027-07-31',
  ]);
  ws.addRow([
    2,
    'MUELLER ANNA',
    null,
    '女',
    '联邦德国',
    'C01X00T47',
    new Date(Date.UTC(1985, 5, 30)),
    '上城区',
    '清波街道',
    '劳动路社区',
    '2026/11/20',
    '工作类居留许可',
    '2028-01-15',
  ]);
  ws.addRow([3, 'NOBODY KNOWN', null, '男', '纳尼亚', 'X0000001', '1980-01-01', '上城区', '清波街道', '清波门社区', '2026-11-01', 'L', '2026-12-01']);
  await wb.xlsx.writeFile(file);
}

describe('the ledger, as an office worker uses it', () => {
  it('creates a resident from an MRZ, imports a sheet, filters, exports and sees the daily counts (中文)', async () => {
    const page = await signedInPage(app.browser, app.server.url);

    // A new file from a pasted passport MRZ: the form fills itself.
    await page.getByTestId('menu-residents').click();
    await page.getByTestId('resident-new').click();
    const mrz = td3({ state: 'KOR', surname: 'KIM', given: 'MINSU', number: 'M12345678', nationality: 'KOR', birth: '900301', sex: 'M', expiry: '320115' });
    await page.getByTestId('mrz-input').fill(mrz);
    await page.getByTestId('mrz-ok').waitFor();
    await expect.poll(() => page.getByTestId('field-surname').inputValue()).toBe('KIM');
    expect(await page.getByTestId('field-docNumber').inputValue()).toBe('M12345678');
    await page.getByTestId('field-nameZh').fill('金民洙');
    await chooseArea(page, 'field-orgUnitId', '清波门社区');
    await page.getByTestId('resident-save').click();
    await page.getByTestId('resident-name').waitFor();
    expect(await page.getByTestId('resident-name').innerText()).toContain('KIM');
    await page.getByTestId('movements').waitFor();

    // A wrong check digit is shown, not accepted.
    await page.getByTestId('menu-residents').click();
    await page.getByTestId('resident-new').click();
    await page.getByTestId('mrz-input').fill(mrz.slice(0, -1) + (mrz.endsWith('0') ? '1' : '0'));
    await page.getByTestId('mrz-check-error').waitFor();

    // Import the office's own sheet: two good rows, one with an unknown country.
    const sheet = path.join(os.tmpdir(), `ledger-${Date.now()}.xlsx`);
    await ledgerSheet(sheet);
    await page.getByTestId('menu-import').click();
    await page.getByTestId('import-upload').setInputFiles(sheet);
    await page.getByTestId('job-result').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await page.getByTestId('job-inserted').innerText()).replace(/\D/g, '')).toBe('2');
    expect((await page.getByTestId('job-rejected').innerText()).replace(/\D/g, '')).toBe('1');
    await page.getByTestId('job-error-file').waitFor();

    // Filter by pinyin initials, then export exactly what is filtered.
    await page.getByTestId('menu-residents').click();
    await page.getByTestId('residents-table').waitFor();
    await expect.poll(async () => page.locator('[data-testid="residents-table"] tbody tr.ant-table-row').count()).toBe(3);
    await page.getByTestId('filter-q').locator('input').fill('tzhz');
    await page.getByTestId('filter-q').locator('input').press('Enter');
    await expect.poll(async () => page.locator('[data-testid="residents-table"] tbody tr.ant-table-row').count()).toBe(1);
    expect(page.url()).toContain('q=tzhz');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('resident-export').click()]);
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
    const rows = exported.worksheets[0].getSheetValues().filter(Boolean);
    expect(rows.length).toBe(2); // header + the one filtered person
    expect(JSON.stringify(rows[1])).toContain('TZ1234567');

    // Reset and look at the ledger as the README shows it.
    await page.getByTestId('filter-reset').click();
    await expect.poll(async () => page.locator('[data-testid="residents-table"] tbody tr.ant-table-row').count()).toBe(3);
    await settled(page);
    await page.screenshot({ path: 'docs/screenshots/residents.png' });

    // The daily counts come from these records.
    await page.getByTestId('menu-dashboard').click();
    await expect.poll(async () => (await page.getByTestId('stat-total').innerText()).replace(/[^\d]/g, '')).toBe('3');
    await page.getByTestId('chart-nationality').locator('canvas').first().waitFor();
    await settled(page);
    await page.screenshot({ path: 'docs/screenshots/dashboard.png' });
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('daily-download').click()]);
    const daily = new ExcelJS.Workbook();
    await daily.xlsx.load((await readFile((await report.path())!)) as unknown as ExcelJS.Buffer);
    expect(String(daily.worksheets[0].getCell('A1').value)).toContain('12:00');
    await page.context().close();
  });

  it('speaks English when the user switches, and remembers it', async () => {
    const page = await signedInPage(app.browser, app.server.url);
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('menu-residents').innerText()).toMatch(/[A-Za-z]/);
    await page.getByTestId('menu-residents').click();
    await page.getByTestId('residents-table').waitFor();
    const header = await page.locator('[data-testid="residents-table"] thead').innerText();
    expect(header).not.toMatch(/[\u4e00-\u9fff]{2}/);
    // Remembered on the account: a fresh sign-in comes back in English.
    await page.getByTestId('logout').click();
    await signIn(page, app.server.url);
    expect(await page.getByTestId('menu-residents').innerText()).toMatch(/^[\x20-\x7e]+$/);
    await page.getByTestId('menu-dashboard').click();
    await page.getByTestId('stat-total').waitFor();
    await settled(page);
    await page.screenshot({ path: 'docs/screenshots/dashboard-en.png' });
    await page.context().close();
  });
});
