import type { Action } from '../../domain/action';
import type { ActionId, PlanId } from '../../domain/ids';
import type { PendingEdit, PendingEditStorage } from '../pending-edits';
import type { SaveMark, ViewAccess } from './plan-view-state';

/** The open plan's edits as the screen shows them: the actions, their save marks, and the edits kept unsent. */
export interface KeptEdits {
  /** Shows an action's new value in the plan. */
  show(action: Action): void;
  /** Sets (or, given null, clears) an action's save mark. */
  mark(id: ActionId, value: SaveMark | null): void;
  /** Keeps (or, given null, forgets) the unsent edit of an action. */
  keep(edit: PendingEdit | null, id: ActionId): void;
  /** The open plan's unsent edits, as kept on this device. */
  list(): readonly PendingEdit[];
  /** Shows the kept edits of a plan just loaded, marked; a clashing edit is not shown as if saved. */
  restore(): void;
}

export function keptEdits(view: ViewAccess, pending: PendingEditStorage, planId: () => PlanId | null): KeptEdits {
  const kept: KeptEdits = {
    show(action) {
      const snapshot = view.get().snapshot;
      if (!snapshot) return;
      view.set({ snapshot: { ...snapshot, actions: snapshot.actions.map((a) => (a.id === action.id ? action : a)) } });
    },
    mark(id, value) {
      const marks = { ...view.get().marks };
      if (value) marks[id] = value;
      else delete marks[id];
      view.set({ marks });
    },
    keep(edit, id) {
      const plan = planId();
      if (!plan) return;
      const others = pending.load(plan).filter((e) => e.action.id !== id);
      pending.save(plan, edit ? [...others, edit] : others);
    },
    list() {
      const plan = planId();
      return plan ? pending.load(plan) : [];
    },
    restore() {
      for (const edit of kept.list()) {
        // The plan shows what is stored until the person chooses what to keep.
        if (!edit.clash) kept.show(edit.action);
        kept.mark(edit.action.id, edit.clash ? 'clash' : 'pending');
      }
    },
  };
  return kept;
}
