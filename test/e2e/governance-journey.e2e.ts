import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SITE_ID } from '../../src/app/config';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import { addDaysIso, formatShortDate, londonDateOf } from '../../src/domain/dates';
import type { PlanId } from '../../src/domain/ids';
import { startGovernancePlan } from '../state/governance-setup';
import { screenshot } from './support/app-page';
import { wcagViolations } from './support/axe';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

/** A whole journey is many screens as many people: on a busy machine it needs more than the default two minutes. */
const JOURNEY_TIMEOUT_MS = 300_000;

const THEMES = ['light', 'dark', 'high-contrast'] as const;
const PARTNERS = ['u-partner-la', 'u-partner-police', 'u-partner-health'] as const;

/** WCAG 2.2 AA, as the accessibility suite checks it. */
const violations = wcagViolations;

describe.skipIf(!hasChromium)('the sign-off chain, person by person, in the browser', () => {
  let context: BrowserContext;
  let page: Page;
  let planId: PlanId;
  let visit = 0;

  /** Opens a view of the plan as a persona: a fresh page load, as each person would see it. */
  async function as(persona: string, view = 'governance'): Promise<Page> {
    visit += 1;
    await page.goto(`${appUrl}/?as=${persona}&visit=${visit}#/plans/${planId}/${view}`);
    if (view === 'governance') await page.getByRole('heading', { name: 'Governance and sign-off' }).waitFor();
    return page;
  }

  const currentStage = (name: string) => page.getByRole('heading', { name: `Current stage: ${name}` }).waitFor();
  const mine = (name: string | RegExp) => page.getByRole('region', { name });

  async function moveOn(to: string, note = '') {
    if (note) await page.getByRole('textbox', { name: /Note for the audit trail/ }).fill(note);
    await page.getByRole('button', { name: `Move on to ${to}` }).click();
    await currentStage(to);
  }

  async function partnersApprove() {
    for (const partner of PARTNERS) {
      await as(partner);
      await mine('Ready for your signature').getByRole('button', { name: 'Approve the plan' }).click();
      await mine('Your approval as a safeguarding partner')
        .getByText(/You approved this version of the plan on/)
        .waitFor();
    }
  }

  async function executivesSign(screenshotName?: string) {
    for (const [persona, role] of [
      ['u-lead-member', 'Lead Member'],
      ['u-chief-executive', 'Chief Executive'],
    ] as const) {
      await as(persona);
      const ready = mine('Ready for your signature');
      await ready
        .getByRole('textbox', { name: /Your comment with the sign-off/ })
        .fill(`Signed off for the council by the ${role}.`);
      await ready.getByRole('button', { name: 'Approve and sign off' }).click();
      await mine(`Your sign-off as ${role}`)
        .getByText(/You approved this version of the plan on/)
        .waitFor();
      if (screenshotName && persona === 'u-lead-member') await screenshot(page, screenshotName);
    }
  }

  beforeAll(async () => {
    // A plan of its own, dated a few weeks ago, so other browser tests keep the seeded one as it is.
    const dcs = createGraphPlanStore({
      graphBaseUrl: `${appUrl}/graph/v1.0`,
      siteId: LOCAL_SITE_ID,
      getToken: async () => 'demo.u-dcs',
    });
    planId = await startGovernancePlan(dcs, {
      key: `journey-${Date.now().toString(36)}`,
      title: 'Haringey JTAI: governance journey',
      letterDate: addDaysIso(londonDateOf(new Date()), -21),
    });
    context = await launchBrowser();
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => context?.close());

  it(
    'goes from the partners’ drafts to submission, and back to the partners after a late edit',
    async () => {
      await as('u-dcs');
      await currentStage('Drafting by partners');
      await page.getByRole('table', { name: 'Stage timeline' }).waitFor();
      await screenshot(page, 'governance-01-dcs-timeline');
      await moveOn('Agency quality assurance', 'Partners have written their actions');

      for (const [persona, name] of [
        ['u-csc-qa', "Children's social care"],
        ['u-police-qa', 'Police'],
        ['u-health-qa', 'Health'],
      ] as const) {
        await as(persona);
        await mine(new RegExp(`^${name} actions for you to assure`)).waitFor();
        await page.getByRole('button', { name: `Approve ${name} actions` }).click();
        await page.getByText(/You approved these actions on/).waitFor();
        if (persona === 'u-police-qa') {
          await screenshot(page, 'governance-02-police-qa-approved');
          expect(await violations(page)).toEqual([]);
        }
      }

      await as('u-dcs');
      await currentStage('Collation by the DCS');
      await moveOn('Partnership review', 'Collated draft circulated to the partnership');

      await as('u-partner-health');
      await page
        .getByRole('combobox', { name: 'Comment on' })
        .selectOption({ value: `action:act-${planId.slice(5)}-2` });
      await page
        .getByRole('textbox', { name: 'Your comment' })
        .fill('Say how the 24-hour target is reported to the board.');
      await page.getByRole('button', { name: 'Add comment' }).click();
      const comments = page.getByRole('list', { name: 'Review comments' });
      await comments.getByText('Say how the 24-hour target is reported to the board.').waitFor();
      await screenshot(page, 'governance-03-partner-comment');

      await as('u-dcs');
      await page
        .getByRole('textbox', { name: /How Nadia Rahman’s comment was dealt with/ })
        .fill('Added to the monthly MASH report.');
      await page.getByRole('button', { name: 'Resolve comment' }).click();
      await comments.getByText(/Resolved by Amara Okafor/).waitFor();
      await moveOn('Amendments');
      await moveOn('Partnership approval', 'Amendments agreed at the partnership meeting');
      for (const theme of THEMES) {
        await page.evaluate((t) => window.localStorage.setItem('jtai.theme', t), theme);
        await as('u-dcs');
        await screenshot(page, `governance-a11y-${theme}`);
        expect(await violations(page)).toEqual([]);
      }
      await page.evaluate(() => window.localStorage.setItem('jtai.theme', 'light'));

      await partnersApprove();
      await executivesSign('governance-04-lead-member-signed');
      await as('u-dcs');
      await currentStage('Ready to submit');

      // A late change to a signed action: the approvals no longer match, and the partners are asked again.
      const police = await as('u-police-owner', 'my-actions');
      await police.getByRole('link', { name: /Second two detective constables/ }).click();
      const dialog = police.getByRole('dialog');
      const target = dialog.getByRole('textbox', { name: /Target date/ });
      await target.fill(formatShortDate(addDaysIso(londonDateOf(new Date()), 200)));
      await dialog.getByRole('button', { name: 'Save' }).click();
      // Nothing is saved until the owner has read whose sign-offs go, and said so; they can keep editing.
      const warning = dialog.getByRole('alert').filter({ hasText: /Saving will withdraw \d+ sign-offs/ });
      await warning.getByText('Robert Lang, Chief Executive').waitFor();
      await warning.getByText('The plan will go back to Partnership approval.').waitFor();
      await warning.getByRole('button', { name: 'Keep editing' }).click();
      await warning.waitFor({ state: 'detached' });
      expect(await target.inputValue()).toBe(formatShortDate(addDaysIso(londonDateOf(new Date()), 200)));
      await dialog.getByRole('button', { name: 'Save' }).click();
      await warning.getByRole('button', { name: 'Save and withdraw them' }).click();
      await dialog.waitFor({ state: 'detached' });
      await police.getByText(/Your change altered content that had been signed/).waitFor();
      await screenshot(police, 'governance-05-owner-edit-supersedes');

      await as('u-partner-police');
      await currentStage('Partnership approval');
      const box = mine('Ready for your signature');
      await box.getByRole('heading', { name: /What changed since you signed on/ }).waitFor();
      await box
        .getByRole('table', { name: /Changes to action: Second two detective constables/ })
        .getByRole('row', { name: /Target date/ })
        .waitFor();
      await screenshot(page, 'governance-06-partner-sees-changes');
      expect(await violations(page)).toEqual([]);
      await partnersApprove();
      await executivesSign();

      await as('u-dcs');
      await currentStage('Ready to submit');
      await page
        .getByRole('textbox', { name: /Exported document sent/ })
        .fill('Haringey JTAI written statement of action.docx');
      await page.getByRole('button', { name: 'Mark as submitted' }).click();
      await currentStage('Monitoring delivery');
      await page.getByText(/Submitted on .* by Amara Okafor/).waitFor();
      const history = page.getByRole('table', { name: 'Sign-offs' });
      await expect(history.getByText(/Superseded on/).count()).resolves.toBeGreaterThanOrEqual(4);
      // Each sign-off names the person SharePoint recorded as adding it, from the directory.
      await history
        .getByRole('row', { name: /Robert Lang Chief Executive/ })
        .first()
        .waitFor();
      await history
        .getByRole('row', { name: /Cllr Grace Adeyemi Lead Member/ })
        .first()
        .waitFor();
      await screenshot(page, 'governance-07-submitted');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download audit trail (CSV)' }).click();
      const csv = await (await download).createReadStream();
      const text = await new Promise<string>((resolve) => {
        let body = '';
        csv.on('data', (d: Buffer) => (body += d.toString('utf8')));
        csv.on('end', () => resolve(body));
      });
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toContain('Sign-off superseded');
      expect(text).toContain('Submitted to Ofsted on');

      // After submission a change is a revision of the plan sent, recorded rather than signed again.
      const owner = await as('u-police-owner', 'my-actions');
      await owner.getByRole('link', { name: /Second two detective constables/ }).click();
      await owner.getByRole('dialog').getByRole('textbox', { name: 'Sponsoring director' }).fill('Borough Commander');
      await owner.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
      const revision = owner
        .getByRole('dialog')
        .getByRole('alert')
        .filter({ hasText: 'Saving changes a submitted plan' });
      await revision.getByText(/recorded as a revision/).waitFor();
      await revision.getByRole('button', { name: 'Save' }).click();
      await owner.getByText(/your change is recorded in the audit trail as a revision/).waitFor();

      await as('u-dcs', '');
      await page.getByText('Stage', { exact: true }).waitFor();
      await expect(page.locator('dd', { hasText: 'Monitoring delivery' }).count()).resolves.toBe(1);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
