import type { PlanId } from '../../domain/ids';
import type { PlanChangeFeed, PlanStore } from '../../data/plan-store.port';

/** Watches the open plan's lists for changes others make, and shows them. */
export interface LiveChanges {
  /** Starts watching a plan afresh; called before the plan is read, so nothing changed after the read goes unseen. */
  watch(planId: PlanId): void;
  /** Looks for changes (looks never overlap), and shows any found, or found before but not yet shown. */
  check(): Promise<void>;
}

export interface LiveChangesContext {
  readonly store: PlanStore;
  /** Whether the plan is on screen, ready to be looked at again. */
  readonly ready: () => boolean;
  /** Reads the plan again and shows it; false when it was not shown (a save was in flight, or it failed). */
  readonly show: () => Promise<boolean>;
}

export function liveChanges(ctx: LiveChangesContext): LiveChanges {
  /** What has changed in the open plan's lists, as the store reports it. */
  let feed: PlanChangeFeed | null = null;
  /** A look for changes is under way. */
  let looking = false;
  /** Changes were found but not shown (a save was in flight): shown at the next look. */
  let unshown = false;
  return {
    watch(planId) {
      unshown = false;
      const started = ctx.store.watchPlan(planId);
      feed = started;
      looking = true;
      void started
        .poll()
        .catch(() => undefined) // the next look starts watching instead
        .finally(() => {
          if (feed === started) looking = false;
        });
    },
    async check() {
      if (!feed || looking || !ctx.ready()) return;
      looking = true;
      const watched = feed;
      try {
        const found = await watched.poll();
        if (watched !== feed) return;
        if (found !== 'none' || unshown) unshown = !(await ctx.show());
      } catch {
        // Offline or throttled: the next look tries again, and the plan on screen stays as it is.
      } finally {
        looking = false;
      }
    },
  };
}
