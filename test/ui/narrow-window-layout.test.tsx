// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NARROW_WINDOW } from '../../src/ui/theme/narrow-window';
import { renderAppAs, renderWithInboxAs, seededEmulatorPerFile } from './support/render-app';

const seeded = seededEmulatorPerFile();
const MY_ACTIONS = '#/plans/plan-haringey-2018/my-actions';

/** A window as wide as `narrow` says, as `matchMedia` reports it (jsdom has no layout of its own). */
function windowIs(narrow: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: narrow && query === NARROW_WINDOW,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('on a phone, the header and the plan’s facts fold away', () => {
  beforeEach(() => windowIs(true));

  it('keeps the inbox in the header and the plan switcher, theme and person under Menu', async () => {
    await renderWithInboxAs(seeded.emulator, 'u-police-owner', MY_ACTIONS);
    await screen.findByRole('heading', { name: /Police actions/ });
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: /^Inbox/ })).toBeInTheDocument();
    const menu = within(header).getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(within(header).queryByRole('combobox', { name: 'Theme' })).toBeNull();
    expect(within(header).queryByRole('combobox', { name: 'Plan' })).toBeNull();
    expect(within(header).getByText('Sarah Mitchell')).not.toBeVisible();

    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(within(header).getByRole('combobox', { name: 'Theme' })).toBeInTheDocument();
    expect(await within(header).findByRole('combobox', { name: 'Plan' })).toHaveDisplayValue(/Haringey JTAI 2018/);
    expect(within(header).getByText('Sarah Mitchell')).toBeVisible();

    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(within(header).queryByRole('combobox', { name: 'Theme' })).toBeNull();

    // Going elsewhere folds it away.
    await userEvent.click(menu);
    await userEvent.click(within(header).getByRole('link', { name: /^Inbox/ }));
    expect(await screen.findByRole('heading', { name: 'Inbox' })).toBeInTheDocument();
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the plan’s stage, and its other facts on asking', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', MY_ACTIONS);
    const facts = (await screen.findByRole('heading', { level: 1 })).closest('section')!;
    await screen.findByRole('heading', { name: /Police actions/ });
    expect(within(facts).getByText('Stage')).toBeInTheDocument();
    expect(within(facts).queryByText('Letter date')).toBeNull();

    const details = within(facts).getByRole('button', { name: 'Plan details' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(within(facts).getByText('Letter date')).toBeInTheDocument();
    expect(within(facts).getByText('30 January 2018')).toBeInTheDocument();
  });
});

describe('on a wider window', () => {
  beforeEach(() => windowIs(false));

  it('shows the plan switcher, the inbox and the person’s name, with their role and the theme a click away', async () => {
    await renderWithInboxAs(seeded.emulator, 'u-police-owner', MY_ACTIONS);
    await screen.findByRole('heading', { name: /Police actions/ });
    const header = screen.getByRole('banner');
    expect(within(header).queryByRole('button', { name: 'Menu' })).toBeNull();
    expect(await within(header).findByRole('combobox', { name: 'Plan' })).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: /^Inbox/ })).toHaveTextContent('Inbox');
    const person = within(header).getByRole('button', { name: /^Sarah Mitchell: who you are signed in as/ });
    expect(person).toHaveTextContent('Sarah Mitchell');
    expect(person).toHaveAttribute('aria-expanded', 'false');
    expect(within(header).queryByRole('combobox', { name: 'Theme' })).toBeNull();

    await userEvent.click(person);
    expect(person).toHaveAttribute('aria-expanded', 'true');
    expect(within(header).getByRole('combobox', { name: 'Theme' })).toBeInTheDocument();
    expect(within(header).getByText(/Detective Inspector, Safeguarding, Metropolitan Police Service/)).toBeVisible();

    within(header).getByRole('combobox', { name: 'Theme' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(person).toHaveAttribute('aria-expanded', 'false');
    expect(person).toHaveFocus();
    expect(within(header).queryByRole('combobox', { name: 'Theme' })).toBeNull();
  });

  it('shows every fact of the plan at once', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', MY_ACTIONS);
    await screen.findByRole('heading', { name: /Police actions/ });
    expect(screen.getByText('Letter date')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plan details' })).toBeNull();
  });
});
