import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { LOCAL_SITE_ID } from '../../src/app/config';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import { isStoreError } from '../../src/data/store-error';
import type { PlanId } from '../../src/domain/ids';
import { screenshot } from './support/app-page';
import { hasChromium, launchBrowser, savedDownload } from './support/chromium';
import { appUrl } from './support/app-under-test';

/** A whole journey is many screens as many people: on a busy machine it needs more than the default two minutes. */
const JOURNEY_TIMEOUT_MS = 300_000;

const LETTER = path.resolve(import.meta.dirname, '../../../shared/letters/cheshire-east-2022.pdf');

/** The people the DCS brings into the plan, as the directory names them. */
const PEOPLE = [
  { name: 'Sarah Mitchell', role: 'Agency owner', agency: 'Police' },
  { name: 'Kwame Mensah', role: 'Agency QA lead', agency: 'Police' },
  { name: 'Fiona Gallagher', role: 'Agency owner', agency: 'Health' },
  { name: 'Rahul Verma', role: 'Agency QA lead', agency: 'Health' },
  { name: 'Catherine Ellis', role: 'Safeguarding partner', agency: "Children's social care" },
  { name: 'Ian Fletcher', role: 'Safeguarding partner', agency: 'Police' },
  { name: 'Nadia Rahman', role: 'Safeguarding partner', agency: 'Health' },
  { name: 'Cllr Grace Adeyemi', role: 'Lead Member', agency: 'No agency' },
  { name: 'Robert Lang', role: 'Chief Executive', agency: 'No agency' },
] as const;

const POLICE_ACTION = 'Police supervisors review every domestic abuse notification within 24 hours';
const HEALTH_ACTION = 'Health visitors attend every strategy discussion for children under five';
const PARTNERS = ['u-partner-la', 'u-partner-police', 'u-partner-health'] as const;

/**
 * One plan, start to finish, as the partnership would use it: the DCS imports the published
 * letter, brings the partners in and allocates actions; owners update theirs; QA leads, partners,
 * the Lead Member and the Chief Executive sign; the DCS builds the submission; a late edit sends
 * it back for approval; the DCS submits.
 */
describe.skipIf(!hasChromium || !existsSync(LETTER))('the whole journey on one plan, in the browser', () => {
  let context: BrowserContext;
  let page: Page;
  let planId: PlanId;
  let visit = 0;

  async function as(persona: string, view: string): Promise<Page> {
    visit += 1;
    await page.goto(`${appUrl}/?as=${persona}&visit=${visit}#/plans/${planId}${view ? `/${view}` : ''}`);
    await page.getByRole('heading', { level: 1, name: /Cheshire East/ }).waitFor({ timeout: 30_000 });
    return page;
  }
  const currentStage = (name: string) => page.getByRole('heading', { name: `Current stage: ${name}` }).waitFor();
  const region = (name: string | RegExp) => page.getByRole('region', { name });

  async function moveOn(to: string, note = '') {
    if (note) await page.getByRole('textbox', { name: /Note for the audit trail/ }).fill(note);
    await page.getByRole('button', { name: `Move on to ${to}` }).click();
    await currentStage(to);
  }

  async function choose(field: string, option: string | RegExp, scope: Page | ReturnType<Page['getByRole']> = page) {
    await scope.getByRole('combobox', { name: field, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  async function addPerson(person: (typeof PEOPLE)[number]) {
    const picker = page.getByRole('combobox', { name: /Person/ });
    await picker.fill('');
    await picker.pressSequentially(person.name.split(' ').at(-1)!);
    await page.getByRole('option', { name: new RegExp(`^${person.name},`) }).click();
    await choose('Role', person.role);
    await choose('Agency', person.agency);
    await page.getByRole('button', { name: 'Add person' }).click();
    await page
      .getByRole('table', { name: 'People in this plan' })
      .getByRole('cell', { name: person.name, exact: true })
      .waitFor();
  }

  async function allocate(finding: string, title: string, agency: string, officer: string) {
    await page.getByRole('button', { name: `Add action to ${finding}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Action/ }).fill(title);
    await choose('Lead agency', agency, dialog);
    await choose('Lead officer', new RegExp(`^${officer},`), dialog);
    await dialog.getByRole('textbox', { name: /Target date/ }).fill('31/03/2027');
    await dialog
      .getByRole('textbox', { name: 'Success measure / intended impact' })
      .fill('Audited monthly; 95% within the standard by the end of the plan.');
    await dialog.getByRole('button', { name: 'Add action' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: title }).waitFor();
  }

  async function partnersApprove() {
    for (const partner of PARTNERS) {
      await as(partner, 'governance');
      await region('Ready for your signature').getByRole('button', { name: 'Approve the plan' }).click();
      await region('Your approval as a safeguarding partner')
        .getByText(/You approved this version of the plan on/)
        .waitFor();
    }
  }

  async function executivesSign() {
    for (const [persona, role] of [
      ['u-lead-member', 'Lead Member'],
      ['u-chief-executive', 'Chief Executive'],
    ] as const) {
      await as(persona, 'governance');
      const ready = region('Ready for your signature');
      await ready
        .getByRole('textbox', { name: /Your comment with the sign-off/ })
        .fill(`Signed for the council (${role}).`);
      await ready.getByRole('button', { name: 'Approve and sign off' }).click();
      await region(`Your sign-off as ${role}`)
        .getByText(/You approved this version of the plan on/)
        .waitFor();
      await screenshot(page, `journey-09-${persona.slice(2)}-signed`);
    }
  }

  beforeAll(async () => {
    context = await launchBrowser();
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => context?.close());

  it(
    'goes from the published letter to the submitted plan, and back for approval after a late edit',
    async () => {
      onTestFailed(async () => screenshot(page, 'journey-failed'));
      // The DCS imports the letter.
      await page.goto(`${appUrl}/?as=u-dcs#/plans`);
      await page.getByRole('link', { name: 'New plan from a findings letter' }).click();
      await page.getByLabel('Letter file (PDF, Word or text)').setInputFiles(LETTER);
      await page.getByRole('button', { name: 'Create plan and findings' }).click({ timeout: 60_000 });
      await page.getByRole('heading', { name: 'Areas for priority action (3)' }).waitFor({ timeout: 60_000 });
      planId = decodeURIComponent(/#\/plans\/([^/]+)/.exec(page.url())![1]!) as PlanId;
      await screenshot(page, 'journey-01-imported');

      // ...brings the partners in, and allocates actions to the police and to health.
      await as('u-dcs', 'settings');
      for (const person of PEOPLE) await addPerson(person);
      await screenshot(page, 'journey-02-people');
      await as('u-dcs', '');
      await allocate('area for priority action 1', POLICE_ACTION, 'Police', 'Sarah Mitchell');
      await allocate('area for priority action 2', HEALTH_ACTION, 'Health', 'Fiona Gallagher');
      await screenshot(page, 'journey-03-allocated');

      // The police owner updates their action, and may only read the health one.
      await as('u-police-owner', 'my-actions');
      await page.getByRole('link', { name: POLICE_ACTION }).click();
      let dialog = page.getByRole('dialog');
      await dialog
        .getByRole('textbox', { name: 'New progress update' })
        .fill('Rota agreed with the three supervisors; first week all reviewed in time.');
      await choose('Status with this update', /^On track/, dialog);
      await dialog.getByRole('button', { name: 'Post update' }).click();
      // In the updates list: the same words are now also the action's reason for its status, in the edit form.
      await dialog
        .getByRole('list', { name: 'Progress updates, newest first' })
        .getByText('Rota agreed with the three supervisors; first week all reviewed in time.')
        .waitFor();
      await screenshot(page, 'journey-04-police-update');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await as('u-police-owner', '');
      await page.getByRole('link', { name: HEALTH_ACTION }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByText('Only Health owners and plan admins can change this action.').waitFor();
      await expect(dialog.getByRole('button', { name: 'Save' }).count()).resolves.toBe(0);
      await screenshot(page, 'journey-05-police-reads-health');
      // ...and the site itself refuses the write, whatever the page offers.
      const asPolice = createGraphPlanStore({
        graphBaseUrl: `${appUrl}/graph/v1.0`,
        siteId: LOCAL_SITE_ID,
        getToken: async () => 'demo.u-police-owner',
        retry: { maxRetries: 0 },
      });
      const loaded = await asPolice.loadPlan(planId);
      const health = loaded.actions.find((a) => a.value.title === HEALTH_ACTION)!;
      const refused = await asPolice
        .updateAction({ ...health.value, title: 'Changed by the police' }, health.version)
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(isStoreError(refused) && refused.kind, String(refused) + JSON.stringify(refused)).toBe('forbidden');

      // QA leads assure their agency's actions.
      await as('u-dcs', 'governance');
      await moveOn('Agency quality assurance', 'Police and health actions written');
      for (const [persona, agency] of [
        ['u-police-qa', 'Police'],
        ['u-health-qa', 'Health'],
      ] as const) {
        await as(persona, 'governance');
        await region(new RegExp(`^${agency} actions for you to assure`)).waitFor();
        await page.getByRole('button', { name: `Approve ${agency} actions` }).click();
        await page.getByText(/You approved these actions on/).waitFor();
      }
      await screenshot(page, 'journey-06-qa-approved');

      // The DCS collates and takes it to the partnership.
      await as('u-dcs', 'governance');
      await currentStage('Collation by the DCS');
      await moveOn('Partnership review', 'Collated draft circulated to the partnership');
      await moveOn('Amendments');
      await moveOn('Partnership approval', 'Agreed at the partnership meeting');
      await screenshot(page, 'journey-07-partnership-approval');
      await partnersApprove();
      await screenshot(page, 'journey-08-partners-approved');
      await executivesSign();

      // The DCS builds the submission: Word and Excel, signed, so no longer a draft.
      await as('u-dcs', 'submission');
      const downloads: Download[] = [];
      page.on('download', (d) => downloads.push(d));
      await page.getByRole('button', { name: 'Build Word and Excel' }).click();
      await page.getByRole('status').getByText('Downloaded:').waitFor({ timeout: 60_000 });
      await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(2);
      const docx = downloads.find((d) => d.suggestedFilename().endsWith('.docx'))!;
      const xml = await (
        await JSZip.loadAsync(readFileSync(await savedDownload(docx)))
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml).toContain(POLICE_ACTION);
      expect(xml).toContain('Robert Lang');
      expect(xml).toContain('Every signature is complete: this is the approved written statement of action.');
      await screenshot(page, 'journey-10-submission-built');

      // A late edit by the police owner: the approvals no longer match, and the partners are asked again.
      await as('u-police-owner', 'my-actions');
      await page.getByRole('link', { name: POLICE_ACTION }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: /Target date/ }).fill('30/06/2027');
      await dialog.getByRole('button', { name: 'Save' }).click();
      // Before anything is saved, the owner is told whose sign-offs the change withdraws.
      const warning = dialog.getByRole('alert').filter({ hasText: /Saving will withdraw \d+ sign-offs/ });
      await warning.getByText('Robert Lang, Chief Executive').waitFor();
      await warning.getByText('The plan will go back to Partnership approval.').waitFor();
      await screenshot(page, 'journey-10b-warning-before-withdrawing');
      await warning.getByRole('button', { name: 'Save and withdraw them' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(/Your change altered content that had been signed/).waitFor();
      await as('u-partner-police', 'governance');
      await currentStage('Partnership approval');
      await region('Ready for your signature')
        .getByRole('table', { name: new RegExp(`Changes to action: ${POLICE_ACTION}`) })
        .getByRole('row', { name: /Target date/ })
        .waitFor();
      await screenshot(page, 'journey-11-partner-sees-change');
      await partnersApprove();
      await executivesSign();

      // Signed again: the DCS submits.
      await as('u-dcs', 'governance');
      await currentStage('Ready to submit');
      await page
        .getByRole('textbox', { name: /Exported document sent/ })
        .fill('Cheshire East written statement of action.docx');
      await page.getByRole('button', { name: 'Mark as submitted' }).click();
      await currentStage('Monitoring delivery');
      await page.getByText(/Submitted on .* by Amara Okafor/).waitFor();
      await screenshot(page, 'journey-12-submitted');
    },
    JOURNEY_TIMEOUT_MS,
  );
});
