// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanId } from '../../src/domain/ids';
import { buttonIn, fieldIn, findDialog } from './support/dialogs';
import { renderAppAs, renderWithInboxAs, seededEmulatorPerFile, storeFor } from './support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const MY_ACTIONS = `#/plans/${PLAN}/my-actions`;
const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

const awaitingPolice = (count: number) =>
  screen.findByRole('region', { name: `Areas naming Police with no Police action yet (${count})` });

describe('areas the letter names an agency in, still without its action', () => {
  it('are listed for the police owner, who adds an action from there and sees the area leave the list', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', MY_ACTIONS);
    const areas = await awaitingPolice(9);
    const thresholds = within(areas).getByRole('link', {
      name: 'Area for improvement 2: Understanding and application of thresholds',
    });
    expect(thresholds).toHaveAttribute('href', expect.stringMatching(new RegExp(`^#/plans/${PLAN}/findings/`)));
    // Area for improvement 1 names the police too, but the police already lead an action there.
    expect(within(areas).queryByRole('link', { name: /^Area for improvement 1:/ })).toBeNull();

    await userEvent.click(within(areas).getByRole('button', { name: 'Add action to area for improvement 2' }));
    const dialog = await findDialog('New action');
    const title = 'Brief every MASH police officer on the revised thresholds document.';
    await userEvent.type(fieldIn(dialog, /^Action/), title);
    await userEvent.type(fieldIn(dialog, /Target date/), '30/04/2018');
    await userEvent.type(fieldIn(dialog, 'Success measure / intended impact'), 'Audit shows every referral graded.');
    await userEvent.click(buttonIn(dialog, 'Add action'));

    const fewer = await awaitingPolice(8);
    expect(within(fewer).queryByRole('link', { name: /^Area for improvement 2:/ })).toBeNull();
    const stored = (await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).actions.map((a) => a.value);
    const findingId = thresholds.getAttribute('href')!.split('/').pop();
    expect(stored.find((a) => a.title === title)).toMatchObject({ findingId, leadAgency: 'police' });
  });

  it('are listed for the police QA lead, who cannot add actions, so is told who can', async () => {
    await renderAppAs(seeded.emulator, 'u-police-qa', MY_ACTIONS);
    // Eight since the police owner's action above.
    const areas = await awaitingPolice(8);
    expect(within(areas).getByText(/Police owners can add one/)).toBeInTheDocument();
    expect(within(areas).queryByRole('button', { name: /^Add action/ })).toBeNull();
  });

  it('are set out agency by agency for the DCS, each area a link', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', MY_ACTIONS);
    const table = await screen.findByRole('table', { name: 'Areas still waiting for an agency’s action' });
    // Area for improvement 2 has the police owner's action from above.
    const police = within(table).getByRole('row', { name: /^Police 10 / });
    expect(
      within(police)
        .getAllByRole('link')
        .map((link) => link.getAttribute('aria-label')),
    ).toEqual([3, 4, 5, 7, 9, 10, 17, 18].map((n) => `Area for improvement ${n}`));
    // Probation is named in one area and leads no action there yet.
    const probation = within(table).getByRole('row', { name: /^Probation 2 / });
    expect(within(probation).getByText('Areas for improvement')).toBeInTheDocument();
  });

  it('are asked for by the DCS, each owner once for their own agency’s areas, and reach the owner’s inbox', async () => {
    await renderWithInboxAs(seeded.emulator, 'u-dcs', MY_ACTIONS);
    await userEvent.click(await screen.findByRole('button', { name: 'Ask owners for their actions' }));
    // In jsdom Fluent's focus trap leaves the dialog aria-hidden, so its parts are found including hidden ones.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    const table = within(dialog).getByRole('table', { name: 'Who will be asked', hidden: true });
    expect(within(table).getByText('Sarah Mitchell').closest('tr')).toHaveTextContent(
      'Sarah MitchellPolice8: Areas for improvement 3, 4, 5, 7, 9, 10, 17, 18',
    );
    // No one owns the partnership's actions in the demo plan, so the DCS is told to ask in person.
    expect(within(dialog).getByText('No Partnership owner to ask')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByText('Send 5 requests'));
    expect(await screen.findByText('Sent 5 requests.')).toBeInTheDocument();
    cleanup();

    await renderWithInboxAs(seeded.emulator, 'u-police-owner', '#/inbox');
    const list = await screen.findByRole('list', { name: 'Notifications, newest first' });
    const [request] = within(list).getAllByRole('listitem');
    expect(request).toHaveTextContent('from Amara Okafor');
    expect(request).toHaveTextContent('Area for improvement 3: Practice at the front door');
    await userEvent.click(
      within(request!).getByRole('link', { name: 'The letter names Police in 8 areas with no Police action yet' }),
    );
    expect(window.location.hash).toBe(MY_ACTIONS);
    expect(await awaitingPolice(8)).toBeInTheDocument();
  });

  it('are not shown to those who neither write nor chase actions', async () => {
    await renderAppAs(seeded.emulator, 'u-partner-police', MY_ACTIONS);
    await screen.findByRole('heading', { name: /what needs attention first/ });
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Areas/ })).toBeNull());
  });
});
