import { isoDateTime } from '../../domain/dates';
import type { Member } from '../../domain/member';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { Governance } from '../../domain/workflow/governance';
import type { GovernanceEntry } from '../../domain/workflow/governance-record';
import type { ReplayedGovernance } from '../../domain/workflow/replay-governance';
import type { WorkflowEvent } from '../../domain/workflow/workflow-event';
import type { PlanStore } from '../../data/plan-store.port';
import { describeStoreError } from '../describe-store-error';
import type { WorkflowOutcome } from '../governance-outcome';
import type { StoredTransition } from '../stage-notifier';
import { loadGovernanceEngine, type GovernanceEngine } from '../lazy-governance-engine';

/** What a workflow event is run against: the plan as this client has it. */
export interface GovernanceSlice {
  readonly snapshot: PlanSnapshot;
  readonly me: Member | null;
  readonly governance: Governance;
  /** An action is still being checked against its history, so the content to sign is not yet known. */
  readonly checking: boolean;
}

/** What the governance commands need from the plan view store that owns them. */
export interface GovernanceContext {
  readonly store: PlanStore;
  readonly now: () => Date;
  /** A fresh id for a new entry of the record. */
  readonly newEntryId: () => string;
  readonly current: () => GovernanceSlice | null;
  /** Takes in the record's entries as read back, replays them and shows the result. */
  readonly accept: (entries: readonly GovernanceEntry[], engine: GovernanceEngine) => ReplayedGovernance | null;
  /** Hears of each counted entry that changed the governance, to tell whoever the new stage waits for. */
  readonly announce?: (transition: StoredTransition) => void;
}

export interface GovernanceCommands {
  /** Adds one entry to the plan's record as the signed-in member, and shows what it counted for. */
  dispatch(event: WorkflowEvent): Promise<WorkflowOutcome>;
}

const STILL_CHECKING: WorkflowOutcome = {
  status: 'failed',
  message: 'The plan’s actions are still being checked against SharePoint’s record. Try again in a moment.',
};

const NOT_A_MEMBER: WorkflowOutcome = {
  status: 'refused',
  code: 'WORKFLOW.NOT_PERMITTED',
  message: 'You are not a member of this plan, so you can follow its sign-off but not take part.',
};

const SIGN_SCOPE = { 'qa-approve': 'agency', 'qa-return': 'agency' } as const;

/**
 * A signer's entry carries the content they approve (as well as its hash), so that later they
 * can be shown exactly what changed since; the workflow keeps it only if it matches the hash.
 */
function withSignedContent(event: WorkflowEvent, snapshot: PlanSnapshot, engine: GovernanceEngine): WorkflowEvent {
  if (!('contentHash' in event)) return event;
  const scope =
    event.type in SIGN_SCOPE && 'agency' in event
      ? { kind: 'agency' as const, agency: event.agency }
      : { kind: 'plan' as const };
  return { ...event, signed: engine.canonicalContentInScope(snapshot, scope) };
}

/** Stage-bound moves say which stage they were made from, so two people never move the plan twice. */
function fromStage(event: WorkflowEvent, g: Governance): WorkflowEvent {
  const bound =
    event.type === 'advance' || event.type === 'return-to' || event.type === 'override-qa' || event.type === 'close';
  return bound && event.from === undefined ? { ...event, from: g.stage } : event;
}

const RECORDED_NOT_SHOWN =
  'Your entry was recorded, but the plan could not be read back to show what it changed. Reload the plan to see it.';

export function governanceCommands(ctx: GovernanceContext): GovernanceCommands {
  /** Round trip 2: the record as stored now (others may have added to it), replayed. */
  async function readBack(
    engine: GovernanceEngine,
    entryId: string,
    slice: GovernanceSlice,
    me: Member,
  ): Promise<WorkflowOutcome> {
    let replayed: ReplayedGovernance | null;
    try {
      replayed = ctx.accept(await ctx.store.loadGovernanceEntries(slice.snapshot.plan.id), engine);
    } catch {
      return { status: 'failed', message: RECORDED_NOT_SHOWN };
    }
    const verdict = replayed?.verdicts.find((v) => v.entry.id === entryId);
    if (!replayed || !verdict) return { status: 'failed', message: RECORDED_NOT_SHOWN };
    if (!verdict.counted) {
      return {
        status: 'refused',
        code: 'WORKFLOW.WRONG_STAGE',
        message: `Your entry was recorded but does not count: ${verdict.reason ?? 'the plan moved on before it arrived.'}`,
      };
    }
    ctx.announce?.({ before: slice.governance, after: replayed.governance, content: slice.snapshot, actor: me });
    return { status: 'done', governance: replayed.governance };
  }

  return {
    async dispatch(raw) {
      let engine: GovernanceEngine;
      try {
        engine = await loadGovernanceEngine();
      } catch {
        return {
          status: 'failed',
          message: 'The app could not load its sign-off rules. Check the connection and try again.',
        };
      }
      const slice = ctx.current();
      if (!slice) return { status: 'failed', message: 'The plan is not loaded.' };
      if (slice.checking) return STILL_CHECKING;
      const { me } = slice;
      if (!me) return NOT_A_MEMBER;
      const event = fromStage(withSignedContent(raw, slice.snapshot, engine), slice.governance);
      const entryId = ctx.newEntryId();
      const now = isoDateTime(ctx.now());
      const local = engine.transition(slice.governance, event, me, now, slice.snapshot, { entryId });
      if (!local.ok) return { status: 'refused', code: local.error.code, message: local.error.message };
      if (local.value.emitted.length === 0) return { status: 'done', governance: slice.governance };
      try {
        await ctx.store.appendGovernanceEntry({
          id: entryId,
          planId: slice.snapshot.plan.id,
          stage: slice.governance.stage,
          by: { userId: me.userId, name: me.displayName },
          event,
        });
      } catch (error) {
        const problem = describeStoreError(error);
        return problem.kind === 'forbidden'
          ? { status: 'refused', code: 'WORKFLOW.NOT_PERMITTED', message: problem.message }
          : { status: 'failed', message: problem.message };
      }
      return readBack(engine, entryId, slice, me);
    },
  };
}
