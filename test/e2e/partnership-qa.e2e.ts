import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SITE_ID } from '../../src/app/config';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import type { PlanId } from '../../src/domain/ids';
import { partnershipPlanAtQa } from '../state/partnership-plan';
import { openAs, screenshot } from './support/app-page';
import { wcagViolations } from './support/axe';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

/** Tabbing through the whole Governance tab, a key at a time, is slow on a busy machine. */
const KEYBOARD_TIMEOUT_MS = 240_000;

const storeFor = (persona: string) =>
  createGraphPlanStore({
    graphBaseUrl: `${appUrl}/graph/v1.0`,
    siteId: LOCAL_SITE_ID,
    getToken: async () => `demo.${persona}`,
  });

/** Presses Tab until the focused element's name or label matches, as a keyboard user would. */
async function tabTo(page: Page, pattern: RegExp, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const labelFor = el?.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.innerText ?? ''} ${labelFor}`;
    });
    if (pattern.test(label)) return;
  }
  throw new Error(`Could not reach ${pattern} with the Tab key`);
}

describe.skipIf(!hasChromium)('quality assurance of the partnership’s own actions, in the browser', () => {
  let context: BrowserContext;
  let planId: PlanId;
  let visit = 0;

  async function governanceAs(persona: string): Promise<Page> {
    visit += 1;
    const page = await openAs(context, appUrl, persona, `#/plans/${planId}/governance`, `visit=${visit}`);
    await page.getByRole('list', { name: 'Who quality-assures each agency’s actions' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    planId = await partnershipPlanAtQa(storeFor, {
      key: `partnership-qa-${Date.now().toString(36)}`,
      title: 'Haringey JTAI: partnership QA',
    });
    context = await launchBrowser();
  });
  afterAll(async () => context?.close());

  it(
    'the improvement lead approves the partnership’s actions with the keyboard alone',
    { timeout: KEYBOARD_TIMEOUT_MS },
    async () => {
      const page = await governanceAs('u-improvement-lead');
      const yours = page.getByRole('region', { name: 'Partnership actions for you to assure (1)' });
      await yours.waitFor();
      expect(await wcagViolations(page)).toEqual([]);
      await tabTo(page, /Comment on Partnership actions/);
      await page.keyboard.type('Strategy and framework checked against the letter.');
      await tabTo(page, /Approve Partnership actions/);
      await page.keyboard.press('Enter');
      await yours.getByText(/^You approved these actions on/).waitFor();
      await screenshot(page, 'partnership-qa-improvement-lead');
      const row = page.getByRole('table', { name: 'Agency QA status' }).getByRole('row', { name: /^Partnership/ });
      await row.getByText('Approved').waitFor();
    },
  );

  it(
    'the DCS chooses who quality-assures the partnership’s actions with the keyboard alone',
    { timeout: KEYBOARD_TIMEOUT_MS },
    async () => {
      const page = await governanceAs('u-dcs');
      await tabTo(page, /Who quality-assures the partnership's actions/);
      await page.keyboard.press('ArrowDown');
      await tabTo(page, /Save who assures partnership actions/);
      await page.keyboard.press('Enter');
      await page
        .getByText("The partnership's actions will now be quality-assured by a plan admin (the DCS).")
        .waitFor();
      await page
        .getByRole('list', { name: 'Who quality-assures each agency’s actions' })
        .getByRole('listitem')
        .filter({ hasText: 'Partnership: Amara Okafor (plan admin)' })
        .waitFor();
      expect(await wcagViolations(page)).toEqual([]);
      await screenshot(page, 'partnership-qa-dcs-choice');
    },
  );
});
