import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, screenshot } from './support/app-page';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

const LETTER = path.resolve(import.meta.dirname, '../../../shared/letters/cheshire-east-2022.pdf');

describe.skipIf(!hasChromium || !existsSync(LETTER))('the DCS creates a plan from the published letter PDF', () => {
  let dcs: BrowserContext;
  beforeAll(async () => {
    dcs = await launchBrowser();
  });
  afterAll(async () => dcs?.close());

  it('reads the PDF, shows what it found for review, and creates the plan with its findings', async () => {
    const page = await openAs(dcs, appUrl, 'u-dcs', '#/plans');
    await page.getByRole('link', { name: 'New plan from a findings letter' }).click();
    await page.getByLabel('Letter file (PDF, Word or text)').setInputFiles(LETTER);
    await page.getByRole('button', { name: 'Create plan and findings' }).waitFor({ timeout: 60_000 });
    await screenshot(page, '09-letter-review');
    // What the letter says is on the review screen (the header's plan switcher may name other Cheshire East plans).
    await expect(page.getByRole('textbox', { name: /Area inspected/ }).inputValue()).resolves.toBe('Cheshire East');
    await page.getByRole('button', { name: 'Create plan and findings' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /Cheshire East/ });
    await heading.waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Areas for priority action (3)' }).waitFor();
    await page.getByRole('heading', { name: 'Areas for improvement (12)' }).waitFor();
    await screenshot(page, '10-imported-plan');
    await expect(page.getByText('Written statement of action due 5 January 2023').isVisible()).resolves.toBe(true);
  });
});
