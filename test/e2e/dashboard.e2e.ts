import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatShortDate } from '../../src/domain/dates';
import { openAs, screenshot } from './support/app-page';
import { wcagViolations } from './support/axe';
import { hasChromium, launchBrowser, savedDownload } from './support/chromium';
import { seededDemo } from './support/seeded-demo';
import { appUrl } from './support/app-under-test';

const demo = seededDemo();
const DASHBOARD = '#/plans/plan-haringey-2018/dashboard';
const THEMES = ['light', 'dark', 'high-contrast'] as const;

describe.skipIf(!hasChromium)('the DCS monitors delivery of the seeded plan', () => {
  let dcs: BrowserContext;
  beforeAll(async () => {
    dcs = await launchBrowser();
  });
  afterAll(async () => dcs?.close());

  it('opens the dashboard, reads a chart as a table, and downloads the progress report', async () => {
    const page = await openAs(dcs, appUrl, 'u-dcs', '#/plans/plan-haringey-2018');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Delivery dashboard' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(DASHBOARD);

    // The demo plan is seeded around today: the police action, and only it, is overdue.
    const overdue = page.getByRole('table', { name: 'Overdue actions' });
    await expect.poll(() => overdue.getByRole('row').count()).toBe(2);
    await expect.poll(() => overdue.getByText('Sarah Mitchell').count()).toBe(1);
    await expect(page.getByText('Working days to the submission deadline').count()).resolves.toBe(1);

    const byAgency = page.getByRole('region', { name: 'Actions by agency and status' });
    await byAgency.getByRole('button', { name: 'Show as table' }).press('Enter');
    await byAgency.getByRole('table', { name: 'Actions by agency and status' }).waitFor();

    // Finding bars carry the finding's short title; its full words show on focus.
    const byFinding = page.getByRole('region', { name: 'Actions by finding' });
    await byFinding.getByRole('link', { name: 'Joint partnership decision making in the MASH' }).focus();
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toBe('Area for improvement 1: Joint partnership decision making in the MASH');
    const completion = page.getByRole('region', { name: 'Completion over time' });
    await expect(completion.getByText(/The dashed line marks today/).count()).resolves.toBe(1);
    await screenshot(page, '09-dashboard');

    // From the letter: the period holds every progress update the DCS has posted since.
    await page.getByRole('textbox', { name: 'From (dd/mm/yyyy)' }).fill(formatShortDate(demo.plan.letterDate!));
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Download progress report' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^Haringey progress report ${demo.plan.letterDate} to \\d{4}-\\d{2}-\\d{2}\\.docx$`),
    );
    const xml = await (
      await JSZip.loadAsync(readFileSync(await savedDownload(file)))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('Status changes in the period');
    expect(xml).toContain('The LSCB meeting to approve the neglect strategy has been postponed by two months.');
    expect(xml).toContain('Overdue actions');

    // The DCS is a plan admin: the report is kept in the plan's folder for the board too. Another run
    // may have kept one for the same period first, so the version is not always 1.0.
    const status = page.getByRole('status').filter({ hasText: 'Downloaded:' });
    await status.getByText(/Kept in the plan’s documents as version \d+\.\d+, where the board can open it/).waitFor();
    expect(await status.getByRole('link', { name: 'open the kept copy' }).getAttribute('href')).toContain(
      'plan-haringey-2018',
    );
  });
});

describe.skipIf(!hasChromium).each(THEMES)('the dashboard in the %s theme', (theme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchBrowser({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
    await context.addInitScript((t) => window.localStorage.setItem('jtai.theme', t), theme);
  });
  afterAll(async () => context?.close());

  it('has no WCAG 2.2 AA violations, with the downloaded report offered again', async () => {
    const page: Page = await openAs(context, appUrl, 'u-dcs', DASHBOARD);
    await page.getByRole('heading', { name: 'Delivery dashboard' }).waitFor({ timeout: 30_000 });
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Download progress report' }).click();
    await download;
    await page
      .getByRole('status')
      .getByRole('link', { name: /^Haringey progress report .*\.docx$/ })
      .waitFor();
    await page.getByRole('status').getByRole('link', { name: 'open the kept copy' }).waitFor();
    await screenshot(page, `a11y-${theme}-dashboard`);
    expect(await wcagViolations(page)).toEqual([]);
  });
});
