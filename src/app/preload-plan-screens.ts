import { loadGovernanceEngine } from '../state/lazy-governance-engine';
import { parseRoute } from '../ui/routing/route';

/**
 * On an address of a plan's screen, fetches the plan screens' chunk and the governance engine
 * while start-up reads the site, rather than after: the plan's screen needs both to show its first
 * row. A chunk that fails here is fetched again when the screen asks for it.
 */
export function preloadPlanScreens(hash: string): void {
  if (!('planId' in parseRoute(hash))) return;
  void import(/* webpackChunkName: "plan" */ '../ui/plan-screens').catch(() => undefined);
  void loadGovernanceEngine().catch(() => undefined);
}
