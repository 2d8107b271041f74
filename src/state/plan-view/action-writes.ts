import type { Action } from '../../domain/action';
import {
  EDITABLE_ACTION_FIELDS,
  changedActionFields,
  mergeActionEdits,
  type EditableActionField,
} from '../../domain/action-diff';
import type { FieldOutcome, ThreeWayMerge } from '../../domain/merge/three-way-merge';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { StoreVersion, Versioned } from '../../data/plan-store.port';
import { isStoreError } from '../../data/store-error';
import { conflictCurrent } from '../conflict-current';
import { describeStoreError } from '../describe-store-error';
import type { SaveOutcome } from '../save-outcome';
import { MERGE_ATTEMPTS } from '../write-merging';
import type { KeptEdits } from './kept-edits';
import type { ConflictOutcome, PlanPartContext } from './plan-view-state';
import type { VersionBook } from './version-book';

const CLASH_REASON =
  'Someone else changed the same fields before this edit could be sent. It is kept on this device: open the action to choose what to keep.';

const RETRYABLE = new Set(['offline', 'throttled', 'server']);

/** The merge of an edit with what is stored, saved as the person's edit (their time and name on it). */
export const asMine = (merged: Action, mine: Action): Action => ({
  ...merged,
  updatedAt: mine.updatedAt,
  updatedBy: mine.updatedBy,
});

/** Without what the edit started from, every field that differs is the person's choice. */
function everyDifferenceAsked(theirs: Action, mine: Action): ThreeWayMerge<Action, EditableActionField> {
  const conflicts = changedActionFields(theirs, mine);
  const outcomes = Object.fromEntries(
    EDITABLE_ACTION_FIELDS.map((f) => [f, conflicts.includes(f) ? 'conflict' : 'unchanged']),
  ) as Record<EditableActionField, FieldOutcome>;
  return { merged: theirs, conflicts, outcomes };
}

export function conflictOutcome(
  mine: Action,
  theirs: Action,
  base: Action,
  merge: ThreeWayMerge<Action, EditableActionField>,
  theirsBy: string | undefined,
): ConflictOutcome {
  return { status: 'conflict', mine, theirs, base, merge, ...(theirsBy && { theirsBy }) };
}

/** Sends action edits over the versions they were based on, keeping, retrying or merging as the answer requires. */
export interface ActionWrites {
  /**
   * Writes an action over the version it was based on. `previous` is shown again if the write fails;
   * `base` is the action at that version: on a conflict (412) it is what both people started from.
   */
  send(action: Action, baseVersion: StoreVersion, previous: Action, base: Action | undefined): Promise<SaveOutcome>;
  /** An action's new value is stored: the workflow hears of it before the save counts as done. */
  settle(value: Action): Promise<void>;
  /** An edit sent from the queue met a clash: it stays on this device, marked, for the person to resolve. */
  keepClash(outcome: ConflictOutcome): void;
}

export interface ActionWritesContext extends PlanPartContext {
  readonly edits: KeptEdits;
  readonly contentSaved: (before: PlanSnapshot, after: PlanSnapshot) => Promise<void>;
}

/** Keeps an edit that clashed on this device, marked, for the person to resolve. */
function keepClash(book: VersionBook, edits: KeptEdits, outcome: ConflictOutcome): void {
  const id = outcome.mine.id;
  const version = book.versions.get(id);
  if (!version) return;
  edits.keep({ action: outcome.mine, baseVersion: version, base: outcome.base, reason: CLASH_REASON, clash: true }, id);
  edits.mark(id, 'clash');
}

export function actionWrites(ctx: ActionWritesContext): ActionWrites {
  const { book, edits } = ctx;

  async function send(
    action: Action,
    baseVersion: StoreVersion,
    previous: Action,
    base: Action | undefined,
    attempt = 1,
  ): Promise<SaveOutcome> {
    edits.mark(action.id, 'saving');
    try {
      const saved = await ctx.store.updateAction(action, baseVersion);
      book.versions.set(action.id, saved.version);
      edits.show(saved.value);
      edits.keep(null, action.id);
      edits.mark(action.id, null);
      await settle(saved.value);
      return { status: 'saved', action: saved.value };
    } catch (error) {
      return failed(error, action, baseVersion, previous, base, attempt);
    }
  }

  async function settle(value: Action): Promise<void> {
    const after = ctx.view.get().snapshot;
    if (after) await ctx.contentSaved(book.storedBefore(after, value.id), after);
    book.stored.set(value.id, value);
  }

  async function failed(
    error: unknown,
    action: Action,
    baseVersion: StoreVersion,
    previous: Action,
    base: Action | undefined,
    attempt: number,
  ): Promise<SaveOutcome> {
    const problem = describeStoreError(error, 'kept');
    if (isStoreError(error) && RETRYABLE.has(error.kind)) {
      edits.keep({ action, baseVersion, reason: problem.message, ...(base && { base }) }, action.id);
      edits.mark(action.id, 'pending');
      return { status: 'pending', message: problem.message };
    }
    edits.mark(action.id, null);
    edits.keep(null, action.id);
    const current = conflictCurrent<Action>(error);
    if (current) return conflicted(current, action, base, attempt);
    edits.show(previous);
    if (problem.kind === 'forbidden') return { status: 'refused', message: problem.message };
    return { status: 'failed', message: problem.message };
  }

  /** The action was changed since `action` was based on it: merged and sent again, or left to the person. */
  async function conflicted(
    current: Versioned<Action>,
    action: Action,
    base: Action | undefined,
    attempt: number,
  ): Promise<SaveOutcome> {
    const theirs = current.value;
    book.versions.set(theirs.id, current.version);
    edits.show(theirs);
    // A retry after a dropped response finds its own earlier write: that is a save, not a conflict.
    if (changedActionFields(action, theirs).length === 0) {
      await settle(theirs);
      return { status: 'saved', action: theirs };
    }
    book.stored.set(theirs.id, theirs);
    const merge = base ? mergeActionEdits(base, theirs, action) : everyDifferenceAsked(theirs, action);
    if (merge.conflicts.length > 0 || attempt >= MERGE_ATTEMPTS) {
      return conflictOutcome(action, theirs, base ?? theirs, merge, current.changedBy?.name);
    }
    const merged = asMine(merge.merged, action);
    edits.show(merged);
    return send(merged, current.version, theirs, theirs, attempt + 1);
  }

  return {
    send: (action, baseVersion, previous, base) => send(action, baseVersion, previous, base),
    settle,
    keepClash: (outcome) => keepClash(book, edits, outcome),
  };
}
