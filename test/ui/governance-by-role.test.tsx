// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import type { PlanId, UserId } from '../../src/domain/ids';
import { contentHash } from '../../src/domain/workflow/content-hash';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import {
  TO_EXECUTIVE_SIGN_OFF,
  TO_PARTNERSHIP_APPROVAL,
  advance,
  executiveApprove,
  openAs,
  startGovernancePlan,
  walk,
} from '../state/governance-setup';
import { renderAppAs, startSeededEmulator, storeFor as storeOn } from './support/render-app';

let emulator: RunningEmulator;
let stop: () => Promise<void>;
const storeFor = (persona: string) => storeOn(emulator, persona);
const governanceOf = (planId: PlanId) => `#/plans/${planId}/governance`;
/** When SharePoint stored the sign-off (its clock, not the app's), as the tab shows it. */
const SIGNED_AT = String.raw`\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} \(UK time\)`;
const signedAt = (before = '', after = '') => new RegExp(`^${before}${SIGNED_AT}${after}$`);

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
});
afterAll(async () => stop());
afterEach(() => cleanup());

async function storedGovernance(planId: PlanId) {
  return (await openAs(storeFor, 'u-dcs', planId)).getState().governance!;
}

describe('the Governance tab, by role', () => {
  it('lets a QA lead approve their own agency’s actions, and shows every agency’s status', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ui-qa' });
    await walk(storeFor, planId, [['u-dcs', advance()]]);
    await renderAppAs(emulator, 'u-police-qa', governanceOf(planId));

    const yours = await screen.findByRole('region', { name: 'Police actions for you to assure (1)' });
    expect(within(yours).getByRole('link', { name: /Second two detective constables/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve Health actions/ })).not.toBeInTheDocument();
    await userEvent.type(
      within(yours).getByRole('textbox', { name: /Comment on Police actions/ }),
      'Checked with the BCU',
    );
    await userEvent.click(within(yours).getByRole('button', { name: 'Approve Police actions' }));

    expect(await within(yours).findByText(/You approved these actions on/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Agency QA status' });
    const police = within(table).getByRole('row', { name: /^Police/ });
    expect(within(police).getByText('Approved')).toBeInTheDocument();
    expect(within(police).getByText('Checked with the BCU')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /^Health/ })).getByText('Waiting')).toBeInTheDocument();

    const stored = await storedGovernance(planId);
    expect(stored.signOffs).toEqual([
      expect.objectContaining({ stage: 'agency-qa', agency: 'police', userId: 'u-police-qa', decision: 'approve' }),
    ]);
  });

  it('shows a safeguarding partner nothing to sign before partnership approval', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ui-early' });
    await renderAppAs(emulator, 'u-partner-police', governanceOf(planId));

    const yours = await screen.findByRole('region', { name: 'Your approval as a safeguarding partner' });
    expect(
      within(yours).getByText(
        'Nothing for you to sign yet. The plan comes to you at Partnership approval; it is now at Drafting by partners.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve the plan' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Current stage: Drafting by partners' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Move the plan (plan admins)' })).not.toBeInTheDocument();
  });

  it('lets the Lead Member sign the plan off with a comment, listed with who, role, when and the content reference', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ui-lead-member' });
    await walk(storeFor, planId, TO_EXECUTIVE_SIGN_OFF);
    await renderAppAs(emulator, 'u-lead-member', governanceOf(planId));

    const ready = await screen.findByRole('region', { name: 'Ready for your signature' });
    await userEvent.type(
      within(ready).getByRole('textbox', { name: /Your comment with the sign-off/ }),
      'Approved at Cabinet briefing',
    );
    await userEvent.click(within(ready).getByRole('button', { name: 'Approve and sign off' }));
    const yours = screen.getByRole('region', { name: 'Your sign-off as Lead Member' });
    expect(
      await within(yours).findByText(signedAt('You approved this version of the plan on ', String.raw`\.`)),
    ).toBeInTheDocument();

    const history = screen.getByRole('table', { name: 'Sign-offs' });
    const row = within(history).getByRole('row', { name: /Cllr Grace Adeyemi/ });
    expect(within(row).getByText('Lead Member')).toBeInTheDocument();
    expect(within(row).getByText('Approved: Approved at Cabinet briefing')).toBeInTheDocument();
    expect(within(row).getByText(signedAt())).toBeInTheDocument();
    const stored = (await storedGovernance(planId)).signOffs.find((s) => s.role === 'lead-member')!;
    expect(within(row).getByText(/^Content reference/)).toHaveTextContent(
      `Content reference ${stored.contentHash.slice(0, 12)}`,
    );
    expect(stored.comment).toBe('Approved at Cabinet briefing');
  });

  it('shows a partner what changed since they signed after an edit, and lets them approve again', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ui-changed' });
    await walk(storeFor, planId, TO_EXECUTIVE_SIGN_OFF);
    const owner = await openAs(storeFor, 'u-police-owner', planId);
    const action = owner.getState().snapshot!.actions.find((a) => a.leadAgency === 'police')!;
    expect((await owner.getState().saveAction({ ...action, targetDate: isoDate('2018-09-28') })).status).toBe('saved');

    await renderAppAs(emulator, 'u-partner-police', governanceOf(planId));
    expect(await screen.findByRole('heading', { name: 'Current stage: Partnership approval' })).toBeInTheDocument();
    const ready = screen.getByRole('region', { name: 'Ready for your signature' });
    expect(
      within(ready).getByRole('heading', { name: signedAt('What changed since you signed on ') }),
    ).toBeInTheDocument();
    const diff = within(ready).getByRole('table', { name: /Changes to action: Second two detective constables/ });
    const target = within(diff).getByRole('row', { name: /Target date/ });
    expect(within(target).getByText('29/06/2018')).toBeInTheDocument();
    expect(within(target).getByText('28/09/2018')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Sign-offs' });
    expect(within(history).getAllByText(/Superseded on .* after a change by Sarah Mitchell/)).toHaveLength(4);

    await userEvent.click(within(ready).getByRole('button', { name: 'Approve the plan' }));
    const yours = screen.getByRole('region', { name: 'Your approval as a safeguarding partner' });
    expect(
      await within(yours).findByText(signedAt('You approved this version of the plan on ', String.raw`\.`)),
    ).toBeInTheDocument();
  });

  it('gives the DCS the timeline, stage controls and the audit trail as CSV', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ui-dcs' });
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL.slice(0, 4));
    await renderAppAs(emulator, 'u-dcs', governanceOf(planId));

    expect(await screen.findByRole('heading', { name: 'Current stage: Collation by the DCS' })).toBeInTheDocument();
    expect(screen.getByText('Stage', { selector: 'dt' }).nextSibling).toHaveTextContent('Collation by the DCS');
    const timeline = screen.getByRole('table', { name: 'Stage timeline' });
    const submitted = within(timeline).getByRole('row', { name: /Ready to submit/ });
    expect(within(submitted).getByText('11 May 2018 (suggested)')).toBeInTheDocument();
    expect(within(timeline).getByRole('row', { name: /Agency quality assurance/ })).toHaveTextContent('Done');

    await userEvent.type(
      screen.getByRole('textbox', { name: /Note for the audit trail/ }),
      'Draft circulated to the board',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Move on to Partnership review' }));
    expect(await screen.findByRole('heading', { name: 'Current stage: Partnership review' })).toBeInTheDocument();

    const audit = screen.getByRole('table', { name: 'Audit trail, newest first' });
    expect(within(audit).getAllByRole('row')[1]).toHaveTextContent(
      'Moved from Collation by the DCS to Partnership review: Draft circulated to the board',
    );

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Stage to re-date' }), 'Partnership approval');
    await userEvent.type(screen.getByRole('textbox', { name: /New due date/ }), '20/04/2018');
    await userEvent.click(screen.getByRole('button', { name: 'Set due date' }));
    const approval = within(timeline).getByRole('row', { name: /^Partnership approval/ });
    await waitFor(() => expect(approval).toHaveTextContent('20 April 2018 (set by a plan admin)'));

    const chain = screen.getByRole('region', { name: 'Governance chain (plan admins)' });
    await userEvent.type(within(chain).getByRole('textbox', { name: 'Name of the new stage' }), 'Cabinet');
    await userEvent.selectOptions(
      within(chain).getByRole('combobox', { name: 'Add it after' }),
      'Lead Member and Chief Executive sign-off',
    );
    await userEvent.click(within(chain).getByRole('button', { name: 'Add stage' }));
    const stages = within(chain).getByRole('list', { name: 'Stages in the chain' });
    await waitFor(() => expect(stages).toHaveTextContent('8. Cabinet (added)'));
    await userEvent.click(within(chain).getByRole('button', { name: 'Skip Amendments' }));
    await waitFor(() => expect(stages).toHaveTextContent('5. Amendments (skipped)'));
    expect(within(timeline).getByRole('row', { name: /^Cabinet/ })).toHaveTextContent('To come');

    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:audit'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Download audit trail (CSV)' }));
    expect(click).toHaveBeenCalled();
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM, so Excel reads it as UTF-8
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split('\r\n')[0]).toBe('When (UTC),When (UK time),Who,Role,Agency,Event,Stage,Details,Event id');
    expect(csv).toContain('Draft circulated to the board');
    click.mockRestore();
  });

  it('lets the DCS start collation without an agency’s QA, send the plan back and close a plan, each with a reason for the trail', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ui-override' });
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL.slice(0, 3));
    await renderAppAs(emulator, 'u-dcs', governanceOf(planId));

    const controls = await screen.findByRole('region', { name: 'Move the plan (plan admins)' });
    expect(within(controls).getByText('Still waiting for QA from: Health.')).toBeInTheDocument();
    await userEvent.click(within(controls).getByRole('button', { name: 'Override QA and start collation' }));
    expect(
      await within(controls).findByText('Say why collation should start without every agency’s QA.'),
    ).toBeInTheDocument();
    const reason = within(controls).getByRole('textbox', { name: 'Reason for starting collation without their QA' });
    await userEvent.type(reason, 'Health QA lead on leave; agreed at the board');
    await userEvent.click(within(controls).getByRole('button', { name: 'Override QA and start collation' }));
    expect(await screen.findByRole('heading', { name: 'Current stage: Collation by the DCS' })).toBeInTheDocument();
    const audit = screen.getByRole('table', { name: 'Audit trail, newest first' });
    expect(audit).toHaveTextContent(
      'Agency QA overridden without Health: Health QA lead on leave; agreed at the board',
    );

    await userEvent.click(within(controls).getByRole('button', { name: 'Move on to Partnership review' }));
    expect(await within(controls).findByText('The plan is now at Partnership review.')).toBeInTheDocument();
    await userEvent.selectOptions(
      within(controls).getByRole('combobox', { name: 'Send the plan back to' }),
      'Agency quality assurance',
    );
    await userEvent.type(
      within(controls).getByRole('textbox', { name: 'Reason for sending it back' }),
      'Health QA lead is back',
    );
    await userEvent.click(within(controls).getByRole('button', { name: 'Send back' }));
    expect(await screen.findByRole('heading', { name: 'Current stage: Agency quality assurance' })).toBeInTheDocument();
    expect(within(audit).getAllByRole('row')[1]).toHaveTextContent('Health QA lead is back');
    // Once the plan has been sent back, the move on is old news: only what is true now is said.
    expect(within(controls).getByText('The plan is back at Agency quality assurance.')).toBeInTheDocument();
    expect(within(controls).queryByText('The plan is now at Partnership review.')).not.toBeInTheDocument();
    cleanup();

    const closing = await startGovernancePlan(storeFor('u-dcs'), { key: 'ui-close' });
    await walk(storeFor, closing, [
      ...TO_EXECUTIVE_SIGN_OFF,
      ['u-lead-member', executiveApprove],
      ['u-chief-executive', executiveApprove],
      ['u-dcs', () => ({ type: 'submit', date: isoDate('2018-03-01'), documentRef: 'Statement of action.docx' })],
    ]);
    await renderAppAs(emulator, 'u-dcs', governanceOf(closing));
    const moves = await screen.findByRole('region', { name: 'Move the plan (plan admins)' });
    await userEvent.click(within(moves).getByRole('button', { name: 'Close the plan' }));
    expect(
      await within(moves).findByText(/actions? (is|are) not complete; give a reason to close anyway\./),
    ).toBeInTheDocument();
    await userEvent.type(
      within(moves).getByRole('textbox', { name: /Reason for closing the plan/ }),
      'Remaining actions moved to the business plan',
    );
    await userEvent.click(within(moves).getByRole('button', { name: 'Close the plan' }));
    expect(await screen.findByRole('heading', { name: 'Current stage: Closed' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Audit trail, newest first' })).toHaveTextContent(
      'Remaining actions moved to the business plan',
    );
  });

  it('lists a forged sign-off as not counted, with why, and names each signer as SharePoint recorded them', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'ui-forged' });
    await walk(storeFor, planId, TO_EXECUTIVE_SIGN_OFF);
    const owner = await openAs(storeFor, 'u-police-owner', planId);
    const snapshot = owner.getState().snapshot!;
    await storeFor('u-police-owner').appendGovernanceEntry({
      id: 'wfe-ui-forged',
      planId,
      stage: 'executive-sign-off',
      by: { userId: 'u-chief-executive' as UserId, name: 'Robert Lang' },
      event: { type: 'executive-sign', decision: 'approve', comment: '', contentHash: contentHash(snapshot) },
    });
    await renderAppAs(emulator, 'u-dcs', governanceOf(planId));

    const notes = await screen.findByText(/1 entry in this plan's sign-off record did not count/);
    expect(notes).toBeInTheDocument();
    const trail = screen.getByRole('table', { name: 'Audit trail, newest first' });
    const forged = within(trail).getByRole('row', { name: /Not counted/ });
    expect(within(forged).getByText('Sarah Mitchell')).toBeInTheDocument();
    expect(
      within(forged).getByText(/says it was made by Robert Lang, but SharePoint records Sarah Mitchell/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Current stage: Lead Member and Chief Executive sign-off' }),
    ).toBeInTheDocument();
    const signOffs = screen.getByRole('table', { name: 'Sign-offs' });
    expect(within(signOffs).getByRole('row', { name: /Kwame Mensah/ })).toBeInTheDocument();
    expect(within(signOffs).queryByRole('row', { name: /Robert Lang/ })).not.toBeInTheDocument();
  });
});
