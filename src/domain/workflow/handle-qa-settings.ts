import { err, ok } from '../result';
import { isPartnershipQaRole, PARTNERSHIP_QA_ROLES, PARTNERSHIP_QA_WHO } from './agency-qa-signers';
import { adminRefusal } from './guards';
import { beforeSubmissionRefusal } from './handle-setup-events';
import type { EventOf, Outcome } from './handle-stage-events';
import { record, update, type Step, type WorkflowContext } from './step';
import { refusal, type WorkflowError } from './workflow-error';

function roleChoiceRefusal(role: unknown): WorkflowError | null {
  if (isPartnershipQaRole(role)) return null;
  const choices = PARTNERSHIP_QA_ROLES.map((r) => PARTNERSHIP_QA_WHO[r]).join(', ');
  return refusal(
    'WORKFLOW.UNKNOWN_TARGET',
    `"${String(role)}" cannot quality-assure the partnership's actions. Choose one of: ${choices}.`,
  );
}

/**
 * The plan's admins name who quality-assures the actions the partnership leads itself. Sign-offs
 * already made stay as they are; the setting decides who may sign from now on.
 */
export function setPartnershipQaRole(
  step: Step,
  event: EventOf<'set-partnership-qa-role'>,
  ctx: WorkflowContext,
): Outcome {
  const problem =
    adminRefusal(ctx, "say who quality-assures the partnership's actions") ??
    beforeSubmissionRefusal(step, 'quality assurance') ??
    roleChoiceRefusal(event.role);
  if (problem) return err(problem);
  if (event.role === step.governance.partnershipQaRole) return ok(step);
  const who = PARTNERSHIP_QA_WHO[event.role];
  const summary = `The partnership's actions will be quality-assured by ${who}`;
  const detail = { kind: 'partnership-qa-role-set', role: event.role } as const;
  return ok(update(record(step, ctx, detail, summary), { partnershipQaRole: event.role }));
}
