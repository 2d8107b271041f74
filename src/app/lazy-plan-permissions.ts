import type { SharePointPlanPermissionsOptions } from '../data/graph/sharepoint-plan-permissions';
import type { PlanPermissions } from '../data/site-setup.port';
import { onFirstUse } from '../state/on-first-use';

/**
 * Item permissions (the permission plan, its applier and the SharePoint REST client) load on
 * first use, in a chunk of their own, so they stay out of the first view.
 */
export function lazyPlanPermissions(options: SharePointPlanPermissionsOptions): PlanPermissions {
  const load = onFirstUse(() =>
    import(/* webpackChunkName: "plan-permissions" */ '../data/graph/sharepoint-plan-permissions').then((m) =>
      m.createSharePointPlanPermissions(options),
    ),
  );
  return {
    canManageSite: async () => (await load()).canManageSite(),
    enabled: async () => (await load()).enabled(),
    enable: async () => (await load()).enable(),
    syncPlan: async (planId) => (await load()).syncPlan(planId),
    planIds: async () => (await load()).planIds(),
  };
}
