// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServices } from '../../src/app/build-services';
import type { Finding } from '../../src/domain/finding';
import type { PlanId } from '../../src/domain/ids';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { AppServicesContext } from '../../src/ui/app-services';
import { FindingDialogsProvider } from '../../src/ui/plan/finding-dialogs';
import { FindingEditMenu } from '../../src/ui/plan/finding-edit-menu';
import { buttonIn, fieldIn, findDialog } from './support/dialogs';
import { seededEmulatorPerFile, storeFor } from './support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

/** The nth finding no action answers, as stored. */
async function unansweredFinding(nth: number): Promise<Finding> {
  const loaded = await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN);
  return loaded.findings.filter((f) => !loaded.actions.some((a) => a.value.findingId === f.value.id))[nth]!.value;
}
const storedFinding = async (id: string) =>
  (await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).findings.find((f) => f.value.id === id)!.value;

/** The DCS's edit dialog for one finding, opened from its menu as the findings list does. */
async function openEditorAsDcs(finding: Finding) {
  const store = storeFor(seeded.emulator, 'u-dcs');
  const services = buildServices({
    store,
    user: await store.whoAmI(),
    host: 'standalone',
    pending: memoryPendingEditStorage(),
    now: () => new Date('2018-03-01T10:00:00Z'),
  });
  await services.planView.getState().open(PLAN);
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={{ ...services, theme: 'light', setTheme: () => undefined }}>
        <FindingDialogsProvider>
          <FindingEditMenu finding={finding} />
        </FindingDialogsProvider>
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: /^Edit or delete/ }));
  await userEvent.click(await screen.findByRole('menuitem', { name: 'Edit finding' }));
  return findDialog('Edit finding');
}

/** The improvement lead saves a change to the finding while the DCS's dialog is open. */
async function leadSaves(id: string, change: Partial<Finding>) {
  const stored = (await storeFor(seeded.emulator, 'u-improvement-lead').loadPlan(PLAN)).findings.find(
    (f) => f.value.id === id,
  )!;
  await storeFor(seeded.emulator, 'u-improvement-lead').updateFinding({ ...stored.value, ...change }, stored.version);
}

async function typeWords(dialog: HTMLElement, words: string) {
  const box = fieldIn(dialog, /The finding’s words/);
  await userEvent.clear(box);
  await userEvent.type(box, words);
}

describe('editing a finding someone else changed meanwhile', () => {
  it('saves without asking when the other person changed a different field', async () => {
    const finding = await unansweredFinding(0);
    const dialog = await openEditorAsDcs(finding);
    await leadSaves(finding.id, { type: 'priority-action' });
    await typeWords(dialog, 'The DCS’s words.');
    await userEvent.click(buttonIn(dialog, 'Save'));
    await waitFor(async () =>
      expect(await storedFinding(finding.id)).toMatchObject({ type: 'priority-action', text: 'The DCS’s words.' }),
    );
    await waitFor(() => expect(screen.queryByText('Edit finding', { selector: 'h2' })).not.toBeInTheDocument());
  });

  it('asks only about the field both changed, showing both versions, and saves the choice', async () => {
    const finding = await unansweredFinding(1);
    const dialog = await openEditorAsDcs(finding);
    await leadSaves(finding.id, { type: 'priority-action', text: 'The lead’s words.' });
    await typeWords(dialog, 'The DCS’s words.');
    await userEvent.click(buttonIn(dialog, 'Save'));

    const heading = await within(dialog).findByText(/changed this finding while you were editing it$/, {
      selector: 'h3',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      within(dialog).getByText(/Their change to the type of finding is kept\. You both changed the finding’s words/),
    ).toBeInTheDocument();
    // Only the words are asked about; the type the lead changed is simply kept.
    expect(within(dialog).queryByText(/Type of finding/)).not.toBeInTheDocument();
    const theirs = fieldIn(dialog, 'Theirs: The lead’s words.');
    const mine = fieldIn(dialog, 'Yours: The DCS’s words.');
    expect(mine).toBeChecked();
    expect(within(dialog).getByRole('radiogroup', { name: 'The finding’s words: keep which version?' })).toBe(
      theirs.closest('[role="radiogroup"]'),
    );
    // Nothing is overwritten until the person chooses.
    expect(await storedFinding(finding.id)).toMatchObject({ text: 'The lead’s words.' });

    await userEvent.click(theirs);
    await userEvent.click(mine);
    await userEvent.click(buttonIn(dialog, 'Save the chosen versions'));
    await waitFor(async () =>
      expect(await storedFinding(finding.id)).toMatchObject({ type: 'priority-action', text: 'The DCS’s words.' }),
    );
    await waitFor(() => expect(screen.queryByText('Edit finding', { selector: 'h2' })).not.toBeInTheDocument());
  });
});
