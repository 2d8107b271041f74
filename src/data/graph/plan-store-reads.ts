import type { PlanStore } from '../plan-store.port';
import { queryItems, queryVersioned, toVersioned } from './item-queries';
import { readBoolean } from './mappers/field-readers';
import { firstOfEach } from './unique-items';
import { loadPlanItems } from './load-plan';
import { actionCodec } from './mappers/action.mapper';
import { memberCodec } from './mappers/member.mapper';
import { planCodec } from './mappers/plan.mapper';
import { sortByOrder, sortByText } from './sort-entities';
import type { StoreContext } from './store-context';

export type PlanStoreReads = Pick<
  PlanStore,
  'listPlans' | 'listMemberships' | 'loadPlan' | 'listAgencyActions' | 'actionVersions'
>;

export function planStoreReads(ctx: StoreContext): PlanStoreReads {
  return {
    listPlans: async () => {
      const plans = firstOfEach(await queryItems(ctx, 'plans')).kept.map((item) => toVersioned(planCodec, item));
      return sortByText(plans, (plan) => plan.title);
    },
    listMemberships: async (userId) => {
      const items = await queryItems(ctx, 'members', { UserId: userId });
      const current = items.filter((item) => !readBoolean(item.fields, 'Removed'));
      return sortByText(
        current.map((item) => toVersioned(memberCodec, item)),
        (member) => member.planId,
      );
    },
    loadPlan: (planId) => loadPlanItems(ctx, planId),
    listAgencyActions: async (planId, agency) =>
      sortByOrder(await queryVersioned(ctx, actionCodec, { PlanId: planId, Agency: agency })),
    // Read when someone opens an action's history: not part of the first view.
    actionVersions: async (version) => {
      const { actionVersions } = await import(/* webpackChunkName: "action-history" */ './action-versions');
      return actionVersions(ctx, version);
    },
  };
}
