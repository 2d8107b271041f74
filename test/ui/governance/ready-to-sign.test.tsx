// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildServices } from '../../../src/app/build-services';
import type { PlanStore } from '../../../src/data/plan-store.port';
import type { PlanId } from '../../../src/domain/ids';
import { contentHash } from '../../../src/domain/workflow/content-hash';
import type { RunningEmulator } from '../../../src/emulator/start-emulator';
import { memoryPendingEditStorage } from '../../../src/state/pending-edits';
import { createSubmissionLibrary } from '../../../src/state/submission-library';
import { App } from '../../../src/ui/app';
import {
  TO_EXECUTIVE_SIGN_OFF,
  TO_PARTNERSHIP_APPROVAL,
  executiveApprove,
  openAs,
  startGovernancePlan,
  walk,
} from '../../state/governance-setup';
import { startSeededEmulator, storeFor as storeOn } from '../support/render-app';
import { memoryLibrary } from '../support/memory-library';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SIGNED_AT = String.raw`\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} \(UK time\)`;

let emulator: RunningEmulator;
let stop: () => Promise<void>;
const storeFor = (persona: string) => storeOn(emulator, persona);

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
});
afterAll(async () => stop());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The whole tab signed in as a persona, at an address, over the emulator and the library in memory. */
async function renderAs(persona: string, hash: string, wrap: (store: PlanStore) => PlanStore) {
  const store = storeFor(persona);
  const user = await store.whoAmI();
  window.location.hash = hash;
  const services = buildServices({
    store,
    user,
    host: 'standalone',
    pending: memoryPendingEditStorage(),
    now: () => new Date('2018-03-01T10:00:00Z'),
  });
  const submissionLibrary = createSubmissionLibrary(wrap(store));
  render(<App services={{ ...services, submissionLibrary, theme: 'light', setTheme: () => undefined }} />);
  return services;
}

async function currentReference(planId: PlanId) {
  const view = await openAs(storeFor, 'u-dcs', planId);
  return contentHash(view.getState().snapshot!).slice(0, 12);
}

/** Catches what the app hands the browser to download. */
function catchDownloads() {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), `blob:version-${blobs.length}`)),
    revokeObjectURL: vi.fn(),
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return { blobs, click };
}

/** Each journey builds the Word document in jsdom, which takes a while on a busy machine. */
describe('Ready for your signature', { timeout: 90_000 }, () => {
  it('puts what a partner signs, by when, and the exact version at the top of the plan, and keeps the version signed', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ready-partner' });
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL);
    const reference = await currentReference(planId);
    const library = memoryLibrary();
    const { wrap } = library;
    await renderAs('u-partner-police', `#/plans/${planId}`, wrap);

    const ready = await screen.findByRole('region', { name: 'Ready for your signature' });
    const tabs = screen.getByRole('navigation', { name: 'Plan views' });
    expect(ready.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(ready).getByText('You are asked to approve this plan as a safeguarding partner.')).toBeVisible();
    const fact = (term: string) => within(ready).getByText(term, { selector: 'dt' }).nextSibling;
    expect(fact('Plan')).toHaveTextContent('Haringey JTAI 2018 governance (ready-partner)');
    expect(fact('Stage')).toHaveTextContent(/^Partnership approval: each safeguarding partner approves/);
    expect(fact('What it holds')).toHaveTextContent('2 areas for improvement and 3 actions');
    expect(fact('Your signature is due')).toHaveTextContent(/^30 April 2018, \d+ working days left$/);
    expect(fact('Due to Ofsted')).toHaveTextContent(/^11 May 2018, \d+ working days left$/);
    expect(fact('Content reference')).toHaveTextContent(reference);
    expect(within(ready).getByRole('link', { name: 'Governance tab' })).toHaveAttribute(
      'href',
      `#/plans/${planId}/governance`,
    );

    const { blobs, click } = catchDownloads();
    await userEvent.click(within(ready).getByRole('button', { name: 'Download the version you are signing (Word)' }));
    const downloaded = await within(ready).findByRole('link', { name: new RegExp(`version ${reference}\\.docx$`) });
    expect(click).toHaveBeenCalled();
    expect(blobs[0]?.type).toBe(DOCX);
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: .docx
    expect(downloaded.getAttribute('download')).toMatch(/\.docx$/);

    await userEvent.click(within(ready).getByRole('button', { name: 'Approve the plan' }));
    const done = await screen.findByRole('region', { name: 'Your signature is recorded' });
    expect(done).toHaveTextContent(
      new RegExp(
        `Approved by Ian Fletcher \\(Safeguarding partner\\) on ${SIGNED_AT}\\. Content reference ${reference}\\.`,
      ),
    );
    expect(await within(done).findByRole('link', { name: `Signed version ${reference}.docx` })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Ready for your signature' })).not.toBeInTheDocument();

    // The copy kept is the very document the partner downloaded.
    const kept = library.saved.get(`${planId}/Signed version ${reference}.docx`);
    expect(kept?.bytes).toEqual(new Uint8Array(await blobs[0]!.arrayBuffer()));
    const stored = (await openAs(storeFor, 'u-dcs', planId)).getState().governance!;
    expect(stored.signOffs.at(-1)).toMatchObject({ userId: 'u-partner-police', decision: 'approve' });
    expect(stored.signOffs.at(-1)!.contentHash.slice(0, 12)).toBe(reference);

    await userEvent.click(within(done).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Your signature is recorded' })).not.toBeInTheDocument();
  });

  it('needs a comment to return the plan, and then sends it back for amendment', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ready-return' });
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL);
    const library = memoryLibrary();
    const { wrap } = library;
    await renderAs('u-partner-health', `#/plans/${planId}/my-actions`, wrap);

    const ready = await screen.findByRole('region', { name: 'Ready for your signature' });
    await userEvent.click(within(ready).getByRole('button', { name: 'Return the plan for amendment' }));
    const comment = within(ready).getByRole('textbox', { name: /Your comment to the partnership/ });
    expect(within(ready).getByText('Say what must change before you return the plan.')).toBeVisible();
    expect(comment).toHaveFocus();
    expect((await openAs(storeFor, 'u-dcs', planId)).getState().governance!.signOffs).toHaveLength(3);

    await userEvent.type(comment, 'Name the GP lead for the neglect training.');
    await userEvent.click(within(ready).getByRole('button', { name: 'Return the plan for amendment' }));
    const done = await screen.findByRole('region', { name: 'You returned the plan for amendment' });
    expect(done).toHaveTextContent(/Returned for amendment by .* The plan is now at Amendments\./);
    expect(within(done).queryByText(/version you signed/)).not.toBeInTheDocument();
    expect(library.saved.size).toBe(0);
  });

  it('points the Lead Member on the Governance tab to the view, and says when the copy could not be kept', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ready-lead' });
    await walk(storeFor, planId, TO_EXECUTIVE_SIGN_OFF);
    const reference = await currentReference(planId);
    const library = memoryLibrary();
    const { wrap } = library;
    library.refusing = true;
    await renderAs('u-lead-member', `#/plans/${planId}/governance`, wrap);

    const ready = await screen.findByRole('region', { name: 'Ready for your signature' });
    expect(within(ready).getByText('You are asked to sign this plan off as Lead Member.')).toBeVisible();
    expect(within(ready).queryByRole('link', { name: 'Governance tab' })).not.toBeInTheDocument();
    const box = screen.getByRole('region', { name: 'Your sign-off as Lead Member' });
    expect(within(box).queryByRole('button', { name: 'Approve and sign off' })).not.toBeInTheDocument();
    await userEvent.click(within(box).getByRole('button', { name: 'Go to your decision' }));
    expect(screen.getByRole('heading', { name: 'Ready for your signature' })).toHaveFocus();

    await userEvent.click(within(ready).getByRole('button', { name: 'Approve and sign off' }));
    const done = await screen.findByRole('region', { name: 'Your signature is recorded' });
    expect(screen.getByRole('heading', { name: 'Your signature is recorded' })).toHaveFocus();
    const warning = await within(done).findByRole('alert');
    expect(warning).toHaveTextContent(
      'Your sign-off is recorded, but a copy of the version you signed could not be kept in the plan’s documents.',
    );
    const history = screen.getByRole('table', { name: 'Sign-offs' });
    const row = within(history).getByRole('row', { name: /Cllr Grace Adeyemi/ });
    expect(within(row).getByText(/^Content reference/)).toHaveTextContent(`Content reference ${reference}`);
    expect(within(row).getByRole('button', { name: 'Build this version again' })).toBeVisible();

    library.refusing = false;
    await userEvent.click(within(warning).getByRole('button', { name: 'Try keeping the copy again' }));
    expect(await within(done).findByRole('link', { name: `Signed version ${reference}.docx` })).toBeVisible();
    await waitFor(() =>
      expect(within(row).getByRole('link', { name: `Signed version ${reference}.docx` })).toBeVisible(),
    );
    expect(within(box).getByText(/You approved this version of the plan on/)).toBeVisible();
  });

  it('sets out the exact version on the page to read, as the Word document has it, for a signer whose Teams cannot download', async () => {
    const foreword = 'We accept every finding, and we thank the children and families who spoke to inspectors.';
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ready-read', foreword });
    await walk(storeFor, planId, TO_EXECUTIVE_SIGN_OFF);
    const reference = await currentReference(planId);
    const { wrap } = memoryLibrary();
    await renderAs('u-lead-member', `#/plans/${planId}`, wrap);

    const ready = await screen.findByRole('region', { name: 'Ready for your signature' });
    const reader = within(ready).getByRole('button', { name: 'Read the version you are signing' });
    expect(reader).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(reader);
    const statement = await within(ready).findByRole('article', {
      name: `Written statement of action, content reference ${reference}`,
    });
    // Each part of the statement is its heading and what follows it.
    const part = (name: string) => within(statement).getByRole('heading', { name }).parentElement!;
    expect(part('Introduction and foreword')).toHaveTextContent(foreword);

    const area = part('Area for improvement 1: Joint partnership decision making in the MASH');
    expect(within(area).getByRole('blockquote')).toHaveTextContent(/MASH/);
    const actions = within(area).getByRole('list', { name: /^Actions for Area for improvement 1/ });
    const first = within(actions).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('heading', { name: 'Action AFI1.1' })).toBeVisible();
    expect(within(first).getByText('Lead agency and lead officer', { selector: 'dt' }).nextSibling).toHaveTextContent(
      /^Children's social care/,
    );

    const signatures = within(part('Signatures')).getByRole('list', { name: 'Signatures' });
    expect(signatures).toHaveTextContent(
      /Lead Member for Children's Services: Cllr Grace Adeyemi, [^.]*\. Awaiting signature\./,
    );
    expect(signatures).toHaveTextContent(
      new RegExp(`Approved on \\d{1,2} [A-Z][a-z]+ \\d{4} \\(content reference ${reference}\\)`),
    );

    await userEvent.click(reader);
    expect(reader).toHaveAttribute('aria-expanded', 'false');
    expect(statement).not.toBeInTheDocument();
  });

  it('says when the plan changes under the statement being read, and shows it as it is now', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ready-reread', foreword: 'First words.' });
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL);
    const before = await currentReference(planId);
    const { wrap } = memoryLibrary();
    const services = await renderAs('u-partner-police', `#/plans/${planId}`, wrap);

    const ready = await screen.findByRole('region', { name: 'Ready for your signature' });
    await userEvent.click(within(ready).getByRole('button', { name: 'Read the version you are signing' }));
    const name = (reference: string) => `Written statement of action, content reference ${reference}`;
    expect(await within(ready).findByRole('article', { name: name(before) })).toHaveTextContent('First words.');

    const dcs = storeFor('u-dcs');
    const loaded = await dcs.loadPlan(planId);
    await dcs.updatePlan({ ...loaded.plan.value, foreword: 'Second words.' }, loaded.plan.version);
    // As the open tab does every 20 seconds.
    await services.planView.getState().checkForChanges();
    const after = await currentReference(planId);
    expect(after).not.toBe(before);

    expect(await within(ready).findByText('The plan has changed since you opened this')).toBeVisible();
    expect(within(ready).queryByRole('article')).not.toBeInTheDocument();
    await userEvent.click(within(ready).getByRole('button', { name: 'Show it as it is now' }));
    expect(await within(ready).findByRole('article', { name: name(after) })).toHaveTextContent('Second words.');
  });

  it('after the last executive signature reads "Ready to submit", and asks no one who has signed', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ready-chief' });
    await walk(storeFor, planId, [...TO_EXECUTIVE_SIGN_OFF, ['u-lead-member', executiveApprove]]);
    const reference = await currentReference(planId);
    const { wrap } = memoryLibrary();
    await renderAs('u-chief-executive', `#/plans/${planId}/grid`, wrap);

    const ready = await screen.findByRole('region', { name: 'Ready for your signature' });
    await userEvent.click(within(ready).getByRole('button', { name: 'Approve and sign off' }));
    const done = await screen.findByRole('region', { name: 'Your signature is recorded' });
    expect(done).toHaveTextContent('The plan is now at Ready to submit.');
    expect(await within(done).findByRole('link', { name: `Signed version ${reference}.docx` })).toBeVisible();
    expect(screen.getByText('Stage', { selector: 'dt' }).nextSibling).toHaveTextContent('Ready to submit');
    cleanup();

    await renderAs('u-lead-member', `#/plans/${planId}/governance`, wrap);
    expect(await screen.findByRole('heading', { name: 'Current stage: Ready to submit' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Ready for your signature' })).not.toBeInTheDocument();
    const row = within(screen.getByRole('table', { name: 'Sign-offs' })).getByRole('row', { name: /Robert Lang/ });
    expect(await within(row).findByRole('link', { name: `Signed version ${reference}.docx` })).toBeVisible();
  });
});
