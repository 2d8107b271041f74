import type * as Engine from './governance-engine';

export type GovernanceEngine = typeof Engine;

let loading: Promise<GovernanceEngine> | null = null;

/** The governance engine, fetched once; a failed fetch (a dropped connection) is tried again on the next call. */
export function loadGovernanceEngine(): Promise<GovernanceEngine> {
  loading ??= import(/* webpackChunkName: "governance" */ './governance-engine').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
