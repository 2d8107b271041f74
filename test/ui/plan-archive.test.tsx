// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findDialog, buttonIn } from './support/dialogs';
import { renderAppAs, seededEmulatorPerFile, storeFor } from './support/render-app';

const HARINGEY = 'Haringey JTAI 2018: abuse and neglect';
const PLAN = 'plan-haringey-2018' as never;
const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

const storedPlan = async () => (await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).plan;

describe('archiving a closed plan', () => {
  it('lets the DCS archive the plan from its settings, after confirming', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', '#/plans/plan-haringey-2018/settings');
    await screen.findByRole('button', { name: 'Archive plan' }, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Archive plan' }));
    expect(await findDialog('Archive this plan?')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByText('Archive this plan?')).not.toBeInTheDocument());
    // Focus returns to the button that opened the dialog, and the page behind is reachable again.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Archive plan' })).toHaveFocus());
    expect((await storedPlan()).value.archived).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Archive plan' }));
    await userEvent.click(buttonIn(await findDialog('Archive this plan?'), 'Archive'));
    expect(await screen.findByText('The plan is archived.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect((await storedPlan()).value.archived).toBe(true);
    expect(screen.getByText(/This plan was archived, so it is hidden from the plan list/)).toBeInTheDocument();
    // One in the banner, one in the settings.
    expect(screen.getAllByRole('button', { name: 'Restore plan' })).toHaveLength(2);
  });

  it('hides the archived plan from the list and the plan switcher until asked to show it', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs');
    await screen.findByRole('switch', { name: 'Show archived plans' }, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByText(/Every plan on this site is archived/)).toBeInTheDocument());
    expect(screen.queryByRole('link', { name: HARINGEY })).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: HARINGEY })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: 'Show archived plans' }));
    const row = screen.getByRole('link', { name: HARINGEY }).closest('tr')!;
    expect(within(row).getByText('Archived')).toBeInTheDocument();
    expect(within(row).getByText('Joint targeted area inspection: abuse and neglect')).toBeInTheDocument();
    expect(within(row).getByText('11 May 2018')).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: HARINGEY })).not.toBeInTheDocument();
  });

  it('tells a partner who opens it directly that it is archived, without a restore button', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', '#/plans/plan-haringey-2018');
    expect(await screen.findByText('This plan was archived', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/A plan admin can restore it\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Restore plan' })).not.toBeInTheDocument();
  });

  it('lets the DCS restore it from the banner, and the list shows it again', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', '#/plans/plan-haringey-2018');
    await userEvent.click(await screen.findByRole('button', { name: 'Restore plan' }, { timeout: 10_000 }));
    await waitFor(() => expect(screen.queryByText('This plan was archived')).not.toBeInTheDocument());
    expect((await storedPlan()).value.archived).toBe(false);
    expect(await screen.findByRole('option', { name: HARINGEY }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('archives over a change someone saved meanwhile, and loses nothing', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', '#/plans/plan-haringey-2018/settings');
    await screen.findByRole('button', { name: 'Archive plan' }, { timeout: 10_000 });
    const stored = await storedPlan();
    await storeFor(seeded.emulator, 'u-improvement-lead').updatePlan(
      { ...stored.value, principalAuthority: 'The safeguarding partnership chair' },
      stored.version,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Archive plan' }));
    await userEvent.click(buttonIn(await findDialog('Archive this plan?'), 'Archive'));
    expect(await screen.findByText('The plan is archived.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText('The plan was not archived')).not.toBeInTheDocument();
    expect((await storedPlan()).value).toMatchObject({
      archived: true,
      principalAuthority: 'The safeguarding partnership chair',
    });
    expect(screen.getByText('The safeguarding partnership chair')).toBeInTheDocument();
  });
});
