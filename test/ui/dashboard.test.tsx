// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { formatRoute, parseRoute } from '../../src/ui/routing/route';
import { renderAppAs, startSeededEmulator } from './support/render-app';

const DASHBOARD = '#/plans/plan-haringey-2018/dashboard';
let emulator: RunningEmulator;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
});
afterAll(async () => stop());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the delivery dashboard, by role', () => {
  it('has an address of its own', () => {
    const route = parseRoute(DASHBOARD);
    expect(route).toEqual({ name: 'dashboard', planId: 'plan-haringey-2018' });
    expect(formatRoute(route)).toBe(DASHBOARD);
  });

  it('shows the DCS the charts, each readable as a table', async () => {
    await renderAppAs(emulator, 'u-dcs', DASHBOARD);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Delivery dashboard' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Working days to the submission deadline')).toBeInTheDocument();
    expect(screen.getByText('No action is overdue.')).toBeInTheDocument();

    const byAgency = screen.getByRole('region', { name: 'Actions by agency and status' });
    expect(within(byAgency).getByRole('img', { name: /Actions by agency and status/ })).toBeInTheDocument();
    await userEvent.click(within(byAgency).getByRole('button', { name: 'Show as table' }));
    const table = within(byAgency).getByRole('table', { name: 'Actions by agency and status' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Lead agency', 'Not started', 'On track', 'At risk', 'Off track', 'Complete', 'Total']);
    const police = within(table).getByRole('row', { name: /^Police/ });
    expect(
      within(police)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Police', '0', '0', '1', '0', '0', '1']);
    expect(within(byAgency).queryByRole('img')).not.toBeInTheDocument();

    const completion = screen.getByRole('region', { name: 'Completion over time' });
    await userEvent.click(within(completion).getByRole('button', { name: 'Show as table' }));
    expect(within(completion).getByRole('table', { name: 'Actions complete by month' })).toBeInTheDocument();
  });

  it('builds the progress report for the period typed, and explains a bad date', async () => {
    const createObjectURL = vi.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderAppAs(emulator, 'u-dcs', DASHBOARD);
    const from = await screen.findByRole('textbox', { name: 'From (dd/mm/yyyy)' }, { timeout: 10_000 });
    expect(from).toHaveValue('01/02/2018');
    expect(screen.getByRole('textbox', { name: 'To (dd/mm/yyyy)' })).toHaveValue('01/03/2018');

    await userEvent.clear(from);
    await userEvent.type(from, '31/02/2018');
    await userEvent.click(screen.getByRole('button', { name: 'Download progress report' }));
    expect(await screen.findByText(/Enter the start date as day\/month\/year/)).toBeInTheDocument();
    expect(createObjectURL).not.toHaveBeenCalled();

    await userEvent.clear(from);
    await userEvent.type(from, '01/01/2018');
    await userEvent.click(screen.getByRole('button', { name: 'Download progress report' }));
    const status = await screen.findByRole('status', {}, { timeout: 20_000 });
    expect(status).toHaveTextContent('Haringey progress report 2018-01-01 to 2018-03-01.docx');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('shows a partner owner the dashboard too', async () => {
    await renderAppAs(emulator, 'u-police-owner', DASHBOARD);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Delivery dashboard' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download progress report' })).toBeEnabled();
  });
});
