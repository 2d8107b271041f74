import { beforeAll, describe, expect, it } from 'vitest';
import { progressUpdateToFields } from '../../src/data/graph/mappers/progress-update.mapper';
import type { PlanStore } from '../../src/data/plan-store.port';
import type { Action } from '../../src/domain/action';
import type { AgencyKey } from '../../src/domain/agency';
import { isoDate, isoDateTime } from '../../src/domain/dates';
import type { PlanId, UpdateId, UserId } from '../../src/domain/ids';
import { statusChangesInPeriod } from '../../src/domain/monitoring/status-history';
import { openAs, startGovernancePlan } from '../state/governance-setup';
import { addItem } from './support/raw-graph';
import { forgerySitePerFile } from './support/forgery-site';

/**
 * Progress updates written straight to the site over HTTP. SharePoint lets anyone who may add to
 * the list add an update on any action, so the app checks each one on reading, as the person and
 * role SharePoint and the plan's admins recorded, against the agency leading the action then.
 */

const site = forgerySitePerFile();
const storeFor = (persona: string): PlanStore => site.storeFor(persona);

let n = 0;
/** An update written by hand as `as`: any action, any claimed author, any status. */
async function forge(as: string, action: Action, agency: AgencyKey, claimedAuthor = as) {
  n += 1;
  const id = `upd-forged-${n}` as UpdateId;
  const update = {
    id,
    planId: action.planId,
    actionId: action.id,
    authorId: claimedAuthor as UserId,
    authorName: claimedAuthor,
    at: isoDateTime(new Date('2018-03-01T09:00:00Z')),
    text: 'Complete: every health visitor trained.',
    status: 'complete' as const,
  };
  expect((await addItem(site.graph, 'updates', as, progressUpdateToFields(update, agency))).status).toBe(201);
  return id;
}

/** The plan as `persona` sees it (`openAs` waits while actions and updates are checked against their history). */
const settledView = async (persona: string, planId: PlanId) => (await openAs(storeFor, persona, planId)).getState();

const ALL_TIME = { from: isoDate('2000-01-01'), to: isoDate('2999-12-31') };

describe('progress updates written straight to the site', () => {
  let planId: PlanId;
  let police: Action;
  let health: Action;
  beforeAll(async () => {
    planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'forged-updates' });
    const { snapshot } = await settledView('u-dcs', planId);
    police = snapshot!.actions.find((a) => a.leadAgency === 'police')!;
    health = snapshot!.actions.find((a) => a.leadAgency === 'health')!;
  });

  it('another agency’s owner marking an action complete: shown as not counted, with why, and left out of the status history', async () => {
    const id = await forge('u-police-owner', health, 'police', 'u-health-owner');
    const dcs = await settledView('u-dcs', planId);
    expect(dcs.snapshot!.updates.map((u) => u.id)).not.toContain(id);
    const uncounted = dcs.trust!.uncountedUpdates.find((u) => u.update.id === id)!;
    expect(uncounted.update.authorName).toBe('Sarah Mitchell');
    expect(uncounted.reason).toBe(
      'When it was posted, Sarah Mitchell’s role in this plan was Agency owner (Police); only Health’s owners and QA leads, and plan admins, post progress on this action.',
    );
    expect(statusChangesInPeriod(dcs.snapshot!, ALL_TIME).map((c) => c.action.id)).not.toContain(health.id);
  });

  it('a safeguarding partner’s update does not count either', async () => {
    const id = await forge('u-partner-police', police, 'police');
    const dcs = await settledView('u-dcs', planId);
    expect(dcs.snapshot!.updates.map((u) => u.id)).not.toContain(id);
    expect(dcs.trust!.uncountedUpdates.find((u) => u.update.id === id)!.reason).toMatch(
      /Ian Fletcher’s role in this plan was Safeguarding partner/,
    );
  });

  it('the lead agency’s own owner’s update counts, and still counts after the action is handed to another agency', async () => {
    const owner = await openAs(storeFor, 'u-police-owner', planId);
    expect(await owner.getState().postUpdate(police.id, 'Joint decisions audited: 96%.', 'on-track')).toMatchObject({
      status: 'posted',
    });
    const dcs = await openAs(storeFor, 'u-dcs', planId);
    const stored = dcs.getState().snapshot!.actions.find((a) => a.id === police.id)!;
    expect(await dcs.getState().saveAction({ ...stored, leadAgency: 'health' })).toMatchObject({ status: 'saved' });

    const after = await settledView('u-health-owner', planId);
    const posted = after.snapshot!.updates.filter((u) => u.actionId === police.id);
    expect(posted.map((u) => [u.authorName, u.text])).toEqual([['Sarah Mitchell', 'Joint decisions audited: 96%.']]);
    expect(after.trust!.uncountedUpdates.map((u) => u.update.text)).not.toContain('Joint decisions audited: 96%.');
  });
});
