import { benchViewAs } from './support/bench-view';
import { isoDateTime } from '../../src/domain/dates';
import type { PlanId } from '../../src/domain/ids';
import { contentHashForAgency } from '../../src/domain/workflow/content-hash';

export interface SignOffFigures {
  /** HTTP requests from pressing "Approve" to the verified result on screen. */
  readonly roundTrips: number;
  readonly ms: number;
  readonly counted: boolean;
}

/**
 * One agency QA approval through the app's own stores, as the QA lead makes it: the plan is
 * moved to agency QA first by its admin, then the approval's requests are counted and timed.
 */
export async function measureSignOff(graphBaseUrl: string, planId: PlanId): Promise<SignOffFigures> {
  const admin = benchViewAs(graphBaseUrl, 'u-dcs', fetch);
  await admin.getState().open(planId);
  if (admin.getState().governance?.stage === 'drafting') await admin.getState().dispatch({ type: 'advance', note: '' });
  let requests = 0;
  const counting: typeof fetch = (input, init) => {
    requests += 1;
    return fetch(input, init);
  };
  const qa = benchViewAs(graphBaseUrl, 'u-police-qa', counting);
  await qa.getState().open(planId);
  requests = 0;
  const hash = contentHashForAgency(qa.getState().snapshot!, 'police');
  const started = performance.now();
  const outcome = await qa
    .getState()
    .dispatch({ type: 'qa-approve', agency: 'police', comment: `Bench ${isoDateTime(new Date())}`, contentHash: hash });
  return { roundTrips: requests, ms: Math.round(performance.now() - started), counted: outcome.status === 'done' };
}
