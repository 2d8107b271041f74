import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SITE_ID } from '../../src/app/config';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import { isoDateTime } from '../../src/domain/dates';
import type { ActionId, PlanId, UpdateId, UserId } from '../../src/domain/ids';
import { THEME_NAMES } from '../../src/ui/theme/theme-preference';
import { screenshot } from './support/app-page';
import { appUrl } from './support/app-under-test';
import { wcagViolations } from './support/axe';
import { hasChromium, launchBrowser } from './support/chromium';
import { NARROW, overflowing } from './support/overflow';

const PLAN = 'plan-haringey-2018' as PlanId;
const HEALTH_ACTION = 'act-haringey-03' as ActionId;
const POLICE_ACTION = 'act-haringey-02' as ActionId;
/** The browser's size for the themes (as `launchBrowser` opens it). */
const WIDE = { width: 1366, height: 900 };
const FORGED = 'Neglect training delivered to every health visitor; action complete.';

describe.skipIf(!hasChromium)('an update posted, or an action moved, by someone who may not, in the browser', () => {
  let context: BrowserContext;
  let page: Page;
  let visit = 0;

  beforeAll(async () => {
    // Straight to SharePoint's list, as the police owner, on the health action, in the health owner's name.
    const police = createGraphPlanStore({
      graphBaseUrl: `${appUrl}/graph/v1.0`,
      siteId: LOCAL_SITE_ID,
      getToken: async () => 'demo.u-police-owner',
    });
    await police.addProgressUpdate(
      {
        id: 'upd-forged-e2e' as UpdateId,
        planId: PLAN,
        actionId: HEALTH_ACTION,
        authorId: 'u-health-owner' as UserId,
        authorName: 'Health owner',
        at: isoDateTime(new Date()),
        text: FORGED,
        status: 'complete',
      },
      'health',
    );
    // And moves her own agency's action to Education in the list: only plan admins hand actions on.
    const own = (await police.loadPlan(PLAN)).actions.find((a) => a.value.id === POLICE_ACTION)!;
    await police.updateAction({ ...own.value, leadAgency: 'education' }, own.version);
    context = await launchBrowser();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${appUrl}/?as=u-dcs`);
  });
  afterAll(async () => context?.close());

  /** The DCS opens the health action, and waits until the update has been checked against its history. */
  async function openTheAction(): Promise<Locator> {
    visit += 1;
    await page.goto(`${appUrl}/?as=u-dcs&visit=${visit}#/plans/${PLAN}/actions/${HEALTH_ACTION}`);
    const uncounted = page.getByRole('dialog').getByRole('list', { name: 'Updates not counted' });
    await uncounted.getByText(/^Not counted:$/).waitFor();
    await expect.poll(() => uncounted.innerText()).toContain(FORGED);
    expect(await uncounted.innerText()).toMatch(/Sarah Mitchell, status given as Complete\./);
    return uncounted;
  }

  /** The DCS opens the police action, and waits until its move has been checked against its history. */
  async function openTheMovedAction(): Promise<Locator> {
    visit += 1;
    await page.goto(`${appUrl}/?as=u-dcs&visit=${visit}#/plans/${PLAN}/actions/${POLICE_ACTION}`);
    const note = page.getByRole('dialog').getByText('Moved to Education without a plan admin');
    await note.waitFor();
    return note;
  }

  /** Opens the view in each theme (screenshot and axe), then on a phone (overflow and axe too). */
  async function readsWellEverywhere(open: () => Promise<Locator>, name: string) {
    await page.setViewportSize(WIDE);
    for (const theme of THEME_NAMES) {
      await page.evaluate((t) => window.localStorage.setItem('jtai.theme', t), theme);
      await (await open()).scrollIntoViewIfNeeded();
      await screenshot(page, `${name}-${theme}`);
      expect(await wcagViolations(page)).toEqual([]);
    }
    await page.evaluate(() => window.localStorage.setItem('jtai.theme', 'light'));
    await page.setViewportSize(NARROW);
    await open();
    await expect.poll(() => overflowing(page)).toEqual([]);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, `${name}-phone`);
  }

  it('is shown as not counted, with why, and reads well in every theme and on a phone', async () => {
    await readsWellEverywhere(openTheAction, 'uncounted-update');
  });

  it('says on the moved action who moved it, and reads well in every theme and on a phone', async () => {
    await readsWellEverywhere(openTheMovedAction, 'moved-action');
  });
});
