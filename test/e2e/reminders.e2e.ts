import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, screenshot } from './support/app-page';
import { wcagViolations } from './support/axe';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

const DASHBOARD = '#/plans/plan-haringey-2018/dashboard';

describe.skipIf(!hasChromium)('the DCS sends reminders; the police owner reads theirs', () => {
  let dcs: BrowserContext;
  let police: BrowserContext;
  beforeAll(async () => {
    [dcs, police] = await Promise.all([launchBrowser(), launchBrowser()]);
  });
  afterAll(async () => {
    await dcs?.close();
    await police?.close();
  });

  it('previews who is reminded, sends, and the owner follows the reminder to the action', async () => {
    const admin = await openAs(dcs, appUrl, 'u-dcs', DASHBOARD);
    await admin.getByRole('heading', { name: 'Delivery dashboard' }).waitFor({ timeout: 30_000 });
    await admin.getByRole('button', { name: 'Send reminders' }).click();

    const dialog = admin.getByRole('dialog', { name: 'Send reminders' });
    const preview = dialog.getByRole('table', { name: 'Who will be reminded' });
    // The demo plan is seeded around today with the police action a week overdue.
    await expect.poll(() => preview.getByRole('row', { name: /Sarah Mitchell/ }).count()).toBe(1);
    await expect.poll(() => preview.getByText(/overdue by \d+ working days/).count()).toBeGreaterThan(0);
    await screenshot(admin, '12-send-reminders');
    await dialog.getByRole('button', { name: /^Send \d+ reminders?$/ }).click();
    await expect
      .poll(() =>
        admin
          .getByRole('status')
          .filter({ hasText: /^Sent \d+ reminders?\.$/ })
          .count(),
      )
      .toBe(1);
    expect(await dialog.count()).toBe(0);

    const owner = await openAs(police, appUrl, 'u-police-owner', '#/plans');
    const inbox = owner.getByRole('link', { name: /^Inbox, \d+ unread$/ });
    await inbox.waitFor({ timeout: 30_000 });
    await inbox.click();
    const list = owner.getByRole('list', { name: 'Notifications, newest first' });
    await list.waitFor();
    expect(await wcagViolations(owner)).toEqual([]);
    await screenshot(owner, '13-inbox');

    const reminder = list.getByRole('listitem').filter({ hasText: 'from Amara Okafor' }).first();
    await expect.poll(() => reminder.textContent()).toContain('Second two detective constables');
    await reminder.getByRole('link', { name: /^Reminder: / }).click();
    await expect.poll(() => owner.url()).toContain('#/plans/plan-haringey-2018/actions/act-haringey-02');
  });
});
