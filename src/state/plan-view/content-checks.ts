import type { ActionStanding, UncountedAction } from '../../domain/action-standing';
import type { UnallowedChange } from '../../domain/change-standing';
import type { ActionId, PlanId } from '../../domain/ids';
import { checkBasis, leadVersionOf } from '../../domain/standing';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { UncountedUpdate, UpdateStanding } from '../../domain/update-standing';
import type { MembershipHistory } from '../../domain/workflow/membership-history';
import type { PlanStore, StoreVersion } from '../../data/plan-store.port';
import type { CheckedVersions, CheckedVersionsStorage } from '../checked-versions';
import type { GovernanceEngine } from '../lazy-governance-engine';
import type { VersionBook } from './version-book';

/** Which of the open plan's actions and progress updates count, and which actions were saved by someone who could not. */
export interface ContentStanding {
  readonly actions: ActionStanding;
  /** Updates on the actions that count. */
  readonly updates: UpdateStanding;
  /** Counted actions saved by someone who could not save them (moved, or changed). */
  readonly changes: readonly UnallowedChange[];
  /** Some actions' versions are still being read to know who saved them, and how. */
  readonly checkingChanges: boolean;
}

/**
 * Checks who added each action, posted each update and last saved each action,
 * reading an action's versions only when one of them needs its past lead agencies.
 */
export interface ContentChecks {
  /** Forgets what was read (a plan is being opened afresh). */
  reset(): void;
  /** The plan was loaded again: versions that could not be read are tried again. */
  reloaded(): void;
  /**
   * Splits the snapshot's actions and updates into those that count and those that do not, with the
   * action versions read so far. Reads those still needed in the background, then calls `settled`.
   */
  stand(engine: GovernanceEngine, snapshot: PlanSnapshot, membership: MembershipHistory): ContentStanding;
}

export interface ContentChecksContext {
  readonly store: PlanStore;
  readonly book: VersionBook;
  /** The versions read before on this device: an action still at the version they were read at is not read again. */
  readonly kept: CheckedVersionsStorage;
  /** The versions a check waited for have been read (or could not be): work the standing out again. */
  readonly settled: () => void;
}

/** How many actions' versions are read at once. */
const READ_AT_ONCE = 4;

const UNREADABLE_UPDATE =
  'The action’s history could not be read to check who led it when this was posted, so it is not counted until the plan is next loaded.';
const UNREADABLE_ACTION =
  'The action’s history could not be read to check which agency it was added for, so it is not counted until the plan is next loaded.';

/** The snapshot with every action and update it holds, counted or not, as the checks take them. */
export function withEverything(
  snapshot: PlanSnapshot,
  actions: readonly UncountedAction[],
  updates: readonly UncountedUpdate[],
): PlanSnapshot {
  if (actions.length === 0 && updates.length === 0) return snapshot;
  return {
    ...snapshot,
    actions: [...snapshot.actions, ...actions.map((a) => a.action)],
    updates: [...snapshot.updates, ...updates.map((u) => u.update)],
  };
}

export function contentChecks(ctx: ContentChecksContext): ContentChecks {
  /** Each action's versions, as read at the action's stored version (here or, before, on this device). */
  let read = new Map<ActionId, CheckedVersions>();
  let failed = new Set<ActionId>();
  const reading = new Set<ActionId>();
  /** The plan whose kept versions have been taken in. */
  let keptFor: PlanId | null = null;

  /** Only the versions of actions still at the version they were read at: the rest are stale. */
  const current = () => [...read.values()].filter((entry) => ctx.book.versions.get(entry.id) === entry.at);
  const pastLeads = () => new Map(current().map((entry) => [entry.id, entry.versions]));

  function takeInKept(planId: PlanId) {
    if (keptFor === planId) return;
    keptFor = planId;
    for (const entry of ctx.kept.load(planId)) if (!read.has(entry.id)) read.set(entry.id, entry);
  }

  async function readVersions({ id, at }: { id: ActionId; at: StoreVersion }) {
    try {
      read.set(id, { id, at, versions: (await ctx.store.actionVersions(at)).map(leadVersionOf) });
    } catch {
      failed.add(id);
    } finally {
      reading.delete(id);
    }
  }

  /** Reads a few at a time: handing many actions to a new agency must not set off SharePoint's throttling. */
  async function readAll(queue: { id: ActionId; at: StoreVersion }[], planId: PlanId) {
    queue.forEach(({ id }) => reading.add(id));
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await readVersions(next);
    };
    await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, queue.length) }, worker));
    if (keptFor === planId) ctx.kept.save(planId, current());
  }

  function readWhatIsNeeded(ids: readonly ActionId[], planId: PlanId) {
    const needed = [...new Set(ids)].flatMap((id) => {
      const at = ctx.book.versions.get(id);
      return at && !reading.has(id) && !failed.has(id) ? [{ id, at }] : [];
    });
    if (needed.length > 0) void readAll(needed, planId).then(ctx.settled);
  }

  const unreadable = <T extends { readonly checking: boolean; readonly reason: string }>(
    items: readonly T[],
    idOf: (item: T) => ActionId,
    reason: string,
  ): T[] => items.map((item) => (item.checking && failed.has(idOf(item)) ? { ...item, reason } : item));

  return {
    reset() {
      read = new Map();
      failed = new Set();
      keptFor = null;
    },
    reloaded() {
      failed = new Set();
    },
    stand(engine, snapshot, membership) {
      takeInKept(snapshot.plan.id);
      const basis = checkBasis(membership, pastLeads(), snapshot.plan.agencies);
      const actions = engine.actionStanding(snapshot.actions, ctx.book.added, basis);
      const updates = engine.updateStanding(snapshot.updates, actions.counted, basis);
      const changes = engine.changeStanding(actions.counted, ctx.book.changed, basis);
      readWhatIsNeeded(
        [
          ...actions.uncounted.filter((a) => a.checking).map((a) => a.action.id),
          ...engine.actionsToCheck(updates),
          ...changes.toCheck,
        ],
        snapshot.plan.id,
      );
      return {
        actions: {
          counted: actions.counted,
          uncounted: unreadable(actions.uncounted, (a) => a.action.id, UNREADABLE_ACTION),
        },
        updates: {
          counted: updates.counted,
          uncounted: unreadable(updates.uncounted, (u) => u.update.actionId, UNREADABLE_UPDATE),
        },
        changes: changes.unallowed,
        // An action whose versions could not be read is shown as SharePoint has it, with nothing said.
        checkingChanges: changes.toCheck.some((id) => !failed.has(id)),
      };
    },
  };
}
