import { formatDateTime } from '../dates';
import { ROLE_LABEL, type Role } from '../member';
import { err, ok } from '../result';
import type { SignOff } from '../sign-off';
import { describeChangeCounts, type ChangeSummary } from './changes-since';
import { factsHash, type ContentFacts } from './content-facts';
import { currentStage } from './guards';
import type { EventOf, Outcome } from './handle-stage-events';
import { signOffScope, supersededIds } from './sign-off-status';
import { mintId, moveTo, record, update, type Step, type WorkflowContext } from './step';
import { stageIndex } from './stage-chain';
import { rulesOf } from './stage-kind-rules';
import { refusal } from './workflow-error';

/** Only people who can change the plan's content can record that it changed. */
const EDITING_ROLES: readonly Role[] = ['plan-admin', 'improvement-lead', 'agency-owner'];

/** Current sign-offs whose signed hash no longer matches their scope of the new content. */
function outdatedSignOffs(step: Step, after: ContentFacts): SignOff[] {
  const superseded = supersededIds(step.governance);
  return step.governance.signOffs.filter(
    (s) => !superseded.has(s.id) && s.contentHash !== factsHash(after, signOffScope(s)),
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
  const first = chain.find((s, i) => !s.skipped && rulesOf(s).asksForSignature && i <= here);
  return first && first.key !== stage ? first.key : null;
}

function recordRevision(step: Step, event: EventOf<'content-changed'>, ctx: WorkflowContext): Step {
  const [id, minted] = mintId(step, 'revision');
  const revision = {
    id,
    at: ctx.now,
    by: ctx.by,
    beforeHash: event.before.plan,
    afterHash: event.after.plan,
    changes: event.changes,
  };
  const stored = update(minted, { revisions: [...minted.governance.revisions, revision] });
  const summary = `Plan revised after submission: ${describeChangeCounts(event.changes)}`;
  return record(stored, ctx, { kind: 'revision-recorded', revisionId: id, changes: event.changes }, summary);
}

/** No item changed, as far as the record of the change says: e.g. a change found only on load. */
const describeChange = (changes: ChangeSummary): string => {
  const said = describeChangeCounts(changes);
  return said === 'no signed content changed' ? 'the content differs from what was recorded' : said;
};

export function contentChanged(step: Step, event: EventOf<'content-changed'>, ctx: WorkflowContext): Outcome {
  const g = step.governance;
  const { before, after } = event;
  if (before.planId !== g.planId || after.planId !== g.planId) {
    return err(refusal('WORKFLOW.WRONG_PLAN', 'Those changes belong to a different plan.'));
  }
  if (!EDITING_ROLES.includes(ctx.actor.role)) {
    return err(refusal('WORKFLOW.NOT_PERMITTED', 'Only plan admins and agency owners change the plan’s content.'));
  }
  if (rulesOf(currentStage(g)).closed) return err(refusal('WORKFLOW.WRONG_STAGE', 'A closed plan is not changed.'));
  if (before.plan === after.plan && outdatedSignOffs(step, after).length === 0) return ok(step);
  if (g.submission) return ok(recordRevision(step, event, ctx));
  const what = describeChange(event.changes);
  const superseded = outdatedSignOffs(step, after).reduce(
    (s, signOff) => supersede(s, signOff, ctx, factsHash(after, signOffScope(signOff)), what),
    step,
  );
  const target = returnStageAfterChange(superseded);
  return ok(
    target ? moveTo(superseded, ctx, target, 'content-changed', `signed content changed (${what})`) : superseded,
  );
}
