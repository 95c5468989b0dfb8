/**
 * The legalization pages in Chromium: the office's table of states, the register of what was issued, and the public
 * check of a number by someone who is not signed in (in both languages). The app runs in this process on a fresh
 * database, and the case is opened and issued through the window's routes before the browser looks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { clock } from '../../src/server/clock';
import { createTestContext, makeSubtree, signIn as apiSignIn, TEST_PASSWORD, type Client, type TestContext } from '../helpers/app';
import { makeUnit } from '../helpers/travel';
import { issueThroughWindow, itemBody, openLegalization } from '../helpers/legalization';
import { launchBrowser, settled } from './server';

let ctx: TestContext;
let browser: Browser;
let url: string;
let staff: Client;
let number: string;

beforeAll(async () => {
  // The browser keeps the session cookie by its real expiry, so the app's clock stays at the moment the file starts.
  ctx = await createTestContext();
  const A = await makeSubtree(ctx);
  const unit = await makeUnit(ctx, A.districtId, '甲区教育局');
  staff = await apiSignIn(ctx, 'office_staff', ctx.cityId);
  const applicant = await apiSignIn(ctx, 'unit_applicant', unit);
  const id = await openLegalization(applicant);
  await applicant.post(`/api/services/legalizations/${id}/items`, itemBody({ holderName: '张三', pieces: 2, issuedOn: clock.today() }));
  await applicant.post(
    `/api/services/legalizations/${id}/items`,
    itemBody({ docType: 'company_licence', countryOfUse: 'VNM', issuer: '市场监管局', issuedOn: clock.today() }),
  );
  await issueThroughWindow(applicant, staff, id);
  number = `A${clock.today().slice(0, 4)}-000001`;
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const address = ctx.app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

async function staffPage(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' })).newPage();
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(staff.username);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
  return page;
}

const shots = process.env.SCREENSHOT_DIR;

describe('legalization pages', () => {
  it('shows the table of states with its sources, and the register of what was issued', async () => {
    const page = await staffPage();
    await page.goto(`${url}/services/legalization/states`);
    await page.getByTestId('states-table').waitFor();
    await page.getByTestId('states-search').locator('input').fill('IND');
    await expect.poll(() => page.getByTestId('states-table').innerText()).toContain('印度');
    await page.getByTestId('states-search').locator('input').fill('');
    await settled(page);
    if (shots) await page.screenshot({ path: `${shots}/legalization-states.png`, fullPage: true });

    await page.goto(`${url}/services/legalization/register`);
    await page.getByTestId('register-table').getByText(number).waitFor();
    expect(await page.getByTestId('register-table').innerText()).toContain(`L${clock.today().slice(0, 4)}-000001`);
    await settled(page);
    if (shots) await page.screenshot({ path: `${shots}/legalization-register.png`, fullPage: true });
  });

  it('lets anyone check a number without signing in, in Chinese and in English', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'zh-CN' })).newPage();
    await page.goto(`${url}/verify/apostille`);
    await page.getByTestId('verify-number').fill(number.toLowerCase());
    await page.getByTestId('verify-check').click();
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain(number);
    expect(text).toContain('领事认证签署官员');
    expect(text).not.toContain('甲区教育局');
    await settled(page);
    if (shots) await page.screenshot({ path: `${shots}/legalization-verify.png`, fullPage: true });

    await page.getByTestId('verify-lang').getByText('English').click();
    await page.getByTestId('verify-number').fill('A2026-999999');
    await page.getByTestId('verify-check').click();
    await expect.poll(() => page.getByTestId('verify-error').innerText()).toContain('No Apostille');
    if (shots) await page.screenshot({ path: `${shots}/legalization-verify-en.png`, fullPage: true });
  });
});
