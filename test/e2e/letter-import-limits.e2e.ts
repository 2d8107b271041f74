import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBombDocx } from '../support/hostile-letters';
import { openAs } from './support/app-page';
import { wcagViolations } from './support/axe';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

const EASTBROOK = readFileSync(path.resolve(import.meta.dirname, '../fixtures/letters/eastbrook-2022.txt'), 'utf8');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.skipIf(!hasChromium)('a hostile letter file in the browser', () => {
  let dcs: BrowserContext;
  beforeAll(async () => {
    dcs = await launchBrowser();
  });
  afterAll(async () => dcs?.close());

  it('refuses a zip-bomb .docx with its own message, and the letter can then be pasted', async () => {
    const page = await openAs(dcs, appUrl, 'u-dcs', '#/plans');
    await page.getByRole('link', { name: 'New plan from a findings letter' }).click();
    // 300 KB that would unzip to 300 MB.
    const bomb = Buffer.from(zipBombDocx(300));
    await page
      .getByLabel('Letter file (PDF, Word or text)')
      .setInputFiles({ name: 'findings letter.docx', mimeType: DOCX, buffer: bomb });

    const alert = page.getByRole('alert').filter({ hasText: 'This file is far too large once opened' });
    await alert.waitFor({ timeout: 60_000 });
    await expect(alert.textContent()).resolves.toContain(
      'This Word file expands to more than 30 MB when opened, far more than any findings letter. Check it is the right file, or paste the letter’s text instead.',
    );
    await expect(wcagViolations(page)).resolves.toEqual([]);

    await alert.getByRole('button', { name: 'Paste the text instead' }).click();
    const pasteArea = page.getByRole('textbox', { name: /Or paste the letter’s text/ });
    await expect(pasteArea.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await pasteArea.fill(EASTBROOK);
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    await page.getByRole('heading', { level: 2, name: 'Plan details' }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('textbox', { name: /Area inspected/ }).inputValue()).resolves.toBe('Eastbrook');

    // Keeping the draft returns to the button; discarding it returns to the start, which assistive
    // technology can still reach (an open dialog unmounted with its screen left the app aria-hidden).
    const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
    const discardDraft = page.getByRole('button', { name: 'Discard draft' });
    await discardDraft.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Keep reviewing' }).click();
    await expect.poll(() => isFocused(discardDraft)).toBe(true);
    await discardDraft.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard' }).click();
    const start = page.getByRole('heading', { level: 2, name: 'Read the letter' });
    await start.waitFor({ timeout: 30_000 });
    await expect.poll(() => isFocused(start)).toBe(true);
    await expect(
      page.getByRole('heading', { level: 1, name: 'New plan from a findings letter' }).count(),
    ).resolves.toBe(1);
  });
});
