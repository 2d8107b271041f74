// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActionId, FindingId, PlanId } from '../../../src/domain/ids';
import type { RunningEmulator } from '../../../src/emulator/start-emulator';
import { GAPS_SHOWN_FIRST } from '../../../src/ui/submission/statement-gaps-bar';
import { anAction } from '../../data/support/fixtures';
import { renderAppAs, startSeededEmulator, storeFor } from '../support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const SUBMISSION = `#/plans/${PLAN}/submission`;
let emulator: RunningEmulator;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
  // An action the DCS has started but not finished: no lead officer, target date or success measure.
  await storeFor(emulator, 'u-dcs').createAction(
    anAction(PLAN, 'fnd-haringey-02' as FindingId, 10, {
      id: 'act-unfinished' as ActionId,
      title: 'Refresh the threshold guidance',
      leadAgency: 'childrens-social-care',
      leadOfficer: null,
      targetDate: null,
      successMeasure: '',
    }),
  );
});
afterAll(async () => stop());
afterEach(() => cleanup());

/** The warning above the export, found by its title. */
async function gapsWarning() {
  const title = await screen.findByText(/^\d+ things are missing from the statement$/);
  const bar = title.closest('.fui-MessageBar') as HTMLElement;
  return { bar, count: Number(/^(\d+)/.exec(title.textContent ?? '')![1]) };
}

describe('before export, what the statement still lacks', { timeout: 60_000 }, () => {
  it('lists each kind of gap, the first few at once and all on request', async () => {
    await renderAppAs(emulator, 'u-dcs', SUBMISSION);
    const { bar, count } = await gapsWarning();
    // 25 areas for improvement without an action, the unfinished action's three gaps, five signatures.
    expect(count).toBe(25 + 3 + 5);
    expect(within(bar).getAllByRole('listitem')).toHaveLength(GAPS_SHOWN_FIRST);

    const more = within(bar).getByRole('button', { name: `Show all ${count}` });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    const items = within(bar)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(count);
    expect(items).toEqual(
      expect.arrayContaining([
        '"Practice at the front door" has no action yet.',
        'The action "Refresh the threshold guidance" (Understanding and application of thresholds) has no lead officer.',
        'The action "Refresh the threshold guidance" (Understanding and application of thresholds) has no target date.',
        'The action "Refresh the threshold guidance" (Understanding and application of thresholds) has no success measure.',
        'Awaiting signature: Safeguarding partner (police).',
        "Awaiting signature: Lead Member for Children's Services.",
        'Awaiting signature: Chief Executive.',
      ]),
    );
    expect(within(bar).getByRole('button', { name: `Show the first ${GAPS_SHOWN_FIRST} only` })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('still lets the statement be exported, as a draft', async () => {
    await renderAppAs(emulator, 'u-police-owner', SUBMISSION);
    await gapsWarning();
    const exportButton = screen.getByRole('button', { name: 'Export draft' });
    expect(exportButton).toBeEnabled();
    expect(exportButton).not.toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('button', { name: 'Build Word and Excel' })).toBeNull();
    expect(
      screen.getByText(/Until every sign-off is complete the document is marked DRAFT on every page\./),
    ).toBeInTheDocument();
  });
});
