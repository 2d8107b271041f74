import type { IsoDateTime } from '../dates';
import type { Member } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { actorRef, type ActorRef } from './actor';
import type { ContentFacts } from './content-facts';
import type { AuditDetail, AuditEvent, StageChangeCause } from './audit-event';
import type { Governance } from './governance';
import { stageLabel } from './stage-chain';
import type { ChainStageKey } from './stage-vocabulary';
import { workflowId, type WorkflowIdKind, type WorkflowIdOf } from './workflow-ids';

/**
 * What every handler is given besides the event. `content` is the plan with its members as they
 * were when the event happened; `facts` are the hashes of its signed content at that moment,
 * which, when an event is replayed from the record, may be older than `content`.
 */
export interface WorkflowContext {
  readonly actor: Member;
  readonly by: ActorRef;
  readonly now: IsoDateTime;
  readonly content: PlanSnapshot;
  readonly facts: ContentFacts;
}

export const workflowContext = (
  actor: Member,
  now: IsoDateTime,
  content: PlanSnapshot,
  facts: ContentFacts,
): WorkflowContext => ({ actor, by: actorRef(actor), now, content, facts });

/** A transition in progress: the governance so far and the audit events it has produced. */
export interface Step {
  readonly governance: Governance;
  readonly emitted: readonly AuditEvent[];
  /** The governance entry this transition is made for: the ids it mints are derived from it. */
  readonly entryId: string;
  readonly minted: number;
}

export const startStep = (governance: Governance, entryId: string): Step => ({
  governance,
  emitted: [],
  entryId,
  minted: 0,
});

export const update = (step: Step, patch: Partial<Governance>): Step => ({
  ...step,
  governance: { ...step.governance, ...patch },
});

/** Mints the next workflow id of a kind for this step's entry. */
export function mintId<K extends WorkflowIdKind>(step: Step, kind: K): [WorkflowIdOf[K], Step] {
  const minted = step.minted + 1;
  return [workflowId(kind, step.entryId, minted), { ...step, minted }];
}

/** Appends one audit event, stamped with the stage the plan is at before any move it records. */
export function record(step: Step, ctx: WorkflowContext, detail: AuditDetail, summary: string): Step {
  const [id, next] = mintId(step, 'audit');
  const g = next.governance;
  const event: AuditEvent = { id, planId: g.planId, at: ctx.now, actor: ctx.by, stage: g.stage, summary, ...detail };
  return { ...next, governance: { ...g, audit: [...g.audit, event] }, emitted: [...next.emitted, event] };
}

export function moveTo(
  step: Step,
  ctx: WorkflowContext,
  to: ChainStageKey,
  cause: StageChangeCause,
  note: string,
): Step {
  const { chain, stage: from } = step.governance;
  if (from === to) return step;
  const summary = `Moved from ${stageLabel(chain, from)} to ${stageLabel(chain, to)}${note ? `: ${note}` : ''}`;
  return update(record(step, ctx, { kind: 'stage-changed', from, to, cause, note }, summary), { stage: to });
}
