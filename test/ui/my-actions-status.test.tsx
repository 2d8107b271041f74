// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Root } from '../../src/app/root';
import type { PlanId } from '../../src/domain/ids';
import { webPendingEditStorage } from '../../src/state/pending-edits';
import { buttonIn, fieldIn, findDialog } from './support/dialogs';
import { renderAppAs, seededEmulatorPerFile, storeFor } from './support/render-app';
import { setEmulatorFaults } from '../support/emulator-control';

const PLAN = 'plan-haringey-2018' as PlanId;
const MY_ACTIONS = `#/plans/${PLAN}/my-actions`;
const seeded = seededEmulatorPerFile();
beforeEach(async () => {
  localStorage.clear();
  await faults(null);
});
afterEach(() => cleanup());

const faults = (settings: object | null) => setEmulatorFaults(seeded.emulator, settings);

/** The whole tab as the browser runs it (retrying kept changes when it comes online), keeping them in localStorage. */
async function openTabAs(personaId: string, hash = MY_ACTIONS) {
  const store = storeFor(seeded.emulator, personaId);
  const user = await store.whoAmI();
  window.location.hash = hash;
  const deps = {
    store,
    user,
    host: 'standalone' as const,
    pending: webPendingEditStorage(localStorage),
    now: () => new Date('2018-03-01T10:00:00Z'),
  };
  return render(<Root deps={deps} />);
}

async function chooseStatus(actionTitle: RegExp, preset: RegExp) {
  const item = (await screen.findByRole('link', { name: actionTitle })).closest('li')!;
  await userEvent.click(within(item).getByRole('button', { name: /^Change status of:/ }));
  await userEvent.click(await screen.findByRole('menuitem', { name: preset }));
  return item;
}

async function stored() {
  const loaded = await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN);
  return { actions: loaded.actions.map((a) => a.value), updates: loaded.updates };
}

describe('posting an update from My actions', () => {
  it('opens on the words, refuses an empty update, and posts one that keeps the status', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', MY_ACTIONS);
    const item = (await screen.findByRole('link', { name: /Second two detective constables/ })).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: /^Post update on: Second two detective/ }));
    const dialog = await findDialog('Post an update');
    expect(fieldIn(dialog, 'Status with this update')).toHaveTextContent('Keep as At risk');

    await userEvent.click(buttonIn(dialog, 'Post update'));
    expect(await within(dialog).findByText('Write what has happened since the last update.')).toBeInTheDocument();

    const text = 'First constable seconded; second interviews on 12 March.';
    await userEvent.type(fieldIn(dialog, /New progress update/), text);
    await userEvent.click(buttonIn(dialog, 'Post update'));
    expect(await screen.findByText('Your update is posted; the status is unchanged.')).toBeInTheDocument();
    const now = await stored();
    expect(now.updates.filter((u) => u.text === text)).toMatchObject([{ actionId: 'act-haringey-02', status: null }]);
    expect(now.actions.find((a) => a.id === 'act-haringey-02')).toMatchObject({ status: 'at-risk' });

    // The next update is written beside the last one.
    await waitFor(() => expect(screen.queryByText('Post an update', { selector: 'h2' })).not.toBeInTheDocument());
    await userEvent.click(buttonIn(item, 'Post update'));
    const again = await findDialog('Post an update');
    expect(within(again).getByText(/^Last update: .*Sarah Mitchell$/)).toBeInTheDocument();
    expect(within(again).getByText(text)).toBeInTheDocument();
  });
});

describe('changing the status of an action from My actions', () => {
  it('opens a preset that needs a reason with that status chosen, and saves that status with the reason', async () => {
    await renderAppAs(seeded.emulator, 'u-police-owner', MY_ACTIONS);
    await chooseStatus(/Second two detective constables/, /^Off track \(give a reason\)/);
    const dialog = await findDialog('Change status');
    expect(fieldIn(dialog, 'New status')).toHaveTextContent('Off track');

    const reason = 'Second post still vacant; interim cover ends in April.';
    await userEvent.type(fieldIn(dialog, /Reason for the status/), reason);
    await userEvent.click(buttonIn(dialog, 'Save status'));

    expect(
      await screen.findByText('Status changed to Off track; your reason is posted as a progress update.'),
    ).toBeInTheDocument();
    const now = await stored();
    expect(now.actions.find((a) => a.id === 'act-haringey-02')).toMatchObject({
      status: 'off-track',
      statusReason: reason,
    });
    expect(now.updates.filter((u) => u.text === reason)).toMatchObject([{ status: 'off-track' }]);
  });

  it('keeps a status change and its reason made while SharePoint is busy, says so, and sends them after a reload', async () => {
    await openTabAs('u-health-owner');
    await chooseStatus(/Deliver neglect-recognition training/, /^At risk \(give a reason\)/);
    const dialog = await findDialog('Change status');
    expect(fieldIn(dialog, 'New status')).toHaveTextContent('At risk');
    const reason = 'Two of the four training dates lost to winter pressures.';
    await userEvent.type(fieldIn(dialog, /Reason for the status/), reason);
    await faults({ failNext: { status: 503, count: 100, retryAfterSeconds: 0 } });
    await userEvent.click(buttonIn(dialog, 'Save status'));

    const kept = await screen.findByText('Kept on this device, not yet in SharePoint');
    expect(kept.closest('[role="status"]')).toHaveTextContent(
      'SharePoint is busy. Your change is kept on this device and will be sent again shortly.',
    );

    cleanup();
    await faults(null);
    expect((await stored()).updates.filter((u) => u.text === reason)).toEqual([]);
    await openTabAs('u-health-owner');
    await waitFor(async () => expect((await stored()).updates.filter((u) => u.text === reason)).toHaveLength(1));
    const now = await stored();
    expect(now.actions.find((a) => a.id === 'act-haringey-03')).toMatchObject({
      status: 'at-risk',
      statusReason: reason,
    });
    expect(now.updates.filter((u) => u.text === reason)).toMatchObject([{ status: 'at-risk' }]);
  });

  it('sends a kept update once when the connection returns, though the answer to the first try was lost', async () => {
    await openTabAs('u-education-owner');
    await chooseStatus(/Publish an early help guide/, /^Off track \(give a reason\)/);
    const dialog = await findDialog('Change status');
    const reason = 'Guide held back until the new early help offer is agreed in May.';
    await userEvent.type(fieldIn(dialog, /Reason for the status/), reason);
    await faults({ dropNext: 100 });
    await userEvent.click(buttonIn(dialog, 'Save status'));
    const kept = await screen.findByText('Kept on this device, not yet in SharePoint');
    expect(kept.closest('[role="status"]')).toHaveTextContent(
      'You appear to be offline. Your change is kept on this device and will be sent when the connection returns.',
    );

    await faults(null);
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(async () => expect((await stored()).updates.filter((u) => u.text === reason)).toHaveLength(1));
    await waitFor(() =>
      expect(screen.queryByText('Kept on this device, not yet in SharePoint')).not.toBeInTheDocument(),
    );
    const now = await stored();
    expect(now.actions.find((a) => a.id === 'act-haringey-05')).toMatchObject({ status: 'off-track' });
    expect(now.updates.filter((u) => u.text === reason)).toHaveLength(1);
    expect(localStorage.getItem(`jtai.pending-updates.${PLAN}`)).toBeNull();
  });

  it('keeps an update posted from the action while SharePoint is busy, shows it as not yet sent, and sends it when back online', async () => {
    await openTabAs('u-probation-owner', `#/plans/${PLAN}/my-actions/act-haringey-04`);
    const dialog = await findDialog('Edit action');
    const text = 'Safeguarding check added to the pre-sentence report template; audit in June.';
    await userEvent.type(fieldIn(dialog, 'New progress update'), text);
    await faults({ failNext: { status: 503, count: 100, retryAfterSeconds: 0 } });
    await userEvent.click(buttonIn(dialog, 'Post update'));

    const kept = await within(dialog).findByText('Kept on this device, not yet in SharePoint');
    expect(kept.closest('[role="status"]')).toHaveTextContent(
      'SharePoint is busy. Your change is kept on this device and will be sent again shortly.',
    );
    expect(within(dialog).getByRole('list', { name: 'Your updates not yet sent' })).toHaveTextContent(text);

    await faults(null);
    act(() => void window.dispatchEvent(new Event('online')));
    const sent = await within(dialog).findByRole('list', { name: 'Progress updates, newest first' });
    expect(await within(sent).findByText(text)).toBeInTheDocument();
    expect(within(dialog).queryByRole('list', { name: 'Your updates not yet sent' })).not.toBeInTheDocument();
    expect((await stored()).updates.filter((u) => u.text === text)).toHaveLength(1);
  });

  it('says on the plan how many actions have changes waiting, and Send now sends them', async () => {
    await openTabAs('u-police-owner');
    const item = (await screen.findByRole('link', { name: /Second two detective constables/ })).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: /^Post update on: Second two detective/ }));
    const dialog = await findDialog('Post an update');
    const text = 'Second constable starts on 3 April; vetting complete.';
    await userEvent.type(fieldIn(dialog, /New progress update/), text);
    await faults({ failNext: { status: 503, count: 100, retryAfterSeconds: 0 } });
    await userEvent.click(buttonIn(dialog, 'Post update'));

    const bar = (await screen.findByText('Not yet in SharePoint')).closest('[role="status"]')! as HTMLElement;
    expect(bar).toHaveTextContent('Your changes to 1 action are kept on this device and sent again every 30 seconds.');
    await faults(null);
    expect((await stored()).updates.filter((u) => u.text === text)).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await userEvent.click(await screen.findByRole('button', { name: 'Send now' }));
    await waitFor(() => expect(screen.queryByText('Not yet in SharePoint')).not.toBeInTheDocument());
    expect((await stored()).updates.filter((u) => u.text === text)).toHaveLength(1);
  });
});
