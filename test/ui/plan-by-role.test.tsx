// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderAppAs, seededEmulatorPerFile, storeFor } from './support/render-app';

const HARINGEY = 'Haringey JTAI 2018: abuse and neglect';
const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

describe('the plan, by role', () => {
  it('shows the DCS the plan list and opens the seeded plan with its findings and actions', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs');
    const link = await screen.findByRole('link', { name: HARINGEY });
    expect(within(link.closest('tr')!).getByText('Plan admin (DCS)')).toBeInTheDocument();
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: HARINGEY })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Areas for improvement (31)' })).toBeInTheDocument();
    expect(screen.getByText(/Written statement of action due 11 May 2018/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Second two detective constables/ })).toBeInTheDocument();
  });

  it('lets the police owner edit their action, and the change is stored', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', '#/plans/plan-haringey-2018/actions/act-haringey-02');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: 'Edit action' })).toBeInTheDocument();
    const target = within(dialog).getByRole('textbox', { name: /Target date/ });
    await userEvent.clear(target);
    await userEvent.type(target, '15/06/2018');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const reread = await storeFor(seeded.emulator, 'u-dcs').loadPlan('plan-haringey-2018' as never);
    expect(reread.actions.find((a) => a.value.id === 'act-haringey-02')?.value.targetDate).toBe('2018-06-15');
  });

  it('explains field problems at the field and saves nothing', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', '#/plans/plan-haringey-2018/actions/act-haringey-02');
    const dialog = await screen.findByRole('dialog');
    const target = within(dialog).getByRole('textbox', { name: /Target date/ });
    await userEvent.clear(target);
    await userEvent.type(target, '31/02/2018');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Enter the date as day\/month\/year/)).toBeInTheDocument();
    expect(within(dialog).getByText('Nothing has been saved yet.')).toBeInTheDocument();
  });

  it('shows the health owner a police action read-only, saying who can change it', async () => {
    await renderAppAs(seeded.emulator, 'u-health-owner', '#/plans/plan-haringey-2018/actions/act-haringey-02');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Only Police owners and plan admins can change this action.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('shows the Lead Member the plan to read', async () => {
    await renderAppAs(seeded.emulator, 'u-lead-member', '#/plans/plan-haringey-2018');
    expect(await screen.findByRole('heading', { level: 1, name: HARINGEY })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: /^Cllr Grace Adeyemi:/ })).toBeVisible();
  });
});

describe('the plan grid', () => {
  // jsdom does no layout; give the grid's scroller a viewport so rows are rendered.
  beforeAll(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });
  afterAll(() => vi.restoreAllMocks());

  it('lists every action and narrows them by agency and search', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', '#/plans/plan-haringey-2018/grid');
    const table = await screen.findByRole('table', { name: 'Actions' });
    expect(await within(table).findByRole('link', { name: /Second two detective constables/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ of \d+ actions shown$/);
    await userEvent.type(screen.getByRole('searchbox'), 'neglect-recognition');
    await waitFor(() =>
      expect(within(table).queryByRole('link', { name: /Second two detective constables/ })).not.toBeInTheDocument(),
    );
    expect(within(table).getByRole('link', { name: /Deliver neglect-recognition training/ })).toBeInTheDocument();
  });

  it('lands a police owner on My actions, overdue first', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', '#/plans/plan-haringey-2018/my-actions');
    expect(
      await screen.findByRole('heading', { name: 'Police actions: what needs attention first' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Post update on: Second two detective constables/ })).toBeInTheDocument();
    expect(screen.queryByText(/Deliver neglect-recognition training/)).not.toBeInTheDocument();
  });
});

describe('milestones, evidence and contributing agencies', () => {
  it('saves them, and refuses an evidence link that is not a web address', async () => {
    await renderAppAs(seeded.emulator, 'u-health-owner', '#/plans/plan-haringey-2018/actions/act-haringey-03');
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Education' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add milestone' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Milestone 1' }), 'Training plan agreed');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Due date 1/ }), '30/04/2018');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add evidence link' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Evidence title 1' }), 'Training register');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Link 1/ }), 'javascript:alert(1)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/is not a web address starting with http/)).toBeInTheDocument();

    const link = within(dialog).getByRole('textbox', { name: /Link 1/ });
    await userEvent.clear(link);
    await userEvent.type(link, 'https://example.org/register');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const stored = (await storeFor(seeded.emulator, 'u-dcs').loadPlan('plan-haringey-2018' as never)).actions.find(
      (a) => a.value.id === 'act-haringey-03',
    )!.value;
    expect(stored.contributingAgencies).toEqual(['education']);
    expect(stored.milestones).toEqual([{ title: 'Training plan agreed', due: '2018-04-30', done: false }]);
    expect(stored.evidence).toEqual([{ title: 'Training register', url: 'https://example.org/register' }]);
  });
});
