import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { Governance } from '../../domain/workflow/governance';
import { stageLabel } from '../../domain/workflow/stage-chain';
import type { WorkflowEvent } from '../../domain/workflow/workflow-event';
import type { WorkflowNotice, WorkflowOutcome } from '../governance-outcome';
import type { GovernanceEngine } from '../lazy-governance-engine';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the person who saved should know about the sign-offs their change touched. */
function noticeOf(seen: Governance, now: Governance): WorkflowNotice | null {
  const superseded = now.supersessions.length - seen.supersessions.length;
  if (now.revisions.length > seen.revisions.length) {
    return {
      intent: 'info',
      title: 'Revision recorded',
      message: 'The plan has been submitted, so your change is recorded in the audit trail as a revision.',
    };
  }
  if (superseded <= 0 && now.stage === seen.stage) return null;
  const moved = now.stage !== seen.stage ? ` The plan is back at ${stageLabel(now.chain, now.stage)}.` : '';
  const lapsed =
    superseded > 0 ? `: ${plural(superseded, 'sign-off no longer applies', 'sign-offs no longer apply')}.` : '.';
  return {
    intent: 'info',
    title: 'Signed content changed',
    message: `Your change altered content that had been signed${lapsed}${moved} The signers will be shown what changed.`,
  };
}

/**
 * Records in the plan's governance record that saved content changed, so sign-offs of the old
 * content are superseded. Changes that no sign-off covers (status, progress, evidence) are not
 * recorded, nor are changes before anything has been signed: the record needs only the changes
 * that fall between signatures.
 */
export async function recordContentChange(
  engine: GovernanceEngine,
  dispatch: (event: WorkflowEvent) => Promise<WorkflowOutcome>,
  seen: Governance,
  before: PlanSnapshot,
  after: PlanSnapshot,
): Promise<WorkflowNotice | null> {
  if (engine.contentHash(before) === engine.contentHash(after)) return null;
  if (seen.signOffs.length === 0 && seen.submission === null) return null;
  const outcome = await dispatch(engine.contentChangedEvent(before, after));
  if (outcome.status === 'done') return noticeOf(seen, outcome.governance);
  return {
    intent: 'error',
    title: 'The sign-off records were not updated',
    message: `Your change was saved, but the sign-offs could not be marked as out of date: ${outcome.message} Reload the plan; a plan admin can check the Governance tab.`,
  };
}
