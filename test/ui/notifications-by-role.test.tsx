// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithInboxAs, seededEmulatorPerFile } from './support/render-app';

const DASHBOARD = '#/plans/plan-haringey-2018/dashboard';
// The app's day is the one the demo plan is seeded around, 22 March 2018: the police action (due
// 15 March) is overdue, the MASH meeting falls due within 10 working days and the neglect strategy
// just after.
const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

const renderWithInbox = (personaId: string, hash: string) => renderWithInboxAs(seeded.emulator, personaId, hash);

describe('reminders and the inbox, by role', () => {
  it('lets the DCS preview who is reminded about which actions, then send the reminders', async () => {
    await renderWithInbox('u-dcs', DASHBOARD);
    await userEvent.click(await screen.findByRole('button', { name: 'Send reminders' }, { timeout: 10_000 }));

    // In jsdom, Fluent's focus trap leaves this dialog aria-hidden (a real browser does not: see
    // test/e2e/reminders.e2e.ts), so its parts are found here including hidden ones.
    const dialog = await screen.findByRole('dialog', { hidden: true }, { timeout: 10_000 });
    expect(within(dialog).getByRole('heading', { hidden: true })).toHaveTextContent('Send reminders');
    const table = within(dialog).getByRole('table', { name: 'Who will be reminded', hidden: true });
    const rows = within(table)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((r) => within(r).getAllByRole('cell', { hidden: true })[0]?.textContent);
    expect(rows).toEqual(['Priya Shah', 'Sarah Mitchell']);
    expect(within(table).getByText('Sarah Mitchell').closest('tr')).toHaveTextContent(
      'target 15 March 2018; overdue by 5 working days',
    );
    expect(within(table).getByText('Priya Shah').closest('tr')).toHaveTextContent('target 28 March 2018');

    await userEvent.click(within(dialog).getByText('Send 2 reminders'));
    expect(await screen.findByText('Sent 2 reminders.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the police owner the reminder in their inbox, and follows it to the action', async () => {
    await renderWithInbox('u-police-owner', '#/plans');
    const inbox = await screen.findByRole('link', { name: 'Inbox, 1 unread' }, { timeout: 10_000 });
    await userEvent.click(inbox);

    expect(await screen.findByRole('heading', { level: 2, name: 'Inbox' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Notifications, newest first' });
    const [item] = within(list).getAllByRole('listitem');
    expect(item).toHaveTextContent('Unread');
    expect(item).toHaveTextContent('from Amara Okafor');
    expect(item).toHaveTextContent('Second two detective constables');

    await userEvent.click(within(item!).getByRole('link', { name: 'Reminder: 1 action overdue' }));
    expect(window.location.hash).toBe('#/plans/plan-haringey-2018/actions/act-haringey-02');
    expect(await screen.findByRole('link', { name: 'Inbox, no unread notifications' })).toBeInTheDocument();
  });

  it('gives people who are not plan admins no reminder button', async () => {
    await renderWithInbox('u-police-owner', DASHBOARD);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Delivery dashboard' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send reminders' })).not.toBeInTheDocument();
  });
});
