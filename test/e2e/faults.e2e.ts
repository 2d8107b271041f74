import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setEmulatorFaults } from '../support/emulator-control';
import { openAs, screenshot } from './support/app-page';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl, controlSecret } from './support/app-under-test';

const ACTION = '#/plans/plan-haringey-2018/actions/act-haringey-04';

const faults = (settings: object | null) =>
  setEmulatorFaults({ url: `${appUrl}/graph`, controlSecret: controlSecret }, settings);

async function editMeasure(page: Page, text: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Edit action' }).waitFor();
  await dialog.getByRole('textbox', { name: 'How it is measured' }).fill(text);
  await dialog.getByRole('button', { name: 'Save' }).click();
  return dialog;
}

async function storedMeasure(page: Page): Promise<string> {
  await page.goto(`${appUrl}/?as=u-dcs${ACTION}`);
  await page.reload();
  return page.getByRole('dialog').getByRole('textbox', { name: 'How it is measured' }).inputValue();
}

describe.skipIf(!hasChromium)('nothing is lost when things go wrong', () => {
  let probation: BrowserContext;
  beforeAll(async () => {
    probation = await launchBrowser();
  });
  afterAll(async () => probation?.close());
  afterEach(async () => faults(null));

  it('rides out a burst of 429 and 503 responses and saves', async () => {
    const page = await openAs(probation, appUrl, 'u-probation-owner', ACTION);
    await faults({ failNext: { status: 429, count: 2, retryAfterSeconds: 1 } });
    const dialog = await editMeasure(page, 'Quarterly audit of 20 assessments');
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await storedMeasure(page)).toBe('Quarterly audit of 20 assessments');
  });

  it('keeps an edit made offline, says so on the plan, and sends it when the connection is back', async () => {
    const page = await openAs(probation, appUrl, 'u-probation-owner', ACTION);
    await page.getByRole('dialog').getByRole('heading', { name: 'Edit action' }).waitFor();
    await probation.setOffline(true);
    try {
      const dialog = await editMeasure(page, 'Termly audit of 15 assessments');
      await dialog.getByText('Saved on this device, not yet in SharePoint').waitFor({ timeout: 30_000 });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      const bar = page.getByRole('status').filter({ hasText: 'You are offline' });
      await bar
        .getByText(
          'Your changes to 1 action are kept on this device and will be sent to SharePoint when the connection is back.',
        )
        .waitFor();
      await screenshot(page, '08-offline');
    } finally {
      await probation.setOffline(false);
    }
    // Back online, the edit is sent (the browser's "online" event) and the bar goes.
    await expect
      .poll(() => page.getByText(/^(You are offline|Not yet in SharePoint)$/).count(), { timeout: 45_000 })
      .toBe(0);
    expect(await storedMeasure(page)).toBe('Termly audit of 15 assessments');
  });

  it('keeps an edit whose response was lost, saves it once, and shows no false conflict', async () => {
    const page = await openAs(probation, appUrl, 'u-probation-owner', ACTION);
    await faults({ dropNext: 1 });
    const dialog = await editMeasure(page, 'Monthly audit of 10 assessments');
    const pending = dialog.getByText('Saved on this device, not yet in SharePoint');
    await Promise.race([dialog.waitFor({ state: 'detached', timeout: 20_000 }), pending.waitFor({ timeout: 20_000 })]);
    await screenshot(page, '08-after-drop');
    expect(await dialog.getByText(/changed this action while you were editing it/).count()).toBe(0);
    if (await pending.count()) {
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(async () => page.getByText('Not saved yet: will retry').count(), { timeout: 45_000 }).toBe(0);
    }
    expect(await storedMeasure(page)).toBe('Monthly audit of 10 assessments');
  });
});
