import { describe, expect, it } from 'vitest';
import { apiSession, makeUser } from './api';
import { ADMIN, choose, settled, signedInPage, typeDate, useAppAndBrowser } from './server';

const app = useAppAndBrowser();
const PASSWORD = 'Travel-e2e-Pass-1';

describe('outbound travel, as a unit and the office use it', () => {
  it('the unit files an application and sees the rule findings; the office approves it and prints the approval form', async () => {
    const { url } = app.server;
    const admin = await apiSession(url, ADMIN.username, ADMIN.password);
    const tree = (await admin('GET', '/api/org/tree')) as Array<{ id: number; parentId: number | null }>;
    const city = tree.find((u) => u.parentId === null)!;
    const unit = await admin('POST', '/api/org/units', { parentId: city.id, kind: 'unit', nameZh: '市商务局', nameEn: 'Commerce Bureau' });
    await makeUser(url, admin, 'unit_applicant', unit.id, 'commerce_contact', PASSWORD);
    await makeUser(url, admin, 'office_staff', city.id, 'travel_reviewer', PASSWORD);

    // The unit's contact person fills in the application; the checks appear beside the fields as they type.
    const applicant = await signedInPage(app.browser, url, { username: 'commerce_contact', password: PASSWORD });
    await applicant.waitForURL(/\/travel\/applications/);
    await applicant.getByTestId('travel-new').click();
    await applicant.getByTestId('travel-task').fill('赴韩国开展经贸交流');
    await applicant.getByTestId('travel-inviter-name').fill('京畿道厅');
    await choose(applicant, 'travel-inviter-country', '韩国');
    await typeDate(applicant, 'travel-depart', '2026-11-16');
    await typeDate(applicant, 'travel-return', '2026-11-20');
    await typeDate(applicant, 'travel-publicity-start', '2026-11-02');
    await typeDate(applicant, 'travel-publicity-end', '2026-11-06');
    // A new form starts with one leg and one member.
    await choose(applicant, 'travel-leg-country-0', '韩国');
    await typeDate(applicant, 'travel-leg-arrive-0', '2026-11-16');
    await typeDate(applicant, 'travel-leg-leave-0', '2026-11-20');
    await applicant.getByTestId('travel-member-name-0').fill('张三');
    // No annual plan yet: a warning, not a block.
    await applicant.getByTestId('finding-unplanned').first().waitFor();
    expect(await applicant.getByTestId('finding-unplanned').first().getAttribute('data-severity')).toBe('warn');
    await settled(applicant);
    await applicant.screenshot({ path: 'docs/screenshots/travel-form.png' });
    await applicant.getByTestId('travel-submit').click();
    await applicant
      .getByTestId('travel-status')
      .waitFor()
      .catch(async (err) => {
        await applicant.screenshot({ path: '/tmp/travel-e2e-fail.png' });
        throw err;
      });
    await expect.poll(() => applicant.getByTestId('travel-status').getAttribute('data-status')).toBe('submitted');

    // The office reviewer finds it in the queue, approves it and downloads the approval form.
    const reviewer = await signedInPage(app.browser, url, { username: 'travel_reviewer', password: PASSWORD });
    await reviewer.goto(`${url}/travel/applications?todo=true`);
    await reviewer.getByText('赴韩国开展经贸交流').first().click();
    await reviewer.getByTestId('travel-action-review').click();
    await reviewer.getByTestId('review-approve').click();
    await reviewer.getByTestId('review-ok').click();
    await expect.poll(() => reviewer.getByTestId('travel-status').getAttribute('data-status')).toBe('approved');
    const [download] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByTestId('travel-download-approval').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await settled(reviewer);
    await reviewer.screenshot({ path: 'docs/screenshots/travel-detail.png' });

    // The unit sees the decision.
    await applicant.reload();
    await expect.poll(() => applicant.getByTestId('travel-status').getAttribute('data-status')).toBe('approved');
    await applicant.context().close();
    await reviewer.context().close();
  });

  it('the passport page offers each passport the steps the server allows: issue, then take back; the unit only reads', async () => {
    const { url } = app.server;
    const admin = await apiSession(url, ADMIN.username, ADMIN.password);
    const tree = (await admin('GET', '/api/org/tree')) as Array<{ id: number; parentId: number | null }>;
    const city = tree.find((u) => u.parentId === null)!;
    const unit = await admin('POST', '/api/org/units', { parentId: city.id, kind: 'unit', nameZh: '市教育局', nameEn: 'Education Bureau' });
    await makeUser(url, admin, 'unit_applicant', unit.id, 'education_contact', PASSWORD);
    await makeUser(url, admin, 'office_staff', city.id, 'passport_keeper', PASSWORD);
    const keeperApi = await apiSession(url, 'passport_keeper', PASSWORD);
    const p = await keeperApi('POST', '/api/travel/passports', {
      orgUnitId: unit.id,
      holderName: '李四',
      passportType: 'official',
      number: 'E2E246810',
      expiry: '2035-01-01',
    });

    const keeper = await signedInPage(app.browser, url, { username: 'passport_keeper', password: PASSWORD });
    await keeper.goto(`${url}/travel/passports`);
    await keeper.getByTestId(`passport-issue-${p.id}`).waitFor();
    await keeper.getByTestId(`passport-edit-${p.id}`).waitFor();
    expect(await keeper.getByTestId(`passport-return-${p.id}`).count()).toBe(0);
    await keeper.getByTestId(`passport-issue-${p.id}`).click();
    await keeper.getByTestId('passport-issue-confirm').click();
    // Issued: taking it back is the step now, issuing again is not.
    await keeper.getByTestId(`passport-return-${p.id}`).waitFor();
    expect(await keeper.getByTestId(`passport-issue-${p.id}`).count()).toBe(0);

    const reader = await signedInPage(app.browser, url, { username: 'education_contact', password: PASSWORD });
    await reader.goto(`${url}/travel/passports`);
    await reader.getByTestId('passports-table').getByText('李四').first().waitFor();
    await settled(reader);
    for (const step of ['issue', 'return', 'edit']) expect(await reader.getByTestId(`passport-${step}-${p.id}`).count(), step).toBe(0);
    expect(await reader.getByTestId('passport-register').count()).toBe(0);
    await keeper.context().close();
    await reader.context().close();
  });
});
