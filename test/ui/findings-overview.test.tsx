// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActionId } from '../../src/domain/ids';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { HARINGEY_ACTIONS, HARINGEY_FINDINGS } from '../../src/emulator/seed/haringey-2018';
import { renderAppAs, startSeededEmulator, storeFor } from './support/render-app';

let emulator: RunningEmulator;
let stop: () => Promise<void>;
const EXTRA = 19;

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
  // The seeded plan's first improvement gets 19 more actions on top of the ones it has.
  const store = storeFor(emulator, 'u-dcs');
  const finding = HARINGEY_FINDINGS[0]!;
  const template = HARINGEY_ACTIONS[0]!;
  for (let i = 0; i < EXTRA; i++)
    await store.createAction({
      ...template,
      id: `act-extra-${i}` as ActionId,
      findingId: finding.id,
      title: `Extra action ${i + 1}`,
      order: 100 + i,
    });
});
afterAll(async () => stop());
afterEach(() => cleanup());

describe('the findings overview', () => {
  it('shows a finding’s actions ten at a time, and the rest on request', async () => {
    await renderAppAs(emulator, 'u-dcs', '#/plans/plan-haringey-2018');
    const loaded = await storeFor(emulator, 'u-dcs').loadPlan('plan-haringey-2018' as never);
    const total = loaded.actions.filter((a) => a.value.findingId === HARINGEY_FINDINGS[0]!.id).length;
    expect(total).toBeGreaterThan(20);

    const table = await screen.findByRole('table', { name: 'Actions for area for improvement 1' });
    expect(within(table).getAllByRole('link')).toHaveLength(10);
    expect(screen.getByText(`Showing 10 of ${total} actions.`)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show 10 more actions for area for improvement 1' }));
    expect(within(table).getAllByRole('link')).toHaveLength(20);
    const rest = total - 20;
    await userEvent.click(screen.getByRole('button', { name: `Show ${rest} more actions for area for improvement 1` }));
    expect(within(table).getAllByRole('link')).toHaveLength(total);
    expect(within(table).getByRole('link', { name: `Extra action ${EXTRA}` })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /more actions for area for improvement 1$/ })).not.toBeInTheDocument();
  });
});
