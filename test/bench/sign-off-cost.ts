import { LOCAL_SITE_ID } from '../../src/app/config';
import { isoDateTime } from '../../src/domain/dates';
import type { PlanId, UserId } from '../../src/domain/ids';
import { contentHashForAgency } from '../../src/domain/workflow/content-hash';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { createPlanViewStore } from '../../src/state/plan-view-store';
import { idSource } from '../../src/domain/ids';

export interface SignOffFigures {
  /** HTTP requests from pressing "Approve" to the verified result on screen. */
  readonly roundTrips: number;
  readonly ms: number;
  readonly counted: boolean;
}

function viewAs(graphBaseUrl: string, persona: string, counting: typeof fetch) {
  const store = createGraphPlanStore({
    graphBaseUrl,
    siteId: LOCAL_SITE_ID,
    getToken: async () => `demo.${persona}`,
    fetch: counting,
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

/**
 * One agency QA approval through the app's own stores, as the QA lead makes it: the plan is
 * moved to agency QA first by its admin, then the approval's requests are counted and timed.
 */
export async function measureSignOff(graphBaseUrl: string, planId: PlanId): Promise<SignOffFigures> {
  const admin = viewAs(graphBaseUrl, 'u-dcs', fetch);
  await admin.getState().open(planId);
  if (admin.getState().governance?.stage === 'drafting') await admin.getState().dispatch({ type: 'advance', note: '' });
  let requests = 0;
  const counting: typeof fetch = (input, init) => {
    requests += 1;
    return fetch(input, init);
  };
  const qa = viewAs(graphBaseUrl, 'u-police-qa', counting);
  await qa.getState().open(planId);
  requests = 0;
  const hash = contentHashForAgency(qa.getState().snapshot!, 'police');
  const started = performance.now();
  const outcome = await qa
    .getState()
    .dispatch({ type: 'qa-approve', agency: 'police', comment: `Bench ${isoDateTime(new Date())}`, contentHash: hash });
  return { roundTrips: requests, ms: Math.round(performance.now() - started), counted: outcome.status === 'done' };
}
