import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UserId } from '../domain/ids';
import type { Member } from '../domain/member';
import type { Plan } from '../domain/plan';
import type { PlanStore } from '../data/plan-store.port';
import { describeStoreError } from './describe-store-error';
import type { LoadState } from './load-state';

export interface PlanListState {
  readonly load: LoadState;
  readonly plans: readonly Plan[];
  /** The signed-in person's part in each plan they belong to. */
  readonly memberships: readonly Member[];
  refresh(): Promise<void>;
}

export function createPlanListStore(deps: { store: PlanStore; userId: UserId }): StoreApi<PlanListState> {
  return createStore<PlanListState>()((set) => ({
    load: { status: 'idle' },
    plans: [],
    memberships: [],
    async refresh() {
      set({ load: { status: 'loading' } });
      try {
        const [plans, memberships] = await Promise.all([
          deps.store.listPlans(),
          deps.store.listMemberships(deps.userId),
        ]);
        set({
          load: { status: 'ready' },
          plans: plans.map((p) => p.value).filter((p) => !p.archived),
          memberships: memberships.map((m) => m.value),
        });
      } catch (error) {
        set({ load: { status: 'error', problem: describeStoreError(error) } });
      }
    },
  }));
}
