import type { Action, ActionStatus } from '../../domain/action';
import type { ActionId, PlanId, UpdateId, UserId } from '../../domain/ids';
import type { Member } from '../../domain/member';
import { actionEditRefusal, canPostUpdate } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { progressUpdateProblem } from '../../domain/progress-rules';
import type { ProgressUpdate } from '../../domain/progress-update';
import type { PlanStore } from '../../data/plan-store.port';
import { isStoreError, StoreError } from '../../data/store-error';
import { describeStoreError, isPassingFailure, refusedOrFailed } from '../describe-store-error';
import type { PendingUpdate, PendingUpdateStorage } from '../pending-updates';
import type { SaveOutcome } from '../save-outcome';
import type { CommandProblem, Outcome } from '../outcome';

export type UpdateOutcome = Outcome<
  { readonly status: 'posted' },
  /** Kept on this device, to be sent (after its status change) when SharePoint can be reached. */
  { readonly status: 'queued'; readonly message: string } | { readonly status: 'invalid'; readonly message: string }
>;

export interface ProgressUpdateCommands {
  /** The person's progress updates not yet in SharePoint, oldest first. */
  readonly unsentUpdates: readonly PendingUpdate[];
  /** Posts a dated, signed progress update, changing the status with it if one is given. */
  postUpdate(actionId: ActionId, text: string, status: ActionStatus | null): Promise<UpdateOutcome>;
  /** Forgets an update that was not sent. */
  discardUpdate(id: UpdateId): void;
}

export interface ProgressUpdateContext {
  readonly store: PlanStore;
  readonly queue: PendingUpdateStorage;
  readonly userId: UserId;
  readonly planId: () => PlanId | null;
  readonly snapshot: () => PlanSnapshot | null;
  readonly me: () => Member | null;
  readonly saveAction: (action: Action) => Promise<SaveOutcome>;
  /** Whether an edit of the action is kept, waiting to be sent. */
  readonly editPending: (id: ActionId) => boolean;
  readonly newUpdate: (content: Pick<ProgressUpdate, 'planId' | 'actionId' | 'text' | 'status'>) => ProgressUpdate;
  /** Takes in an update as SharePoint stored it. */
  readonly stored: (update: ProgressUpdate) => void;
  /** Shows the person's unsent updates. */
  readonly show: (unsent: readonly PendingUpdate[]) => void;
}

export interface ProgressUpdateQueue {
  readonly commands: ProgressUpdateCommands;
  /** Sends the waiting updates, oldest first, each after its status change; stops at the first that must wait. */
  sendWaiting(): Promise<void>;
  /** Shows what this device kept for the plan just opened. */
  restore(): void;
}

const KEPT = 'Your update is kept on this device and will be sent when SharePoint can be reached.';
const STATUS_LOST =
  'The status change that went with it was not saved, because someone else changed the action meanwhile. Copy your words if you want to post them again.';

/** Why an update was not posted when the status change it carries was not saved. */
function statusNotChanged(outcome: Exclude<SaveOutcome, { status: 'saved' | 'pending' }>): UpdateOutcome {
  switch (outcome.status) {
    case 'refused':
      return { status: 'refused', message: outcome.message };
    case 'invalid':
      return {
        status: 'failed',
        message: 'The status could not be changed: open the action and check its details. Nothing was posted.',
      };
    case 'conflict':
      return {
        status: 'failed',
        message:
          'Someone else changed this action’s status meanwhile, so it was not changed and nothing was posted. Check their change, then post again.',
      };
    case 'failed':
      return { status: 'failed', message: `${outcome.message} Nothing was posted.` };
  }
}

/** Marks as pending exactly the actions with something waiting to be sent; a save in flight keeps its mark. */
export function withPendingMarks<Mark extends string>(
  marks: Readonly<Record<string, Mark | 'pending'>>,
  waiting: ReadonlySet<string>,
): Record<string, Mark | 'pending'> {
  const next = Object.fromEntries(Object.entries(marks).filter(([, mark]) => mark !== 'pending'));
  for (const id of waiting) next[id] ??= 'pending';
  return next;
}

/** The updates this device keeps for a plan, and what is known of each. */
function keptUpdates(ctx: ProgressUpdateContext) {
  // Only the person's own: on a shared browser, each update is sent under its author's sign-in.
  const mine = (planId: PlanId) => ctx.queue.load(planId).filter((p) => p.update.authorId === ctx.userId);
  /** Changes (or, given null, removes) one kept update, leaving the others in their order. */
  const rewrite = (planId: PlanId, id: UpdateId, change: ((p: PendingUpdate) => PendingUpdate) | null) =>
    ctx.queue.save(
      planId,
      ctx.queue.load(planId).flatMap((p) => (p.update.id !== id ? [p] : change ? [change(p)] : [])),
    );
  /** The lead agency of the update's action, which the update is stored with. */
  const agencyOf = (update: ProgressUpdate) => {
    const action = ctx.snapshot()?.actions.find((a) => a.id === update.actionId);
    if (!action)
      throw new StoreError('not-found', 'The action this update is about no longer exists.', {
        code: 'actionNotFound',
      });
    return action.leadAgency;
  };
  const arrived = (id: UpdateId) => ctx.snapshot()?.updates.some((u) => u.id === id) ?? false;

  /** Its status change did not take: the action has another status, and not one the author set since. */
  const statusLost = (update: ProgressUpdate): boolean => {
    const action = ctx.snapshot()?.actions.find((a) => a.id === update.actionId);
    if (!update.status || !action || action.status === update.status) return false;
    const changedSinceByAuthor = action.updatedBy === update.authorId && (action.updatedAt ?? '') >= update.at;
    return !changedSinceByAuthor;
  };

  return { mine, rewrite, agencyOf, arrived, statusLost };
}

/**
 * Sends what is waiting. The update just posted (`fresh`) is not kept when it can never be sent:
 * its failure is returned, and the form still holds its words. Any other is kept, with the problem.
 */
async function sendKept(
  ctx: ProgressUpdateContext,
  { mine, rewrite, agencyOf, arrived, statusLost }: ReturnType<typeof keptUpdates>,
  fresh?: UpdateId,
): Promise<UpdateOutcome | null> {
  const planId = ctx.planId();
  if (!planId) return null;
  let outcome: UpdateOutcome | null = null;
  const giveUp = (update: ProgressUpdate, failure: CommandProblem) => {
    if (update.id === fresh) outcome = failure;
    rewrite(planId, update.id, update.id === fresh ? null : (p) => ({ ...p, problem: failure.message }));
  };
  for (const { update } of mine(planId).filter((p) => !p.problem)) {
    // Already stored: a response lost on the way back, or a try from another tab.
    if (arrived(update.id)) {
      rewrite(planId, update.id, null);
      continue;
    }
    if (update.status && ctx.editPending(update.actionId)) break;
    if (statusLost(update)) {
      giveUp(update, { status: 'failed', message: STATUS_LOST });
      continue;
    }
    try {
      const saved = await ctx.store.addProgressUpdate(update, agencyOf(update));
      rewrite(planId, update.id, null);
      ctx.stored(saved);
    } catch (error) {
      const signedOut = isStoreError(error) && error.kind === 'unauthorized' && update.id !== fresh;
      if (!isPassingFailure(error) && !signedOut) {
        giveUp(update, refusedOrFailed(error));
        continue;
      }
      rewrite(planId, update.id, (p) => ({ ...p, reason: describeStoreError(error, 'kept').message }));
      break;
    }
  }
  ctx.show(mine(planId));
  return outcome;
}

export function progressUpdateQueue(ctx: ProgressUpdateContext): ProgressUpdateQueue {
  const kept = keptUpdates(ctx);
  const { mine, rewrite } = kept;
  let tail: Promise<unknown> = Promise.resolve();
  /** One send at a time, so two tries never post the same update side by side. */
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };

  const send = (fresh?: UpdateId) => sendKept(ctx, kept, fresh);

  const commands: ProgressUpdateCommands = {
    unsentUpdates: [],
    async postUpdate(actionId, text, status) {
      const snapshot = ctx.snapshot();
      const me = ctx.me();
      const action = snapshot?.actions.find((a) => a.id === actionId);
      if (!snapshot || !action) return { status: 'failed', message: 'This action is no longer in the plan.' };
      if (!canPostUpdate(me, action)) {
        const refusal = actionEditRefusal(me, action, snapshot.plan.agencies);
        return { status: 'refused', message: refusal ?? 'You cannot post updates on this action.' };
      }
      const problem = progressUpdateProblem(text, status);
      if (problem) return { status: 'invalid', message: problem };
      const changed = status && status !== action.status ? status : null;
      let reason = KEPT;
      if (changed) {
        const outcome = await ctx.saveAction({ ...action, status: changed, statusReason: text.trim() });
        if (outcome.status === 'pending') reason = outcome.message;
        else if (outcome.status !== 'saved') return statusNotChanged(outcome);
      }
      const update = ctx.newUpdate({ planId: snapshot.plan.id, actionId, text: text.trim(), status: changed });
      // Kept before it is sent, so neither a reload nor a connection lost mid-send loses it.
      ctx.queue.save(update.planId, [...ctx.queue.load(update.planId), { update, reason }]);
      const failure = await serially(() => send(update.id));
      if (failure) return failure;
      const waiting = ctx.queue.load(update.planId).find((p) => p.update.id === update.id);
      return waiting ? { status: 'queued', message: waiting.reason } : { status: 'posted' };
    },
    discardUpdate(id) {
      const planId = ctx.planId();
      if (!planId) return;
      rewrite(planId, id, null);
      ctx.show(mine(planId));
    },
  };

  return {
    commands,
    sendWaiting: async () => {
      await serially(() => send());
    },
    restore: () => {
      const planId = ctx.planId();
      if (planId) ctx.show(mine(planId));
    },
  };
}
