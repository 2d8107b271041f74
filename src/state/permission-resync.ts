import type { PlanStore } from '../data/plan-store.port';
import type { PlanId } from '../domain/ids';
import { describeStoreError } from './describe-store-error';

export interface PermissionResyncDeps {
  /** Re-applies one plan's item permissions. */
  readonly sync: (planId: PlanId) => Promise<unknown>;
  /** A failed sync, in words (null once a later one succeeds); never thrown at the person editing. */
  readonly onProblem: (message: string | null) => void;
}

/**
 * The store, re-applying a plan's item permissions after its members change or an action is
 * added or moves to another agency. The write waits for them: an action is not reported saved
 * while the list's wider permissions still apply to it, so a page closed straight after a save
 * leaves nothing open to the wrong agency. One sync per plan at a time (a change during a sync
 * waits for one more after it). A failed sync is only noted: the edit itself has succeeded.
 */
export function withPermissionResync(store: PlanStore, deps: PermissionResyncDeps): PlanStore {
  const memberPlans = new Map<string, PlanId>();
  const actionAgencies = new Map<string, string>();
  const running = new Map<PlanId, Promise<void>>();
  const queued = new Map<PlanId, Promise<void>>();

  const run = async (planId: PlanId): Promise<void> => {
    try {
      await deps.sync(planId);
      deps.onProblem(null);
    } catch (error) {
      deps.onProblem(
        `The item permissions could not be re-applied after the last change (${describeStoreError(error).message}). A site owner can re-apply them on “Set up this site”.`,
      );
    }
  };
  const start = (planId: PlanId): Promise<void> => {
    queued.delete(planId);
    const current = run(planId).finally(() => {
      if (running.get(planId) === current) running.delete(planId);
    });
    running.set(planId, current);
    return current;
  };
  /** The sync that will cover a change made now: the next one to start. */
  const schedule = (planId: PlanId): Promise<void> => {
    const waiting = queued.get(planId);
    if (waiting) return waiting;
    const current = running.get(planId);
    if (!current) return start(planId);
    const next = current.then(() => start(planId));
    queued.set(planId, next);
    return next;
  };

  return {
    ...store,
    async loadPlan(planId) {
      const loaded = await store.loadPlan(planId);
      loaded.members.forEach((m) => memberPlans.set(m.value.id, m.value.planId));
      loaded.actions.forEach((a) => actionAgencies.set(a.value.id, a.value.leadAgency));
      return loaded;
    },
    async addMembers(members) {
      const saved = await store.addMembers(members);
      saved.forEach((m) => memberPlans.set(m.value.id, m.value.planId));
      await Promise.all([...new Set(saved.map((m) => m.value.planId))].map(schedule));
      return saved;
    },
    async updateMember(member, version) {
      const saved = await store.updateMember(member, version);
      await schedule(saved.value.planId);
      return saved;
    },
    async removeMember(id, version) {
      await store.removeMember(id, version);
      const planId = memberPlans.get(id);
      if (planId) await schedule(planId);
    },
    async createAction(action) {
      const saved = await store.createAction(action);
      actionAgencies.set(saved.value.id, saved.value.leadAgency);
      await schedule(saved.value.planId);
      return saved;
    },
    async updateAction(action, version) {
      const saved = await store.updateAction(action, version);
      const before = actionAgencies.get(saved.value.id);
      actionAgencies.set(saved.value.id, saved.value.leadAgency);
      if (before !== saved.value.leadAgency) await schedule(saved.value.planId);
      return saved;
    },
  };
}
