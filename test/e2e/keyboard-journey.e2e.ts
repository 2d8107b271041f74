import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, screenshot } from './support/app-page';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, pattern: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.innerText ?? ''} ${el?.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : ''}`;
    });
    if (pattern.test(label)) return;
  }
  throw new Error(`Could not reach ${pattern} with the Tab key`);
}

describe.skipIf(!hasChromium)('a partner owner updates an action with the keyboard alone', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchBrowser();
  });
  afterAll(async () => context?.close());

  it('opens My actions, posts a progress update with a status change, and sees it saved', async () => {
    const page = await openAs(context, appUrl, 'u-education-owner', '#/plans/plan-haringey-2018/my-actions');
    await page.getByRole('heading', { name: /Education actions/ }).waitFor();
    await tabTo(page, /Post update on: Publish an early help guide/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Edit action' }).waitFor();
    await tabTo(page, /New progress update/);
    await page.keyboard.type('Guide drafted with six designated safeguarding leads; publishing in September.');
    await tabTo(page, /Status with this update/);
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /^On track/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, /Post update/);
    await page.keyboard.press('Enter');
    // The update is listed as soon as it is on its way; the box empties once it is posted.
    await dialog
      .getByRole('list', { name: 'Progress updates, newest first' })
      .getByText('Guide drafted with six designated safeguarding leads; publishing in September.')
      .waitFor();
    await expect.poll(() => dialog.getByRole('textbox', { name: 'New progress update' }).inputValue()).toBe('');
    await screenshot(page, '11-keyboard-update');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const item = page.getByRole('listitem').filter({ hasText: 'Publish an early help guide' });
    await item.getByText('On track').waitFor();
  });
});
