import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SITE_ID } from '../../src/app/config';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import { createSharePointPlanPermissions } from '../../src/data/graph/sharepoint-plan-permissions';
import { addDaysIso, londonDateOf } from '../../src/domain/dates';
import type { PlanId } from '../../src/domain/ids';
import { partnerApprove, startGovernancePlan, TO_PARTNERSHIP_APPROVAL, walk } from '../state/governance-setup';
import { screenshot } from './support/app-page';
import { wcagViolations } from './support/axe';
import { NARROW, overflowing } from './support/overflow';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';
import { THEME_NAMES } from '../../src/ui/theme/theme-preference';

/** Each signer builds the Word document in the browser; on a busy machine that needs more than the default. */
const SIGNER_TIMEOUT_MS = 240_000;

const TITLE = 'Haringey JTAI: ready to sign';
const graphBaseUrl = `${appUrl}/graph/v1.0`;
const storeFor = (persona: string) =>
  createGraphPlanStore({ graphBaseUrl, siteId: LOCAL_SITE_ID, getToken: async () => `demo.${persona}` });

/** As a site owner does with "Re-apply permissions": the plan's own, so its signers may add to its folder. */
async function applyPlanPermissions(planId: PlanId): Promise<void> {
  await storeFor('u-dcs').saveSubmissionFile({
    planId,
    fileName: 'Placeholder.txt',
    bytes: new TextEncoder().encode('Submissions of this plan go here.'),
    contentType: 'text/plain',
  });
  const getToken = async () => 'demo.u-dcs';
  await createSharePointPlanPermissions({
    graphBaseUrl,
    siteId: LOCAL_SITE_ID,
    getToken,
    sharePoint: { siteUrl: `${appUrl}/graph/sites/jtai-partnership`, getToken },
  }).syncPlan(planId);
}

describe.skipIf(!hasChromium)('a signer signs from the top of the plan, in the browser', () => {
  let context: BrowserContext;
  let page: Page;
  let planId: PlanId;
  let visit = 0;

  /** Opens a view of the plan as a persona: a fresh page load, as each person would see it. */
  async function as(persona: string, view = ''): Promise<Page> {
    visit += 1;
    await page.goto(`${appUrl}/?as=${persona}&visit=${visit}#/plans/${planId}${view ? `/${view}` : ''}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  const region = (name: string | RegExp) => page.getByRole('region', { name });
  const header = () => page.getByRole('region', { name: TITLE });
  const stageFact = () =>
    header()
      .locator('dt', { hasText: /^Stage$/ })
      .locator('xpath=following-sibling::dd[1]');

  /** The view is the first thing in view: above the plan's tabs, and inside the window as it opens. */
  async function expectAtTheTop() {
    const ready = region('Ready for your signature');
    await ready.waitFor();
    const view = await ready.boundingBox();
    const tabs = await page.getByRole('navigation', { name: 'Plan views' }).boundingBox();
    expect(view!.y).toBeLessThan(tabs!.y);
    expect(view!.y).toBeLessThan(page.viewportSize()!.height);
  }

  async function expectNoViolationsInEveryTheme(persona: string, name: string) {
    for (const theme of THEME_NAMES) {
      await page.evaluate((t) => window.localStorage.setItem('jtai.theme', t), theme);
      await as(persona);
      await region('Ready for your signature').waitFor();
      await screenshot(page, `ready-to-sign-${name}-${theme}`);
      expect(await wcagViolations(page)).toEqual([]);
      await readTheStatement();
      expect(await wcagViolations(page)).toEqual([]);
      await screenshot(page, `ready-to-sign-${name}-${theme}-reading`);
      await closeTheStatement();
    }
    await page.evaluate(() => window.localStorage.setItem('jtai.theme', 'light'));
  }

  const readerButton = () =>
    region('Ready for your signature').getByRole('button', { name: 'Read the version you are signing' });
  const statement = () => page.getByRole('article', { name: /^Written statement of action, content reference / });

  /** Opens the statement as the signer reads it on the page, down to its last part. */
  async function readTheStatement() {
    await readerButton().click();
    await statement().getByRole('heading', { name: 'Named contacts' }).waitFor();
  }

  async function closeTheStatement() {
    await readerButton().click();
    await statement().waitFor({ state: 'detached' });
  }

  /** On a phone (320 px): the view is still first, nothing runs off the side, and the statement can be read there. */
  async function expectReadableOnAPhone(persona: string, name: string) {
    const wide = page.viewportSize()!;
    await page.setViewportSize(NARROW);
    await as(persona);
    await expectAtTheTop();
    await expect.poll(() => overflowing(page)).toEqual([]);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, `ready-to-sign-${name}-phone`);
    // Teams on a phone does not download what an app builds: the statement is read on the page.
    await readTheStatement();
    await expect.poll(() => overflowing(page)).toEqual([]);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, `ready-to-sign-${name}-reading-phone`);
    await closeTheStatement();
    await page.setViewportSize(wide);
  }

  /** Downloads the version to be signed, and checks it is a Word document named by its content reference. */
  async function downloadTheVersion() {
    const ready = region('Ready for your signature');
    const reference = (
      await ready.locator('dt', { hasText: 'Content reference' }).locator('xpath=following-sibling::dd[1]').innerText()
    ).slice(0, 12);
    const download = page.waitForEvent('download');
    await ready.getByRole('button', { name: 'Download the version you are signing (Word)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`version ${reference}\\.docx$`));
    const stream = await file.createReadStream();
    const head = await new Promise<Buffer>((resolve) => stream.once('data', (d: Buffer) => resolve(d)));
    expect(head.subarray(0, 2).toString('latin1')).toBe('PK'); // a .docx is a zip package
    return reference;
  }

  /** Approves from the view, which then says who signed, when, on what content, and where the copy is kept. */
  async function approve(approveLabel: string, who: RegExp, reference: string) {
    await region('Ready for your signature').getByRole('button', { name: approveLabel }).click();
    const done = region('Your signature is recorded');
    await done.getByText(who).waitFor();
    await done.getByText(new RegExp(`Content reference ${reference}\\.`)).waitFor();
    await done.getByRole('link', { name: `Signed version ${reference}.docx` }).waitFor();
    expect(await region('Ready for your signature').count()).toBe(0);
    return done;
  }

  beforeAll(async () => {
    // A plan of its own, dated a few weeks ago, so other browser tests keep the seeded one as it is.
    planId = await startGovernancePlan(storeFor('u-dcs'), {
      key: `ready-${Date.now().toString(36)}`,
      title: TITLE,
      letterDate: addDaysIso(londonDateOf(new Date()), -21),
    });
    await walk(storeFor, planId, [
      ...TO_PARTNERSHIP_APPROVAL,
      ['u-partner-la', partnerApprove],
      ['u-partner-health', partnerApprove],
    ]);
    await applyPlanPermissions(planId);
    context = await launchBrowser();
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => context?.close());

  it(
    'lets the last safeguarding partner read, download and approve the exact version',
    async () => {
      await as('u-partner-police');
      await expectAtTheTop();
      await region('Ready for your signature').getByText('Partnership approval', { exact: false }).first().waitFor();
      await expectNoViolationsInEveryTheme('u-partner-police', 'partner');
      const reference = await downloadTheVersion();
      await approve('Approve the plan', /^Approved by Ian Fletcher \(Safeguarding partner\) on /, reference);
      await region('Your signature is recorded')
        .getByText('The plan is now at Lead Member and Chief Executive sign-off.', { exact: false })
        .waitFor();
      await screenshot(page, 'ready-to-sign-partner-approved');
    },
    SIGNER_TIMEOUT_MS,
  );

  it(
    'lets the Lead Member sign off the exact version from the top of the plan',
    async () => {
      await as('u-lead-member');
      await expectAtTheTop();
      await region('Ready for your signature')
        .getByText('You are asked to sign this plan off as Lead Member.')
        .waitFor();
      await expectNoViolationsInEveryTheme('u-lead-member', 'lead-member');
      await expectReadableOnAPhone('u-lead-member', 'lead-member');
      const reference = await downloadTheVersion();
      await approve('Approve and sign off', /^Approved by Cllr Grace Adeyemi \(Lead Member\) on /, reference);
      expect(await stageFact().innerText()).toBe('Lead Member and Chief Executive sign-off');
    },
    SIGNER_TIMEOUT_MS,
  );

  it(
    'lets the Chief Executive sign last, after which the plan is ready to submit, and submitted only when recorded',
    async () => {
      await as('u-chief-executive', 'my-actions');
      await expectAtTheTop();
      await expectNoViolationsInEveryTheme('u-chief-executive', 'chief-executive');
      const reference = await downloadTheVersion();
      const done = await approve('Approve and sign off', /^Approved by Robert Lang \(Chief Executive\) on /, reference);
      await done.getByText('The plan is now at Ready to submit.', { exact: false }).waitFor();
      expect(await stageFact().innerText()).toBe('Ready to submit');
      expect(await wcagViolations(page)).toEqual([]);
      await screenshot(page, 'ready-to-sign-chief-executive-signed');

      await as('u-dcs', 'governance');
      await page.getByRole('heading', { name: 'Current stage: Ready to submit' }).waitFor();
      expect(await stageFact().innerText()).toBe('Ready to submit');
      const timeline = page.getByRole('table', { name: 'Stage timeline' });
      await timeline.getByRole('row', { name: /^Ready to submit Current stage/ }).waitFor();
      const history = page.getByRole('table', { name: 'Sign-offs' });
      await history
        .getByRole('row', { name: /Robert Lang Chief Executive/ })
        .getByRole('link', { name: `Signed version ${reference}.docx` })
        .waitFor();

      await page.getByRole('textbox', { name: /Exported document sent/ }).fill(`Signed version ${reference}.docx`);
      await page.getByRole('button', { name: 'Mark as submitted' }).click();
      await page.getByRole('heading', { name: 'Current stage: Monitoring delivery' }).waitFor();
      await timeline.getByRole('row', { name: /^Submitted to Ofsted Done/ }).waitFor();
      await header()
        .getByText(/Submitted to Ofsted on \d{1,2} [A-Z][a-z]+ \d{4}\./)
        .waitFor();
      expect(await timeline.getByRole('row', { name: /Ready to submit/ }).count()).toBe(0);
      await screenshot(page, 'ready-to-sign-submitted');
    },
    SIGNER_TIMEOUT_MS,
  );
});
