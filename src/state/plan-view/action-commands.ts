import type { Action } from '../../domain/action';
import { mergeActionEdits } from '../../domain/action-diff';
import { actionChanges } from '../../domain/action-history';
import { hasErrors, validateAction } from '../../domain/action-rules';
import { isoDateTime, londonDateOf } from '../../domain/dates';
import type { FindingId, IdSource, UserId } from '../../domain/ids';
import { newAction } from '../../domain/new-action';
import { actionEditRefusal, agenciesMemberCanLead } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { StoreVersion } from '../../data/plan-store.port';
import { refusedOrFailed } from '../describe-store-error';
import type { SaveOutcome } from '../save-outcome';
import { asMine, conflictOutcome, type ActionWrites } from './action-writes';
import type { KeptEdits } from './kept-edits';
import type { PlanPartContext, PlanViewState, ViewAccess } from './plan-view-state';

/** The plan view's commands on actions. */
export type ActionCommands = Pick<
  PlanViewState,
  'saveAction' | 'addAction' | 'draftAction' | 'clashOf' | 'actionHistory'
> & {
  /** Sends every kept edit again, but those waiting for the person's choice. */
  retryEdits(): Promise<void>;
};

type InvalidOutcome = Extract<SaveOutcome, { status: 'invalid' }>;

export interface ActionCommandsContext extends PlanPartContext {
  readonly userId: UserId;
  readonly ids: IdSource;
  readonly now: () => Date;
  readonly edits: KeptEdits;
  readonly writes: ActionWrites;
  readonly contentSaved: (before: PlanSnapshot, after: PlanSnapshot) => Promise<void>;
}

/** A blank action under a finding, led by the person's agency (or the finding's first), not yet saved. */
function draftAction(view: ViewAccess, ids: IdSource, findingId: FindingId): Action | null {
  const { snapshot, me } = view.get();
  const finding = snapshot?.findings.find((f) => f.id === findingId);
  const allowed = snapshot ? agenciesMemberCanLead(me, snapshot.plan.agencies) : [];
  if (!snapshot || !finding || allowed.length === 0) return null;
  const preferred = me?.agency ?? finding.agencies.find((a) => allowed.some((x) => x.key === a));
  return newAction({
    id: ids('action'),
    planId: snapshot.plan.id,
    findingId,
    leadAgency: allowed.find((a) => a.key === preferred)?.key ?? allowed[0]!.key,
    order: snapshot.actions.reduce((max, a) => Math.max(max, a.order + 1), 0),
  });
}

export function actionCommands(ctx: ActionCommandsContext): ActionCommands {
  const { view, book, edits, writes } = ctx;
  /** The draft stamped with the person and the time, or why it cannot be saved. */
  const checked = (draft: Action, snapshot: PlanSnapshot): { action: Action } | { invalid: InvalidOutcome } => {
    const now = ctx.now();
    const errors = validateAction(draft, { today: londonDateOf(now), letterDate: snapshot.plan.letterDate });
    if (hasErrors(errors)) return { invalid: { status: 'invalid', errors } };
    return { action: { ...draft, updatedAt: isoDateTime(now), updatedBy: ctx.userId } };
  };
  return {
    async saveAction(draft, base) {
      const { snapshot, me } = view.get();
      const previous = snapshot?.actions.find((a) => a.id === draft.id);
      if (!snapshot || !previous) return { status: 'failed', message: 'This action is no longer in the plan.' };
      const refusal = actionEditRefusal(me, previous, snapshot.plan.agencies, draft.leadAgency);
      if (refusal) return { status: 'refused', message: refusal };
      const check = checked(draft, snapshot);
      if ('invalid' in check) return check.invalid;
      const stamped = check.action;
      const known = book.stored.get(draft.id) ?? previous;
      const startedFrom = base ?? known;
      // Changes that arrived while the editor was open are merged in before anything is sent.
      const merge = startedFrom === known ? null : mergeActionEdits(startedFrom, known, stamped);
      if (merge && merge.conflicts.length > 0) {
        return conflictOutcome(stamped, known, startedFrom, merge, view.get().othersChanged[draft.id]);
      }
      const action = merge ? asMine(merge.merged, stamped) : stamped;
      edits.show(action);
      return writes.send(action, book.versions.get(action.id)!, previous, known);
    },
    draftAction: (findingId) => draftAction(view, ctx.ids, findingId),
    async addAction(draft) {
      const { snapshot, me } = view.get();
      if (!snapshot) return { status: 'failed', message: 'The plan is not loaded.' };
      if (!agenciesMemberCanLead(me, snapshot.plan.agencies).some((a) => a.key === draft.leadAgency)) {
        return { status: 'refused', message: 'You can add actions only for your own agency.' };
      }
      const check = checked(draft, snapshot);
      if ('invalid' in check) return check.invalid;
      const { action } = check;
      try {
        const saved = await ctx.store.createAction(action);
        book.versions.set(action.id, saved.version);
        const current = view.get().snapshot!;
        const after = { ...current, actions: [...current.actions, saved.value] };
        view.set({ snapshot: after });
        await ctx.contentSaved(current, after);
        book.stored.set(action.id, saved.value);
        return { status: 'saved', action: saved.value };
      } catch (error) {
        return refusedOrFailed(error);
      }
    },
    clashOf(actionId) {
      const edit = edits.list().find((e) => e.action.id === actionId && e.clash);
      const theirs = book.stored.get(actionId);
      if (!edit || !theirs) return null;
      const base = edit.base ?? theirs;
      const merge = mergeActionEdits(base, theirs, edit.action);
      return conflictOutcome(edit.action, theirs, base, merge, view.get().othersChanged[actionId]);
    },
    async actionHistory(actionId) {
      const version = book.versions.get(actionId);
      if (!version) return { status: 'failed', message: 'This action is not in SharePoint yet, so it has no history.' };
      try {
        return { status: 'read', changes: actionChanges(await ctx.store.actionVersions(version)) };
      } catch (error) {
        return refusedOrFailed(error);
      }
    },
    async retryEdits() {
      for (const edit of edits.list()) {
        if (edit.clash) continue;
        const previous = view.get().snapshot?.actions.find((a) => a.id === edit.action.id) ?? edit.action;
        const outcome = await writes.send(edit.action, edit.baseVersion as StoreVersion, previous, edit.base);
        if (outcome.status === 'conflict') writes.keepClash(outcome);
      }
    },
  };
}
