// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatRoute, parseRoute } from '../../src/ui/routing/route';
import { renderAppAs, seededEmulatorPerFile } from './support/render-app';
import { memoryLibrary } from './support/memory-library';

const DASHBOARD = '#/plans/plan-haringey-2018/dashboard';
const seeded = seededEmulatorPerFile();
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

  // The file's first render of the whole tab is its slowest on a busy machine.
  it('shows the DCS the charts, each readable as a table', { timeout: 40_000 }, async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', DASHBOARD);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Delivery dashboard' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Working days to the submission deadline')).toBeInTheDocument();
    const overdue = screen.getByRole('table', { name: 'Overdue actions' });
    expect(within(overdue).getAllByRole('row')).toHaveLength(2);
    expect(within(overdue).getByRole('link', { name: /^Second two detective constables/ })).toBeInTheDocument();

    const byAgency = screen.getByRole('region', { name: 'Actions by agency and status' });
    expect(within(byAgency).getByRole('figure', { name: /Actions by agency and status/ })).toBeInTheDocument();
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
    expect(within(byAgency).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('runs the completion chart over the plan’s own months, with today marked', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', DASHBOARD);
    const completion = await screen.findByRole('region', { name: 'Completion over time' }, { timeout: 10_000 });
    expect(
      within(completion).getByText(
        'January 2018 to October 2018, from the plan’s own dates. The dashed line marks today, 22 March 2018.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(completion).getByRole('button', { name: 'Show as table' }));
    const months = within(completion).getByRole('table', { name: 'Actions complete by month' });
    expect(
      within(months)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[0]?.textContent),
    ).toEqual(['January 2018', 'February 2018', 'March 2018']);
  });

  it('labels the finding chart with each finding’s title, linked to it, with the letter’s words as its description', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', DASHBOARD);
    const byFinding = await screen.findByRole('region', { name: 'Actions by finding' }, { timeout: 10_000 });
    const label = within(byFinding).getByRole('link', { name: 'Joint partnership decision making in the MASH' });
    expect(label).toHaveAttribute('href', '#/plans/plan-haringey-2018/findings/fnd-haringey-01');
    expect(label).toHaveAccessibleDescription('Area for improvement 1: Joint partnership decision making in the MASH');
    expect(within(byFinding).queryByText(/^Area for improvement \d+$/)).not.toBeInTheDocument();

    await userEvent.click(within(byFinding).getByRole('button', { name: 'Show as table' }));
    const table = within(byFinding).getByRole('table', { name: 'Actions by finding' });
    expect(
      within(table).getByRole('row', {
        name: /^Area for improvement 13: The LSCB must quicken its pace of improvement/,
      }),
    ).toBeInTheDocument();
  });

  it('builds the progress report for the period typed, keeps it for the board, and explains a bad date', async () => {
    const createObjectURL = vi.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const library = memoryLibrary();
    await renderAppAs(seeded.emulator, 'u-dcs', DASHBOARD, library.wrap);
    const from = await screen.findByRole('textbox', { name: 'From (dd/mm/yyyy)' }, { timeout: 10_000 });
    expect(from).toHaveValue('22/02/2018');
    expect(screen.getByRole('textbox', { name: 'To (dd/mm/yyyy)' })).toHaveValue('22/03/2018');

    await userEvent.clear(from);
    await userEvent.type(from, '31/02/2018');
    await userEvent.click(screen.getByRole('button', { name: 'Download progress report' }));
    expect(await screen.findByText(/Enter the start date as day\/month\/year/)).toBeInTheDocument();
    expect(createObjectURL).not.toHaveBeenCalled();

    await userEvent.clear(from);
    await userEvent.type(from, '01/01/2018');
    await userEvent.click(screen.getByRole('button', { name: 'Download progress report' }));
    const status = await screen.findByRole('status', {}, { timeout: 20_000 });
    expect(status).toHaveTextContent('Haringey progress report 2018-01-01 to 2018-03-22.docx');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const kept = await within(status).findByRole('link', { name: 'open the kept copy' });
    expect(kept).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/contoso\.sharepoint\.com\/.*plan-haringey-2018/),
    );
    expect(status).toHaveTextContent(
      'Kept in the plan’s documents as version 1.0, where the board can open it: open the kept copy',
    );
    expect([...library.saved.keys()]).toEqual([
      'plan-haringey-2018/Haringey progress report 2018-01-01 to 2018-03-22.docx',
    ]);
  });

  it('lets a partner owner build the report without keeping a copy in the plan’s documents', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const library = memoryLibrary();
    await renderAppAs(seeded.emulator, 'u-police-owner', DASHBOARD, library.wrap);
    await userEvent.click(await screen.findByRole('button', { name: 'Download progress report' }, { timeout: 10_000 }));
    const status = await screen.findByRole('status', {}, { timeout: 20_000 });
    expect(status).toHaveTextContent(/^Downloaded: Haringey progress report .*\.docx$/);
    expect(library.saved.size).toBe(0);
  });

  it('shows a partner owner the dashboard too', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', DASHBOARD);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Delivery dashboard' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download progress report' })).toBeEnabled();
  });
});
