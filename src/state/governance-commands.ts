import { isoDateTime } from '../domain/dates';
import type { Member } from '../domain/member';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import type { Governance } from '../domain/workflow/governance';
import { stageLabel } from '../domain/workflow/stage-chain';
import { transition, type TransitionResult } from '../domain/workflow/transition';
import type { WorkflowEvent } from '../domain/workflow/workflow-event';
import type { PlanStore, StoreVersion, Versioned, WorkflowCommit } from '../data/plan-store.port';
import { isStoreError } from '../data/store-error';
import { describeStoreError } from './describe-store-error';
import type { WorkflowOutcome } from './governance-outcome';
import type { StoredTransition } from './stage-notifier';

/** What a workflow event is run against: the plan as this client has it. */
export interface GovernanceSlice {
  readonly snapshot: PlanSnapshot;
  readonly me: Member | null;
  readonly governance: Governance;
  /** The stored governance's version; null before the plan's first workflow event. */
  readonly version: StoreVersion | null;
}

/** What the governance commands need from the plan view store that owns them. */
export interface GovernanceContext {
  readonly store: PlanStore;
  readonly now: () => Date;
  readonly current: () => GovernanceSlice | null;
  /** Reloads the plan without clearing the screen; false when it could not. */
  readonly refresh: () => Promise<boolean>;
  readonly saved: (governance: Versioned<Governance>) => void;
  /** Hears of each stored transition, to tell whoever the new stage waits for; must not delay it. */
  readonly announce?: (transition: StoredTransition) => void;
}

export interface GovernanceCommands {
  /** Runs one workflow event as the signed-in member and stores what it produced. */
  dispatch(event: WorkflowEvent): Promise<WorkflowOutcome>;
}

const NOT_A_MEMBER: WorkflowOutcome = {
  status: 'refused',
  code: 'WORKFLOW.NOT_PERMITTED',
  message: 'You are not a member of this plan, so you can follow its sign-off but not take part.',
};

/** Events that mean "from the stage I saw" or "this chain instead of the one I saw". */
const STAGE_BOUND: ReadonlySet<WorkflowEvent['type']> = new Set(['advance', 'return-to', 'override-qa', 'close']);

/**
 * After a conflict the event is run again on the stored governance, but an admin's "move on"
 * must not move the plan twice when a colleague moved it first, nor a chain edit undo theirs.
 */
function overtaken(event: WorkflowEvent, seen: Governance, now: Governance): WorkflowOutcome | null {
  if (STAGE_BOUND.has(event.type) && seen.stage !== now.stage) {
    return {
      status: 'refused',
      code: 'WORKFLOW.WRONG_STAGE',
      message: `Someone else moved the plan to ${stageLabel(now.chain, now.stage)} while you were acting, so nothing was changed. Check the plan as it is now.`,
    };
  }
  if (event.type === 'edit-chain' && JSON.stringify(seen.chain) !== JSON.stringify(now.chain)) {
    return {
      status: 'refused',
      code: 'WORKFLOW.INVALID_CHAIN',
      message:
        'Someone else changed the governance chain at the same time, so your edit was not saved. Make it again on the chain as it is now.',
    };
  }
  return null;
}

function commitOf(before: Governance, result: TransitionResult): WorkflowCommit {
  const known = new Set(before.signOffs.map((s) => s.id));
  return {
    planId: before.planId,
    governance: result.governance,
    newSignOffs: result.governance.signOffs.filter((s) => !known.has(s.id)),
    events: result.emitted,
  };
}

export function governanceCommands(ctx: GovernanceContext): GovernanceCommands {
  type Attempt = WorkflowOutcome | { readonly status: 'conflict' };

  async function attempt(event: WorkflowEvent, slice: GovernanceSlice): Promise<Attempt> {
    if (!slice.me) return NOT_A_MEMBER;
    const result = transition(slice.governance, event, slice.me, isoDateTime(ctx.now()), slice.snapshot);
    if (!result.ok) return { status: 'refused', code: result.error.code, message: result.error.message };
    if (result.value.emitted.length === 0) return { status: 'done', governance: slice.governance };
    try {
      const saved = await ctx.store.commitWorkflow(commitOf(slice.governance, result.value), slice.version);
      ctx.saved(saved);
      ctx.announce?.({ before: slice.governance, after: saved.value, content: slice.snapshot, actor: slice.me });
      return { status: 'done', governance: saved.value };
    } catch (error) {
      if (isStoreError(error) && error.kind === 'conflict') return { status: 'conflict' };
      return { status: 'failed', message: describeStoreError(error).message };
    }
  }

  return {
    async dispatch(event) {
      const first = ctx.current();
      if (!first) return { status: 'failed', message: 'The plan is not loaded.' };
      const outcome = await attempt(event, first);
      if (outcome.status !== 'conflict') return outcome;
      const fresh = (await ctx.refresh()) ? ctx.current() : null;
      if (!fresh)
        return {
          status: 'failed',
          message: 'Someone else changed the plan at the same time, and it could not be reloaded. Try again.',
        };
      const again = overtaken(event, first.governance, fresh.governance) ?? (await attempt(event, fresh));
      return again.status === 'conflict'
        ? {
            status: 'failed',
            message: 'Others are changing the plan’s sign-off right now. Wait a moment and try again.',
          }
        : again;
    },
  };
}
