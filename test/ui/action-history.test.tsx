// @vitest-environment jsdom
import { cleanup, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import type { PlanId } from '../../src/domain/ids';
import { findDialog } from './support/dialogs';
import { renderAppAs, seededEmulatorPerFile, storeFor } from './support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

describe('an action’s change history', () => {
  it('shows the DCS who moved the police action’s target date, from SharePoint’s versions', async () => {
    const police = storeFor(seeded.emulator, 'u-police-owner');
    const loaded = await police.loadPlan(PLAN);
    const stored = loaded.actions.find((a) => a.value.id === 'act-haringey-02')!;
    await police.updateAction({ ...stored.value, targetDate: isoDate('2018-04-30') }, stored.version);

    await renderAppAs(seeded.emulator, 'u-dcs', `#/plans/${PLAN}/actions/act-haringey-02`);
    const dialog = await findDialog('Edit action');
    const show = within(dialog).getByRole('button', { name: /^Change history/, hidden: true });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');

    const list = await within(dialog).findByRole('list', { name: 'Changes, newest first', hidden: true });
    const [latest] = within(list).getAllByRole('listitem', { hidden: true });
    expect(latest).toHaveTextContent(/^Sarah Mitchell, \d{1,2} \w+ \d{4} at \d{2}:\d{2} \(UK time\) changed:/);
    expect(latest).toHaveTextContent('Target date: from 15/03/2018 to 30/04/2018');
    expect(list).toHaveTextContent('added the action.');
  });
});
