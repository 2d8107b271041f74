import type { IsoDateTime } from '../dates';
import type { Member } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { err, ok, type Result } from '../result';
import type { AuditEvent } from './audit-event';
import type { Governance } from './governance';
import { addComment, resolveComment } from './handle-comment-events';
import { contentChanged } from './handle-content-change';
import { setPartnershipQaRole } from './handle-qa-settings';
import { editChain, setDueDate, setPrincipal } from './handle-setup-events';
import { executiveDecision, partnerDecision, qaDecision } from './handle-sign-events';
import { advance, close, overrideQa, returnTo, type Outcome } from './handle-stage-events';
import { submit } from './handle-submission';
import { contentFacts, type ContentFacts } from './content-facts';
import { stageLabel } from './stage-chain';
import { startStep, workflowContext, type Step, type WorkflowContext } from './step';
import type { WorkflowEvent } from './workflow-event';
import { refusal, type WorkflowError } from './workflow-error';

export interface TransitionResult {
  readonly governance: Governance;
  /** The audit events this transition added, in order: what the data layer appends. */
  readonly emitted: readonly AuditEvent[];
}

function dispatch(step: Step, event: WorkflowEvent, ctx: WorkflowContext): Outcome {
  switch (event.type) {
    case 'edit-chain':
      return editChain(step, event, ctx);
    case 'set-principal':
      return setPrincipal(step, event, ctx);
    case 'set-due-date':
      return setDueDate(step, event, ctx);
    case 'set-partnership-qa-role':
      return setPartnershipQaRole(step, event, ctx);
    case 'advance':
      return advance(step, event, ctx);
    case 'return-to':
      return returnTo(step, event, ctx);
    case 'override-qa':
      return overrideQa(step, event, ctx);
    case 'close':
      return close(step, event, ctx);
    case 'qa-approve':
    case 'qa-return':
      return qaDecision(step, event, ctx);
    case 'partner-approve':
    case 'partner-return':
      return partnerDecision(step, event, ctx);
    case 'executive-sign':
      return executiveDecision(step, event, ctx);
    case 'add-comment':
      return addComment(step, event, ctx);
    case 'resolve-comment':
      return resolveComment(step, event, ctx);
    case 'content-changed':
      return contentChanged(step, event, ctx);
    case 'submit':
      return submit(step, event, ctx);
  }
}

function membershipRefusal(g: Governance, actor: Member, content: PlanSnapshot): WorkflowError | null {
  if (actor.planId !== g.planId || content.plan.id !== g.planId) {
    return refusal('WORKFLOW.WRONG_PLAN', 'This belongs to a different plan.');
  }
  return actor.role === 'reader'
    ? refusal('WORKFLOW.NOT_PERMITTED', 'Readers can follow the plan but take no part in its sign-off.')
    : null;
}

/** A move made from a stage the plan has since left would move it twice. */
function overtakenRefusal(g: Governance, event: WorkflowEvent): WorkflowError | null {
  const from = 'from' in event ? event.from : undefined;
  if (from === undefined || from === g.stage) return null;
  return refusal(
    'WORKFLOW.WRONG_STAGE',
    `This was done at ${stageLabel(g.chain, from)}, but the plan had already moved to ${stageLabel(g.chain, g.stage)}.`,
  );
}

export interface TransitionOptions {
  /** The hashes of the signed content when the event happened; by default those of `content`. */
  readonly facts?: ContentFacts;
  /** The governance entry the event is recorded as: ids minted by the transition derive from it. */
  readonly entryId?: string;
}

/**
 * The governance workflow as a pure reducer: one event, by one member, at one instant, against
 * the plan's content as it was then. Refusals are values; the input is never changed.
 */
export function transition(
  governance: Governance,
  event: WorkflowEvent,
  actor: Member,
  now: IsoDateTime,
  content: PlanSnapshot,
  options: TransitionOptions = {},
): Result<TransitionResult, WorkflowError> {
  const problem = membershipRefusal(governance, actor, content) ?? overtakenRefusal(governance, event);
  if (problem) return err(problem);
  const facts = options.facts ?? contentFacts(content);
  const step = startStep(governance, options.entryId ?? `n${governance.audit.length}`);
  const outcome = dispatch(step, event, workflowContext(actor, now, content, facts));
  return outcome.ok ? ok({ governance: outcome.value.governance, emitted: outcome.value.emitted }) : outcome;
}
