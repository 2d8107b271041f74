import { LOCAL_SITE_ID } from '../../src/app/config';
import type { PlanId } from '../../src/domain/ids';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';

export interface LoadFigures {
  readonly actions: number;
  /** HTTP requests (round trips) a fresh client needs to load the plan. */
  readonly roundTrips: number;
  readonly ms: number;
  readonly itemsLoaded: number;
}

/** Loads a plan through the Graph adapter as a fresh client would, counting requests. */
export async function measurePlanLoad(graphBaseUrl: string, planId: PlanId, actions: number): Promise<LoadFigures> {
  let requests = 0;
  const counting: typeof fetch = (input, init) => {
    requests += 1;
    return fetch(input, init);
  };
  const store = createGraphPlanStore({
    graphBaseUrl,
    siteId: LOCAL_SITE_ID,
    getToken: async () => 'demo.u-dcs',
    fetch: counting,
  });
  const started = performance.now();
  const loaded = await store.loadPlan(planId);
  const ms = performance.now() - started;
  const itemsLoaded =
    1 +
    loaded.findings.length +
    loaded.actions.length +
    loaded.members.length +
    loaded.updates.length +
    loaded.record.entries.length;
  return { actions, roundTrips: requests, ms: Math.round(ms), itemsLoaded };
}
