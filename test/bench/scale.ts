import { setEmulatorFaults } from '../support/emulator-control';
import { ISSUE_17_SITE, startScaleSite } from '../data/support/scale-site';
import { measurePlanLoad, type LoadFigures } from './plan-load';

export interface ScaleFigures {
  readonly latencyMs: number;
  readonly site: {
    readonly plans: number;
    readonly actions: number;
    readonly updates: number;
    readonly events: number;
  };
  /** A plan of 400 actions, 1,100 progress updates and 800 governance entries. */
  readonly typicalPlan: LoadFigures;
  /** A plan with 6,100 progress updates: over the list view threshold, read action by action. */
  readonly planOverThreshold: LoadFigures;
}

/**
 * Loads plans through the Graph adapter on a site of 50 plans, 20,000 actions, 60,000 progress
 * updates and 40,000 workflow events (seeded straight into the emulator's store), at the given latency.
 */
export async function measureScale(latencyMs: number): Promise<ScaleFigures> {
  const site = await startScaleSite(ISSUE_17_SITE);
  try {
    await setEmulatorFaults(site.emulator, { latencyMs });
    const { actionsPerPlan } = ISSUE_17_SITE;
    const typicalPlan = await measurePlanLoad(site.emulator.graphBaseUrl, site.typicalPlanId, actionsPerPlan);
    const planOverThreshold = await measurePlanLoad(site.emulator.graphBaseUrl, site.largePlanId, actionsPerPlan);
    return { latencyMs, site: { plans: site.planIds.length, ...site.totals() }, typicalPlan, planOverThreshold };
  } finally {
    await site.stop();
  }
}
