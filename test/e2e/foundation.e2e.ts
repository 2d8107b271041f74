import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, screenshot } from './support/app-page';
import { formatLongDate } from '../../src/domain/dates';
import { hasChromium, launchBrowser } from './support/chromium';
import { seededDemo } from './support/seeded-demo';
import { appUrl } from './support/app-under-test';

const { plan } = seededDemo();
const HARINGEY = plan.title;

describe.skipIf(!hasChromium)('the seeded plan in a real browser', () => {
  let dcs: BrowserContext;
  let police: BrowserContext;
  beforeAll(async () => {
    [dcs, police] = await Promise.all([launchBrowser(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([dcs?.close(), police?.close()]);
  });

  // How fast is measured by `npm run bench`; this checks the way in.
  it('signs in through the picker and shows the plan list', async () => {
    const page = dcs.pages()[0] ?? (await dcs.newPage());
    await page.goto(appUrl);
    await page.getByRole('button', { name: /^Amara Okafor/ }).waitFor();
    await screenshot(page, '01-sign-in');
    await page.getByRole('button', { name: /^Amara Okafor/ }).click();
    await page.getByRole('link', { name: HARINGEY }).waitFor();
    await screenshot(page, '02-plan-list');
  });

  it('opens the plan with its findings and actions', async () => {
    const page = dcs.pages()[0]!;
    await page.getByRole('link', { name: HARINGEY }).click();
    await page.getByRole('heading', { name: HARINGEY, level: 1 }).waitFor();
    await expect(page.getByRole('heading', { name: /Areas for improvement \(31\)/ }).isVisible()).resolves.toBe(true);
    const due = `Written statement of action due ${formatLongDate(plan.printedDeadline!)}`;
    await expect(page.getByText(due).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: /Second two detective constables/ }).waitFor();
    await screenshot(page, '03-plan-overview');
  });

  it('lets the police owner edit their action, and the DCS sees it after a refresh', async () => {
    const page = await openAs(police, appUrl, 'u-police-owner', '#/plans/plan-haringey-2018');
    await page.getByRole('link', { name: /Second two detective constables/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Edit action' }).waitFor();
    await screenshot(page, '04-action-edit');
    await dialog.getByRole('combobox', { name: 'Status', exact: true }).click();
    await page.getByRole('option', { name: 'On track (Green)' }).click();
    await dialog
      .getByRole('textbox', { name: /Reason for the status/ })
      .fill('Both detective constables in post from 14 May.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const dcsPage = dcs.pages()[0]!;
    await dcsPage.reload();
    const row = dcsPage.getByRole('row', { name: /Second two detective constables/ });
    await row.getByText('On track').waitFor();
  });

  it('tells the police owner why they cannot change a health action', async () => {
    const page = police.pages()[0]!;
    // The closed dialog must hand the page back to assistive technology.
    expect(await page.locator('#root[aria-hidden="true"]').count()).toBe(0);
    await page.getByRole('link', { name: /Deliver neglect-recognition training/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Only Health owners and plan admins can change this action.').waitFor();
    await expect(dialog.getByRole('button', { name: 'Save' }).count()).resolves.toBe(0);
    await screenshot(page, '05-action-read-only');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});
