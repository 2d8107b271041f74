import type { ActionVersion } from '../../domain/action-history';
import type { ActionId } from '../../domain/ids';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { UncountedUpdate, UpdateStanding } from '../../domain/update-standing';
import type { MembershipHistory } from '../../domain/workflow/membership-history';
import type { PlanStore, StoreVersion } from '../../data/plan-store.port';
import type { GovernanceEngine } from '../lazy-governance-engine';
import type { VersionBook } from './version-book';

/** Which of the open plan's progress updates count, reading an action's versions only when an update needs them. */
export interface UpdateChecks {
  /** Forgets what was read (a plan is being opened afresh). */
  reset(): void;
  /** The plan was loaded again: versions that could not be read are tried again. */
  reloaded(): void;
  /**
   * Splits the snapshot's updates into those that count and those that do not, with the action
   * versions read so far. Reads the versions still needed in the background, then calls `settled`.
   */
  stand(engine: GovernanceEngine, snapshot: PlanSnapshot, membership: MembershipHistory): UpdateStanding;
}

export interface UpdateChecksContext {
  readonly store: PlanStore;
  readonly book: VersionBook;
  /** The versions an update waited for have been read (or could not be): work the standing out again. */
  readonly settled: () => void;
}

/** How many actions' versions are read at once. */
const READ_AT_ONCE = 4;

const UNREADABLE =
  'The action’s history could not be read to check who led it when this was posted, so it is not counted until the plan is next loaded.';

/** The snapshot with every update it holds, counted or not, as the check takes them. */
export const withEveryUpdate = (snapshot: PlanSnapshot, uncounted: readonly UncountedUpdate[]): PlanSnapshot =>
  uncounted.length === 0
    ? snapshot
    : { ...snapshot, updates: [...snapshot.updates, ...uncounted.map((u) => u.update)] };

export function updateChecks(ctx: UpdateChecksContext): UpdateChecks {
  /** Each action's versions, as read at the action's stored version. */
  let read = new Map<ActionId, { readonly at: StoreVersion; readonly versions: readonly ActionVersion[] }>();
  let failed = new Set<ActionId>();
  const reading = new Set<ActionId>();

  const pastLeads = () => {
    const current = new Map<ActionId, readonly ActionVersion[]>();
    for (const [id, entry] of read) if (ctx.book.versions.get(id) === entry.at) current.set(id, entry.versions);
    return current;
  };

  async function readVersions({ id, at }: { id: ActionId; at: StoreVersion }) {
    try {
      read.set(id, { at, versions: await ctx.store.actionVersions(at) });
    } catch {
      failed.add(id);
    } finally {
      reading.delete(id);
    }
  }

  /** Reads a few at a time: handing many actions to a new agency must not set off SharePoint's throttling. */
  async function readAll(queue: { id: ActionId; at: StoreVersion }[]) {
    queue.forEach(({ id }) => reading.add(id));
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await readVersions(next);
    };
    await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, queue.length) }, worker));
  }

  function readWhatIsNeeded(engine: GovernanceEngine, standing: UpdateStanding) {
    const needed = engine.actionsToCheck(standing).flatMap((id) => {
      const at = ctx.book.versions.get(id);
      return at && !reading.has(id) && !failed.has(id) ? [{ id, at }] : [];
    });
    if (needed.length === 0) return;
    void readAll(needed).then(ctx.settled);
  }

  return {
    reset() {
      read = new Map();
      failed = new Set();
    },
    reloaded() {
      failed = new Set();
    },
    stand(engine, snapshot, membership) {
      const standing = engine.updateStanding(
        snapshot.updates,
        snapshot.actions,
        membership,
        pastLeads(),
        snapshot.plan.agencies,
      );
      readWhatIsNeeded(engine, standing);
      const uncounted = standing.uncounted.map((u) =>
        u.checking && failed.has(u.update.actionId) ? { ...u, reason: UNREADABLE } : u,
      );
      return { counted: standing.counted, uncounted };
    },
  };
}
