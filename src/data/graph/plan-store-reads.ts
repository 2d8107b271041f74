import type { PlanStore } from '../plan-store.port';
import { rememberActionAgencies } from './action-agency';
import { queryVersioned } from './item-queries';
import { loadPlanItems } from './load-plan';
import { actionCodec } from './mappers/action.mapper';
import { memberCodec } from './mappers/member.mapper';
import { planCodec } from './mappers/plan.mapper';
import { sortByOrder, sortByText } from './sort-entities';
import type { StoreContext } from './store-context';

export type PlanStoreReads = Pick<PlanStore, 'listPlans' | 'listMemberships' | 'loadPlan' | 'listAgencyActions'>;

export function planStoreReads(ctx: StoreContext): PlanStoreReads {
  return {
    listPlans: async () => sortByText(await queryVersioned(ctx, planCodec), (plan) => plan.title),
    listMemberships: async (userId) =>
      sortByText(await queryVersioned(ctx, memberCodec, { UserId: userId }), (member) => member.planId),
    loadPlan: (planId) => loadPlanItems(ctx, planId),
    listAgencyActions: async (planId, agency) => {
      const actions = sortByOrder(await queryVersioned(ctx, actionCodec, { PlanId: planId, Agency: agency }));
      rememberActionAgencies(
        ctx,
        actions.map((a) => a.value),
      );
      return actions;
    },
  };
}
