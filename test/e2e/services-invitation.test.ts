/**
 * An invitation letter in the browser, through the pages people use: a unit's contact opens a new invitation
 * application from "my cases", fills in the letter's facts on the case page, pastes a passport's MRZ for the invitee
 * and submits; the office's window staff finds the case in the queue, accepts and issues it; the unit reloads its case
 * page and downloads the letter, a real Word file carrying the letter's number and the invitee's name.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clock } from '../../src/server/clock';
import { addDays } from '../../src/shared/reference/dates';
import { passportMrz } from '../helpers/invitation';
import { apiSession, makeUser } from './api';
import { ADMIN, choose, settled, signedInPage, typeDate, useAppAndBrowser } from './server';

const app = useAppAndBrowser();
const PASSWORD = 'Invite-e2e-Pass-1';

/** antd's InputNumber: the test id sits on the wrapper or on the input, depending on the version. */
async function fillNumber(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId);
  const inner = input.locator('input');
  await ((await inner.count()) ? inner.first() : input).fill(value);
}

/** Presses a step button on the case page, confirms its dialog, and waits for the case's new status. */
async function takeStep(page: Page, step: string, status: string) {
  await page.getByTestId(`step-${step}`).click();
  await page.getByTestId('step-confirm').click();
  await expect.poll(() => page.getByTestId('case-status').innerText()).toBe(status);
}

describe('invitation letter, as a unit and the office use it', () => {
  it('the unit applies from my cases and submits from the case page; the office accepts and issues it from the queue; the unit downloads the Word letter', async () => {
    const { url } = app.server;
    const admin = await apiSession(url, ADMIN.username, ADMIN.password);
    const tree = (await admin('GET', '/api/org/tree')) as Array<{ id: number; parentId: number | null }>;
    const city = tree.find((u) => u.parentId === null)!;
    const unit = await admin('POST', '/api/org/units', { parentId: city.id, kind: 'unit', nameZh: '常州智造科技有限公司', nameEn: 'Changzhou Smart Tech Co.' });
    const unitApi = await makeUser(url, admin, 'unit_applicant', unit.id, 'inv_contact', PASSWORD);
    await makeUser(url, admin, 'office_staff', city.id, 'inv_staff', PASSWORD);

    // The unit's contact opens a new invitation application from its own cases and lands on the case page.
    const page = await signedInPage(app.browser, url, { username: 'inv_contact', password: PASSWORD });
    await page.goto(`${url}/services/my-cases`);
    await page.getByTestId('case-new').click();
    await page.getByTestId('case-new-kind').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '邀请外国人来华' }).click();
    await page.getByTestId('case-new-title').fill('德国客户来访');
    await page.getByTestId('case-new-create').click();
    await page.waitForURL(/\/services\/cases\/\d+$/);
    const caseId = Number(new URL(page.url()).pathname.split('/').pop());
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('草稿');
    expect((await unitApi('GET', `/api/services/cases/${caseId}`)).case).toMatchObject({ kind: 'invitation', status: 'draft', title: '德国客户来访' });

    // The letter's facts, in the invitation panel of the case page.
    await page.getByTestId('invitation-panel').waitFor();
    await page.getByTestId('inv-purpose').fill('商务洽谈与工厂考察');
    await page.getByTestId('inv-cities').fill('常州、苏州');
    await typeDate(page, 'inv-entryDate', addDays(clock.today(), 30));
    await choose(page, 'inv-visaType', 'M');
    await choose(page, 'inv-entries', '一次');
    await fillNumber(page, 'inv-validityValue', '3');
    await choose(page, 'inv-validityUnit', '个月');
    await fillNumber(page, 'inv-stayDays', '10');
    await choose(page, 'inv-visaCountry', '德国');
    await page.getByTestId('inv-visaCity').fill('柏林');
    await choose(page, 'inv-payer', '邀请单位');
    await page.getByTestId('inv-itinerary').fill('第一天抵达常州洽谈，第二天考察工厂，第三天赴苏州。');
    await page.getByTestId('inv-signerName').fill('李明');
    await page.getByTestId('inv-signerTitle').fill('副总经理');
    await page.getByTestId('inv-save').click();
    await expect.poll(async () => (await unitApi('GET', `/api/services/invitations/${caseId}`)).purpose).toBe('商务洽谈与工厂考察');
    expect(await unitApi('GET', `/api/services/invitations/${caseId}`)).toMatchObject({
      visaType: 'M',
      entries: 'single',
      validityUnit: 'months',
      visaCountry: 'DEU',
      payer: 'inviting_unit',
    });

    // The invitee's passport fields come from an MRZ paste.
    await page.getByTestId('invitee-add').click();
    await page.getByTestId('invitee-mrz').fill(passportMrz());
    await page.getByTestId('invitee-mrz-read').click();
    await expect.poll(() => page.getByTestId('invitee-name').inputValue()).toBe('MUSTERMANN ERIKA');
    expect(await page.getByTestId('invitee-passportNo').inputValue()).toBe('C01X00T47');
    await page.getByTestId('invitee-employer').fill('Musterfirma GmbH');
    await page.getByTestId('invitee-title').fill('Einkaufsleiterin');
    await page.getByTestId('invitee-save').click();
    await expect.poll(() => page.getByTestId('invitation-invitees').innerText()).toContain('MUSTERMANN ERIKA');
    await settled(page);
    await page.screenshot({ path: '/tmp/invitation-draft.png', fullPage: true });

    // The unit submits from the case page.
    await takeStep(page, 'submit', '待受理');

    // The office's window staff finds the case in the queue, opens it, accepts and issues it.
    const office = await signedInPage(app.browser, url, { username: 'inv_staff', password: PASSWORD });
    await office.goto(`${url}/services/queue`);
    await office.getByTestId('queue-tab-unassigned').click();
    const row = office.getByTestId(`case-row-${caseId}`);
    await row.waitFor();
    expect(await row.innerText()).toContain('常州智造科技有限公司');
    await row.click();
    await office.waitForURL(`${url}/services/cases/${caseId}`);
    await expect.poll(() => office.getByTestId('case-status').innerText()).toBe('待受理');
    expect(await office.getByTestId('invitation-invitees').innerText()).toContain('MUSTERMANN ERIKA');
    await takeStep(office, 'accept', '审核中');
    await takeStep(office, 'issue', '已办结');
    await office.getByTestId('letter-number').waitFor();
    await settled(office);
    await office.screenshot({ path: '/tmp/inv-case-issued-office.png', fullPage: true });
    const letterNumber = await office.getByTestId('letter-number').innerText();
    expect(letterNumber).toMatch(/^\d{4}邀字第001号$/);
    expect((await unitApi('GET', `/api/services/invitations/${caseId}`)).letterNumber).toBe(letterNumber);

    // The unit sees the letter's number and downloads the Word letter.
    await page.reload();
    await page.getByTestId('letter-number').waitFor();
    expect(await page.getByTestId('case-status').innerText()).toBe('已办结');
    expect(await page.getByTestId('letter-number').innerText()).toBe(letterNumber);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('letter-download').click()]);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    const xml = (await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain(letterNumber);
    expect(xml).toContain('MUSTERMANN ERIKA');
    await settled(page);
    await page.screenshot({ path: '/tmp/inv-case-issued.png', fullPage: true });

    // The close-out list shows the letter as due.
    await page.goto(`${url}/services/invitations/close-outs`);
    await page.getByTestId(`closeout-row-${caseId}`).waitFor();
    await settled(page);
    await page.screenshot({ path: '/tmp/invitation-closeouts.png', fullPage: true });

    // The same case page in English.
    await page.goto(`${url}/services/cases/${caseId}`);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('invitation-letter').innerText()).toContain('Letter number');
    await settled(page);
    await page.screenshot({ path: '/tmp/invitation-en.png', fullPage: true });
  }, 240_000);
});
