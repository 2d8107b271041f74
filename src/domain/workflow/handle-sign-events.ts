import { agencyLabel } from '../agency';
import { ROLE_LABEL } from '../member';
import { err, ok } from '../result';
import type { SignOff } from '../sign-off';
import type { CanonicalContent, ContentScope } from './canonical-content';
import { hashOfCanonical } from './content-hash';
import { factsHash } from './content-facts';
import { currentStage, followingStage } from './guards';
import type { EventOf, Outcome } from './handle-stage-events';
import { signRefusal, type SignRequest } from './sign-off-rules';
import { completionRefusal, enterRefusal } from './stage-guards';
import { mintId, moveTo, record, update, type Step, type WorkflowContext } from './step';
import { nearestEarlierStage } from './stage-chain';
import { refusal, staleContent, type WorkflowError } from './workflow-error';

const scopeOf = (request: SignRequest): ContentScope =>
  request.stage === 'agency-qa' && request.agency !== null
    ? { kind: 'agency', agency: request.agency }
    : { kind: 'plan' };

function contentRefusal(request: SignRequest, ctx: WorkflowContext, currentHash: string): WorkflowError | null {
  if (request.agency !== null && !ctx.facts.withActions.includes(request.agency)) {
    return refusal(
      'WORKFLOW.NOTHING_TO_SIGN',
      'This agency leads no actions in the plan, so there is nothing to assure.',
    );
  }
  return request.contentHash === currentHash ? null : staleContent(request.contentHash, currentHash);
}

function describeSigning(signOff: SignOff, ctx: WorkflowContext): string {
  const verb = signOff.decision === 'approve' ? 'approved' : 'returned';
  const comment = signOff.comment ? `: ${signOff.comment}` : '';
  if (signOff.agency !== null) {
    return `${agencyLabel(ctx.content.plan.agencies, signOff.agency)} QA ${verb} by ${signOff.name}${comment}`;
  }
  const what = signOff.stage === 'executive-sign-off' && signOff.decision === 'approve' ? 'signed off' : verb;
  return `Plan ${what} by ${signOff.name} (${ROLE_LABEL[signOff.role]})${comment}`;
}

/** The content behind the hash, when the signer's client sent it and it is what the hash says. */
const keptContent = (signed: CanonicalContent | undefined, hash: string): CanonicalContent | null =>
  signed && hashOfCanonical(signed) === hash ? signed : null;

/** Records a sign-off after the shared rules, the agency check and the content check pass. */
function sign(step: Step, request: SignRequest, ctx: WorkflowContext, signed?: CanonicalContent): Outcome {
  const g = step.governance;
  const hash = factsHash(ctx.facts, scopeOf(request));
  const agencyName = request.agency === null ? '' : agencyLabel(ctx.content.plan.agencies, request.agency);
  const problem = signRefusal(ctx.actor, request, g, agencyName) ?? contentRefusal(request, ctx, hash);
  if (problem) return err(problem);
  const [id, minted] = mintId(step, 'signOff');
  const { actor } = ctx;
  const signOff: SignOff = {
    id,
    planId: g.planId,
    stage: request.stage,
    userId: actor.userId,
    name: actor.displayName,
    role: actor.role,
    agency: request.agency,
    at: ctx.now,
    decision: request.decision,
    comment: request.comment.trim(),
    contentHash: hash,
  };
  const content = keptContent(signed, hash);
  const known = !content || g.signedContent.some((c) => c.hash === hash);
  const stored = update(minted, {
    signOffs: [...g.signOffs, signOff],
    signedContent: known ? g.signedContent : [...g.signedContent, { hash, content }],
  });
  const detail = {
    kind: signOff.decision === 'approve' ? 'signed-off' : 'returned',
    signOffId: id,
    signedStage: request.stage,
    agency: request.agency,
    comment: signOff.comment,
    contentHash: hash,
  } as const;
  return ok(record(stored, ctx, detail, describeSigning(signOff, ctx)));
}

/** The last signature a stage waits for moves the plan on, unless open comments hold it. */
function moveOnIfComplete(step: Step, ctx: WorkflowContext): Step {
  const g = step.governance;
  const here = currentStage(g);
  if (!['agency-qa', 'partnership-approval', 'executive-sign-off'].includes(here.kind)) return step;
  if (completionRefusal(here.kind, g, ctx.content, ctx.facts)) return step;
  const to = followingStage(g, here);
  if (enterRefusal(to, g)) return step;
  return moveTo(step, ctx, to.key, 'completed', `${here.label} complete`);
}

/** A partner or executive who returns the plan sends it back to be amended. */
function sendBackForAmendment(step: Step, ctx: WorkflowContext, comment: string): Step {
  const g = step.governance;
  const target = nearestEarlierStage(g.chain, g.stage, ['amendments', 'review', 'collation', 'drafting']);
  return target ? moveTo(step, ctx, target.key, 'returned', comment.trim()) : step;
}

const signThen = (outcome: Outcome, then: (step: Step) => Step): Outcome =>
  outcome.ok ? ok(then(outcome.value)) : outcome;

export function qaDecision(step: Step, event: EventOf<'qa-approve' | 'qa-return'>, ctx: WorkflowContext): Outcome {
  const decision = event.type === 'qa-approve' ? 'approve' : 'return';
  const request = {
    stage: 'agency-qa',
    agency: event.agency,
    decision,
    comment: event.comment,
    contentHash: event.contentHash,
  } as const;
  const signed = sign(step, request, ctx, event.signed);
  return decision === 'approve' ? signThen(signed, (s) => moveOnIfComplete(s, ctx)) : signed;
}

export function partnerDecision(
  step: Step,
  event: EventOf<'partner-approve' | 'partner-return'>,
  ctx: WorkflowContext,
): Outcome {
  const decision = event.type === 'partner-approve' ? 'approve' : 'return';
  const request = {
    stage: 'partnership-approval',
    agency: null,
    decision,
    comment: event.comment,
    contentHash: event.contentHash,
  } as const;
  const signed = sign(step, request, ctx, event.signed);
  return signThen(signed, (s) =>
    decision === 'approve' ? moveOnIfComplete(s, ctx) : sendBackForAmendment(s, ctx, event.comment),
  );
}

export function executiveDecision(step: Step, event: EventOf<'executive-sign'>, ctx: WorkflowContext): Outcome {
  const request = {
    stage: 'executive-sign-off',
    agency: null,
    decision: event.decision,
    comment: event.comment,
    contentHash: event.contentHash,
  } as const;
  const signed = sign(step, request, ctx, event.signed);
  return signThen(signed, (s) =>
    event.decision === 'approve' ? moveOnIfComplete(s, ctx) : sendBackForAmendment(s, ctx, event.comment),
  );
}
