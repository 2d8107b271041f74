// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlanId } from '../../src/domain/ids';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { openAs } from '../state/governance-setup';
import { partnershipPlanAtQa } from '../state/partnership-plan';
import { renderAppAs, startSeededEmulator, storeFor as storeOn } from './support/render-app';

let emulator: RunningEmulator;
let stop: () => Promise<void>;
const storeFor = (persona: string) => storeOn(emulator, persona);
const governanceOf = (planId: PlanId) => `#/plans/${planId}/governance`;
const CHOICE = "Who quality-assures the partnership's actions";

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
});
afterAll(async () => stop());
afterEach(() => cleanup());

const whoAssures = async () => screen.findByRole('list', { name: 'Who quality-assures each agency’s actions' });
const lineFor = (list: HTMLElement, agency: string) =>
  within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(`${agency}:`));

/** Each test starts a plan over HTTP and renders the whole tab: more than the default on a busy machine. */
describe('the agency QA section', { timeout: 60_000 }, () => {
  it('names who assures each agency, and gives the improvement lead the partnership’s actions to approve', async () => {
    const planId = await partnershipPlanAtQa(storeFor, { key: 'ui-partnership-qa' });
    await renderAppAs(emulator, 'u-improvement-lead', governanceOf(planId));

    const list = await whoAssures();
    expect(lineFor(list, 'Police')).toHaveTextContent('Police: Kwame Mensah (QA lead)');
    expect(lineFor(list, 'Partnership')).toHaveTextContent('Partnership: Tom Reilly (improvement lead)');
    const yours = screen.getByRole('region', { name: 'Partnership actions for you to assure (1)' });
    expect(within(yours).getByRole('link', { name: /Agree a neglect strategy/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve Police actions' })).not.toBeInTheDocument();

    await userEvent.type(within(yours).getByRole('textbox', { name: /Comment on Partnership actions/ }), 'Checked');
    await userEvent.click(within(yours).getByRole('button', { name: 'Approve Partnership actions' }));
    expect(await within(yours).findByText(/^You approved these actions on/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Agency QA status' });
    const row = within(table).getByRole('row', { name: /^Partnership/ });
    expect(within(row).getByText('Approved')).toBeInTheDocument();
    expect(within(row).getByText('Tom Reilly')).toBeInTheDocument();
  });

  it('lets the plan admin hand the partnership’s QA to the safeguarding partners, with the keyboard', async () => {
    const planId = await partnershipPlanAtQa(storeFor, { key: 'ui-partnership-choice' });
    await renderAppAs(emulator, 'u-dcs', governanceOf(planId));

    const list = await whoAssures();
    expect(screen.queryByRole('region', { name: /Partnership actions for you to assure/ })).not.toBeInTheDocument();
    const choice = screen.getByRole('combobox', { name: CHOICE });
    expect(choice).toHaveValue('improvement-lead');
    const save = screen.getByRole('button', { name: 'Save who assures partnership actions' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    await userEvent.selectOptions(choice, 'A safeguarding partner');
    save.focus();
    await userEvent.keyboard('{Enter}');

    expect(
      await screen.findByText("The partnership's actions will now be quality-assured by a safeguarding partner."),
    ).toBeInTheDocument();
    expect(save).toHaveFocus();
    await waitFor(() =>
      expect(lineFor(list, 'Partnership')).toHaveTextContent(
        'Partnership: Catherine Ellis (safeguarding partner), Ian Fletcher (safeguarding partner), Nadia Rahman (safeguarding partner)',
      ),
    );
    const audit = screen.getByRole('table', { name: 'Audit trail, newest first' });
    expect(within(audit).getAllByRole('row')[1]).toHaveTextContent(
      "The partnership's actions will be quality-assured by a safeguarding partner",
    );
    const stored = (await openAs(storeFor, 'u-police-qa', planId)).getState().governance!;
    expect(stored.partnershipQaRole).toBe('safeguarding-partner');

    cleanup();
    await renderAppAs(emulator, 'u-partner-la', governanceOf(planId));
    expect(
      await screen.findByRole('region', { name: 'Partnership actions for you to assure (1)' }),
    ).toBeInTheDocument();
  });

  it('offers a QA lead their own agency’s box and no choice of who assures the partnership', async () => {
    const planId = await partnershipPlanAtQa(storeFor, { key: 'ui-partnership-lead' });
    await renderAppAs(emulator, 'u-police-qa', governanceOf(planId));

    await whoAssures();
    expect(screen.getByRole('region', { name: 'Police actions for you to assure (1)' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Partnership actions for you to assure/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: CHOICE })).not.toBeInTheDocument();
  });
});
