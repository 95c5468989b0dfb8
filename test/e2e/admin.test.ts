import { describe, expect, it } from 'vitest';
import { signedInPage, useAppAndBrowser } from './server';

const app = useAppAndBrowser();

describe('administration, as the system administrator uses it', () => {
  it('sees the users, the seeded org tree and the audit trail of what just happened', async () => {
    const page = await signedInPage(app.browser, app.server.url);
    if (!(await page.getByTestId('menu-users').isVisible())) await page.getByTestId('menu-admin').click();

    await page.getByTestId('menu-users').click();
    await expect.poll(() => page.getByTestId('users-table').innerText()).toContain('admin');

    await page.getByTestId('menu-org').click();
    await expect.poll(() => page.getByTestId('org-tree').innerText()).toContain('杭州市');

    // The sign-in itself is in the audit log, with who did it.
    await page.getByTestId('menu-audit').click();
    await expect.poll(() => page.getByTestId('audit-table').innerText()).toContain('auth.login');
    expect(await page.getByTestId('audit-table').innerText()).toContain('admin');
    await page.context().close();
  });
});
