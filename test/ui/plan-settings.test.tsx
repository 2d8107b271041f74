// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAs, seededEmulatorPerFile, storeFor } from './support/render-app';

const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

const SETTINGS = '#/plans/plan-haringey-2018/settings';
const stored = () => storeFor(seeded.emulator, 'u-dcs').loadPlan('plan-haringey-2018' as never);

describe('agencies and people of a plan', () => {
  it('lets the DCS add an agency, and refuses removing one that leads actions', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', SETTINGS);
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'New agency: full name' }),
      'Haringey Housing Services',
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'New agency: short name' }), 'Housing');
    await userEvent.click(screen.getByRole('button', { name: 'Add agency' }));
    await waitFor(async () => expect((await stored()).plan.value.agencies.map((a) => a.key)).toContain('housing'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove Police' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This agency is used by 1 action and 3 members; move them to another agency first.',
    );
  });

  it('adds a person found in the directory as an owner of an agency', async () => {
    const store = storeFor(seeded.emulator, 'u-dcs');
    const before = await store.loadPlan('plan-haringey-2018' as never);
    const priya = before.members.find((m) => m.value.userId === 'u-csc-owner')!;
    await store.removeMember(priya.value.id, priya.version);

    await renderAppAs(seeded.emulator, 'u-dcs', SETTINGS);
    const picker = await screen.findByRole('combobox', { name: /Person/ });
    await userEvent.type(picker, 'Priya');
    await userEvent.click(await screen.findByRole('option', { name: /Priya Shah/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const table = screen.getByRole('table', { name: 'People in this plan' });
    expect(await within(table).findByRole('cell', { name: 'Priya Shah' }, { timeout: 5000 })).toBeInTheDocument();
    const added = (await stored()).members.find((m) => m.value.userId === 'u-csc-owner')!.value;
    expect(added).toMatchObject({ role: 'agency-owner' });
  });

  it('keeps the next person chosen while the last one is being added', async () => {
    const store = storeFor(seeded.emulator, 'u-dcs');
    const before = await store.loadPlan('plan-haringey-2018' as never);
    for (const userId of ['u-police-qa', 'u-health-qa']) {
      const member = before.members.find((m) => m.value.userId === userId)!;
      await store.removeMember(member.value.id, member.version);
    }
    let release!: () => void;
    const saving = new Promise<void>((resolve) => (release = resolve));
    await renderAppAs(seeded.emulator, 'u-dcs', SETTINGS, (real) => ({
      ...real,
      addMembers: async (members) => {
        await saving;
        return real.addMembers(members);
      },
    }));

    const picker = await screen.findByRole('combobox', { name: /Person/ });
    await userEvent.type(picker, 'Mensah');
    await userEvent.click(await screen.findByRole('option', { name: /Kwame Mensah/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    await userEvent.clear(picker);
    await userEvent.type(picker, 'Verma');
    await userEvent.click(await screen.findByRole('option', { name: /Rahul Verma/ }));
    release();

    const table = screen.getByRole('table', { name: 'People in this plan' });
    expect(await within(table).findByRole('cell', { name: 'Kwame Mensah' }, { timeout: 5000 })).toBeInTheDocument();
    expect(picker).toHaveValue('Rahul Verma');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await within(table).findByRole('cell', { name: 'Rahul Verma' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('tells an agency owner the settings are for plan admins', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', SETTINGS);
    expect(
      await screen.findByText(/Only the plan admins \(the DCS and the improvement lead\) can change/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Agencies and people' })).not.toBeInTheDocument();
  });
});
