import type { IsoDateTime } from '../dates';
import type { Member } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { actorRef, type ActorRef } from './actor';
import type { AuditDetail, AuditEvent, StageChangeCause } from './audit-event';
import type { Governance } from './governance';
import { stageLabel, type ChainStageKey } from './stage-chain';
import { workflowId, type WorkflowIdKind, type WorkflowIdOf } from './workflow-ids';

/** What every handler is given besides the event. */
export interface WorkflowContext {
  readonly actor: Member;
  readonly by: ActorRef;
  readonly now: IsoDateTime;
  readonly content: PlanSnapshot;
}

export const workflowContext = (actor: Member, now: IsoDateTime, content: PlanSnapshot): WorkflowContext => ({
  actor,
  by: actorRef(actor),
  now,
  content,
});

/** A transition in progress: the governance so far and the audit events it has produced. */
export interface Step {
  readonly governance: Governance;
  readonly emitted: readonly AuditEvent[];
}

export const startStep = (governance: Governance): Step => ({ governance, emitted: [] });

export const update = (step: Step, patch: Partial<Governance>): Step => ({
  ...step,
  governance: { ...step.governance, ...patch },
});

/** Mints the next workflow id of a kind, advancing the plan's sequence. */
export function mintId<K extends WorkflowIdKind>(step: Step, kind: K): [WorkflowIdOf[K], Step] {
  const sequence = step.governance.sequence + 1;
  return [workflowId(kind, step.governance.planId, sequence), update(step, { sequence })];
}

/** Appends one audit event, stamped with the stage the plan is at before any move it records. */
export function record(step: Step, ctx: WorkflowContext, detail: AuditDetail, summary: string): Step {
  const [id, next] = mintId(step, 'audit');
  const g = next.governance;
  const event: AuditEvent = { id, planId: g.planId, at: ctx.now, actor: ctx.by, stage: g.stage, summary, ...detail };
  return { governance: { ...g, audit: [...g.audit, event] }, emitted: [...next.emitted, event] };
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
