import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import type { LoadedPlan } from '../../../src/data/plan-store.port';

/** The plan as the app shows it, from what the store loaded (sign-offs come from replaying the record). */
export const snapshotOf = (loaded: LoadedPlan): PlanSnapshot => ({
  plan: loaded.plan.value,
  findings: loaded.findings.map((f) => f.value),
  actions: loaded.actions.map((a) => a.value),
  updates: loaded.updates,
  members: loaded.members.map((m) => m.value),
  signOffs: [],
});
