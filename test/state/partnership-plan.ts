import type { ActionId, PlanId } from '../../src/domain/ids';
import type { PlanStore } from '../../src/data/plan-store.port';
import { HARINGEY_ACTIONS } from '../../src/emulator/seed/haringey-2018';
import { advance, openAs, startGovernancePlan, walk } from './governance-setup';

/**
 * A governance plan of its own (three agency-led actions, see governance-setup) plus the Haringey
 * action the safeguarding partnership leads itself, moved on to agency QA by the DCS.
 */
export async function partnershipPlanAtQa(
  storeFor: (persona: string) => PlanStore,
  options: { key: string; title?: string },
): Promise<PlanId> {
  const dcs = storeFor('u-dcs');
  const planId = await startGovernancePlan(dcs, options);
  const seeded = HARINGEY_ACTIONS.find((a) => a.leadAgency === 'partnership');
  if (!seeded) throw new Error('The Haringey seed has no action led by the partnership');
  const findingId = (await openAs(storeFor, 'u-dcs', planId)).getState().snapshot!.findings[0]!.id;
  await dcs.createAction({
    ...seeded,
    id: `act-${planId.slice(5)}-4` as ActionId,
    planId,
    findingId,
    leadOfficer: null,
    order: 4,
  });
  await walk(storeFor, planId, [['u-dcs', advance('Partners have written their actions')]]);
  return planId;
}
