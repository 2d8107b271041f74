// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithInboxAs, seededEmulatorPerFile } from './support/render-app';

const DASHBOARD = '#/plans/plan-haringey-2018/dashboard';
// The app's day is Thursday 22 March 2018; Good Friday (30 March) and Easter Monday (2 April) follow.
const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

describe('asking for progress updates before the board meets', () => {
  it('lets the DCS choose the day, see who is asked about what, and send one request each', async () => {
    await renderWithInboxAs(seeded.emulator, 'u-dcs', DASHBOARD);
    const field = await screen.findByRole('textbox', { name: 'Updates needed by (dd/mm/yyyy)' }, { timeout: 10_000 });
    // Ten working days ahead, over the Easter bank holidays.
    expect(field).toHaveValue('09/04/2018');
    const ask = screen.getByRole('button', { name: 'Ask for progress updates' });

    await userEvent.clear(field);
    await userEvent.type(field, '31/02/2018');
    expect(screen.getByText('Enter the date as day/month/year, for example 20/04/2018.')).toBeInTheDocument();
    expect(ask).toHaveAttribute('aria-disabled', 'true');
    await userEvent.clear(field);
    await userEvent.type(field, '21/03/2018');
    expect(screen.getByText('Choose today or a later day.')).toBeInTheDocument();

    await userEvent.clear(field);
    await userEvent.type(field, '13/04/2018');
    expect(ask).not.toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(ask);
    // In jsdom, Fluent's focus trap leaves the dialog aria-hidden: its parts are found including hidden ones.
    const dialog = await screen.findByRole('dialog', { hidden: true }, { timeout: 10_000 });
    expect(dialog).toHaveTextContent('Each person gets one request for a progress update by 13 April 2018');
    const table = within(dialog).getByRole('table', { name: 'Who will be asked', hidden: true });
    const police = within(table).getByText('Sarah Mitchell').closest('tr')!;
    expect(police).toHaveTextContent('Second two detective constables');
    expect(police).toHaveTextContent(/\(last update \d{1,2} \w+ 2018\)/);
    const people = within(table).getAllByRole('row', { hidden: true }).length - 1;

    await userEvent.click(within(dialog).getByText(`Send ${people} requests`));
    expect(await screen.findByText(`Sent ${people} requests.`, {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('puts the request in the police owner’s inbox, opening their actions', async () => {
    await renderWithInboxAs(seeded.emulator, 'u-police-owner', '#/inbox');
    const list = await screen.findByRole('list', { name: 'Notifications, newest first' }, { timeout: 10_000 });
    const request = within(list).getByRole('link', { name: 'Progress updates needed by 13 April 2018 on 1 action' });
    expect(request.closest('li')).toHaveTextContent('Second two detective constables');
    await userEvent.click(request);
    expect(window.location.hash).toBe('#/plans/plan-haringey-2018/my-actions');
  });

  it('offers it to plan admins only', async () => {
    await renderWithInboxAs(seeded.emulator, 'u-police-owner', DASHBOARD);
    await screen.findByRole('heading', { level: 2, name: 'Delivery dashboard' }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Ask for progress updates' })).not.toBeInTheDocument();
  });
});
