import { beforeAll, describe, expect, it } from 'vitest';
import { decodeVersion } from '../../src/data/graph/store-version';
import type { PlanStore } from '../../src/data/plan-store.port';
import { actionFieldSpec } from '../../src/domain/action-fields';
import type { Action } from '../../src/domain/action';
import type { PlanId } from '../../src/domain/ids';
import { openAs, startGovernancePlan } from '../state/governance-setup';
import { listItemsPath } from './support/raw-graph';
import { forgerySitePerFile } from './support/forgery-site';

/**
 * Actions changed straight in SharePoint. Their agency's owners may edit the items (and, until a site
 * owner's next sync, every agency's owners), and SharePoint cannot stop them changing the lead agency
 * column; the app lets only plan admins hand an action on, and only they and the lead agency's owners
 * change it, so it checks on reading who saved each action.
 */

const site = forgerySitePerFile();
const storeFor = (persona: string): PlanStore => site.storeFor(persona);

/** Writes the action's columns as `as`, the way an edit in the list's grid would. */
async function editInSharePoint(planId: PlanId, action: Action, as: string, values: Partial<Action>) {
  const stored = (await storeFor('u-dcs').loadPlan(planId)).actions.find((a) => a.value.id === action.id)!;
  const item = `${listItemsPath('actions')}/${decodeVersion(stored.version).itemId}/fields`;
  const body = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [actionFieldSpec(key as keyof Action).column.name, value]),
  );
  return site.graph('PATCH', item, { as, body });
}
const moveInSharePoint = (planId: PlanId, action: Action, to: string, as: string) =>
  editInSharePoint(planId, action, as, { leadAgency: to });

describe('an action moved to another agency straight in SharePoint', () => {
  let planId: PlanId;
  let police: Action;
  beforeAll(async () => {
    planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'forged-hand-over' });
    police = (await site.viewAs('u-dcs', planId)).snapshot!.actions.find((a) => a.leadAgency === 'police')!;
  });

  it('by the police owner: shown where SharePoint has it, and named on the Governance tab with who and why', async () => {
    expect((await moveInSharePoint(planId, police, 'health', 'u-police-owner')).status).toBe(200);

    const view = await site.viewAs('u-dcs', planId);
    expect(view.snapshot!.actions.find((a) => a.id === police.id)).toMatchObject({ leadAgency: 'health' });
    expect(view.trust!.unallowedChanges).toEqual([
      expect.objectContaining({
        action: expect.objectContaining({ id: police.id }),
        from: 'police',
        by: expect.objectContaining({ name: 'Sarah Mitchell' }),
        reason: expect.stringMatching(
          /^Sarah Mitchell moved it from Police to Health on .*; only plan admins hand actions to another agency\./,
        ),
      }),
    ]);
  });

  it('is confirmed when the DCS saves the action as it is, and no longer named', async () => {
    const dcs = await openAs(storeFor, 'u-dcs', planId);
    const moved = dcs.getState().snapshot!.actions.find((a) => a.id === police.id)!;
    expect(await dcs.getState().saveAction(moved)).toMatchObject({ status: 'saved' });

    const view = await site.viewAs('u-health-owner', planId);
    expect(view.snapshot!.actions.find((a) => a.id === police.id)).toMatchObject({ leadAgency: 'health' });
    expect(view.trust!.unallowedChanges).toEqual([]);
  });

  it('is not named when the DCS hands an action on in the app', async () => {
    const dcs = await openAs(storeFor, 'u-dcs', planId);
    const health = dcs.getState().snapshot!.actions.find((a) => a.id === police.id)!;
    expect(await dcs.getState().saveAction({ ...health, leadAgency: 'police' })).toMatchObject({ status: 'saved' });

    const view = await site.viewAs('u-police-owner', planId);
    expect(view.snapshot!.actions.find((a) => a.id === police.id)).toMatchObject({ leadAgency: 'police' });
    expect(view.trust!.unallowedChanges).toEqual([]);
  });
});

describe('another agency’s action changed straight in SharePoint, before it has its own permissions', () => {
  it('is shown as SharePoint has it, and named on the Governance tab with who and why', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'forged-change' });
    const health = (await site.viewAs('u-dcs', planId)).snapshot!.actions.find((a) => a.leadAgency === 'health')!;
    const title = 'Health visitors to stop attending the MASH.';
    expect((await editInSharePoint(planId, health, 'u-police-owner', { title })).status).toBe(200);

    const view = await site.viewAs('u-health-owner', planId);
    expect(view.snapshot!.actions.find((a) => a.id === health.id)).toMatchObject({ title, leadAgency: 'health' });
    expect(view.trust!.unallowedChanges).toEqual([
      expect.objectContaining({
        kind: 'changed',
        by: expect.objectContaining({ name: 'Sarah Mitchell' }),
        reason: expect.stringMatching(
          /^Sarah Mitchell changed it on .*, straight in SharePoint, when their role in this plan was Agency owner \(Police\);/,
        ),
      }),
    ]);
  });
});
