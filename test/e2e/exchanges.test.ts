import { describe, expect, it } from 'vitest';
import { clock } from '../../src/server/clock';
import { addDays } from '../../src/shared/reference/dates';
import { choose, settled, signedInPage, typeDate, useAppAndBrowser } from './server';

const app = useAppAndBrowser();

describe('exchanges, as the friendship-city section uses them', () => {
  it('registers a pair, records a visit linked to it, and finds the coming 35th anniversary', async () => {
    const page = await signedInPage(app.browser, app.server.url);
    const today = clock.today();
    const [y] = today.split('-').map(Number);
    // Established 35 years ago, ten days from now: its 35th anniversary falls within the coming year.
    const established = `${y - 35}${addDays(today, 10).slice(4)}`;

    if (!(await page.getByTestId('menu-ex-cities').isVisible())) await page.getByTestId('menu-exchanges').click();
    await page.getByTestId('menu-ex-cities').click();
    await page.getByTestId('city-new').click();
    await page.getByTestId('field-foreignCityZh').fill('釜山');
    await page.getByTestId('field-foreignCityEn').fill('Busan');
    await choose(page, 'field-country', '韩国');
    await typeDate(page, 'field-establishedOn', established);
    await page.getByTestId('city-save').click();
    await page.getByTestId('city-title').waitFor();
    expect(await page.getByTestId('city-title').innerText()).toContain('釜山');

    await page.getByTestId('menu-ex-visits').click();
    await page.getByTestId('visit-new').click();
    await page.getByTestId('field-organisation').fill('釜山广域市代表团');
    await choose(page, 'field-countries', '韩国');
    await typeDate(page, 'field-startDate', addDays(today, 5));
    await typeDate(page, 'field-endDate', addDays(today, 7));
    await page
      .getByTestId('field-peopleCount')
      .locator('input')
      .first()
      .fill('6')
      .catch(async () => {
        await page.getByTestId('field-peopleCount').fill('6');
      });
    await page.getByTestId('field-headName').fill('朴某');
    await choose(page, 'field-friendshipCityId', '釜山');
    await page.getByTestId('visit-save').click();
    await page.getByTestId('visit-title').waitFor();
    expect(await page.getByTestId('visit-title').innerText()).toContain('釜山广域市代表团');
    expect(await page.getByTestId('visit-city-link').innerText()).toContain('釜山');
    await settled(page);
    await page.screenshot({ path: 'docs/screenshots/visit.png' });

    // The visit shows in the pair's history and on the calendar's coming list.
    await page.getByTestId('visit-city-link').click();
    await page.getByTestId('history-timeline').waitFor();
    expect(await page.getByTestId('history-timeline').innerText()).toContain('釜山广域市代表团');
    await page.getByTestId('menu-ex-calendar').click();
    await expect.poll(() => page.getByTestId('upcoming-visits').innerText()).toContain('釜山广域市代表团');

    // The anniversaries page lists the 35th anniversary.
    await page.getByTestId('menu-ex-anniversaries').click();
    await page.getByTestId('anniversaries-table').waitFor();
    await expect.poll(() => page.getByTestId('anniversaries-table').innerText()).toContain('釜山');
    expect(await page.getByTestId('anniversaries-table').innerText()).toContain('35');
    await settled(page);
    await page.screenshot({ path: 'docs/screenshots/anniversaries.png' });

    await page.context().close();
  });
});
