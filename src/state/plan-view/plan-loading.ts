import type { PlanId, UserId } from '../../domain/ids';
import type { LoadedPlan } from '../../data/plan-store.port';
import { describeStoreError } from '../describe-store-error';
import { loadGovernanceEngine, type GovernanceEngine } from '../lazy-governance-engine';
import type { KeptEdits } from './kept-edits';
import type { LiveChanges } from './live-changes';
import type { PlanGovernance } from './plan-governance';
import type { PlanPartContext } from './plan-view-state';
import type { WriteCount } from './write-count';

/** Which plan is open, and its loads: the first, on opening it, and those that refresh it in place. */
export interface PlanLoading {
  /** The plan open (or being opened), if any. */
  planId(): PlanId | null;
  /** Loads a plan and shows it; asked again for the plan being loaded, it returns that load. */
  open(planId: PlanId): Promise<void>;
  /**
   * Reloads the plan without clearing the screen (after a change of members, or others' changes);
   * a failure leaves it as it is. A load that overlapped a write from this screen is not shown: it
   * may predate the write. Resolves to whether the load was shown.
   */
  refresh(): Promise<boolean>;
}

export interface PlanLoadingContext extends PlanPartContext {
  readonly userId: UserId;
  readonly governance: PlanGovernance;
  readonly edits: KeptEdits;
  readonly live: LiveChanges;
  /** The writes this screen sends: a reload that overlapped one is not shown. */
  readonly writes: WriteCount;
  /** Shows the progress updates this device kept for the plan just loaded. */
  readonly restoreUpdates: () => void;
  /** Whether anything kept on this device waits to be sent, once the plan is ready. */
  readonly somethingWaiting: () => boolean;
  /** Sends what is waiting. */
  readonly retryPending: () => Promise<void>;
}

/** The screen with no plan on it: before the first load, and while another plan loads. */
export const NO_PLAN_SHOWN = {
  snapshot: null,
  governance: null,
  trust: null,
  workflowNotice: null,
  me: null,
  marks: {},
  othersChanged: {},
} as const;

export function planLoading(ctx: PlanLoadingContext): PlanLoading {
  const { view } = ctx;
  let planId: PlanId | null = null;
  /** The load of a plan under way: start-up opens the plan its address names before the plan's screen asks. */
  let opening: { readonly id: PlanId; readonly done: Promise<void> } | null = null;

  /** Takes in a loaded plan; returns false when another plan was opened meanwhile. */
  const accept = (id: PlanId, loaded: LoadedPlan, engine: GovernanceEngine): boolean => {
    if (planId !== id) return false;
    ctx.governance.takeIn(loaded, ctx.book.snapshotOf(loaded), engine);
    ctx.edits.restore();
    ctx.restoreUpdates();
    return true;
  };

  /** Starts loading a plan afresh: watching it, clearing the screen, then reading it. */
  async function openNow(id: PlanId): Promise<void> {
    planId = id;
    ctx.book.clear();
    ctx.governance.reset();
    ctx.live.watch(id);
    view.set({ load: { status: 'loading' }, ...NO_PLAN_SHOWN });
    try {
      const [loaded, engine] = await Promise.all([ctx.store.loadPlan(id), loadGovernanceEngine()]);
      if (!accept(id, loaded, engine)) return;
      view.set({ load: { status: 'ready' } });
      if (ctx.somethingWaiting()) void ctx.retryPending();
    } catch (error) {
      if (planId === id) view.set({ load: { status: 'error', problem: describeStoreError(error) } });
    }
  }

  return {
    planId: () => planId,
    open(id) {
      if (opening?.id === id && planId === id) return opening.done;
      const done = openNow(id);
      const current = { id, done };
      opening = current;
      void done.finally(() => {
        if (opening === current) opening = null;
      });
      return done;
    },
    async refresh() {
      const id = planId;
      const mark = ctx.writes.mark();
      if (!id || mark === null) return false;
      try {
        const [loaded, engine] = await Promise.all([ctx.store.loadPlan(id), loadGovernanceEngine()]);
        if (!ctx.writes.unchangedSince(mark) || planId !== id) return false;
        const changed = ctx.book.changedByOthers(loaded, ctx.userId);
        if (!accept(id, loaded, engine)) return false;
        view.set({ othersChanged: { ...view.get().othersChanged, ...changed } });
        return true;
      } catch {
        // The change itself was saved; the next load shows it.
        return false;
      }
    },
  };
}
