import { err, ok } from '../result';
import { isAdminRole } from './actor';
import { currentStage, required, textRefusal } from './guards';
import type { EventOf, Outcome } from './handle-stage-events';
import type { CommentTarget } from './review-comment';
import { mintId, record, update, type Step, type WorkflowContext } from './step';
import { rulesOf } from './stage-kind-rules';
import { refusal, type WorkflowError } from './workflow-error';

/** While the draft is in front of the partnership, from its review until it is submitted. */

function targetRefusal(target: CommentTarget, ctx: WorkflowContext): WorkflowError | null {
  const exists =
    target.kind === 'plan' ||
    (target.kind === 'finding' && ctx.content.findings.some((f) => f.id === target.findingId)) ||
    (target.kind === 'action' && ctx.content.actions.some((a) => a.id === target.actionId));
  return exists ? null : refusal('WORKFLOW.UNKNOWN_TARGET', `That ${target.kind} is no longer in the plan.`);
}

function describeTarget(target: CommentTarget, ctx: WorkflowContext): string {
  if (target.kind === 'plan') return 'the plan';
  if (target.kind === 'finding') {
    const finding = ctx.content.findings.find((f) => f.id === target.findingId);
    return `finding "${finding?.text.slice(0, 60) ?? target.findingId}"`;
  }
  const action = ctx.content.actions.find((a) => a.id === target.actionId);
  return `action "${action?.title.slice(0, 60) ?? target.actionId}"`;
}

export function addComment(step: Step, event: EventOf<'add-comment'>, ctx: WorkflowContext): Outcome {
  const here = currentStage(step.governance);
  const problem =
    (rulesOf(here).takesComments
      ? null
      : refusal('WORKFLOW.WRONG_STAGE', `Comments on the draft open at partnership review, not ${here.label}.`)) ??
    required(event.text, 'WORKFLOW.COMMENT_REQUIRED', 'Write the comment.') ??
    textRefusal(event.text, 'comment') ??
    targetRefusal(event.target, ctx);
  if (problem) return err(problem);
  const [id, minted] = mintId(step, 'comment');
  const g = minted.governance;
  const comment = {
    id,
    planId: g.planId,
    target: event.target,
    text: event.text.trim(),
    author: ctx.by,
    at: ctx.now,
    stage: g.stage,
  };
  const stored = update(minted, { comments: [...g.comments, comment] });
  const summary = `${ctx.actor.displayName} commented on ${describeTarget(event.target, ctx)}: ${comment.text}`;
  return ok(record(stored, ctx, { kind: 'comment-added', commentId: id, target: event.target }, summary));
}

export function resolveComment(step: Step, event: EventOf<'resolve-comment'>, ctx: WorkflowContext): Outcome {
  const g = step.governance;
  const comment = g.comments.find((c) => c.id === event.commentId);
  const mayResolve = comment && (isAdminRole(ctx.actor.role) || comment.author.userId === ctx.actor.userId);
  const problem =
    (comment ? null : refusal('WORKFLOW.UNKNOWN_COMMENT', 'That comment does not exist.')) ??
    (rulesOf(currentStage(g)).closed ? refusal('WORKFLOW.WRONG_STAGE', 'The plan is closed.') : null) ??
    (g.resolutions.some((r) => r.commentId === event.commentId)
      ? refusal('WORKFLOW.ALREADY_RESOLVED', 'That comment has already been resolved.')
      : null) ??
    (mayResolve
      ? null
      : refusal('WORKFLOW.NOT_PERMITTED', 'Only the comment’s author or a plan admin can resolve it.')) ??
    textRefusal(event.note, 'note');
  if (problem) return err(problem);
  const note = event.note.trim();
  const stored = update(step, {
    resolutions: [...g.resolutions, { commentId: event.commentId, at: ctx.now, by: ctx.by, note }],
  });
  const summary = `Comment by ${comment?.author.name ?? 'someone'} resolved${note ? `: ${note}` : ''}`;
  return ok(record(stored, ctx, { kind: 'comment-resolved', commentId: event.commentId, note }, summary));
}
