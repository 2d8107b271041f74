import { formatLongDate, isIsoDate, londonDateOf } from '../dates';
import { err, ok } from '../result';
import { MULTI_LINE_LIMIT } from '../text-limits';
import { isPrincipal } from './actor';
import { currentStage, followingStage } from './guards';
import type { EventOf, Outcome } from './handle-stage-events';
import { completionRefusal } from './stage-guards';
import { rulesOf } from './stage-kind-rules';
import { moveTo, record, update, type Step, type WorkflowContext } from './step';
import { refusal, type WorkflowError } from './workflow-error';

function dateRefusal(event: EventOf<'submit'>, ctx: WorkflowContext): WorkflowError | null {
  if (!isIsoDate(event.date)) return refusal('WORKFLOW.INVALID_DATE', 'Give the date the plan was sent to Ofsted.');
  if (event.date > londonDateOf(new Date(ctx.now))) {
    return refusal('WORKFLOW.INVALID_DATE', 'The submission date cannot be in the future.');
  }
  const letter = ctx.content.plan.letterDate;
  return letter && event.date < letter
    ? refusal('WORKFLOW.INVALID_DATE', `The submission date is before the findings letter (${formatLongDate(letter)}).`)
    : null;
}

function referenceRefusal(documentRef: string): WorkflowError | null {
  if (!documentRef.trim()) return refusal('WORKFLOW.REFERENCE_REQUIRED', 'Say which exported document was submitted.');
  return documentRef.length > MULTI_LINE_LIMIT
    ? refusal('WORKFLOW.TEXT_TOO_LONG', `Keep the document reference under ${MULTI_LINE_LIMIT} characters.`)
    : null;
}

/** Defends against an edit that slipped in after the last signature: only approved content goes to Ofsted. */
function approvalsRefusal(step: Step, ctx: WorkflowContext): WorkflowError | null {
  const g = step.governance;
  const kinds = g.chain.filter((s) => !s.skipped).map((s) => s.kind);
  return (
    (kinds.includes('partnership-approval')
      ? completionRefusal('partnership-approval', g, ctx.content, ctx.facts)
      : null) ??
    (kinds.includes('executive-sign-off') ? completionRefusal('executive-sign-off', g, ctx.content, ctx.facts) : null)
  );
}

export function submit(step: Step, event: EventOf<'submit'>, ctx: WorkflowContext): Outcome {
  const g = step.governance;
  const here = currentStage(g);
  const problem =
    (isPrincipal(ctx.actor, g.principal)
      ? null
      : refusal('WORKFLOW.NOT_PERMITTED', 'Only the person named to submit the plan can record its submission.')) ??
    (g.submission ? refusal('WORKFLOW.ALREADY_SUBMITTED', 'The plan has already been submitted.') : null) ??
    (rulesOf(here).recordsSubmission
      ? null
      : refusal(
          'WORKFLOW.WRONG_STAGE',
          `The plan cannot be submitted at ${here.label}; it needs its sign-offs first.`,
        )) ??
    dateRefusal(event, ctx) ??
    referenceRefusal(event.documentRef) ??
    approvalsRefusal(step, ctx);
  if (problem) return err(problem);
  const documentRef = event.documentRef.trim();
  const hash = ctx.facts.plan;
  const submission = { date: event.date, documentRef, recordedAt: ctx.now, by: ctx.by, contentHash: hash };
  const summary = `Submitted to Ofsted on ${formatLongDate(event.date)} (${documentRef})`;
  const detail = { kind: 'submitted', date: event.date, documentRef, contentHash: hash } as const;
  const recorded = update(record(step, ctx, detail, summary), { submission });
  return ok(moveTo(recorded, ctx, followingStage(g, here).key, 'submitted', ''));
}
