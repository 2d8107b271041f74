import { formatDateTime } from '../dates';
import { ROLE_LABEL } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { err, ok } from '../result';
import type { SignOff } from '../sign-off';
import { contentHash, contentHashInScope } from './content-hash';
import { changesBetweenSnapshots, describeChangeCounts, summariseChanges } from './changes-since';
import { currentStage } from './guards';
import type { EventOf, Outcome } from './handle-stage-events';
import { signOffScope, supersededIds } from './sign-off-status';
import { mintId, moveTo, record, update, type Step, type WorkflowContext } from './step';
import { stageIndex, type StageKind } from './stage-chain';
import { refusal } from './workflow-error';

const APPROVAL_KINDS: readonly StageKind[] = ['partnership-approval', 'executive-sign-off'];

/** Current sign-offs whose signed hash no longer matches their scope of the new content. */
function outdatedSignOffs(step: Step, after: PlanSnapshot): SignOff[] {
  const superseded = supersededIds(step.governance);
  return step.governance.signOffs.filter(
    (s) => !superseded.has(s.id) && s.contentHash !== contentHashInScope(after, signOffScope(s)),
  );
}

function supersede(step: Step, signOff: SignOff, ctx: WorkflowContext, currentHash: string, what: string): Step {
  const [id, minted] = mintId(step, 'supersession');
  const entry = { id, signOffId: signOff.id, supersededAt: ctx.now, supersededBy: ctx.by, currentHash };
  const stored = update(minted, { supersessions: [...minted.governance.supersessions, entry] });
  const decision = signOff.decision === 'approve' ? 'approval' : 'return';
  const summary = `${signOff.name}'s ${decision} as ${ROLE_LABEL[signOff.role]} (${formatDateTime(signOff.at)}) superseded: ${what}`;
  const detail = {
    kind: 'superseded',
    supersessionId: id,
    signOffId: signOff.id,
    signerName: signOff.name,
    signedAt: signOff.at,
  } as const;
  return record(stored, ctx, detail, summary);
}

/**
 * Approved content changed, so approval starts again from the first approval stage the plan
 * has reached. Agency QA alone being superseded does not move the plan: amending actions is
 * what collation and review are for, and the partnership's approval still has to come.
 */
function returnStageAfterChange(step: Step): Step['governance']['stage'] | null {
  const { chain, stage } = step.governance;
  const here = stageIndex(chain, stage);
  const first = chain.find((s, i) => !s.skipped && APPROVAL_KINDS.includes(s.kind) && i <= here);
  return first && first.key !== stage ? first.key : null;
}

function recordRevision(step: Step, before: PlanSnapshot, after: PlanSnapshot, ctx: WorkflowContext): Step {
  const changes = summariseChanges(changesBetweenSnapshots(before, after));
  const [id, minted] = mintId(step, 'revision');
  const revision = {
    id,
    at: ctx.now,
    by: ctx.by,
    beforeHash: contentHash(before),
    afterHash: contentHash(after),
    changes,
  };
  const stored = update(minted, { revisions: [...minted.governance.revisions, revision] });
  const summary = `Plan revised after submission: ${describeChangeCounts(changes)}`;
  return record(stored, ctx, { kind: 'revision-recorded', revisionId: id, changes }, summary);
}

export function contentChanged(step: Step, event: EventOf<'content-changed'>, ctx: WorkflowContext): Outcome {
  const g = step.governance;
  const { before, after } = event;
  if (before.plan.id !== g.planId || after.plan.id !== g.planId) {
    return err(refusal('WORKFLOW.WRONG_PLAN', 'Those changes belong to a different plan.'));
  }
  if (currentStage(g).kind === 'closed') return err(refusal('WORKFLOW.WRONG_STAGE', 'A closed plan is not changed.'));
  const afterHash = contentHash(after);
  if (contentHash(before) === afterHash) return ok(step);
  if (g.submission) return ok(recordRevision(step, before, after, ctx));
  const what = describeChangeCounts(summariseChanges(changesBetweenSnapshots(before, after)));
  const superseded = outdatedSignOffs(step, after).reduce(
    (s, signOff) => supersede(s, signOff, ctx, contentHashInScope(after, signOffScope(signOff)), what),
    step,
  );
  const target = returnStageAfterChange(superseded);
  return ok(
    target ? moveTo(superseded, ctx, target, 'content-changed', `signed content changed (${what})`) : superseded,
  );
}
