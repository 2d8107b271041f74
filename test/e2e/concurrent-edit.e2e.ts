import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, screenshot } from './support/app-page';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

const ACTION = '#/plans/plan-haringey-2018/actions/act-haringey-01';

describe.skipIf(!hasChromium)('two people edit one action at once', () => {
  let dcs: BrowserContext;
  let csc: BrowserContext;
  beforeAll(async () => {
    [dcs, csc] = await Promise.all([launchBrowser(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([dcs?.close(), csc?.close()]);
  });

  it('merges different fields without asking, asks only about the field both changed, and keeps both edits', async () => {
    const [dcsPage, cscPage] = await Promise.all([
      openAs(dcs, appUrl, 'u-dcs', ACTION),
      openAs(csc, appUrl, 'u-csc-owner', ACTION),
    ]);
    const dcsDialog = dcsPage.getByRole('dialog');
    const cscDialog = cscPage.getByRole('dialog');
    await Promise.all([
      dcsDialog.getByRole('heading', { name: 'Edit action' }).waitFor(),
      cscDialog.getByRole('heading', { name: 'Edit action' }).waitFor(),
    ]);

    // The owner changes the success measure and the sponsoring director, and saves first.
    await cscDialog.getByRole('textbox', { name: 'Success measure / intended impact' }).fill('Owner’s measure');
    await cscDialog.getByRole('textbox', { name: 'Sponsoring director' }).fill('Assistant Director, Safeguarding');
    await cscDialog.getByRole('button', { name: 'Save' }).click();
    await cscDialog.waitFor({ state: 'detached' });

    // The DCS, editing from the same version, changed only the success measure.
    await dcsDialog.getByRole('textbox', { name: 'Success measure / intended impact' }).fill('DCS’s measure');
    await dcsDialog.getByRole('button', { name: 'Save' }).click();
    await dcsDialog
      .getByRole('heading', { name: 'Priya Shah changed this action while you were editing it' })
      .waitFor();
    await screenshot(dcsPage, '06-conflict');
    await dcsDialog.getByText(/Their change to sponsoring director is kept/).waitFor();
    const table = dcsDialog.getByRole('table', { name: 'Fields you both changed' });
    await table.getByRole('row', { name: /Success measure/ }).waitFor();
    expect(await table.getByRole('row', { name: /Sponsoring director/ }).count()).toBe(0);
    await table
      .getByRole('row', { name: /Success measure/ })
      .getByRole('radio', { name: 'Mine' })
      .check();
    await dcsDialog.getByRole('button', { name: 'Save the chosen values' }).click();
    await dcsDialog.waitFor({ state: 'detached' });

    // Then each changes a different field from the same version: nobody is asked anything.
    await Promise.all([openAs(dcs, appUrl, 'u-dcs', ACTION), openAs(csc, appUrl, 'u-csc-owner', ACTION)]);
    await Promise.all([dcsPage.reload(), cscPage.reload()]);
    await Promise.all([
      dcsDialog.getByRole('heading', { name: 'Edit action' }).waitFor(),
      cscDialog.getByRole('heading', { name: 'Edit action' }).waitFor(),
    ]);
    await cscDialog.getByRole('textbox', { name: 'How it is measured' }).fill('Monthly MASH audit of 40 contacts');
    await cscDialog.getByRole('button', { name: 'Save' }).click();
    await cscDialog.waitFor({ state: 'detached' });
    await dcsDialog.getByRole('textbox', { name: 'Action' }).fill('Joint MASH decision making, reviewed monthly');
    await dcsDialog.getByRole('button', { name: 'Save' }).click();
    await dcsDialog.waitFor({ state: 'detached' });

    await dcsPage.goto(`${appUrl}/?as=u-dcs${ACTION}`);
    await dcsPage.reload();
    const reopened = dcsPage.getByRole('dialog');
    const value = (name: string) => reopened.getByRole('textbox', { name, exact: true }).inputValue();
    await expect(value('Success measure / intended impact')).resolves.toBe('DCS’s measure');
    await expect(value('Sponsoring director')).resolves.toBe('Assistant Director, Safeguarding');
    await expect(value('How it is measured')).resolves.toBe('Monthly MASH audit of 40 contacts');
    await expect(value('Action')).resolves.toBe('Joint MASH decision making, reviewed monthly');
  });
});
