// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TO_EXECUTIVE_SIGN_OFF, executiveApprove, startGovernancePlan, walk } from '../../state/governance-setup';
import { renderAppAs, seededEmulatorPerFile, storeFor } from '../support/render-app';

const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

describe('the statement of a plan every signer has approved', { timeout: 60_000 }, () => {
  it('exports as approved, and goes back to a draft awaiting the signers when the DCS changes the foreword', async () => {
    const on = (persona: string) => storeFor(seeded.emulator, persona);
    const planId = await startGovernancePlan(on('u-dcs'), { key: 'statement-signed' });
    await walk(on, planId, [
      ...TO_EXECUTIVE_SIGN_OFF,
      ['u-lead-member', executiveApprove],
      ['u-chief-executive', executiveApprove],
    ]);
    await renderAppAs(seeded.emulator, 'u-dcs', `#/plans/${planId}/submission`);

    expect(await screen.findByRole('button', { name: 'Build Word and Excel' })).toBeEnabled();
    expect(screen.getByText(/Every sign-off is complete\./)).toBeInTheDocument();
    expect(screen.queryByText(/missing from the statement/)).toBeNull();
    expect(screen.getByText(/Saving a change to these texts withdraws the approvals/)).toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Introduction and foreword' }),
      'A foreword written after signing.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save statement text' }));
    expect(await screen.findByText('Saved. The next export uses these texts.')).toBeInTheDocument();

    expect(await screen.findByRole('button', { name: 'Export draft' })).toBeEnabled();
    // The partners and the executives are asked again: five signatures, the only gaps.
    expect(screen.getByText('5 things are missing from the statement')).toBeInTheDocument();
    expect(screen.getByText('Awaiting signature: Chief Executive.')).toBeInTheDocument();
    expect(screen.getByText('Awaiting signature: Safeguarding partner (police).')).toBeInTheDocument();
    expect(await screen.findByText(/Your change altered content that had been signed/)).toBeInTheDocument();
  });
});
