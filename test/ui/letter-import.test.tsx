// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../src/ui/routing/route';
import { renderAppAs, seededEmulatorPerFile, storeFor } from './support/render-app';
import { setEmulatorFaults } from '../support/emulator-control';

const LETTERS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/letters');
const letter = (name: string) => readFileSync(path.join(LETTERS, name), 'utf8');
const EASTBROOK_TITLE = 'Eastbrook JTAI 2022: multi-agency response to identification of initial need and risk';

const userEvent = userEventApi.setup();

const seeded = seededEmulatorPerFile();
beforeEach(async () => {
  localStorage.clear();
  await setEmulatorFaults(seeded.emulator, null);
});
afterEach(() => cleanup());

async function openImportAsDcs() {
  await renderAppAs(seeded.emulator, 'u-dcs', '#/plans');
  await userEvent.click(await screen.findByRole('link', { name: 'New plan from a findings letter' }));
  // The first visit downloads (here: transforms) the import's chunks, which takes a while.
  await screen.findByRole('heading', { level: 1, name: 'New plan from a findings letter' }, { timeout: 10_000 });
  await screen.findByRole('heading', { level: 2, name: 'Read the letter' }, { timeout: 10_000 });
}

/** Typing a whole value key by key is slow in jsdom; people paste as often as they type. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  await userEvent.paste(text);
}

async function pasteLetter(text: string) {
  await userEvent.click(screen.getByRole('textbox', { name: /Or paste the letter’s text/ }));
  await userEvent.paste(text);
  await userEvent.click(screen.getByRole('button', { name: 'Read the pasted text' }));
  await screen.findByRole('heading', { level: 2, name: 'Plan details' });
}

const finding = (n: number) => screen.getByRole('article', { name: new RegExp(`^Finding ${n} of \\d+`) });

async function plansTitled(title: string) {
  const plans = await storeFor(seeded.emulator, 'u-dcs').listPlans();
  return plans.filter((p) => p.value.title === title);
}

describe('a new plan from a findings letter', { timeout: 60_000 }, () => {
  it('has its own address', () => {
    expect(parseRoute('#/new-plan')).toEqual({ name: 'new-plan' });
    expect(formatRoute({ name: 'new-plan' })).toBe('#/new-plan');
  });

  it('lets the DCS paste a letter, review it, fix a tag, merge two items and create the plan', async () => {
    await openImportAsDcs();
    await pasteLetter(letter('eastbrook-2022.txt'));
    expect(screen.getByRole('textbox', { name: /Area inspected/ })).toHaveValue('Eastbrook');
    expect(screen.getByRole('textbox', { name: /Letter date/ })).toHaveValue('26/09/2022');
    expect(screen.getByRole('textbox', { name: /Principal authority/ })).toHaveValue(
      'the chair of the Eastbrook Safeguarding Children Partnership',
    );
    expect(screen.getByText('The printed submission date differs from 70 working days')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Findings (5)' })).toBeInTheDocument();
    const letterPanel = screen.getByRole('region', { name: 'Letter text' });
    expect(letterPanel).toHaveTextContent(/Detected: area for improvement section/);
    await userEvent.click(within(finding(3)).getByRole('textbox', { name: /Text/ }));
    expect(letterPanel.querySelector('mark')).toHaveTextContent(
      'The involvement of general practitioners in strategy discussions.',
    );

    await userEvent.click(within(finding(1)).getByRole('button', { name: 'Police', pressed: false }));
    expect(within(finding(1)).getByRole('button', { name: 'Police', pressed: true })).toBeInTheDocument();
    await userEvent.click(within(finding(1)).getByRole('button', { name: 'Merge with next, finding 1' }));
    expect(screen.getByRole('heading', { name: 'Findings (4)' })).toBeInTheDocument();
    expect(within(finding(1)).getByRole('textbox', { name: /Text/ })).toHaveValue(
      'The consistency of thresholds applied by the multi-agency safeguarding hub (MASH). The timeliness of police notifications to children’s social care when children are present at domestic abuse incidents.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Create plan and findings' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: EASTBROOK_TITLE }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Areas for improvement (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Strengths (2)' })).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/plans\/plan-/);

    const [created] = await plansTitled(EASTBROOK_TITLE);
    const stored = await storeFor(seeded.emulator, 'u-dcs').loadPlan(created!.value.id);
    expect(stored.findings[0]?.value.agencies).toEqual(['childrens-social-care', 'police']);
    expect(stored.members.map((m) => [m.value.userId, m.value.role])).toEqual([['u-dcs', 'plan-admin']]);
    expect(localStorage.length).toBe(0);
  });

  it('keeps a half-reviewed draft across a reload, until it is discarded', async () => {
    await openImportAsDcs();
    await pasteLetter(letter('northmoor-2018.txt'));
    const area = screen.getByRole('textbox', { name: /Area inspected/ });
    await userEvent.clear(area);
    await userEvent.type(area, 'Northmoor Borough');
    await waitFor(() => expect(area).toHaveValue('Northmoor Borough'));
    cleanup();

    await renderAppAs(seeded.emulator, 'u-dcs', '#/new-plan');
    expect(await screen.findByRole('textbox', { name: /Area inspected/ }, { timeout: 5000 })).toHaveValue(
      'Northmoor Borough',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('heading', { name: 'Read the letter' })).toBeInTheDocument();
    expect(localStorage.length).toBe(0);
  });

  it('says when a document is not a findings letter, and still lets the findings be entered by hand', async () => {
    await openImportAsDcs();
    await pasteLetter(
      'Minutes of the children’s scrutiny panel\n\nThe panel met on 3 March 2023 and noted the report.\n',
    );
    expect(screen.getByText('No findings sections were found')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Findings (0)' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Add a finding' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Area for improvement' }));
    const text = within(finding(1)).getByRole('textbox', { name: /Text/ });
    await waitFor(() => expect(text).toHaveFocus());
    await fill(text, 'Partners do not share information about missing children.');
    await userEvent.click(screen.getByRole('button', { name: 'Create plan and findings' }));
    expect(screen.getByText('The plan cannot be created yet')).toBeInTheDocument();
    expect(screen.getByText('Enter the local area inspected, for example Cheshire East.')).toBeInTheDocument();

    await fill(screen.getByRole('textbox', { name: /Area inspected/ }), 'Westvale');
    await fill(screen.getByRole('textbox', { name: /Letter date/ }), '03/03/2023');
    await fill(screen.getByRole('textbox', { name: /Principal authority/ }), 'Westvale Council');
    await userEvent.click(screen.getByRole('button', { name: 'Create plan and findings' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Westvale JTAI 2023' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Partners do not share information about missing children/)).toBeInTheDocument();
  });

  it('refuses a file over 20 MB, naming the limit', async () => {
    await openImportAsDcs();
    const big = new File(['%PDF-1.7'], 'letter.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 25 * 1024 * 1024 });
    await userEvent.upload(screen.getByLabelText('Letter file (PDF, Word or text)'), big);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file is too large');
    expect(alert).toHaveTextContent('the limit is 20 MB');
    expect(within(alert).getByRole('button', { name: 'Paste the text instead' })).toBeInTheDocument();
  });

  it('keeps the review when creating fails, and the retry creates the plan once', async () => {
    await openImportAsDcs();
    await pasteLetter(letter('riverside-2024.txt'));
    const title = await screen.findByText(/The plan will be called/);
    const planTitle = title.querySelector('strong')!.textContent!;
    await setEmulatorFaults(seeded.emulator, { failNext: { status: 503, count: 3, retryAfterSeconds: 0 } });
    await userEvent.click(screen.getByRole('button', { name: 'Create plan and findings' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan was not created');
    expect(alert).toHaveTextContent('Your review is kept');
    expect(screen.getByRole('heading', { name: 'Plan details' })).toBeInTheDocument();

    await setEmulatorFaults(seeded.emulator, null);
    await userEvent.click(screen.getByRole('button', { name: 'Try again: create plan and findings' }));
    expect(await screen.findByRole('heading', { level: 1, name: planTitle }, { timeout: 10_000 })).toBeInTheDocument();
    expect(await plansTitled(planTitle)).toHaveLength(1);
  });

  it('reshapes findings with buttons and menus, keeping focus on the item being worked on', async () => {
    await openImportAsDcs();
    await pasteLetter(letter('eastbrook-2022.txt'));
    await userEvent.click(within(finding(1)).getByRole('button', { name: 'Merge with next, finding 1' }));
    await userEvent.click(within(finding(1)).getByRole('button', { name: 'Split, finding 1' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /^Before “The timeliness of police/ }));
    expect(screen.getByRole('heading', { name: 'Findings (5)' })).toBeInTheDocument();
    await waitFor(() => expect(within(finding(2)).getByRole('textbox', { name: /Text/ })).toHaveFocus());

    await userEvent.click(within(finding(1)).getByRole('button', { name: 'Move down, finding 1' }));
    expect(within(finding(2)).getByRole('textbox', { name: /Text/ })).toHaveValue(
      'The consistency of thresholds applied by the multi-agency safeguarding hub (MASH).',
    );
    await waitFor(() => expect(within(finding(2)).getByRole('button', { name: 'Move down, finding 2' })).toHaveFocus());

    await userEvent.selectOptions(
      within(finding(5)).getByRole('combobox', { name: 'Type' }),
      'Area for priority action',
    );
    expect(finding(5)).toHaveAccessibleName(/^Finding 5 of 5: Area for priority action/);
    await userEvent.click(within(finding(5)).getByRole('button', { name: 'Delete, finding 5' }));
    expect(screen.getByRole('heading', { name: 'Findings (4)' })).toBeInTheDocument();
  });
});
