import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, screenshot } from './support/app-page';
import { hasChromium, launchBrowser, savedDownload } from './support/chromium';
import { seededDemo } from './support/seeded-demo';
import { appUrl } from './support/app-under-test';

const deadline = seededDemo().plan.printedDeadline!;

describe.skipIf(!hasChromium)('the DCS builds the submission in one click', () => {
  let dcs: BrowserContext;
  beforeAll(async () => {
    dcs = await launchBrowser();
  });
  afterAll(async () => dcs?.close());

  it('downloads a Word document and an Excel workbook with the plan in them', async () => {
    const page = await openAs(dcs, appUrl, 'u-dcs', '#/plans/plan-haringey-2018/submission');
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Export draft' }).click();
    await page.getByRole('status').getByText('Downloaded:').waitFor({ timeout: 60_000 });
    await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(2);
    await screenshot(page, '07-submission');
    // The library copy is saved after the download is offered, so wait for both confirmations.
    // Other journeys in the same run may have exported first, so the version is not always 1.0.
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .getByText(/Saved in the site’s document library as version \d+\.\d+/)
            .count(),
        { timeout: 30_000 },
      )
      .toBe(2);

    const names = downloads.map((d) => d.suggestedFilename()).sort();
    expect(names).toEqual([
      `Haringey JTAI written statement of action ${deadline}.docx`,
      `Haringey JTAI written statement of action ${deadline}.xlsx`,
    ]);
    const docxPath = await savedDownload(downloads.find((d) => d.suggestedFilename().endsWith('.docx'))!);
    const zip = await JSZip.loadAsync(readFileSync(docxPath));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Joint partnership decision making in the MASH');
    const headers = await Promise.all(zip.file(/^word\/header\d*\.xml$/).map((f) => f.async('string')));
    expect(headers.join('')).toContain('DRAFT');

    const xlsxPath = await savedDownload(downloads.find((d) => d.suggestedFilename().endsWith('.xlsx'))!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const actions = workbook.getWorksheet('Actions')!;
    expect(actions.rowCount).toBeGreaterThanOrEqual(7);
  });
});
