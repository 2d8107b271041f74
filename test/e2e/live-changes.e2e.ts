import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, screenshot } from './support/app-page';
import { wcagViolations } from './support/axe';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

const PLAN = '#/plans/plan-haringey-2018';
const ACTION = `${PLAN}/actions/act-haringey-02`;
/** Looks every 2 seconds, so the test waits seconds rather than the default 20. */
const FAST_LOOKS = 'liveSeconds=2';

/** Marks the page, so a reload (which would clear the mark) is noticed. */
const markPage = (page: Page) => page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
const stillSamePage = (page: Page) => page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded === true);

describe.skipIf(!hasChromium)('changes arrive while the plan is open', () => {
  let dcs: BrowserContext;
  let police: BrowserContext;
  beforeAll(async () => {
    [dcs, police] = await Promise.all([launchBrowser(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([dcs?.close(), police?.close()]);
  });

  it('shows the DCS the police owner’s save without a reload, and merges both edits of one action', async () => {
    const dcsPage = await openAs(dcs, appUrl, 'u-dcs', PLAN, FAST_LOOKS);
    await dcsPage
      .getByRole('heading', { name: /^Haringey JTAI \d{4}: abuse and neglect$/ })
      .first()
      .waitFor();
    await markPage(dcsPage);

    // The police owner renames their action; the DCS's findings list shows it without a reload.
    const policePage = await openAs(police, appUrl, 'u-police-owner', ACTION);
    const policeDialog = policePage.getByRole('dialog');
    const title = policeDialog.getByRole('textbox', { name: 'Action', exact: true });
    const renamed = `${await title.inputValue()} Reviewed weekly.`;
    await title.fill(renamed);
    await policeDialog.getByRole('button', { name: 'Save' }).click();
    await policeDialog.waitFor({ state: 'detached' });
    await dcsPage.getByText(renamed).first().waitFor({ timeout: 15_000 });
    expect(await stillSamePage(dcsPage)).toBe(true);

    // The DCS opens the action; while it is open the owner changes another field of it.
    await dcsPage.evaluate((hash) => (window.location.hash = hash), ACTION);
    const dcsDialog = dcsPage.getByRole('dialog');
    await dcsDialog.getByRole('heading', { name: 'Edit action' }).waitFor();
    await dcsDialog
      .getByRole('textbox', { name: 'How it is measured' })
      .fill('Monthly MASH dashboard, checked by the DCS');
    await policePage.evaluate((hash) => (window.location.hash = hash), ACTION);
    await policeDialog
      .getByRole('textbox', { name: 'Sponsoring director' })
      .fill('Detective Superintendent, Public Protection');
    await policeDialog.getByRole('button', { name: 'Save' }).click();
    await policeDialog.waitFor({ state: 'detached' });

    await dcsDialog.getByText('Sarah Mitchell changed this action just now').waitFor({ timeout: 15_000 });
    expect(await dcsDialog.getByRole('textbox', { name: 'How it is measured' }).inputValue()).toBe(
      'Monthly MASH dashboard, checked by the DCS',
    );
    await screenshot(dcsPage, 'live-01-changed-while-editing');
    expect(await wcagViolations(dcsPage)).toEqual([]);
    await dcsDialog.getByRole('button', { name: 'Save' }).click();
    await dcsDialog.waitFor({ state: 'detached' });
    expect(await stillSamePage(dcsPage)).toBe(true);

    // Both edits are in SharePoint: the owner, reloading, sees the DCS's and their own.
    await policePage.goto(`${appUrl}/?as=u-police-owner${ACTION}`);
    await policePage.reload();
    await policeDialog.getByRole('heading', { name: 'Edit action' }).waitFor();
    const value = (name: string) => policeDialog.getByRole('textbox', { name, exact: true }).inputValue();
    await expect(value('How it is measured')).resolves.toBe('Monthly MASH dashboard, checked by the DCS');
    await expect(value('Sponsoring director')).resolves.toBe('Detective Superintendent, Public Protection');
    await expect(value('Action')).resolves.toBe(renamed);
  });
});
