import type { AgencyKey } from '../agency';
import type { Member } from '../member';
import type { SignOffDecision } from '../sign-off';
import { STAGE_LABEL, type StageKey } from './stage-vocabulary';
import { MULTI_LINE_LIMIT } from '../text-limits';
import { mayQualityAssure, PARTNERSHIP_AGENCY, PARTNERSHIP_QA_WHO } from './agency-qa-signers';
import type { Governance } from './governance';
import { EXECUTIVE_ROLES, executiveSlot, partnerSlot, qaSlot, slotStatus, supersededIds } from './sign-off-status';
import { stageIndex, stageLabel, stageOf } from './stage-chain';
import { rulesOf } from './stage-kind-rules';
import { refusal, type WorkflowError } from './workflow-error';

/** The stages at which someone signs. */
export type SignStage = Extract<StageKey, 'agency-qa' | 'partnership-approval' | 'executive-sign-off'>;
export const SIGN_STAGES: readonly StageKey[] = ['agency-qa', 'partnership-approval', 'executive-sign-off'];
export const isSignStage = (stage: StageKey): stage is SignStage => SIGN_STAGES.includes(stage);

export interface SignRequest {
  readonly stage: SignStage;
  /** The agency whose actions are assured; null except at agency QA. */
  readonly agency: AgencyKey | null;
  readonly decision: SignOffDecision;
  readonly comment: string;
  readonly contentHash: string;
}

/**
 * Agency QA is open from its own stage until approval starts, so a QA lead can re-approve
 * actions the DCS amended during collation or review.
 */
export function qaWindowOpen(g: Governance): boolean {
  const qa = stageOf(g.chain, 'agency-qa');
  if (!qa || qa.skipped) return false;
  const here = stageIndex(g.chain, g.stage);
  const closing = g.chain.findIndex((s) => !s.skipped && rulesOf(s).closesQa);
  const approvalStarts = closing < 0 ? g.chain.length : closing;
  return stageIndex(g.chain, 'agency-qa') <= here && here < approvalStarts;
}

/** The parts of a member the sign rules look at. */
export type Signer = Pick<Member, 'userId' | 'role' | 'agency'>;

function qaRoleRefusal(member: Signer, agency: AgencyKey, g: Governance, agencyName: string): WorkflowError | null {
  if (mayQualityAssure(member, agency, g.partnershipQaRole)) return null;
  const message =
    agency === PARTNERSHIP_AGENCY
      ? `Only ${PARTNERSHIP_QA_WHO[g.partnershipQaRole]} can quality-assure the partnership's actions.`
      : `Only ${agencyName}'s QA lead can sign at ${STAGE_LABEL['agency-qa']}.`;
  return refusal('WORKFLOW.NOT_PERMITTED', message);
}

function roleRefusal(member: Signer, request: SignRequest, g: Governance, agencyName: string): WorkflowError | null {
  if (request.stage === 'agency-qa') return qaRoleRefusal(member, request.agency ?? '', g, agencyName);
  const permitted =
    request.stage === 'partnership-approval'
      ? member.role === 'safeguarding-partner'
      : EXECUTIVE_ROLES.includes(member.role);
  if (permitted) return null;
  const who =
    request.stage === 'partnership-approval' ? 'the safeguarding partners' : 'the Lead Member and the Chief Executive';
  return refusal('WORKFLOW.NOT_PERMITTED', `Only ${who} can sign at ${STAGE_LABEL[request.stage]}.`);
}

function stageRefusal(g: Governance, request: SignRequest): WorkflowError | null {
  const open = request.stage === 'agency-qa' ? qaWindowOpen(g) : g.stage === request.stage;
  if (open) return null;
  return refusal(
    'WORKFLOW.WRONG_STAGE',
    `${STAGE_LABEL[request.stage]} is not open: the plan is at ${stageLabel(g.chain, g.stage)}.`,
  );
}

function commentRefusal(request: SignRequest): WorkflowError | null {
  if (request.decision === 'return' && !request.comment.trim()) {
    return refusal('WORKFLOW.COMMENT_REQUIRED', 'Say what needs to change when you return the plan.');
  }
  if (request.comment.length > MULTI_LINE_LIMIT) {
    return refusal('WORKFLOW.TEXT_TOO_LONG', `Keep the comment under ${MULTI_LINE_LIMIT} characters.`);
  }
  return null;
}

function alreadySignedRefusal(member: Signer, g: Governance, request: SignRequest): WorkflowError | null {
  const slot =
    request.stage === 'agency-qa'
      ? qaSlot('agency-qa', request.agency ?? '')
      : request.stage === 'partnership-approval'
        ? partnerSlot(member)
        : executiveSlot(member.role);
  const latest = g.signOffs.findLast(slot) ?? null;
  const status = slotStatus(latest, supersededIds(g), request.contentHash);
  if (status.state !== 'approved') return null;
  const who = latest?.userId === member.userId ? 'You have' : `${latest?.name ?? 'Someone'} has`;
  return refusal('WORKFLOW.ALREADY_SIGNED', `${who} already approved this version of the plan.`);
}

/**
 * Why `member` may not make this sign-off now, or null: the rule the reducer applies to every
 * sign-off, whether made in this browser or replayed from the plan's record.
 */
export function signRefusal(
  member: Signer,
  request: SignRequest,
  g: Governance,
  agencyName: string,
): WorkflowError | null {
  return (
    roleRefusal(member, request, g, agencyName) ??
    stageRefusal(g, request) ??
    commentRefusal(request) ??
    alreadySignedRefusal(member, g, request)
  );
}
