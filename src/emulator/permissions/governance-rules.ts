import { STALE_CONTENT } from '../../data/graph/map-graph-error';
import { governanceFromFields } from '../../data/graph/mappers/governance.mapper';
import { signOffFromFields } from '../../data/graph/mappers/sign-off.mapper';
import { workflowEventFromFields } from '../../data/graph/mappers/workflow-event.mapper';
import type { SignOff } from '../../domain/sign-off';
import type { Governance } from '../../domain/workflow/governance';
import { signOffPolicy, staleSignOffRefusal } from '../../domain/workflow/sign-off-rules';
import { builtInStageOf } from '../../domain/workflow/stage-chain';
import type { FieldValues } from '../model/list-model';
import type { PlanFacts } from './plan-facts';
import { GOVERNANCE_COLUMNS, TITLE, WORKFLOW_EVENT_COLUMNS } from './schema-columns';
import { allow, deny, malformed, stale, textOf, valuesOf, type Verdict, type WriteAttempt } from './write-attempt';

const NOT_A_MEMBER = 'Only members of this plan can move it through governance.';
const NOT_IN_YOUR_NAME = "You cannot record a workflow event in someone else's name.";

const takesPart = (facts: PlanFacts, planId: string, userId: string): boolean =>
  facts.membershipsOf(planId, userId).some((m) => m.role !== 'reader');

/**
 * A sign-off must be one the workflow would accept from this signer now (role, stage, not
 * already given) and bind to the plan as stored: the same rule the reducer applies in the
 * browser, so a signature cannot be made by writing the list item directly.
 */
export function checkSignOffAgainstGovernance(facts: PlanFacts, callerId: string, fields: FieldValues): Verdict {
  const signOff = signOffFromFields(fields);
  const refusal = signOffPolicy(
    facts.membershipsOf(signOff.planId, callerId),
    signOff,
    facts.governance(signOff.planId),
  );
  if (refusal) return deny(refusal);
  const content = facts.content(signOff.planId);
  if (!content) return deny('This plan no longer exists.');
  const outdated = staleSignOffRefusal(signOff, content);
  return outdated ? stale(STALE_CONTENT, outdated) : allow();
}

/** The audit trail is history: appended by a plan's members, each event in its author's name. */
export function checkWorkflowEventWrite(facts: PlanFacts, attempt: WriteAttempt): Verdict {
  if (attempt.op !== 'create' || !attempt.after)
    return deny('Workflow events are a permanent record and cannot be changed.');
  const fields = attempt.after;
  if (textOf(fields, WORKFLOW_EVENT_COLUMNS.actorUserId) !== attempt.callerId) return deny(NOT_IN_YOUR_NAME);
  const planId = textOf(fields, WORKFLOW_EVENT_COLUMNS.planId);
  if (planId === null) return malformed('A workflow event must belong to a plan.');
  if (!takesPart(facts, planId, attempt.callerId)) return deny(NOT_A_MEMBER);
  const event = workflowEventFromFields(fields);
  if (!event) return malformed(`EventJson must hold the audit event ${textOf(fields, TITLE) ?? ''} of plan ${planId}.`);
  return event.actor.userId === attempt.callerId ? allow() : deny(NOT_IN_YOUR_NAME);
}

const sameSignature = (a: SignOff, b: SignOff): boolean =>
  a.id === b.id &&
  a.userId === b.userId &&
  a.stage === b.stage &&
  a.role === b.role &&
  a.agency === b.agency &&
  a.decision === b.decision &&
  a.contentHash === b.contentHash;

function checkGovernanceFields(facts: PlanFacts, planId: string, fields: FieldValues): Verdict {
  const g = governanceFromFields(fields);
  if (!g) return malformed(`GovernanceJson must hold a readable governance state of plan ${planId}.`);
  const consistent =
    fields[GOVERNANCE_COLUMNS.sequence] === g.sequence &&
    textOf(fields, GOVERNANCE_COLUMNS.stage) === builtInStageOf(g.chain, g.stage) &&
    textOf(fields, TITLE) === planId;
  if (!consistent) return malformed('Title, Sequence and Stage must repeat what GovernanceJson says.');
  const signed = facts.signOffs(planId);
  const forged = g.signOffs.some((s) => !signed.some((t) => sameSignature(s, t)));
  return forged ? deny('Sign-offs can only be added through the sign-off record.') : allow();
}

const ADMIN_ROLES = new Set(['plan-admin', 'improvement-lead']);
const NOT_YOUR_MOVE = 'Only the plan admins can move the plan to another stage.';

/**
 * Members other than the plan admins move the plan only as the workflow does on their behalf:
 * on past their own decision at the stage they were signing (the last approval moves it on; a
 * return sends it back), or back to partnership approval when their edit changed signed content.
 */
function checkStageMove(facts: PlanFacts, planId: string, callerId: string, after: Governance): Verdict {
  const before = facts.governance(planId);
  if (before.stage === after.stage) return allow();
  if (facts.membershipsOf(planId, callerId).some((m) => ADMIN_ROLES.has(m.role))) return allow();
  const order = after.chain.map((s) => s.key as string);
  const backwards = order.indexOf(after.stage) < order.indexOf(before.stage);
  if (backwards && builtInStageOf(after.chain, after.stage) === 'partnership-approval') return allow();
  const signingStage = builtInStageOf(before.chain, before.stage);
  const decided = facts.signOffs(planId).some((s) => s.userId === callerId && s.stage === signingStage);
  return decided ? allow() : deny(NOT_YOUR_MOVE);
}

/**
 * A plan's governance state is kept by the members who take part in it; it may only name
 * signatures that the sign-off record holds, so nobody can slip one in through the state.
 */
export function checkGovernanceWrite(facts: PlanFacts, attempt: WriteAttempt): Verdict {
  if (attempt.op === 'delete' || !attempt.after) return deny("A plan's governance record cannot be deleted.");
  const planIds = valuesOf(attempt, GOVERNANCE_COLUMNS.planId);
  const [planId] = planIds;
  if (planIds.length !== 1 || !planId) return malformed('A governance record belongs to one plan and cannot move.');
  if (!takesPart(facts, planId, attempt.callerId)) return deny(NOT_A_MEMBER);
  const verdict = checkGovernanceFields(facts, planId, attempt.after);
  const next = governanceFromFields(attempt.after);
  if (!verdict.ok || !next) return verdict;
  return checkStageMove(facts, planId, attempt.callerId, next);
}
