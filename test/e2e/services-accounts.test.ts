/**
 * A unit's account as the public and the office make it: the registration page without sign-in (the form, its two
 * files), the enquiry code, the office's approval on the review page, and the clerk's first sign-in.
 */
import { describe, expect, it } from 'vitest';
import { newCreditCode, PDF, PNG, STRONG_PASSWORD, VALID_ID } from '../helpers/registration';
import { choose, settled, signedInPage, useAppAndBrowser } from './server';

const app = useAppAndBrowser();

describe('unit accounts in the browser', () => {
  it('registers a unit on the public page, has it approved on the review page, and signs its clerk in', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/register-unit`);
    await settled(page);
    const username = `e2e_unit_${Date.now() % 1e6}`;
    const fill = (id: string, text: string) => page.getByTestId(id).fill(text);
    await fill('reg-unitNameZh', '杭州浏览器测试有限公司');
    await fill('reg-creditCode', newCreditCode());
    await choose(page, 'reg-districtId', '上城');
    await fill('reg-address', '杭州市上城区解放路1号');
    await fill('reg-clerkName', '王五');
    await fill('reg-clerkIdNumber', VALID_ID);
    await fill('reg-phone', '0571-87009999');
    await fill('reg-email', 'wangwu@example.com');
    await fill('reg-username', username);
    await fill('reg-password', STRONG_PASSWORD);
    await fill('reg-confirm', STRONG_PASSWORD);
    const inputs = page.locator('input[type=file]');
    await inputs.nth(0).setInputFiles({ name: '备案表.pdf', mimeType: 'application/pdf', buffer: PDF });
    await inputs.nth(1).setInputFiles({ name: '营业执照.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('reg-submit').click();
    const token = (await page.getByTestId('register-token').innerText({ timeout: 20_000 })).trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const office = await signedInPage(app.browser, app.server.url);
    await office.goto(`${app.server.url}/services/accounts/registrations`);
    await expect.poll(() => office.getByTestId('registrations-table').innerText()).toContain('杭州浏览器测试有限公司');
    await office.locator('button[data-testid^=approve-]:not([disabled])').first().click();
    await office.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => office.getByTestId('registrations-table').innerText()).not.toContain('杭州浏览器测试有限公司');

    await page.goto(`${app.server.url}/register-unit/status?token=${token}`);
    await expect.poll(() => page.getByTestId('status-state').innerText()).toBe('已通过');
    await page.goto(`${app.server.url}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(STRONG_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('current-user').innerText()).toContain('王五');
    await context.close();
    await office.context().close();
  }, 120_000);
});
