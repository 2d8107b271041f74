// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanId } from '../../../src/domain/ids';
import { setEmulatorFaults } from '../../support/emulator-control';
import { renderAppAs, seededEmulatorPerFile, storeFor } from '../support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const SUBMISSION = `#/plans/${PLAN}/submission`;
const seeded = seededEmulatorPerFile();
afterEach(async () => {
  cleanup();
  await setEmulatorFaults(seeded.emulator, null);
});

const storedPlan = async () => (await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).plan;
const foreword = () => screen.findByRole('textbox', { name: 'Introduction and foreword' });
const monitoring = () => screen.findByRole('textbox', { name: 'Governance and monitoring arrangements' });
const valueOf = (box: HTMLElement) => (box as HTMLTextAreaElement).value;
const saveButton = () => screen.getByRole('button', { name: 'Save statement text' });

/** Another admin saves a text straight to the site, as if from their own browser. */
async function savedElsewhere(texts: { foreword?: string; monitoringArrangements?: string }) {
  const store = storeFor(seeded.emulator, 'u-improvement-lead');
  const { plan } = await store.loadPlan(PLAN);
  await store.updatePlan({ ...plan.value, ...texts }, plan.version);
}

describe('the statement text editor', { timeout: 60_000 }, () => {
  it('lets the DCS start from the suggested drafts, edit them and save them to the plan', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', SUBMISSION);
    expect(await foreword()).toHaveValue('');
    expect(await monitoring()).toHaveValue('');

    await userEvent.click(
      screen.getByRole('button', { name: 'Start from the suggested draft: introduction and foreword' }),
    );
    expect(valueOf(await foreword())).toMatch(
      /^This is the written statement of action of the Haringey safeguarding partnership/,
    );
    expect(screen.getByText('The suggested draft is in the box: edit it, then save.')).toBeInTheDocument();
    await userEvent.type(await foreword(), ' Thank you.');
    await userEvent.click(
      screen.getByRole('button', { name: 'Start from the suggested draft: governance and monitoring arrangements' }),
    );
    expect(valueOf(await monitoring())).toMatch(
      /^Delivery of this statement is overseen by the Haringey safeguarding partnership/,
    );
    expect(screen.getByText('You have changes that are not saved yet.')).toBeInTheDocument();

    await userEvent.click(saveButton());
    expect(await screen.findByText('Saved. The next export uses these texts.')).toBeInTheDocument();
    const stored = (await storedPlan()).value;
    expect(stored.foreword).toMatch(/^This is the written statement of action/);
    expect(stored.foreword.endsWith('progress openly. Thank you.')).toBe(true);
    expect(stored.monitoringArrangements).toBe(valueOf(await monitoring()));
  });

  it('puts back what was typed when the draft replaced it', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', SUBMISSION);
    const box = await monitoring();
    await userEvent.clear(box);
    await userEvent.type(box, 'Our own arrangements.');
    await userEvent.click(
      screen.getByRole('button', { name: 'Start from the suggested draft: governance and monitoring arrangements' }),
    );
    expect(box).not.toHaveValue('Our own arrangements.');
    await userEvent.click(
      screen.getByRole('button', { name: 'Put back what I had: governance and monitoring arrangements' }),
    );
    expect(box).toHaveValue('Our own arrangements.');
  });

  it('shows the texts read-only to people who are not plan admins', async () => {
    await savedElsewhere({ foreword: 'The partnership’s foreword.' });
    await renderAppAs(seeded.emulator, 'u-police-owner', SUBMISSION);
    const box = await foreword();
    expect(box).toHaveValue('The partnership’s foreword.');
    expect(box).toHaveAttribute('readonly');
    expect(await monitoring()).toHaveAttribute('readonly');
    expect(
      screen.getByText('Only the plan admins (the DCS and the improvement lead) can change these texts.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Start from the suggested draft/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save statement text' })).toBeNull();
  });

  it('keeps the DCS’s text when someone else saved the same text first, and offers theirs', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', SUBMISSION);
    const box = await monitoring();
    await userEvent.clear(box);
    await userEvent.type(box, 'A monthly board.');
    await savedElsewhere({ monitoringArrangements: 'A quarterly board.' });

    await userEvent.click(saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /changed the governance and monitoring arrangements while you were editing, so your text was not saved/,
    );
    expect(box).toHaveValue('A monthly board.');
    expect(screen.getByText('A quarterly board.')).toBeInTheDocument();
    expect((await storedPlan()).value.monitoringArrangements).toBe('A quarterly board.');

    await userEvent.click(
      screen.getByRole('button', { name: 'Use their version: governance and monitoring arrangements' }),
    );
    expect(box).toHaveValue('A quarterly board.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the text in the box when the connection drops, and saves it on the next try', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', SUBMISSION);
    const box = await foreword();
    await userEvent.clear(box);
    await userEvent.type(box, 'Written on the train.');
    await setEmulatorFaults(seeded.emulator, { dropNext: 1 });
    await userEvent.click(saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/Not saved.*Your text is still in the boxes\./);
    expect(box).toHaveValue('Written on the train.');

    await setEmulatorFaults(seeded.emulator, null);
    await userEvent.click(saveButton());
    expect(await screen.findByText('Saved. The next export uses these texts.')).toBeInTheDocument();
    await waitFor(async () => expect((await storedPlan()).value.foreword).toBe('Written on the train.'));
  });
});
