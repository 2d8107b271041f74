import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SITE_ID } from '../../src/app/config';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import type { Action } from '../../src/domain/action';
import { londonDateOf } from '../../src/domain/dates';
import type { PlanId } from '../../src/domain/ids';
import { openAs, screenshot } from './support/app-page';
import { hasChromium, launchBrowser } from './support/chromium';
import { createLargePlan } from './support/large-plan';
import { appUrl } from './support/app-under-test';

const COUNT = 2000;

/** The figure a summary card shows beside its label. */
const cardValue = (page: Page, label: string) =>
  page
    .locator('dl > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

describe.skipIf(!hasChromium)('the dashboard of a plan with 2,000 actions', () => {
  let context: BrowserContext;
  let planId: PlanId;
  let actions: Action[];

  beforeAll(async () => {
    const dcs = createGraphPlanStore({
      graphBaseUrl: `${appUrl}/graph/v1.0`,
      siteId: LOCAL_SITE_ID,
      getToken: async () => 'demo.u-dcs',
    });
    ({ planId, actions } = await createLargePlan(dcs, COUNT));
    context = await launchBrowser();
  });
  afterAll(async () => context?.close());

  it('shows the DCS the numbers that were stored, with its headings and tables', async () => {
    const today = londonDateOf(new Date());
    const overdue = actions.filter((a) => a.status !== 'complete' && a.targetDate !== null && a.targetDate < today);
    const police = actions.filter((a) => a.leadAgency === 'police');
    const policeBy = (status: Action['status']) => String(police.filter((a) => a.status === status).length);
    expect(overdue.length).toBe(400);

    const page = await openAs(context, appUrl, 'u-dcs', `#/plans/${planId}/dashboard`);
    await page.getByRole('heading', { level: 2, name: 'Delivery dashboard' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => cardValue(page, 'Actions').textContent()).toBe(String(COUNT));
    expect(await cardValue(page, 'Overdue').textContent()).toBe(String(overdue.length));
    expect(await cardValue(page, 'Due in the next 30 days').textContent()).toBe('0');
    expect(await cardValue(page, 'Complete').textContent()).toBe('20%');

    const byAgency = page.getByRole('region', { name: 'Actions by agency and status' });
    await byAgency.getByRole('button', { name: 'Show as table' }).click();
    const table = byAgency.getByRole('table', { name: 'Actions by agency and status' });
    await table.waitFor();
    const policeRow = table.getByRole('row', { name: /^Police/ });
    expect(await policeRow.getByRole('cell').allTextContents()).toEqual([
      'Police',
      policeBy('not-started'),
      policeBy('on-track'),
      policeBy('at-risk'),
      policeBy('off-track'),
      policeBy('complete'),
      String(police.length),
    ]);
    const totals = await table.locator('tbody tr td:last-child').allTextContents();
    expect(totals.reduce((sum, n) => sum + Number(n), 0)).toBe(COUNT);

    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: `Overdue actions (${overdue.length})` }).count())
      .toBe(1);
    // Long lists show a page at a time: 25 rows, then 100 more on each "Show more".
    const overdueTable = page.getByRole('table', { name: 'Overdue actions' });
    expect(await overdueTable.getByRole('row').count()).toBe(25 + 1);
    await page.getByRole('button', { name: `Show more (${overdue.length - 25} not shown)` }).click();
    await expect.poll(() => overdueTable.getByRole('row').count()).toBe(125 + 1);
    expect(await page.getByRole('heading', { level: 3, name: 'Due in the next 30 days (0)' }).count()).toBe(1);
    await screenshot(page, '09b-dashboard-2000-actions');
  });
});
