import type * as Engine from './governance-engine';
import { onFirstUse } from './on-first-use';

export type GovernanceEngine = typeof Engine;

/** The governance engine, fetched once; a failed fetch (a dropped connection) is tried again on the next call. */
export const loadGovernanceEngine: () => Promise<GovernanceEngine> = onFirstUse(
  () => import(/* webpackChunkName: "governance" */ './governance-engine'),
);
