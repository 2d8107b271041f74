import { MULTI_LINE_LIMIT } from '../text-limits';
import { isAdminRole } from './actor';
import type { Governance } from './governance';
import type { WorkflowContext } from './step';
import { nextActiveStage, stageOf, type StageConfig } from './stage-chain';
import { refusal, type WorkflowError } from './workflow-error';

export function adminRefusal(ctx: WorkflowContext, what: string): WorkflowError | null {
  return isAdminRole(ctx.actor.role)
    ? null
    : refusal('WORKFLOW.NOT_PERMITTED', `Only the DCS's team (plan admins and the improvement lead) can ${what}.`);
}

export function textRefusal(text: string, what: string): WorkflowError | null {
  return text.length > MULTI_LINE_LIMIT
    ? refusal('WORKFLOW.TEXT_TOO_LONG', `Keep the ${what} under ${MULTI_LINE_LIMIT} characters.`)
    : null;
}

export const required = (
  text: string,
  code: 'WORKFLOW.REASON_REQUIRED' | 'WORKFLOW.COMMENT_REQUIRED' | 'WORKFLOW.NOTE_REQUIRED',
  message: string,
): WorkflowError | null => (text.trim() ? null : refusal(code, message));

/** The stage the plan is at. Governance always names a stage of its own chain, so a miss is a bug. */
export function currentStage(g: Governance): StageConfig {
  const stage = stageOf(g.chain, g.stage);
  if (!stage) throw new Error(`Governance of ${g.planId} is at ${g.stage}, which is not in its chain`);
  return stage;
}

/** The stage after `from`. Only Closed has none, and every caller refuses to leave it first. */
export function followingStage(g: Governance, from: StageConfig): StageConfig {
  const next = nextActiveStage(g.chain, from.key);
  if (!next) throw new Error(`No stage follows ${from.key} in the chain of ${g.planId}`);
  return next;
}
