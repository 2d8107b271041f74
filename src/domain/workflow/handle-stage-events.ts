import { agencyLabel } from '../agency';
import { err, ok, type Result } from '../result';
import { adminRefusal, currentStage, followingStage, required, textRefusal } from './guards';
import { enterRefusal, leaveRefusal, qaRefusal } from './stage-guards';
import { moveTo, mintId, record, update, type Step, type WorkflowContext } from './step';
import { stageIndex, stageOf } from './stage-chain';
import { rulesOf } from './stage-kind-rules';
import type { WorkflowEvent } from './workflow-event';
import { refusal, type WorkflowError } from './workflow-error';

export type EventOf<T extends WorkflowEvent['type']> = Extract<WorkflowEvent, { type: T }>;
export type Outcome = Result<Step, WorkflowError>;

export function advance(step: Step, event: EventOf<'advance'>, ctx: WorkflowContext): Outcome {
  const g = step.governance;
  const from = currentStage(g);
  const problem =
    adminRefusal(ctx, 'move the plan to its next stage') ??
    textRefusal(event.note, 'note') ??
    leaveRefusal(from, g, ctx.content, event.note, ctx.facts);
  if (problem) return err(problem);
  const to = followingStage(g, from);
  const entering = enterRefusal(to, g);
  if (entering) return err(entering);
  return ok(moveTo(step, ctx, to.key, 'advanced', event.note.trim()));
}

function returnTargetRefusal(step: Step, event: EventOf<'return-to'>): WorkflowError | null {
  const g = step.governance;
  const target = stageOf(g.chain, event.stage);
  if (g.submission)
    return refusal('WORKFLOW.ALREADY_SUBMITTED', 'The plan has been submitted; its stages are history.');
  if (!target || target.skipped) {
    return refusal('WORKFLOW.UNKNOWN_STAGE', `"${event.stage}" is not a stage this plan goes through.`);
  }
  return stageIndex(g.chain, target.key) < stageIndex(g.chain, g.stage)
    ? null
    : refusal('WORKFLOW.WRONG_STAGE', `${target.label} is not earlier than the stage the plan is at.`);
}

export function returnTo(step: Step, event: EventOf<'return-to'>, ctx: WorkflowContext): Outcome {
  const problem =
    adminRefusal(ctx, 'send the plan back to an earlier stage') ??
    returnTargetRefusal(step, event) ??
    required(event.reason, 'WORKFLOW.REASON_REQUIRED', 'Say why the plan is going back.') ??
    textRefusal(event.reason, 'reason');
  if (problem) return err(problem);
  return ok(moveTo(step, ctx, event.stage, 'returned', event.reason.trim()));
}

export function overrideQa(step: Step, event: EventOf<'override-qa'>, ctx: WorkflowContext): Outcome {
  const g = step.governance;
  const from = currentStage(g);
  const problem =
    adminRefusal(ctx, 'override agency QA') ??
    (rulesOf(from).collects === 'qa'
      ? null
      : refusal('WORKFLOW.WRONG_STAGE', 'QA can only be overridden during agency QA.')) ??
    required(event.reason, 'WORKFLOW.REASON_REQUIRED', 'Say why collation should start without every agency’s QA.') ??
    textRefusal(event.reason, 'reason');
  if (problem) return err(problem);
  const incomplete = qaRefusal(g, ctx.content, ctx.facts);
  if (incomplete?.code !== 'WORKFLOW.QA_INCOMPLETE') {
    return err(refusal('WORKFLOW.NOTHING_TO_OVERRIDE', 'Every agency has approved; move on without an override.'));
  }
  const reason = event.reason.trim();
  const outstanding = incomplete.outstanding;
  const [overrideId, minted] = mintId(step, 'override');
  const withOverride = update(minted, {
    qaOverrides: [...g.qaOverrides, { id: overrideId, at: ctx.now, by: ctx.by, reason, outstanding }],
  });
  const names = outstanding.map((key) => agencyLabel(ctx.content.plan.agencies, key)).join(', ');
  const summary = `Agency QA overridden without ${names}: ${reason}`;
  const recorded = record(withOverride, ctx, { kind: 'qa-overridden', overrideId, reason, outstanding }, summary);
  return ok(moveTo(recorded, ctx, followingStage(g, from).key, 'qa-overridden', reason));
}

export function close(step: Step, event: EventOf<'close'>, ctx: WorkflowContext): Outcome {
  const g = step.governance;
  const from = currentStage(g);
  const open = ctx.content.actions.filter((a) => a.status !== 'complete').length;
  const problem =
    adminRefusal(ctx, 'close the plan') ??
    (rulesOf(from).closable
      ? null
      : refusal('WORKFLOW.WRONG_STAGE', 'A plan is closed from monitoring, after it has been submitted.')) ??
    textRefusal(event.reason, 'reason') ??
    (open > 0 && !event.reason.trim()
      ? refusal(
          'WORKFLOW.ACTIONS_OPEN',
          `${open} ${open === 1 ? 'action is' : 'actions are'} not complete; give a reason to close anyway.`,
        )
      : null);
  if (problem) return err(problem);
  return ok(moveTo(step, ctx, followingStage(g, from).key, 'closed', event.reason.trim()));
}
