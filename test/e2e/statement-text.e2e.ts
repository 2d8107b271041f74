import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, screenshot } from './support/app-page';
import { wcagViolations } from './support/axe';
import { hasChromium, launchBrowser, savedDownload } from './support/chromium';
import { appUrl } from './support/app-under-test';

const OWN_WORDS = 'Our children deserve partners who act together, and we will.';

describe.skipIf(!hasChromium)('the DCS writes the statement’s foreword and exports a draft', () => {
  let dcs: BrowserContext;
  beforeAll(async () => {
    dcs = await launchBrowser();
  });
  afterAll(async () => dcs?.close());

  it('starts from the draft, saves it, is told what is missing, and exports it in the Word document', async () => {
    const page = await openAs(dcs, appUrl, 'u-dcs', '#/plans/plan-haringey-2018/submission');
    const foreword = page.getByRole('textbox', { name: 'Introduction and foreword' });
    await page.getByRole('button', { name: 'Start from the suggested draft: introduction and foreword' }).click();
    await expect(foreword.inputValue()).resolves.toMatch(/^This is the written statement of action/);
    // From the keyboard: to the end of the draft, and a sentence of the DCS's own.
    await foreword.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n\n${OWN_WORDS}`);
    await page.getByRole('button', { name: 'Save statement text' }).click();
    await page.getByText('Saved. The next export uses these texts.').waitFor();

    await page.getByText(/^\d+ things are missing from the statement$/).waitFor();
    await page.getByText('"Practice at the front door" has no action yet.').waitFor();
    await page.getByRole('button', { name: /^Show all \d+$/ }).click();
    await page.getByText('Awaiting signature: Chief Executive.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'statement-text');

    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Export draft' }).click();
    await page.getByRole('status').getByText('Downloaded:').waitFor({ timeout: 60_000 });
    await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(2);
    const docx = downloads.find((d) => d.suggestedFilename().endsWith('.docx'))!;
    const xml = await (
      await JSZip.loadAsync(readFileSync(await savedDownload(docx)))
    )
      .file('word/document.xml')!
      .async('string');
    // Checked without printing the whole document when it fails.
    expect(xml.includes(OWN_WORDS), 'the foreword as saved is in the document').toBe(true);
    expect(/Draft for approval|DRAFT/.test(xml), 'the document is marked as a draft').toBe(true);
  });
});
