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
    await dialog.getByRole('heading', { name: 'Post an update' }).waitFor();
    // The dialog opens on the words of the update.
    const words = dialog.getByRole('textbox', { name: /New progress update/ });
    await expect.poll(() => words.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('Guide drafted with six designated safeguarding leads; publishing in September.');
    await tabTo(page, /Status with this update/);
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /^On track/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, /^\s*Post update\s*$/);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const item = page.getByRole('listitem').filter({ hasText: 'Publish an early help guide' });
    await item.getByText('Your update is posted; the status is now On track.').waitFor();
    await item.getByText('On track', { exact: true }).waitFor();
    await screenshot(page, '11-keyboard-update');
    // Focus comes back to the button that opened the dialog.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Post update on: Publish an early help guide/);

    // The update is on the action, with the status it set.
    await page.keyboard.press('Shift+Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^Publish an early help guide/);
    await page.keyboard.press('Enter');
    await dialog
      .getByRole('list', { name: 'Progress updates, newest first' })
      .getByText('Guide drafted with six designated safeguarding leads; publishing in September.')
      .waitFor();
  });
});
