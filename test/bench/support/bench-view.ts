import { LOCAL_SITE_ID } from '../../../src/app/config';
import { createGraphPlanStore } from '../../../src/data/graph/graph-plan-store';
import { idSource, type UserId } from '../../../src/domain/ids';
import { memoryPendingEditStorage } from '../../../src/state/pending-edits';
import { createPlanViewStore } from '../../../src/state/plan-view/plan-view-store';

/** The app's own plan view store, signed in as a persona, sending its requests through `fetchWith`. */
export function benchViewAs(graphBaseUrl: string, persona: string, fetchWith: typeof fetch = fetch) {
  const store = createGraphPlanStore({
    graphBaseUrl,
    siteId: LOCAL_SITE_ID,
    getToken: async () => `demo.${persona}`,
    fetch: fetchWith,
  });
  return createPlanViewStore({
    store,
    userId: persona as UserId,
    userName: persona,
    ids: idSource(() => Math.random().toString(36).slice(2, 10)),
    now: () => new Date(),
    pending: memoryPendingEditStorage(),
  });
}
