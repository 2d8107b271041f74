import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UserId } from '../domain/ids';
import type { Member } from '../domain/member';
import type { Plan } from '../domain/plan';
import type { Governance } from '../domain/workflow/governance';
import { builtInStageOf, stageLabel } from '../domain/workflow/stage-chain';
import { STAGE_LABEL } from '../domain/stage';
import type { PlanStore } from '../data/plan-store.port';
import { describeStoreError } from './describe-store-error';
import type { LoadState } from './load-state';

export interface PlanListState {
  readonly load: LoadState;
  /** Each plan with `stage` taken from its governance (a stage a partnership added shows as the built-in one before it). */
  readonly plans: readonly Plan[];
  /** Each plan's stage in words, by plan id: the governance chain's own label, so an added stage shows its name. */
  readonly stageLabels: Readonly<Record<string, string>>;
  /** The signed-in person's part in each plan they belong to. */
  readonly memberships: readonly Member[];
  refresh(): Promise<void>;
}

/** The list still shows the plans when governance cannot be read; each falls back to its stored stage. */
const governanceOrNone = (store: PlanStore): Promise<readonly Governance[]> => store.listGovernance().catch(() => []);

export function createPlanListStore(deps: { store: PlanStore; userId: UserId }): StoreApi<PlanListState> {
  return createStore<PlanListState>()((set) => ({
    load: { status: 'idle' },
    plans: [],
    stageLabels: {},
    memberships: [],
    async refresh() {
      set({ load: { status: 'loading' } });
      try {
        const [plans, memberships, governance] = await Promise.all([
          deps.store.listPlans(),
          deps.store.listMemberships(deps.userId),
          governanceOrNone(deps.store),
        ]);
        const byPlan = new Map(governance.map((g) => [g.planId as string, g]));
        const shown = plans
          .map((p) => p.value)
          .filter((p) => !p.archived)
          .map((plan) => {
            const g = byPlan.get(plan.id);
            return g ? { ...plan, stage: builtInStageOf(g.chain, g.stage) } : plan;
          });
        const stageLabels = Object.fromEntries(
          shown.map((plan) => {
            const g = byPlan.get(plan.id);
            return [plan.id, g ? stageLabel(g.chain, g.stage) : STAGE_LABEL[plan.stage]];
          }),
        );
        set({ load: { status: 'ready' }, plans: shown, stageLabels, memberships: memberships.map((m) => m.value) });
      } catch (error) {
        set({ load: { status: 'error', problem: describeStoreError(error) } });
      }
    },
  }));
}
