import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs } from './support/app-page';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

const PLAN = '#/plans/plan-haringey-2018';

describe.skipIf(!hasChromium)('a dialog open when the address changes', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchBrowser();
  });
  afterAll(async () => context?.close());

  it('leaves the next screen readable to a screen reader', async () => {
    // The tab opened on My actions (a deep link from Teams), the first screen it shows.
    const page = await openAs(context, appUrl, 'u-dcs', `${PLAN}/my-actions`);
    await page.getByRole('button', { name: 'Ask owners for their actions' }).click();
    await page.getByRole('dialog').getByRole('table', { name: 'Who will be asked' }).waitFor();
    // The modal dialog hides the page behind it from screen readers, as it should.
    await page.locator('#root[aria-hidden="true"]').waitFor({ state: 'attached' });

    // Another deep link, or the browser's Back button, changes the address under the open dialog.
    await page.evaluate((hash) => (window.location.hash = hash), `${PLAN}/grid`);
    // Fluent used to leave the whole app aria-hidden, so a screen reader (and these roles) found nothing.
    await page.getByRole('table', { name: 'Actions' }).getByRole('link').first().waitFor();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(page.locator('#root[aria-hidden="true"]').count()).resolves.toBe(0);
  });
});
