// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isoDateTime } from '../../src/domain/dates';
import type { ActionId, PlanId, UpdateId, UserId } from '../../src/domain/ids';
import { findDialog } from './support/dialogs';
import { renderAppAs, seededEmulatorPerFile, storeFor } from './support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const HEALTH_ACTION = 'act-haringey-03' as ActionId;
const FORGED = 'Neglect training delivered to every health visitor; action complete.';
const seeded = seededEmulatorPerFile();
const PLAN_VIEW = `#/plans/${PLAN}`;
afterEach(() => cleanup());

/**
 * The police owner adds an update on the health action through SharePoint itself, in the health
 * owner's name: SharePoint accepts it, as it would any item in a list she may add to.
 */
const FORGED_ACTION = 'Health to take over the MASH police checks.';
const POLICE_ACTION = 'act-haringey-02' as ActionId;

beforeAll(async () => {
  const police = storeFor(seeded.emulator, 'u-police-owner');
  const loaded = await police.loadPlan(PLAN);
  const health = loaded.actions.find((a) => a.value.id === HEALTH_ACTION)!.value;
  // She moves her own agency's action to Education in the list itself: only plan admins hand actions on.
  const own = loaded.actions.find((a) => a.value.id === POLICE_ACTION)!;
  await police.updateAction({ ...own.value, leadAgency: 'education' }, own.version);
  await police.createAction({ ...health, id: 'act-forged-health' as ActionId, title: FORGED_ACTION, order: 99 });
  await police.addProgressUpdate(
    {
      id: 'upd-forged-health' as UpdateId,
      planId: PLAN,
      actionId: HEALTH_ACTION,
      authorId: 'u-health-owner' as UserId,
      authorName: 'Health owner',
      at: isoDateTime(new Date('2018-03-20T09:00:00Z')),
      text: FORGED,
      status: 'complete',
    },
    'health',
  );
});

describe('an action added, an update posted or an action handed on, by someone who may not', () => {
  it('is shown on the action as not counted, under the name SharePoint recorded, with why', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', `#/plans/${PLAN}/actions/${HEALTH_ACTION}`);
    const dialog = await findDialog('Edit action');
    const uncounted = await within(dialog).findByRole('list', { name: 'Updates not counted', hidden: true });
    expect(uncounted).toHaveTextContent(FORGED);
    // At first it waits while the action's versions are read (it might have been led by Police then).
    await waitFor(() =>
      expect(within(dialog).getByRole('list', { name: 'Updates not counted', hidden: true })).toHaveTextContent(
        /Sarah Mitchell, status given as Complete\. Not counted: When it was posted, Sarah Mitchell’s role in this plan was Agency owner \(Police\); only Health’s owners and QA leads, and plan admins, post progress on this action\./,
      ),
    );
    expect(within(dialog).queryByRole('list', { name: 'Progress updates, newest first', hidden: true })).toBeNull();
    expect(within(dialog).getByText('No counted progress updates yet.')).toBeInTheDocument();
  });

  it('are named on the Governance tab, as left out of the plan, statuses and reports', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', `#/plans/${PLAN}/governance`);
    expect(
      await screen.findByText(
        `The action “${FORGED_ACTION}” is not part of the plan, nor of its statement, dashboard or reports. When Sarah Mitchell added it for Health, their role in this plan was Agency owner (Police); only that agency’s owners, and plan admins, add its actions.`,
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const moved = await screen.findByText(/^The action “.*” is led by an agency no plan admin chose\./);
    expect(moved).toHaveTextContent(
      /Sarah Mitchell moved it from Police to Education on .*, straight in SharePoint; only plan admins hand actions to another agency\. A plan admin should hand it back, or save it as it is to confirm the move\.$/,
    );
    expect(
      await screen.findByText(
        '1 progress update was posted by someone who may not post on that action. Each is shown on its action as not counted, with why, and left out of statuses, the dashboard and reports.',
      ),
    ).toBeInTheDocument();
  });

  it('leaves the action out of the plan itself', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', PLAN_VIEW);
    expect(await screen.findByRole('link', { name: /Deliver neglect-recognition training/ })).toBeInTheDocument();
    expect(screen.queryByText(FORGED_ACTION)).not.toBeInTheDocument();
  });

  it('names the move on the action itself, until the DCS saves it as it is to confirm it', async () => {
    const at = `#/plans/${PLAN}/actions/${POLICE_ACTION}`;
    await renderAppAs(seeded.emulator, 'u-dcs', at);
    const dialog = await findDialog('Edit action');
    const title = 'Moved to Education without a plan admin';
    expect(await within(dialog).findByText(title, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(dialog).getByText(/^Sarah Mitchell moved it from Police to Education on /)).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByText(title)).toBeNull());
    cleanup();

    await renderAppAs(seeded.emulator, 'u-dcs', `#/plans/${PLAN}/governance`);
    expect(
      await screen.findByText(/^The action “.*” is not part of the plan/, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/is led by an agency no plan admin chose/)).toBeNull();
  });
});
