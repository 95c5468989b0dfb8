/**
 * The office's queue with an overdue case, in Chromium: a unit's invitation case accepted four weeks ago (due the 5th
 * working day after), then the server started again on the same data now. The queue's overdue tab shows it red, and
 * the case page opens with its clock. The second start is at the test's "now" (TEST_CLOCK or the machine's) because
 * the browser drops a session cookie whose expiry, reckoned on the server's clock, lies in the browser's past.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../src/server/clock';
import { inviteeBody, letterFacts } from '../helpers/invitation';
import { apiSession, makeUser, type Api } from './api';
import { ADMIN, launchBrowser, settled, signedInPage, startServer, type RunningApp } from './server';

const PASSWORD = 'Queue-e2e-Pass-1';
const SHOTS = process.env.E2E_SHOTS_DIR ?? os.tmpdir();

/**
 * The test runs at the machine's "now" (see above), which may lie in a year the package's calendar does not reach
 * yet. Such a year gets the office's own entry (New Year's Day as its one holiday), as an office enters each year's
 * State Council notice, so the case's clock has working days to count whenever the test runs.
 */
async function coverCalendar(admin: Api, moments: number[]) {
  const covered = new Set(((await admin('GET', '/api/calendar/years')) as { years: Array<{ year: number }> }).years.map((y) => y.year));
  const years = new Set(moments.map((ms) => Number(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 4))));
  for (const year of years) {
    if (covered.has(year)) continue;
    await admin('POST', '/api/calendar/years', {
      year,
      documentNumber: `测试〔${year}〕1号`,
      days: [{ date: `${year}-01-01`, kind: 'holiday', name: '元旦' }],
    });
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'waishi-e2e-queue-'));
let server: RunningApp | undefined;
let browser: Browser;
let caseId: number;
let dueOn: string;

beforeAll(async () => {
  // Accepted four weeks ago: even over Spring Festival, five working days have passed since.
  server = await startServer({ dataDir, clockStart: new Date(clock.nowMs() - 28 * 86_400_000).toISOString() });
  const admin = await apiSession(server.url, ADMIN.username, ADMIN.password);
  await coverCalendar(admin, [clock.nowMs() - 28 * 86_400_000, clock.nowMs()]);
  const tree = (await admin('GET', '/api/org/tree')) as Array<{ id: number; parentId: number | null }>;
  const city = tree.find((u) => u.parentId === null)!;
  const unit = await admin('POST', '/api/org/units', { parentId: city.id, kind: 'unit', nameZh: '市外贸局', nameEn: 'Foreign Trade Bureau' });
  const contact = await makeUser(server.url, admin, 'unit_applicant', unit.id, 'trade_contact', PASSWORD);
  const staff = await makeUser(server.url, admin, 'office_staff', city.id, 'window_clerk', PASSWORD);
  let d = await contact('POST', '/api/services/cases', { kind: 'invitation', title: '邀请德国客商来访' });
  // A complete letter with one invitee, so the invitation kind lets the unit submit.
  await contact('PUT', `/api/services/invitations/${d.case.id}`, letterFacts());
  await contact('POST', `/api/services/invitations/${d.case.id}/invitees`, inviteeBody());
  d = await contact('GET', `/api/services/cases/${d.case.id}`);
  d = await contact('POST', `/api/services/cases/${d.case.id}/submit`, { version: d.case.version });
  d = await staff('POST', `/api/services/cases/${d.case.id}/accept`, { version: d.case.version });
  dueOn = d.case.dueOn;
  expect(dueOn < clock.today()).toBe(true);
  caseId = d.case.id;
  await server.stop();
  server = await startServer({ dataDir });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the window queue', () => {
  it('shows the overdue case red on the overdue tab and opens it', async () => {
    const page = await signedInPage(browser, server!.url);
    await page.goto(`${server!.url}/services/queue`);
    await page.getByTestId('queue-tab-overdue').click();
    const row = page.getByTestId(`case-row-${caseId}`);
    await row.waitFor();
    const tag = row.getByTestId('signal-overdue');
    await expect(tag.textContent()).resolves.toContain('红牌超期');
    await expect(tag.getAttribute('class')).resolves.toContain('ant-tag-red');
    await expect(row.textContent()).resolves.toContain(dueOn);
    await expect(page.getByTestId('queue-alerts').textContent()).resolves.toContain('超期 1 件');
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'services-queue-overdue.png'), fullPage: true });

    await row.click();
    await page.getByTestId('case-facts').waitFor();
    await expect(page.getByTestId('case-status').textContent()).resolves.toBe('审核中');
    await expect(page.getByTestId('case-facts').getByTestId('signal-overdue').textContent()).resolves.toMatch(/超期 \d+ 个工作日/);
    await expect(page.getByTestId('case-history').textContent()).resolves.toContain('受理');
    await expect(page.getByTestId('step-issue').isVisible()).resolves.toBe(true);
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'services-case-overdue.png'), fullPage: true });

    // The settings the due date came from: the invitation letter's promise of 5 working days, with its source.
    await page.goto(`${server!.url}/services/settings`);
    await page.getByTestId('settings-limits').waitFor();
    await expect(page.getByTestId('settings-limits').locator('#promisedLimitDays').inputValue()).resolves.toBe('5');
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'services-settings.png'), fullPage: true });
  }, 120_000);
});
