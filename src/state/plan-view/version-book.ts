import type { Action } from '../../domain/action';
import type { AddedBy } from '../../domain/action-standing';
import { changedActionFields } from '../../domain/action-diff';
import type { ActionId, UserId } from '../../domain/ids';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { LoadedPlan, StoreVersion, Versioned } from '../../data/plan-store.port';

/** The stored version of each item the open plan holds, and each action as last stored. */
export interface VersionBook {
  /** The version each plan, finding, action and member was last read or written at, by id. */
  readonly versions: Map<string, StoreVersion>;
  /** Each action as last stored, so a save's "before" is what was signed, not an unsent edit. */
  readonly stored: Map<string, Action>;
  /** Who SharePoint says added each action read, and when. */
  readonly added: Map<ActionId, AddedBy>;
  /** Who SharePoint says last changed each action read, and when. */
  readonly changed: Map<ActionId, AddedBy>;
  /** Forgets every version (a plan is being opened afresh). */
  clear(): void;
  /** The loaded plan as a snapshot (sign-offs not yet worked out), its versions and actions noted. */
  snapshotOf(loaded: LoadedPlan): PlanSnapshot;
  /** The plan as it was stored before `id` was saved, with everything else as it is now. */
  storedBefore(snapshot: PlanSnapshot, id: ActionId): PlanSnapshot;
  /** Who other than `me` changed which actions, between what was last stored and a fresh load. */
  changedByOthers(loaded: LoadedPlan, me: UserId): Record<string, string>;
}

export function createVersionBook(): VersionBook {
  const versions = new Map<string, StoreVersion>();
  const stored = new Map<string, Action>();
  const added = new Map<ActionId, AddedBy>();
  const changed = new Map<ActionId, AddedBy>();
  const remember = <T extends { id: string }>(items: readonly Versioned<T>[]): T[] =>
    items.map((v) => {
      versions.set(v.value.id, v.version);
      return v.value;
    });
  return {
    versions,
    stored,
    added,
    changed,
    clear: () => versions.clear(),
    snapshotOf(loaded) {
      const actions = remember(loaded.actions);
      stored.clear();
      actions.forEach((a) => stored.set(a.id, a));
      added.clear();
      loaded.actions.forEach((a) => a.addedBy && added.set(a.value.id, a.addedBy));
      changed.clear();
      for (const { value, changedBy: by } of loaded.actions) if (by?.at) changed.set(value.id, { ...by, at: by.at });
      return {
        plan: remember([loaded.plan])[0]!,
        findings: remember(loaded.findings),
        actions,
        members: remember(loaded.members),
        updates: loaded.updates,
        signOffs: [],
      };
    },
    storedBefore(snapshot, id) {
      const was = stored.get(id);
      const actions = was
        ? snapshot.actions.map((a) => (a.id === id ? was : a))
        : snapshot.actions.filter((a) => a.id !== id);
      return { ...snapshot, actions };
    },
    changedByOthers(loaded, me) {
      const found: Record<string, string> = {};
      for (const { value, changedBy } of loaded.actions) {
        const was = stored.get(value.id);
        if (!changedBy || changedBy.userId === me) continue;
        if (!was || changedActionFields(was, value).length > 0) found[value.id] = changedBy.name;
      }
      return found;
    },
  };
}
