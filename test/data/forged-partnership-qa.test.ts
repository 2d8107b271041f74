import { describe, expect, it } from 'vitest';
import { entryToFields } from '../../src/data/graph/mappers/governance-entry.mapper';
import type { PlanStore } from '../../src/data/plan-store.port';
import type { PlanId, UserId } from '../../src/domain/ids';
import type { WorkflowEvent } from '../../src/domain/workflow/workflow-event';
import { openAs, qaApprove } from '../state/governance-setup';
import { partnershipPlanAtQa } from '../state/partnership-plan';
import { addItem } from './support/raw-graph';
import { forgerySitePerFile } from './support/forgery-site';

/**
 * Who quality-assures the partnership's actions, changed by someone who may not change it: an
 * entry written straight to the site's list, then the plan loaded through the app's adapter.
 */

const site = forgerySitePerFile();
const storeFor = (persona: string): PlanStore => site.storeFor(persona);

async function forge(as: string, planId: PlanId, id: string, event: WorkflowEvent) {
  const fields = entryToFields({ id, planId, stage: 'agency-qa', by: { userId: as as UserId, name: '' }, event });
  expect((await addItem(site.graph, 'workflowEvents', as, fields)).status).toBe(201);
}

describe('a change of who assures the partnership’s actions, written straight to the site', () => {
  it('by a safeguarding partner does not count, says why, and does not let them sign', async () => {
    const planId = await partnershipPlanAtQa(storeFor, { key: 'forged-partnership-qa' });
    await forge('u-partner-la', planId, 'wfe-forged-qa-role', {
      type: 'set-partnership-qa-role',
      role: 'safeguarding-partner',
    });
    const partner = await openAs(storeFor, 'u-partner-la', planId);
    const outcome = await partner.getState().dispatch(qaApprove('partnership')(partner.getState().snapshot!));
    expect(outcome).toMatchObject({ status: 'refused' });
    expect(outcome.status !== 'done' && outcome.message).toBe(
      "Only the improvement lead can quality-assure the partnership's actions.",
    );

    const state = (await openAs(storeFor, 'u-dcs', planId)).getState();
    expect(state.trust!.verdicts.find((v) => v.entry.id === 'wfe-forged-qa-role')).toMatchObject({
      counted: false,
      reason:
        "Only the DCS's team (plan admins and the improvement lead) can say who quality-assures the partnership's actions.",
    });
    expect(state.governance!.partnershipQaRole).toBe('improvement-lead');
    expect(state.governance!.signOffs).toEqual([]);
  });
});
