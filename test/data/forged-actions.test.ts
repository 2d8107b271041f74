import { beforeAll, describe, expect, it } from 'vitest';
import { actionToFields } from '../../src/data/graph/mappers/action.mapper';
import type { PlanStore } from '../../src/data/plan-store.port';
import type { Action } from '../../src/domain/action';
import type { ActionId, PlanId } from '../../src/domain/ids';
import { contentHash } from '../../src/domain/workflow/content-hash';
import { openAs, startGovernancePlan, TO_PARTNERSHIP_APPROVAL, walk } from '../state/governance-setup';
import { addItem } from './support/raw-graph';
import { forgerySitePerFile } from './support/forgery-site';

/**
 * Actions written straight to the site over HTTP. SharePoint lets anyone who may add to the
 * Actions list add an action for any agency, so the app checks who added each one on reading.
 */

const site = forgerySitePerFile();
const storeFor = (persona: string): PlanStore => site.storeFor(persona);

describe('actions written straight to the site', () => {
  let planId: PlanId;
  let police: Action;
  beforeAll(async () => {
    planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'forged-actions' });
    police = (await site.viewAs('u-dcs', planId)).snapshot!.actions.find((a) => a.leadAgency === 'police')!;
  });

  it('another agency’s owner adding an action for Health: not part of the plan, its content unchanged, and said why', async () => {
    const before = await site.viewAs('u-dcs', planId);
    const forged: Action = {
      ...police,
      id: 'act-forged-health' as ActionId,
      leadAgency: 'health',
      title: 'Health to take over the MASH police checks.',
      order: 99,
    };
    expect((await addItem(site.graph, 'actions', 'u-police-owner', actionToFields(forged))).status).toBe(201);

    const after = await site.viewAs('u-dcs', planId);
    expect(after.snapshot!.actions.map((a) => a.id)).not.toContain(forged.id);
    expect(contentHash(after.snapshot!)).toBe(contentHash(before.snapshot!));
    expect(after.governance!.stage).toBe(before.governance!.stage);
    const uncounted = after.trust!.uncountedActions.find((a) => a.action.id === forged.id)!;
    expect(uncounted.addedBy.name).toBe('Sarah Mitchell');
    expect(uncounted.reason).toBe(
      'When Sarah Mitchell added it for Health, their role in this plan was Agency owner (Police); only that agency’s owners, and plan admins, add its actions.',
    );
  });

  it('an owner’s own action still counts after the DCS hands it to another agency', async () => {
    const owner = await openAs(storeFor, 'u-police-owner', planId);
    const draft = owner.getState().draftAction(police.findingId)!;
    const added = await owner
      .getState()
      .addAction({ ...police, id: draft.id, order: draft.order, title: 'Police to join the daily MASH meeting.' });
    expect(added).toMatchObject({ status: 'saved' });
    const dcs = await openAs(storeFor, 'u-dcs', planId);
    const stored = dcs.getState().snapshot!.actions.find((a) => a.title === 'Police to join the daily MASH meeting.')!;
    expect(await dcs.getState().saveAction({ ...stored, leadAgency: 'health' })).toMatchObject({ status: 'saved' });

    const after = await site.viewAs('u-health-owner', planId);
    expect(after.snapshot!.actions.find((a) => a.id === stored.id)).toMatchObject({ leadAgency: 'health' });
    expect(after.trust!.uncountedActions.map((a) => a.action.id)).not.toContain(stored.id);
  });
});

describe('a plan whose owner-added action was handed to another agency, then signed', () => {
  it('keeps its stage in the plan list’s summary when the DCS opens it again', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'handed-then-signed' });
    const owner = await openAs(storeFor, 'u-police-owner', planId);
    const police = owner.getState().snapshot!.actions.find((a) => a.leadAgency === 'police')!;
    const draft = owner.getState().draftAction(police.findingId)!;
    const title = 'Police to join the daily MASH meeting.';
    await owner.getState().addAction({ ...police, id: draft.id, order: draft.order, title });
    const dcs = await openAs(storeFor, 'u-dcs', planId);
    const added = dcs.getState().snapshot!.actions.find((a) => a.title === title)!;
    expect(await dcs.getState().saveAction({ ...added, leadAgency: 'health' })).toMatchObject({ status: 'saved' });
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL);

    // Opened afresh, the action waits on its history for a moment; nothing is written from that moment.
    await openAs(storeFor, 'u-dcs', planId);
    const { summary } = await storeFor('u-dcs').loadPlan(planId);
    expect(summary?.stage).toBe('partnership-approval');
  });
});
