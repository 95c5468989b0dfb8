import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../helpers/http';
import { signedInPage, typeDate, useAppAndBrowser } from './server';

const app = useAppAndBrowser();

async function sheetFile(name: string, rows: unknown[][]) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cal-e2e-')), name);
  writeFileSync(file, await buildWorkbook(rows, 'Sheet1'));
  return file;
}

describe('the working-day calendar, as the administrator keeps it', () => {
  it('enters the 2027 notice with its make-up day, sees it in the month view, and imports 2028 after fixing a rejected row', async () => {
    const page = await signedInPage(app.browser, app.server.url);
    if (!(await page.getByTestId('menu-calendar').isVisible())) await page.getByTestId('menu-admin').click();
    await page.getByTestId('menu-calendar').click();
    await expect.poll(() => page.getByTestId('calendar-source-2026').innerText()).toBe('内置数据');
    // Before: 2027 is not covered, and the refusal says where to enter it.
    const before = await page.evaluate(() => fetch('/api/travel/publicity-end?start=2027-01-04&days=5').then((r) => r.json()));
    expect(before.fields[0].message).toContain('系统管理 → 工作日历');

    await page.getByTestId('calendar-new').click();
    await expect.poll(() => page.getByTestId('calendar-year').inputValue()).toBe('2027');
    await page.getByTestId('calendar-doc').fill('国办发明电〔2026〕9号');
    await typeDate(page, 'calendar-day-date-0', '2027-01-01');
    await page.getByTestId('calendar-day-name-0').fill('元旦');
    await page.getByTestId('calendar-add-day').click();
    await typeDate(page, 'calendar-day-date-1', '2027-02-20');
    // An option clicked while the dropdown still opens can miss (a loaded machine): pick until it shows.
    for (let attempt = 0; attempt < 3 && !(await page.getByTestId('calendar-day-kind-1').innerText()).includes('调休上班'); attempt++) {
      await page.getByTestId('calendar-day-kind-1').click();
      const option = page.locator('.ant-select-item-option').filter({ hasText: '调休上班', visible: true });
      await option.waitFor();
      await option.click();
      await page.waitForTimeout(200);
    }
    expect(await page.getByTestId('calendar-day-kind-1').innerText()).toContain('调休上班');
    await expect.poll(() => page.getByTestId('preview-2027-01-01').getAttribute('data-kind')).toBe('holiday');
    await expect.poll(() => page.getByTestId('preview-2027-02-20').getAttribute('data-kind')).toBe('workday');
    await page.getByTestId('calendar-save').click();
    await expect.poll(() => page.getByTestId('calendar-source-2027').innerText()).toBe('本办录入');
    expect(await page.getByTestId('calendar-year-2027').innerText()).toContain('国办发明电〔2026〕9号');
    // Now the working days of 2027 are counted: Mon 4 – Fri 8 January.
    const after = await page.evaluate(() => fetch('/api/travel/publicity-end?start=2027-01-04&days=5').then((r) => r.json()));
    expect(after).toMatchObject({ end: '2027-01-08', workingDays: 5 });

    // Import 2028: a wrong row rejects the sheet, listed with its reason; the corrected sheet goes in.
    const header = ['日期', '类型', '名称', '文号'];
    await page.getByTestId('calendar-import').click();
    await page
      .getByTestId('calendar-import-file')
      .locator('xpath=ancestor::span[contains(@class,"ant-upload")]//input[@type="file"]')
      .setInputFiles(await sheetFile('2028.xlsx', [header, ['2028-01-01', '放假', '元旦', '国办发明电〔2027〕1号'], ['2028-01-03', '加班', '元旦']]));
    await expect.poll(() => page.getByTestId('calendar-import-rejected').innerText()).toContain('类型应为“放假”或“调休上班”：加班');
    await page
      .getByTestId('calendar-import-file')
      .locator('xpath=ancestor::span[contains(@class,"ant-upload")]//input[@type="file"]')
      .setInputFiles(await sheetFile('2028-fixed.xlsx', [header, ['2028-01-01', '放假', '元旦', '国办发明电〔2027〕1号'], ['2028-01-02', '放假', '元旦']]));
    await expect.poll(() => page.getByTestId('calendar-source-2028').innerText()).toBe('本办录入');
    await page.context().close();
  });
});
