import type { PlanId } from '../../src/domain/ids';
import { launchBrowser } from '../e2e/support/chromium';

export interface GridFigures {
  readonly actions: number;
  /** From navigation to the grid's first row on screen, signed in, at the emulator's latency. */
  readonly timeToInteractiveMs: number;
  /** From choosing the grid view (data already loaded) to its rows on screen. */
  readonly renderMs: number;
  /** From typing a search to the narrowed rows on screen. */
  readonly filterMs: number;
  /** From choosing the findings overview (data already loaded) to its last finding on screen. */
  readonly overviewMs: number;
}

/** Drives the production build in Chromium, as a DCS, for one plan. */
export async function measureGrid(appUrl: string, planId: PlanId, actions: number): Promise<GridFigures> {
  const context = await launchBrowser();
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${appUrl}/?as=u-dcs#/plans/${planId}/grid`);
    const table = page.getByRole('table', { name: 'Actions' });
    await table.getByRole('link').first().waitFor({ timeout: 60_000 });
    const timeToInteractiveMs = Date.now() - started;

    // Start from a light view, so the figure is the grid's own render, not another view's teardown.
    await page.getByRole('link', { name: 'Submission' }).click();
    await page.getByRole('button', { name: 'Export draft' }).waitFor();
    const renderStart = Date.now();
    await page.getByRole('link', { name: 'All actions' }).click();
    await table.getByRole('link').first().waitFor();
    const renderMs = Date.now() - renderStart;

    const filterStart = Date.now();
    await page.getByRole('searchbox').fill('#7#');
    await page
      .getByRole('status')
      .filter({ hasText: /^1 of / })
      .waitFor();
    const filterMs = Date.now() - filterStart;

    await page.getByRole('link', { name: 'Submission' }).click();
    await page.getByRole('button', { name: 'Export draft' }).waitFor();
    const overviewStart = Date.now();
    await page.getByRole('link', { name: 'Findings and actions' }).click();
    await page.getByRole('heading', { name: /^Area for improvement 31:/ }).waitFor();
    const overviewMs = Date.now() - overviewStart;
    return { actions, timeToInteractiveMs, renderMs, filterMs, overviewMs };
  } finally {
    await context.close();
  }
}
