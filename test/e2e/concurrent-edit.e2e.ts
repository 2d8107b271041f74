import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openAs, screenshot } from './support/app-page';
import { hasChromium, launchBrowser } from './support/chromium';

const appUrl = inject('appUrl');
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

  it('shows the second saver both values field by field, and ends with both edits saved', async () => {
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

    await dcsDialog.getByRole('textbox', { name: 'Sponsoring director' }).fill('Director of Children’s Services');
    await dcsDialog.getByRole('button', { name: 'Save' }).click();
    await dcsDialog.waitFor({ state: 'detached' });

    await cscDialog.getByRole('textbox', { name: 'How it is measured' }).fill('Monthly MASH audit of 40 contacts');
    await cscDialog.getByRole('button', { name: 'Save' }).click();
    await cscDialog.getByRole('heading', { name: /changed this action while you were editing it/ }).waitFor();
    await screenshot(cscPage, '06-conflict');
    const table = cscDialog.getByRole('table', { name: 'Differences between their version and yours' });
    await table.getByRole('row', { name: /Sponsoring director/ }).waitFor();
    await table
      .getByRole('row', { name: /How it is measured/ })
      .getByRole('radio', { name: 'Mine' })
      .check();
    await table
      .getByRole('row', { name: /Sponsoring director/ })
      .getByRole('radio', { name: 'Theirs' })
      .check();
    await cscDialog.getByRole('button', { name: 'Save the chosen values' }).click();
    await cscDialog.waitFor({ state: 'detached' });

    await dcsPage.goto(`${appUrl}/?as=u-dcs${ACTION}`);
    await dcsPage.reload();
    const reopened = dcsPage.getByRole('dialog');
    await expect(reopened.getByRole('textbox', { name: 'Sponsoring director' }).inputValue()).resolves.toBe(
      'Director of Children’s Services',
    );
    await expect(reopened.getByRole('textbox', { name: 'How it is measured' }).inputValue()).resolves.toBe(
      'Monthly MASH audit of 40 contacts',
    );
  });
});
