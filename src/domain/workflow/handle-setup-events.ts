import { formatLongDate, isIsoDate } from '../dates';
import { ROLE_LABEL } from '../member';
import { err, ok } from '../result';
import type { Principal } from './actor';
import { chainEditRefusal, describeChainEdit } from './chain-rules';
import { adminRefusal, currentStage } from './guards';
import type { EventOf, Outcome } from './handle-stage-events';
import { record, update, type Step, type WorkflowContext } from './step';
import { stageLabel, stageOf } from './stage-chain';
import { rulesOf } from './stage-kind-rules';
import { refusal, type WorkflowError } from './workflow-error';

export function beforeSubmissionRefusal(step: Step, what: string): WorkflowError | null {
  const submitted = step.governance.submission !== null || rulesOf(currentStage(step.governance)).afterSubmission;
  return submitted
    ? refusal('WORKFLOW.ALREADY_SUBMITTED', `The plan has been submitted, so its ${what} is settled.`)
    : null;
}

export function editChain(step: Step, event: EventOf<'edit-chain'>, ctx: WorkflowContext): Outcome {
  const g = step.governance;
  const problem =
    adminRefusal(ctx, 'change the governance chain') ??
    beforeSubmissionRefusal(step, 'governance chain') ??
    chainEditRefusal(g.chain, event.chain, g.stage);
  if (problem) return err(problem);
  const changes = describeChainEdit(g.chain, event.chain);
  if (changes.length === 0) return ok(step);
  const chain = event.chain.map((s) => ({ ...s, label: s.label.trim() }));
  const recorded = record(
    step,
    ctx,
    { kind: 'chain-edited', changes },
    `Governance chain edited: ${changes.join('; ')}`,
  );
  return ok(update(recorded, { chain }));
}

const describePrincipal = (principal: Principal, ctx: WorkflowContext): string =>
  principal.kind === 'role'
    ? `anyone with the role ${ROLE_LABEL[principal.role]}`
    : (ctx.content.members.find((m) => m.id === principal.memberId)?.displayName ?? principal.memberId);

export function setPrincipal(step: Step, event: EventOf<'set-principal'>, ctx: WorkflowContext): Outcome {
  const { principal } = event;
  const unknownMember =
    principal.kind === 'member' && !ctx.content.members.some((m) => m.id === principal.memberId)
      ? refusal('WORKFLOW.UNKNOWN_TARGET', 'The person named to submit is not a member of this plan.')
      : null;
  const problem =
    adminRefusal(ctx, 'say who submits the plan') ?? beforeSubmissionRefusal(step, 'principal') ?? unknownMember;
  if (problem) return err(problem);
  const summary = `The plan will be submitted by ${describePrincipal(principal, ctx)}`;
  return ok(update(record(step, ctx, { kind: 'principal-set', principal }, summary), { principal }));
}

export function setDueDate(step: Step, event: EventOf<'set-due-date'>, ctx: WorkflowContext): Outcome {
  const g = step.governance;
  const stage = stageOf(g.chain, event.stage);
  const problem =
    adminRefusal(ctx, 'set stage dates') ??
    (stage ? null : refusal('WORKFLOW.UNKNOWN_STAGE', `"${event.stage}" is not a stage in this plan's chain.`)) ??
    (event.date === null || isIsoDate(event.date)
      ? null
      : refusal('WORKFLOW.INVALID_DATE', `"${String(event.date)}" is not a date.`));
  if (problem) return err(problem);
  const others = g.dueDates.filter((d) => d.stage !== event.stage);
  const dueDates = event.date === null ? others : [...others, { stage: event.stage, date: event.date }];
  const label = stageLabel(g.chain, event.stage);
  const summary =
    event.date === null
      ? `${label} due date back to the suggested one`
      : `${label} due by ${formatLongDate(event.date)}`;
  const detail = { kind: 'due-date-set', dueStage: event.stage, date: event.date } as const;
  return ok(update(record(step, ctx, detail, summary), { dueDates }));
}
